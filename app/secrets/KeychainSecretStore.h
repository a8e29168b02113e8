#pragma once

#include "secrets/SecretStore.h"

namespace mpdesk {

/// The operating system's keychain through QtKeychain: Windows Credential Manager, macOS Keychain, the
/// Secret Service (GNOME Keyring, KWallet) on Linux. Never falls back to plaintext storage.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

} // namespace mpdesk
