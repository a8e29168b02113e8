#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mpdesk {

/// A confirmation that stays until the clerk closes it or the next one replaces it ("Saved …",
/// "Exported …"), with an "Open folder" button when it names a file.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Tone { Success, Warning };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text` (plain text); with `file`, "Open folder" opens the folder holding it.
    void showMessage(const QString &text, const QString &file = {}, Tone tone = Tone::Success);
    QString text() const;
    QString file() const { return m_file; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_close = nullptr;
    QString m_file;
};

} // namespace mpdesk
