#pragma once

#include "assessment/NextAction.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mpdesk {

/// "What to do next", always in view above the step's page: the next action, why, and by when, as
/// NextAction computed it from the assessment. It decides nothing itself.
class NextActionCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextActionCard)

public:
    explicit NextActionCard(QWidget *parent = nullptr);

    void setNextAction(const NextAction &next);
    const NextAction &nextAction() const { return m_next; }
    /// The card's text as the clerk reads it, one line per label.
    QString text() const;

Q_SIGNALS:
    /// The clerk asked to go to the step (and to its field, when there is one).
    void goRequested(const QString &stepId, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const NextAction &next);

    NextAction m_next;
    QLabel *m_heading = nullptr;
    QLabel *m_action = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_due = nullptr;
    QPushButton *m_go = nullptr;
};

} // namespace mpdesk
