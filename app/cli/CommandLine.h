#pragma once

#include "cli/ExitCode.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace mpdesk {

class SecretStore;

/// The command line: parses the arguments once, picks the verb (a Command in app/cli/) and runs it. The
/// verbs call the same core functions as the desktop application and need no display. Messages follow
/// the user's language (--lang overrides the system's).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// `store` is used for secrets; when null, the system keychain is opened on first need.
    CommandLine(QTextStream &out, QTextStream &err, SecretStore *store = nullptr);
    ~CommandLine();

    /// True when the arguments ask for a verb, --help or --version rather than the GUI.
    static bool isCommandLine(const QStringList &arguments);
    /// The language the arguments ask for (--lang), or the system's.
    static QString requestedLanguage(const QStringList &arguments);

    /// Runs the verb; `arguments` include the program name first, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

    /// Explains that the desktop application needs a display and what the command line offers instead.
    int noDisplay(const QStringList &arguments);

    /// The clock the verbs judge by when the arguments fix none (--today, --now); the system's unless set.
    void setClock(const Clock &clock) { m_clock = clock; }

private:
    QString usage() const;
    /// The moment --today or --now fixes; nullopt with a message on err when it cannot be read.
    std::optional<Clock> clockFrom(const QString &today, const QString &now);

    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_store;
    Clock m_clock = Clock::system();
};

} // namespace mpdesk
