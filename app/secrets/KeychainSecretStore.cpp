#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#define MPDESK_SECRET_SERVICE 1
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "mpdesk.secrets.keychain")

namespace mpdesk {

namespace {

SecretReply replyFrom(const QKeychain::Job &job)
{
    SecretReply reply;
    switch (job.error()) {
    case QKeychain::NoError:
        return reply;
    case QKeychain::EntryNotFound:
        reply.error = SecretReply::Error::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
#ifdef MPDESK_SECRET_SERVICE
        // The Secret Service reports a locked collection, and an unlock prompt that was dismissed, as
        // access denied: the remedy is to unlock the keyring.
        reply.error = SecretReply::Error::Locked;
#else
        reply.error = SecretReply::Error::AccessDenied;
#endif
        break;
    default:
        // Without a session bus QtKeychain 0.13 reports OtherError rather than NoBackendAvailable; to the
        // clerk both mean the same: the keychain cannot be reached.
        reply.error = SecretReply::Error::Unavailable;
        break;
    }
    reply.detail = job.errorString();
    // The key names a project and a field, never a value: safe to log.
    qCInfo(lcKeychain) << "keychain request for" << job.key() << "failed:" << job.errorString();
    return reply;
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key)
{
    // No parent: a job stuck on a frozen daemon may outlive the store; it deletes itself once it ends.
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent), m_service(u"mpdesk"_s)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &KeychainSecretStore::expire);
}

void KeychainSecretStore::setDeadline(std::chrono::milliseconds budget)
{
    m_expiry.start(budget);
}

quint64 KeychainSecretStore::track(Callback done)
{
    if (m_expired) {
        // Still asynchronous, as every request is.
        QTimer::singleShot(0, this, [done = std::move(done)] { done({SecretReply::Error::TimedOut, {}, {}}); });
        return 0;
    }
    const quint64 id = m_nextId++;
    m_pending.emplace(id, std::move(done));
    return id;
}

void KeychainSecretStore::finish(quint64 id, const SecretReply &reply)
{
    const Callback done = m_pending.take(id);
    if (done)
        done(reply);
}

void KeychainSecretStore::expire()
{
    m_expired = true;
    qCWarning(lcKeychain) << "the keychain did not answer in time;" << m_pending.size() << "requests abandoned";
    const QHash<quint64, Callback> pending = std::exchange(m_pending, {});
    for (const Callback &done : pending)
        done({SecretReply::Error::TimedOut, {}, {}});
}

void KeychainSecretStore::finishAfterLockCheck(quint64 id, const SecretReply &reply, Check check)
{
    const bool worthAsking = (check == Check::LockedWhenNotFound && reply.error == SecretReply::Error::NotFound)
        || (check == Check::LockedWhenDone && (reply.ok() || reply.error == SecretReply::Error::NotFound));
#ifdef MPDESK_SECRET_SERVICE
    if (worthAsking && m_pending.contains(id)) {
        QDBusMessage ask =
            QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                                           u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        ask << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(ask), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id, reply, watcher] {
            watcher->deleteLater();
            const QDBusPendingReply<QDBusVariant> locked = *watcher;
            // No default collection, or no Secret Service to ask: the reply stands as it is.
            if (locked.isValid() && locked.value().variant().toBool()) {
                qCDebug(lcKeychain) << "the default collection is locked";
                finish(id, {SecretReply::Error::Locked, {}, {}});
            } else {
                finish(id, reply);
            }
        });
        return;
    }
#else
    Q_UNUSED(worthAsking)
#endif
    finish(id, reply);
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    const quint64 id = track(std::move(done));
    if (id == 0)
        return;
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, id] {
        SecretReply reply = replyFrom(*job);
        if (reply.ok())
            reply.value = job->textData();
        finishAfterLockCheck(id, reply, Check::LockedWhenNotFound);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    const quint64 id = track(std::move(done));
    if (id == 0)
        return;
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, id] { finish(id, replyFrom(*job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    const quint64 id = track(std::move(done));
    if (id == 0)
        return;
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, id] {
        SecretReply reply = replyFrom(*job);
        // Deleting what is not there leaves the keychain as wanted, unless a locked collection hid it.
        if (reply.error == SecretReply::Error::NotFound)
            reply = {};
        finishAfterLockCheck(id, reply, Check::LockedWhenDone);
    });
    job->start();
}

} // namespace mpdesk
