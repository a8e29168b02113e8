#pragma once

#include "assessment/Assessment.h"
#include "assessment/AssessmentContext.h"
#include "core/Clock.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <memory>

namespace mpdesk {

class SecretStore;

/// What every verb shares: where it writes, the keychain, the clock, and the one way to open a filing.
/// The command line reads no setting of the desktop application.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    /// `store` is used for secrets; when null, the system keychain is opened on first need.
    CommandContext(QTextStream &out, QTextStream &err, SecretStore *store, Clock clock);
    ~CommandContext();

    /// How long one command waits for the system keychain in all before it gives up.
    static constexpr std::chrono::seconds keychainDeadline{15};

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    SecretStore &store();
    const Clock &clock() const { return m_clock; }

    enum class Secrets { Fetch, Skip };
    /// Opens a project or interchange file through Project, with its numbers from the keychain when
    /// asked; says why on err and returns false when the file cannot be read. `failures` gets one line
    /// per number the keychain could not give.
    bool open(Project &project, const QString &path, Secrets secrets, QStringList *failures = nullptr);
    /// The key of the leader fingerprints from the keychain; empty when it cannot be had.
    QByteArray fingerprintKey();
    /// The assessment's context: the clock, the filings this computer's mpdesk knows (its index) and
    /// those in `knownFolder`, without `path` itself. Notes on filings not compared go to err.
    AssessmentContext assessmentContext(const QString &path, const QString &knownFolder, bool withFingerprintKey);
    /// The filing read from `path`, assessed as the window assesses it: the known filings, the leader's
    /// fingerprint key when there is a number to fingerprint, and the attached files measured here (the
    /// assessment itself reads no file).
    Assessment assess(const Filing &filing, const QString &path, const QString &knownFolder);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_store;
    std::unique_ptr<SecretStore> m_ownStore;
    Clock m_clock;
};

} // namespace mpdesk
