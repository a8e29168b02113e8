#include "mainwindow/ChecklistSidebar.h"

#include "common/PlainText.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int StepIdRole = Qt::UserRole + 1;

} // namespace

ChecklistSidebar::ChecklistSidebar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"checklistTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(16, 16));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progressBar"_s);
    // Tall enough to read at a glance, with the count in it.
    m_progress->setTextVisible(true);
    m_progress->setFormat(u"%v / %m"_s);
    m_progress->setMinimumHeight(20);
    // Keyboard focus shows on the list itself, not only on its current row.
    m_tree->setStyleSheet(u"QTreeWidget { border: 2px solid transparent; }"
                          u" QTreeWidget:focus { border: 2px solid palette(highlight); }"_s);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    auto activate = [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, StepIdRole).toString() : QString();
        if (!id.isEmpty())
            Q_EMIT stepActivated(id);
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, [activate](QTreeWidgetItem *item, int) { activate(item); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [activate](QTreeWidgetItem *item, int) { activate(item); });
}

QIcon ChecklistSidebar::statusIcon(Step::Status status)
{
    switch (status) {
    case Step::Status::Done:
        return QIcon(u":/icons/status-done.svg"_s);
    case Step::Status::InProgress:
        return QIcon(u":/icons/status-in-progress.svg"_s);
    case Step::Status::Blocked:
        return QIcon(u":/icons/status-blocked.svg"_s);
    case Step::Status::NotNeeded:
        return QIcon(u":/icons/status-not-needed.svg"_s);
    case Step::Status::NotStarted:
        break;
    }
    return QIcon(u":/icons/status-not-started.svg"_s);
}

void ChecklistSidebar::setChecklist(const Checklist &checklist)
{
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, StepIdRole).toString() : QString();
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    QHash<int, QTreeWidgetItem *> stages;
    QHash<int, std::pair<int, int>> stageProgress; // finished, total
    int finished = 0;
    for (const Step &step : checklist.steps()) {
        const int stage = int(step.stage);
        QTreeWidgetItem *&stageItem = stages[stage];
        if (!stageItem) {
            stageItem = new QTreeWidgetItem(m_tree);
            stageItem->setFlags(Qt::ItemIsEnabled);
            QFont bold = stageItem->font(0);
            bold.setBold(true);
            stageItem->setFont(0, bold);
            stageItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(stageItem);
        const qsizetype errors = errorCount(step.findings);
        const qsizetype warnings = warningCount(step.findings); // fields still empty are to-dos, not warnings
        QString text = step.title;
        if (errors > 0 || warnings > 0) {
            QStringList counts;
            if (errors > 0)
                counts.append(tr("✖ %1").arg(errors));
            if (warnings > 0)
                counts.append(tr("⚠ %1").arg(warnings));
            text += u"  "_s + counts.join(u' ');
        }
        item->setText(0, text);
        item->setIcon(0, statusIcon(step.status));
        item->setData(0, StepIdRole, step.id);
        const QString status = Step::statusName(step.status);
        item->setToolTip(0, plainToolTip(step.reason.isEmpty() ? status : status + u"\n"_s + step.reason));
        item->setData(0, Qt::AccessibleTextRole, QString(step.title + u", "_s + status));
        auto &[done, total] = stageProgress[stage];
        ++total;
        if (step.isFinished()) {
            ++done;
            ++finished;
        }
        if (step.id == current)
            m_tree->setCurrentItem(item);
    }
    for (auto it = stages.constBegin(); it != stages.constEnd(); ++it) {
        const auto [done, total] = stageProgress.value(it.key());
        it.value()->setText(0, tr("%1  (%2/%3)").arg(Step::stageName(Step::Stage(it.key()))).arg(done).arg(total));
    }
    const int total = int(checklist.steps().size());
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(finished);
    m_progressLabel->setText(tr("%1 of %2 steps finished").arg(finished).arg(total));
    m_tree->setUpdatesEnabled(true);
}

QTreeWidgetItem *ChecklistSidebar::itemForStep(const QString &stepId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, StepIdRole).toString() == stepId)
            return *it;
    }
    return nullptr;
}

QString ChecklistSidebar::progressText() const
{
    return m_progressLabel->text();
}

} // namespace mpdesk
