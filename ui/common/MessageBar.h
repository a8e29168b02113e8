#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace mpdesk {

/// A confirmation that stays until the clerk closes it, the next one replaces it ("Saved …",
/// "Exported …") or what it says stops being true (withdraw()), with an "Open folder" button when it names a
/// file. Its text is written again in the new language when the clerk switches.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Tone { Success, Warning };
    /// What a message is about, so that it can be withdrawn when that changes.
    enum class Topic { Other, Save };
    /// Writes the message in the current language (plain text).
    using Text = std::function<QString()>;

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text`; with `file`, "Open folder" opens the folder holding it.
    void showMessage(Text text, const QString &file = {}, Tone tone = Tone::Success, Topic topic = Topic::Other);
    /// Hides the message shown when it is about `topic` (a "Saved" that a later edit made untrue).
    void withdraw(Topic topic);
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
    Text m_text;
    Topic m_topic = Topic::Other;
};

} // namespace mpdesk
