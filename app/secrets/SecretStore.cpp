#include "secrets/SecretStore.h"

#include "secrets/KeychainSecretStore.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

QString SecretStore::keyFor(const QUuid &projectId, const QString &ref)
{
    return u"mpdesk/"_s + projectId.toString(QUuid::WithoutBraces) + u'/' + ref;
}

std::unique_ptr<SecretStore> SecretStore::createSystemStore(QObject *parent)
{
    return std::make_unique<KeychainSecretStore>(parent);
}

QString SecretMessages::notOnThisComputer()
{
    return tr("not on this computer — enter it again");
}

QString SecretMessages::keyringLocked()
{
    return tr("the keyring is locked: unlock it (e.g. log in again or open your keyring manager) and try again");
}

QString SecretMessages::explain(const SecretReply &reply)
{
    QString what;
    switch (reply.error) {
    case SecretReply::Error::None:
        return {};
    case SecretReply::Error::NotFound:
        return notOnThisComputer();
    case SecretReply::Error::Locked:
        return keyringLocked();
    case SecretReply::Error::TimedOut:
        what = tr("The keychain did not answer in time; it may be frozen.");
        break;
    case SecretReply::Error::AccessDenied:
        what = tr("The keychain refused mpdesk access.");
        break;
    case SecretReply::Error::Unavailable:
        what = tr("The keychain cannot be reached.");
        break;
    }
#if defined(Q_OS_WIN)
    const QString todo = tr("Check that Windows Credential Manager is running and that you are signed in "
                            "to your Windows account, then try again.");
#elif defined(Q_OS_MACOS)
    const QString todo = tr("Unlock your login keychain and choose \"Allow\" when macOS asks whether mpdesk "
                            "may use it, then try again.");
#else
    const QString todo = tr("Start or unlock GNOME Keyring or KWallet (log in to a desktop session, or run "
                            "gnome-keyring-daemon with a D-Bus session), then try again.");
#endif
    QString text = what + u' ' + todo;
    if (!reply.detail.isEmpty())
        text += u' ' + tr("(Details: %1)").arg(reply.detail);
    return text;
}

} // namespace mpdesk
