#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QTimer>

#include <chrono>

namespace mpdesk {

/// The operating system's keychain through QtKeychain: Windows Credential Manager, macOS Keychain, the
/// Secret Service (GNOME Keyring, KWallet) on Linux. Never falls back to plaintext storage.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    /// The time all requests from now on have together. When it runs out, every pending request answers
    /// TimedOut at once and every later one answers TimedOut without asking the keychain: a frozen keyring
    /// daemon otherwise costs one D-Bus timeout (25 s) per request, one after the other.
    void setDeadline(std::chrono::milliseconds budget);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    enum class Check { None, LockedWhenNotFound, LockedWhenDone };

    /// Remembers `done` until `finish(id, …)` or the deadline; returns 0 when the deadline has passed.
    quint64 track(Callback done);
    void finish(quint64 id, const SecretReply &reply);
    /// Answers `reply` for `id`, unless the default collection turns out to be locked: the Secret Service
    /// hides the items of a locked collection, so a read finds nothing and a delete deletes nothing.
    void finishAfterLockCheck(quint64 id, const SecretReply &reply, Check check);
    void expire();

    QString m_service;
    QHash<quint64, Callback> m_pending;
    quint64 m_nextId = 1;
    QTimer m_expiry;
    bool m_expired = false;
};

} // namespace mpdesk
