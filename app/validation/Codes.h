#pragma once

#include <QDate>
#include <QString>

namespace mpdesk {

/// Check-digit and format rules of the Chinese codes a filing carries. Every function expects a value
/// already passed through Normalize::code().
class Codes final
{
public:
    enum class Verdict {
        Valid,
        WrongLength,
        BadCharacter,
        BadCheck,
        BadDate, ///< ID numbers: the embedded birth date does not exist or lies in the future
        BadPrefix,
    };

    /// Unified social credit code, GB 32100-2015: 18 characters, weighted mod-31 check character.
    static Verdict creditCode(const QString &code);
    /// The organisation code embedded in a credit code (characters 9–17), GB 11714: mod-11 check.
    static Verdict embeddedOrganisationCode(const QString &creditCode);
    /// The check character GB 32100 gives the first 17 characters, or a null QChar if they are not valid.
    static QChar creditCodeCheckCharacter(QStringView first17);

    /// Resident ID number, GB 11643-1999: 18 characters, a real birth date, mod-11 check digit.
    static Verdict residentId(const QString &number, QDate today);
    /// The check character GB 11643 gives the first 17 digits, or a null QChar.
    static QChar residentIdCheckCharacter(QStringView first17);
    /// Residence permits for Hong Kong/Macao (prefix 810000 or 820000) or Taiwan (830000) residents.
    static Verdict residencePermit(const QString &number, bool taiwan, QDate today);
    static Verdict passport(const QString &number);
    /// Mainland travel permit for Hong Kong and Macao residents: H or M and 8 or 10 digits.
    static Verdict hkMacaoPermit(const QString &number);
    /// Mainland travel permit for Taiwan residents: 8 digits.
    static Verdict taiwanPermit(const QString &number);
    /// Foreign permanent resident ID: the 15-character form (3 letters, 12 digits) or the 18-digit form.
    static Verdict foreignPermanentResidence(const QString &number, QDate today);

    /// Taxpayer ID on an invoice: 15, 17, 18 or 20 letters and digits.
    static Verdict taxId(const QString &taxId);
    /// Mainland mobile number: 11 digits, 1[3-9] first.
    static bool isMobile(const QString &normalizedMobile);
    static bool isEmail(const QString &email);
};

} // namespace mpdesk
