#include "validation/Codes.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// GB 32100-2015: the 31 characters a credit code may use (no I, O, S, V, Z) and the position weights.
constexpr QStringView creditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> creditWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// GB 11714-1997: weights of the 8 body characters of an organisation code.
constexpr std::array<int, 8> organisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};

// GB 11643-1999: weights of the 17 body digits and the check characters by remainder.
constexpr std::array<int, 17> residentWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QStringView residentChecks = u"10X98765432";

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool matches(const QString &text, const QRegularExpression &re)
{
    return re.match(text).hasMatch();
}

} // namespace

QChar Codes::creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = creditAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += int(value) * creditWeights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return creditAlphabet[check];
}

Codes::Verdict Codes::creditCode(const QString &code)
{
    if (code.size() != 18)
        return Verdict::WrongLength;
    for (QChar c : code) {
        if (!creditAlphabet.contains(c))
            return Verdict::BadCharacter;
    }
    return creditCodeCheckCharacter(QStringView(code).left(17)) == code.at(17) ? Verdict::Valid : Verdict::BadCheck;
}

Codes::Verdict Codes::embeddedOrganisationCode(const QString &creditCode)
{
    if (creditCode.size() != 18)
        return Verdict::WrongLength;
    const QStringView org = QStringView(creditCode).mid(8, 9);
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = org[i];
        int value;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return Verdict::BadCharacter;
        sum += value * organisationWeights[std::size_t(i)];
    }
    const int check = 11 - sum % 11;
    const QChar expected = check == 10 ? u'X' : check == 11 ? u'0' : QChar(char16_t(u'0' + check));
    return org[8] == expected ? Verdict::Valid : Verdict::BadCheck;
}

QChar Codes::residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * residentWeights[std::size_t(i)];
    return residentChecks[sum % 11];
}

Codes::Verdict Codes::residentId(const QString &number, QDate today)
{
    if (number.size() != 18)
        return Verdict::WrongLength;
    const QStringView body = QStringView(number).left(17);
    const QChar last = number.at(17);
    if (!allDigits(body) || !((last >= u'0' && last <= u'9') || last == u'X'))
        return Verdict::BadCharacter;
    const QDate birth = QDate::fromString(number.mid(6, 8), u"yyyyMMdd"_s);
    if (!birth.isValid() || birth.year() < 1900 || birth > today)
        return Verdict::BadDate;
    return residentIdCheckCharacter(body) == last ? Verdict::Valid : Verdict::BadCheck;
}

Codes::Verdict Codes::residencePermit(const QString &number, bool taiwan, QDate today)
{
    const Verdict form = residentId(number, today);
    if (form == Verdict::WrongLength || form == Verdict::BadCharacter)
        return form;
    const QString prefix = number.left(6);
    const bool prefixOk = taiwan ? prefix == u"830000"_s : (prefix == u"810000"_s || prefix == u"820000"_s);
    if (!prefixOk)
        return Verdict::BadPrefix;
    return form;
}

Codes::Verdict Codes::passport(const QString &number)
{
    static const QRegularExpression re(u"^[A-Z0-9]{5,17}$"_s);
    if (number.size() < 5 || number.size() > 17)
        return Verdict::WrongLength;
    return matches(number, re) ? Verdict::Valid : Verdict::BadCharacter;
}

Codes::Verdict Codes::hkMacaoPermit(const QString &number)
{
    static const QRegularExpression re(u"^[HM](\\d{8}|\\d{10})$"_s);
    if (number.size() != 9 && number.size() != 11)
        return Verdict::WrongLength;
    return matches(number, re) ? Verdict::Valid : Verdict::BadCharacter;
}

Codes::Verdict Codes::taiwanPermit(const QString &number)
{
    if (number.size() != 8)
        return Verdict::WrongLength;
    return allDigits(number) ? Verdict::Valid : Verdict::BadCharacter;
}

Codes::Verdict Codes::foreignPermanentResidence(const QString &number, QDate today)
{
    static const QRegularExpression oldForm(u"^[A-Z]{3}\\d{12}$"_s);
    if (number.size() == 15)
        return matches(number, oldForm) ? Verdict::Valid : Verdict::BadCharacter;
    if (number.size() == 18) {
        // The 2023 form starts with 9 and otherwise follows GB 11643, birth date and check digit included.
        if (!number.startsWith(u'9'))
            return Verdict::BadPrefix;
        return residentId(number, today);
    }
    return Verdict::WrongLength;
}

Codes::Verdict Codes::taxId(const QString &taxId)
{
    static const QRegularExpression re(u"^[0-9A-Z]+$"_s);
    const qsizetype n = taxId.size();
    if (n != 15 && n != 17 && n != 18 && n != 20)
        return Verdict::WrongLength;
    return matches(taxId, re) ? Verdict::Valid : Verdict::BadCharacter;
}

bool Codes::isMobile(const QString &normalizedMobile)
{
    static const QRegularExpression re(u"^1[3-9]\\d{9}$"_s);
    return matches(normalizedMobile, re);
}

bool Codes::isEmail(const QString &email)
{
    // Deliberately plain: one @, a dot in the domain, no spaces. The platform sends a code to it anyway.
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return matches(email, re);
}

} // namespace mpdesk
