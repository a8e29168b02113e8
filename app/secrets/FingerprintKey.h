#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace mpdesk {

class SecretStore;

/// The secret key of the leader fingerprints: made once per user, kept in the keychain. Without it a
/// fingerprint cannot be turned back into an ID number by trying every possible number.
class FingerprintKey final
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintKey)

public:
    using Callback = std::function<void(const Result<QByteArray> &)>;

    /// Reads the key from `store`, creating and storing a random one the first time. Answers through
    /// `done`, never before the call returns (the store answers asynchronously).
    static void obtain(SecretStore &store, Callback done);

    /// The keychain entry, outside every project's namespace: the key is shared by all projects.
    static QString entryName();
    static constexpr int KeyBytes = 32;
};

} // namespace mpdesk
