#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

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
        reply.error = SecretReply::Error::AccessDenied;
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
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_service(u"mpdesk"_s)
{
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        SecretReply reply = replyFrom(*job);
        if (reply.ok())
            reply.value = job->textData();
        done(reply);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(replyFrom(*job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        SecretReply reply = replyFrom(*job);
        // Deleting what is not there leaves the keychain as wanted.
        if (reply.error == SecretReply::Error::NotFound)
            reply = {};
        done(reply);
    });
    job->start();
}

} // namespace mpdesk
