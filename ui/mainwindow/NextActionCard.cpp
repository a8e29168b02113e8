#include "mainwindow/NextActionCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mpdesk {

NextActionCard::NextActionCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"nextActionCard"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setVerticalSpacing(2);
    auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setTextFormat(Qt::PlainText); // step titles and messages may quote what the clerk typed
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_heading = label(u"nextActionHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_action = label(u"nextActionText"_s);
    m_why = label(u"nextActionWhy"_s);
    m_why->setStyleSheet(u"color: #4a4a4a;"_s); // quieter than the action, still easy to read
    m_due = label(u"nextActionDue"_s);
    QFont dueFont = m_due->font();
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    // Each line keeps its room, text or none, Chinese or Latin (the reason two lines): the page below
    // does not move when the next action changes.
    const auto keepRoom = [](QLabel *line, int lines) {
        QLabel probe(QStringList(lines, u"国Ag"_s).join(u'\n'));
        probe.setFont(line->font());
        line->setMinimumHeight(probe.sizeHint().height());
        QSizePolicy policy = line->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        line->setSizePolicy(policy);
    };
    keepRoom(m_heading, 1);
    keepRoom(m_due, 1);
    keepRoom(m_action, 1);
    keepRoom(m_why, 2);
    m_go = new QPushButton(this);
    m_go->setObjectName(u"nextActionGo"_s);
    // The date beside the heading, where no date leaves no gap.
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_due->setWordWrap(false);
    layout->addWidget(m_heading, 0, 0);
    layout->addWidget(m_due, 0, 1);
    layout->addWidget(m_action, 1, 0, 1, 2);
    layout->addWidget(m_why, 2, 0, 1, 2);
    layout->addWidget(m_go, 0, 2, 3, 1, Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);
    layout->setHorizontalSpacing(16);
    connect(m_go, &QPushButton::clicked, this, [this] { Q_EMIT goRequested(m_next.stepId, m_next.path); });
    display(m_next);
}

void NextActionCard::setNextAction(const NextAction &next)
{
    m_next = next;
    display(next);
}

void NextActionCard::display(const NextAction &next)
{
    m_heading->setText(next.kind == NextAction::Kind::Finished ? next.title : tr("Next: %1").arg(next.title));
    m_action->setText(next.action);
    m_why->setText(next.why);
    // "2 errors to correct first; the first: …" says the action again: once is enough.
    m_why->setVisible(!next.why.isEmpty() && !next.why.contains(next.action));
    const QString due = next.dueText();
    m_due->setText(due.isEmpty() ? QString() : tr("Due: %1").arg(due));
    m_due->setVisible(!due.isEmpty());
    m_go->setText(tr("Go to this step"));
    m_go->setVisible(!next.stepId.isEmpty());

    // The card's colour says how pressing it is; the words say it too, for those who do not see colour.
    QString style;
    switch (next.kind) {
    case NextAction::Kind::Overdue:
    case NextAction::Kind::Fix:
        style = u"#fdecea; border: 1px solid #e0a7a2"_s;
        break;
    case NextAction::Kind::DueSoon:
    case NextAction::Kind::Blocked:
        style = u"#fff8e1; border: 1px solid #ffd54f"_s;
        break;
    case NextAction::Kind::Finished:
        style = u"#e8f5e9; border: 1px solid #a5d6a7"_s;
        break;
    case NextAction::Kind::Continue:
        style = u"#e8f0fe; border: 1px solid #a6c1ee"_s;
        break;
    }
    setStyleSheet(u"mpdesk--NextActionCard { background: "_s + style + u"; border-radius: 4px; }"_s);
}

QString NextActionCard::text() const
{
    // In the order shown: what, by when, the action, why.
    QStringList lines{m_heading->text()};
    if (m_due->isVisibleTo(this))
        lines.append(m_due->text());
    lines.append(m_action->text());
    if (m_why->isVisibleTo(this))
        lines.append(m_why->text());
    return lines.join(u'\n');
}

void NextActionCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        display(m_next);
    QFrame::changeEvent(event);
}

} // namespace mpdesk
