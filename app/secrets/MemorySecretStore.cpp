#include "secrets/MemorySecretStore.h"

#include <QTimer>

namespace mpdesk {

void MemorySecretStore::answer(Callback done, SecretReply reply)
{
    // Asynchronous like the real keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, this, [done = std::move(done), reply = std::move(reply)] { done(reply); });
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    SecretReply reply;
    if (m_failure != SecretReply::Error::None)
        reply.error = m_failure;
    else if (!m_entries.contains(key))
        reply.error = SecretReply::Error::NotFound;
    else
        reply.value = m_entries.value(key);
    answer(std::move(done), reply);
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    SecretReply reply;
    if (m_failure != SecretReply::Error::None)
        reply.error = m_failure;
    else
        m_entries.insert(key, value);
    answer(std::move(done), reply);
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    SecretReply reply;
    if (m_failure != SecretReply::Error::None)
        reply.error = m_failure;
    else
        m_entries.remove(key);
    answer(std::move(done), reply);
}

} // namespace mpdesk
