#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace mpdesk {

/// What became of one keychain request.
struct SecretReply
{
    enum class Error {
        None,
        NotFound, ///< no entry under that key on this computer
        Unavailable, ///< no keychain service
        AccessDenied, ///< the user or the system refused mpdesk access
        Locked, ///< the keyring holding the entries is locked (or its unlock prompt was dismissed)
        TimedOut, ///< the keychain did not answer before the command's deadline
    };

    Error error = Error::None;
    QString value; ///< for reads
    QString detail; ///< the backend's own words, for logs and the "details" part of a message

    bool ok() const { return error == Error::None; }
};

/// Where ID and bank account numbers live: the operating system's keychain in the application, memory in
/// tests. Every request answers asynchronously through its callback, never before the call returns.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretReply &)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) { }
    ~SecretStore() override = default;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    /// The entry name of a project's secret: namespaced by application and project, because the
    /// Windows Credential Manager ignores the service name.
    static QString keyFor(const QUuid &projectId, const QString &ref);

    /// The OS keychain (QtKeychain).
    static std::unique_ptr<SecretStore> createSystemStore(QObject *parent = nullptr);
};

/// Messages about the keychain, in the user's language and for the platform mpdesk runs on.
class SecretMessages final
{
    Q_DECLARE_TR_FUNCTIONS(SecretMessages)

public:
    /// What is wrong and what to do, e.g. "start or unlock GNOME Keyring or KWallet".
    static QString explain(const SecretReply &reply);
    /// "not on this computer — enter it again".
    static QString notOnThisComputer();
    /// "the keyring is locked: unlock it … and try again".
    static QString keyringLocked();
};

} // namespace mpdesk
