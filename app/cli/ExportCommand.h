#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace mpdesk {

class SecretStore;

/// `mpdesk export FILE -o DIR [--blank-date]`: writes every letter the filing needs as a PDF in DIR and
/// says which letters are not needed and why.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    enum ExitCode {
        Success = 0,
        LetterBlocked = 1,     ///< findings stop a letter (listed)
        BadInput = 2,          ///< unreadable file, wrong arguments, folder not writable
        SecretUnavailable = 3, ///< an ID number a letter prints cannot be read
        MissingGlyphs = 4,     ///< a character no installed font has
    };

    /// `store` is asked for only when the filing refers to secrets in the keychain.
    ExportCommand(QTextStream &out, QTextStream &err, std::function<SecretStore &()> store);

    /// True when the arguments ask for this verb: it draws text, so it needs a QGuiApplication.
    static bool isRequested(const QStringList &arguments);

    /// `today` is the date in China, printed on the letters unless `blankDate`.
    int run(const QString &input, const QString &outputFolder, bool blankDate, QDate today);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<SecretStore &()> m_store;
};

} // namespace mpdesk
