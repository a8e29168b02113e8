#include "companion/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString SecureClipboard::clearDelayKey()
{
    return u"companion/clipboardClearSeconds"_s;
}

int SecureClipboard::configuredClearSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(clearDelayKey(), DefaultClearSeconds).toInt(&ok);
    return ok && seconds >= 1 ? seconds : DefaultClearSeconds;
}

SecureClipboard::SecureClipboard(QObject *parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(configuredClearSeconds() * 1000);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecureClipboard::clearIfStillOurs);
}

SecureClipboard::~SecureClipboard()
{
    if (m_clearTimer.isActive()) {
        m_clearTimer.stop();
        clearIfStillOurs();
    }
}

QMimeData *SecureClipboard::sensitiveMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Every platform's marks are set everywhere: a format a system does not know is ignored there.
    // KDE's Klipper and other Linux clipboard managers skip entries with this hint.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // macOS: the nspasteboard.org convention that clipboard managers honour (Qt passes the UTI through).
    mime->setData(u"org.nspasteboard.ConcealedType"_s, secret.toUtf8());
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, secret.toUtf8());
    // Windows: kept out of clipboard monitors, Win+V history and cloud clipboard sync (DWORD 0).
    const QByteArray dwordZero(4, '\0');
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, dwordZero);
    mime->setData(u"CanIncludeInClipboardHistory"_s, dwordZero);
    mime->setData(u"CanUploadToCloudClipboard"_s, dwordZero);
    return mime;
}

void SecureClipboard::setText(const QString &text)
{
    m_clearTimer.stop();
    m_copied.clear();
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

void SecureClipboard::setSecret(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(sensitiveMimeData(secret), QClipboard::Clipboard);
    m_copied = secret;
    m_clearTimer.start();
}

void SecureClipboard::clearIfStillOurs()
{
    // What the clerk copied since is theirs: only our own value is taken away.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text(QClipboard::Clipboard) == m_copied) {
        clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    m_copied.fill(u'\0');
    m_copied.clear();
}

} // namespace mpdesk
