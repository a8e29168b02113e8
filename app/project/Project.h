#pragma once

#include "core/Result.h"
#include "model/Filing.h"
#include "secrets/ProjectSecrets.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace mpdesk {

class SecretStore;

/// An open project: the filing, the file it lives in, and its entries in the keychain. The command line
/// and the desktop application both open, save and forget projects through this class, so the keychain
/// is always kept in step with the file: saving stores every value typed and deletes the entries of
/// removed people; "Save As" gives the copy its own identity and its own entries.
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    /// What a save came to: the file's fate and, separately, the keychain's.
    struct SaveReport
    {
        Status file = Done{};
        QStringList secretFailures; ///< one line per value not stored or not removed, naming person and field
        bool ok() const { return file.ok() && secretFailures.isEmpty(); }
    };
    using SaveDone = std::function<void(const SaveReport &)>;
    using FailuresDone = std::function<void(const QStringList &failures)>;
    /// What forgetting came to: how many entries went, and what kept the others.
    struct ForgetReport
    {
        qsizetype deleted = 0;
        QStringList failures; ///< as ProjectSecrets::describeFailures(): one line for a locked keyring
    };
    using ForgetDone = std::function<void(const ForgetReport &)>;

    explicit Project(SecretStore &store, QObject *parent = nullptr);

    const Filing &filing() const { return m_filing; }
    Filing &filing() { return m_filing; }
    void setFiling(const Filing &filing) { m_filing = filing; }
    QString path() const { return m_path; }

    /// Reads the file (a failed read changes nothing), then fetches its secrets; `done` gets one line per
    /// value that could not be had. The filing is usable at once; secret fields fill in when `done` runs.
    Status open(const QString &path, FailuresDone done);
    /// Reads the file without asking the keychain (for verbs that print no number); the secret fields
    /// keep their references and masks.
    Status read(const QString &path);
    /// Starts a new project from a filing (e.g. an imported interchange file): a new identity, no file yet.
    void adopt(const Filing &filing);
    /// Writes the file, then the keychain. A failed file write leaves the old file and the keychain as
    /// they were and everything in memory.
    void save(const QString &path, SaveDone done);
    /// Saves a copy under a new identity: its own UUID and its own keychain entries.
    void saveAs(const QString &path, SaveDone done);
    /// The key of the leader fingerprints (FingerprintKey); with it, saving records the mini program
    /// leader's fingerprint so other projects can find the leader reused under another entity.
    void setFingerprintKey(const QByteArray &key) { m_fingerprintKey = key; }
    /// Deletes every keychain entry the project refers to.
    void forget(ForgetDone done);

private:
    void storeSecrets(SaveReport report, SaveDone done);
    void rememberStored(const ProjectSecrets::Outcomes &outcomes);

    SecretStore &m_store;
    Filing m_filing;
    QString m_path;
    /// Entries known to be in the keychain for this project: reference -> "person, field" for messages.
    QHash<QString, QString> m_storedRefs;
    QByteArray m_fingerprintKey;
};

} // namespace mpdesk
