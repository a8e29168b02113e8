#pragma once

#include "workflow/Checklist.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace mpdesk {

/// The checklist: stages and their steps, each with its computed status, its count of errors and
/// warnings, and the overall progress. Choosing a step asks for its editor.
class ChecklistSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistSidebar)

public:
    explicit ChecklistSidebar(QWidget *parent = nullptr);

    void setChecklist(const Checklist &checklist);
    /// The tree item of a step (for tests and keyboard navigation).
    QTreeWidgetItem *itemForStep(const QString &stepId) const;
    /// "3 of 21 steps finished".
    QString progressText() const;

    static QIcon statusIcon(Step::Status status);

Q_SIGNALS:
    void stepActivated(const QString &stepId);

private:
    QTreeWidget *m_tree = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
};

} // namespace mpdesk
