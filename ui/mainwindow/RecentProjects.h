#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace mpdesk {

/// The filings this window opened or saved last, newest first, kept in the desktop app's settings (the
/// command line never reads them) and listed in the File › Open Recent menu.
class RecentProjects final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentProjects)

public:
    static constexpr int MaxFiles = 8;

    /// Lists the files in `menu` (kept up to date); the menu is disabled while there are none.
    explicit RecentProjects(QMenu *menu, QObject *parent = nullptr);

    /// Absolute paths, newest first.
    QStringList files() const;
    /// Puts `path` at the top (once), keeping at most MaxFiles.
    void remember(const QString &path);

Q_SIGNALS:
    /// The clerk chose a file in the menu.
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace mpdesk
