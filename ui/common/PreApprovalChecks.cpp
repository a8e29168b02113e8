#include "common/PreApprovalChecks.h"

#include "model/Vocabulary.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace mpdesk {

PreApprovalChecks::PreApprovalChecks(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"preApprovalChecks"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList all = Vocabulary::keywords(Vocabulary::Kind::PreApprovalType);
    constexpr int Columns = 3;
    int i = 0;
    for (const QString &keyword : all) {
        auto *box = new QCheckBox(this);
        box->setObjectName(u"preApproval:"_s + keyword);
        m_boxes.append({keyword, box});
        // "None of these" on its own last row, where it reads as the answer to the whole list.
        if (keyword == Vocabulary::noPreApproval())
            layout->addWidget(box, (int(all.size()) + Columns - 1) / Columns, 0, 1, Columns);
        else
            layout->addWidget(box, i / Columns, i % Columns);
        ++i;
        connect(box, &QCheckBox::clicked, this, [this, keyword](bool on) { toggled(keyword, on); });
    }
    retranslate();
}

void PreApprovalChecks::toggled(const QString &keyword, bool on)
{
    if (on) {
        const bool none = keyword == Vocabulary::noPreApproval();
        for (const auto &[k, box] : std::as_const(m_boxes)) {
            if (k != keyword && (none || k == Vocabulary::noPreApproval())) {
                const QSignalBlocker blocker(box);
                box->setChecked(false);
            }
        }
    }
    Q_EMIT changed(keywords());
}

void PreApprovalChecks::setKeywords(const QStringList &keywords)
{
    for (const auto &[k, box] : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(keywords.contains(k));
    }
}

QStringList PreApprovalChecks::keywords() const
{
    QStringList list;
    for (const auto &[k, box] : m_boxes) {
        if (box->isChecked())
            list.append(k);
    }
    return list;
}

QCheckBox *PreApprovalChecks::box(const QString &keyword) const
{
    for (const auto &[k, b] : m_boxes) {
        if (k == keyword)
            return b;
    }
    return nullptr;
}

void PreApprovalChecks::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreApprovalChecks::retranslate()
{
    for (const auto &[k, box] : std::as_const(m_boxes)) {
        box->setText(Vocabulary::label(Vocabulary::Kind::PreApprovalType, k));
        box->setAccessibleName(box->text());
    }
}

} // namespace mpdesk
