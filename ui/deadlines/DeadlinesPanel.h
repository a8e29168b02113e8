#pragma once

#include "workflow/Deadline.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mpdesk {

class FilingDocument;

/// What is due and when: overdue in red, due soon in amber, with the working-day note when a year's
/// holiday notice is missing; exports the deadlines as an .ics calendar.
class DeadlinesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesPanel)

public:
    explicit DeadlinesPanel(FilingDocument &document, QWidget *parent = nullptr);

    void setDeadlines(const QList<Deadline> &deadlines, const QDateTime &now);
    /// Writes the .ics file; false with a message shown when it cannot be written.
    bool exportCalendar(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FilingDocument &m_document;
    QList<Deadline> m_deadlines;
    QDateTime m_now;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace mpdesk
