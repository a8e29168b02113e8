#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace mpdesk {

/// The pre-approval categories as check boxes, from the official list (Vocabulary::PreApprovalType);
/// "None of these" excludes every other box and every other box excludes it.
class PreApprovalChecks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreApprovalChecks)

public:
    explicit PreApprovalChecks(QWidget *parent = nullptr);

    /// Ticks exactly these keywords (unknown ones are ignored); no `changed` signal.
    void setKeywords(const QStringList &keywords);
    /// The ticked keywords, in the official list's order.
    QStringList keywords() const;
    QCheckBox *box(const QString &keyword) const;

Q_SIGNALS:
    /// The clerk ticked or cleared a box; `keywords` is the whole new choice.
    void changed(const QStringList &keywords);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggled(const QString &keyword, bool on);

    QList<std::pair<QString, QCheckBox *>> m_boxes;
};

} // namespace mpdesk
