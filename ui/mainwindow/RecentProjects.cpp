#include "mainwindow/RecentProjects.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {
const QString SettingsKey = u"recentFiles"_s;
}

RecentProjects::RecentProjects(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentProjects::files() const
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentProjects::remember(const QString &path)
{
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(SettingsKey, list.mid(0, MaxFiles));
    rebuildMenu();
}

void RecentProjects::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (const QString &file : list) {
        QAction *action = m_menu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace mpdesk
