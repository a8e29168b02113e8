#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QMimeData;

namespace mpdesk {

/// Puts text on the system clipboard; secrets are marked for clipboard managers and history as sensitive
/// and cleared after a delay, but only while the clipboard still holds them (KeePassXC's Clipboard::setText).
class SecureClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureClipboard)

public:
    /// The delay before a copied secret is cleared, in seconds, when the settings hold none.
    static constexpr int DefaultClearSeconds = 20;
    /// The settings key of that delay.
    static QString clearDelayKey();
    /// The delay the settings ask for (DefaultClearSeconds unless set; never under 1 s).
    static int configuredClearSeconds();

    explicit SecureClipboard(QObject *parent = nullptr);
    /// Clears a secret still on the clipboard: it must not outlive the window that put it there.
    ~SecureClipboard() override;

    /// Copies plain text, for values that are not secret; any pending clear is dropped.
    void setText(const QString &text);
    /// Copies a secret with the sensitivity formats and clears it after the delay.
    void setSecret(const QString &secret);
    /// The delay before a secret is cleared (from the settings unless set here; tests shorten it).
    void setClearDelay(int ms) { m_clearTimer.setInterval(ms); }
    int clearDelay() const { return m_clearTimer.interval(); }
    bool isClearPending() const { return m_clearTimer.isActive(); }

    /// The MIME data a secret is copied with (text and the formats that keep it out of history).
    static QMimeData *sensitiveMimeData(const QString &secret);

Q_SIGNALS:
    /// The secret was cleared from the clipboard.
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_clearTimer;
    QString m_copied; ///< what we put there, in memory only until it is cleared
};

} // namespace mpdesk
