#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace mpdesk {

/// Keeps secrets in memory for the lifetime of the object; for tests and for modules that need a
/// store but not the keychain. It can be told to fail, to test how failures are handled.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr) : SecretStore(parent) { }

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    /// From now on every request fails with this error (None to work again).
    void setFailure(SecretReply::Error error) { m_failure = error; }
    QHash<QString, QString> entries() const { return m_entries; }

private:
    void answer(Callback done, SecretReply reply);

    QHash<QString, QString> m_entries;
    SecretReply::Error m_failure = SecretReply::Error::None;
};

} // namespace mpdesk
