#include "deadlines/DeadlinesPanel.h"

#include "common/Dialogs.h"
#include "common/PlainText.h"
#include "document/FilingDocument.h"
#include "storage/SafeFile.h"
#include "workflow/IcsExport.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

DeadlinesPanel::DeadlinesPanel(FilingDocument &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"deadlinesTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_note = new QLabel(this);
    m_note->setObjectName(u"calendarNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(u"color: #8a5a00;"_s);
    m_note->hide();
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCalendarButton"_s);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(Dialogs::startFolderFor(m_document.path())).filePath(tr("mpdesk-deadlines.ics"));
        const QString path = Dialogs::saveFileName(this, tr("Export deadlines"), suggested, tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path);
    });
    retranslate();
}

void DeadlinesPanel::setDeadlines(const QList<Deadline> &deadlines, const QDateTime &now)
{
    m_deadlines = deadlines;
    m_now = now;
    m_tree->clear();
    QStringList notes;
    for (const Deadline &d : deadlines) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, d.when());
        item->setText(1, d.title);
        item->setToolTip(1, plainToolTip(d.detail));
        switch (d.urgency(now)) {
        case Deadline::Urgency::Overdue:
            item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
            item->setForeground(1, QColor(0xb3, 0x26, 0x1e));
            item->setText(1, tr("%1 (overdue)").arg(d.title));
            break;
        case Deadline::Urgency::DueSoon:
            item->setForeground(0, QColor(0x8a, 0x5a, 0x00));
            item->setForeground(1, QColor(0x8a, 0x5a, 0x00));
            break;
        case Deadline::Urgency::Done:
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setText(1, tr("%1 (done)").arg(d.title));
            break;
        case Deadline::Urgency::Upcoming:
            break;
        }
        const QString warning = d.calendarWarning();
        if (!warning.isEmpty() && !notes.contains(warning))
            notes.append(warning);
    }
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    m_export->setEnabled(!deadlines.isEmpty());
}

bool DeadlinesPanel::exportCalendar(const QString &path)
{
    const QByteArray ics = IcsExport::calendar(m_document.filing(), m_deadlines, m_now);
    if (const Status written = SafeFile::write(path, ics); !written) {
        Dialogs::warn(this, tr("Cannot export deadlines"),
                      tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    return true;
}

void DeadlinesPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("When"), tr("What")});
    m_tree->setAccessibleName(tr("Deadlines"));
    m_export->setText(tr("Export to Calendar (.ics)…"));
    if (!m_deadlines.isEmpty())
        setDeadlines(m_deadlines, m_now); // titles are made in the language of the moment they were computed
}

void DeadlinesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mpdesk
