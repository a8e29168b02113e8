#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace mpdesk {

class SecretStore;

/// The command-line verbs (check, import). They call the same core functions as the GUI and need no
/// display. Messages follow the user's language (--lang overrides the system's).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        FindingsWithErrors = 1,
        BadInput = 2,          ///< unreadable file or wrong arguments
        SecretUnavailable = 3, ///< a needed ID or account number cannot be read from the keychain
    };

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

    /// The date findings are judged against; today in China unless set (for tests).
    void setToday(QDate today) { m_today = today; }

private:
    int check(const QString &path);
    int import(const QString &input, const QString &output);
    int forget(const QString &path);
    /// The key of the leader fingerprints from the keychain; empty when it cannot be had.
    QByteArray fingerprintKey();
    SecretStore &store();
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_store;
    std::unique_ptr<SecretStore> m_ownStore;
    QDate m_today;
};

} // namespace mpdesk
