#include "validation/Validator.h"

#include "model/Vocabulary.h"
#include "document/FilingFields.h"
#include "validation/Codes.h"
#include "validation/HiddenCharacters.h"
#include "validation/Normalize.h"
#include "validation/ReferenceData.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Kind = Vocabulary::Kind;
using Severity = Finding::Severity;

QString at(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// Collects findings; one method per area of the filing.
class Checker
{
public:
    Checker(const Filing &filing, QDate today) : m_f(filing), m_today(today) { }

    Findings run()
    {
        checkEntity();
        checkPeople();
        checkRoles();
        checkRegistration();
        checkCertification();
        checkInvoice();
        checkMiniProgram();
        checkFilingStage();
        checkTexts();
        return m_findings;
    }

private:
    void add(Severity severity, const QString &path, const QString &rule, const QString &message)
    {
        m_findings.append(Finding{severity, path, message, rule});
    }
    void error(const QString &path, const QString &rule, const QString &message) { add(Severity::Error, path, rule, message); }
    void warning(const QString &path, const QString &rule, const QString &message) { add(Severity::Warning, path, rule, message); }
    // A field still empty: something to fill, not a mistake.
    void toDo(const QString &path, const QString &rule, const QString &message) { add(Severity::ToDo, path, rule, message); }

    // A keyword of a closed set; empty is "not chosen yet".
    bool keyword(Kind kind, const QString &path, const QString &value)
    {
        if (value.isEmpty() || Vocabulary::contains(kind, value))
            return true;
        error(path, u"keyword"_s,
              Validator::tr("\"%1\" is not one of the allowed values (%2). Choose one of them.")
                  .arg(value, Vocabulary::listForMessage(kind)));
        return false;
    }

    // A "YYYY-MM-DD" date; an invalid one is reported and treated as unknown.
    QDate date(const QString &path, const QString &value)
    {
        if (value.isEmpty())
            return {};
        const QDate d = Codes::isoDate(Normalize::code(value));
        if (!d.isValid()) {
            error(path, u"date"_s,
                  Validator::tr("\"%1\" is not a date. Write it as year-month-day, for example 2026-05-06.").arg(value));
            return {};
        }
        // A year like 9999 is a typing slip; every date after it (deadlines, reminders) would be nonsense.
        const int first = path.endsWith(u".idValidFrom"_s) || path.endsWith(u".idValidTo"_s) ? Validator::FirstIdYear
                                                                                               : Validator::FirstYear;
        if (d.year() < first || d.year() > Validator::LastYear) {
            error(path, u"date.range"_s,
                  Validator::tr("The date %1 is not between %2 and %3. Check the year.")
                      .arg(value)
                      .arg(first)
                      .arg(Validator::LastYear));
            return {};
        }
        return d;
    }

    QDateTime timestamp(const QString &path, const QString &value)
    {
        if (value.isEmpty())
            return {};
        const QDateTime t = Codes::isoTimestamp(Normalize::code(value));
        if (!t.isValid()) {
            error(path, u"timestamp"_s,
                  Validator::tr("\"%1\" is not a time. Write it as in China, for example 2026-05-06 09:30, or "
                                "with its time zone: 2026-05-06T09:30:00+08:00.")
                      .arg(value));
            return {};
        }
        if (t.date().year() < Validator::FirstYear || t.date().year() > Validator::LastYear) {
            error(path, u"date.range"_s,
                  Validator::tr("The date %1 is not between %2 and %3. Check the year.")
                      .arg(value)
                      .arg(Validator::FirstYear)
                      .arg(Validator::LastYear));
            return {};
        }
        return t;
    }

    // An event cannot come before the one it follows.
    void notBefore(const QString &laterPath, const QString &later, const QString &earlierPath, const QString &earlier)
    {
        const QDate a = Codes::isoDate(Normalize::code(later));
        const QDate b = Codes::isoDate(Normalize::code(earlier));
        if (a.isValid() && b.isValid() && a < b) {
            error(laterPath, u"date.order"_s,
                  Validator::tr("This date (%1) is before %2 (%3), which must come first. Correct one of the two.")
                      .arg(later, FilingFields::label(earlierPath), earlier)); // the field in words, not its path
        }
    }

    void checkEntity()
    {
        const Entity &e = m_f.entity;
        if (e.type.isEmpty())
            toDo(u"entity.type"_s, u"required"_s, Validator::tr("Choose the entity type (enterprise for a company)."));
        keyword(Kind::EntityType, u"entity.type"_s, e.type);

        if (Normalize::text(e.name).isEmpty()) {
            toDo(u"entity.name"_s, u"required"_s,
                    Validator::tr("Enter the entity's full name exactly as it is on the business licence."));
        }

        const bool isIndividual = e.type == QLatin1StringView(EntityTypes::Individual);
        const QString code = Normalize::code(e.creditCode);
        if (code.isEmpty()) {
            if (!isIndividual) {
                toDo(u"entity.creditCode"_s, u"required"_s,
                        Validator::tr("Enter the 18-character unified social credit code from the business licence."));
            }
        } else {
            checkCreditCode(code);
        }

        if (Normalize::text(e.registeredAddress).isEmpty() && !isIndividual) {
            toDo(u"entity.registeredAddress"_s, u"required"_s,
                    Validator::tr("Enter the registered address exactly as on the business licence."));
        }
        checkRegion();
        checkMailingAddress();
    }

    void checkCreditCode(const QString &code)
    {
        const QString path = u"entity.creditCode"_s;
        switch (Codes::creditCode(code)) {
        case Codes::Verdict::Valid:
            break;
        case Codes::Verdict::WrongLength:
            error(path, u"creditCode.length"_s,
                  Validator::tr("The unified social credit code has %1 characters; it must have 18. Copy it again "
                                "from the business licence.")
                      .arg(code.size()));
            return;
        case Codes::Verdict::BadCheck:
            error(path, u"creditCode.check"_s,
                  Validator::tr("The unified social credit code's last character should be \"%1\", not \"%2\": a "
                                "character is mistyped. Compare it with the business licence.")
                      .arg(Codes::creditCodeCheckCharacter(QStringView(code).left(17)))
                      .arg(code.at(17)));
            return;
        default:
            error(path, u"creditCode.characters"_s,
                  Validator::tr("The unified social credit code may only use digits and capital letters other than "
                                "I, O, S, V and Z. Copy it again from the business licence."));
            return;
        }
        if (Codes::embeddedOrganisationCode(code) != Codes::Verdict::Valid) {
            warning(path, u"creditCode.organisation"_s,
                    Validator::tr("Characters 9 to 17 of the credit code (the organisation code) fail their own "
                                  "check. The code may still be right; compare it with the business licence."));
        }
    }

    void checkRegion()
    {
        const Region &r = m_f.entity.region;
        static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
        const struct
        {
            QString path, value;
        } parts[] = {{u"entity.region.province"_s, Normalize::code(r.province)},
                     {u"entity.region.city"_s, Normalize::code(r.city)},
                     {u"entity.region.district"_s, Normalize::code(r.district)}};
        bool allWellFormed = true;
        for (const auto &part : parts) {
            if (part.value.isEmpty()) {
                toDo(part.path, u"required"_s,
                        Validator::tr("Choose the filing region: province, city and district, as 6-digit codes."));
                allWellFormed = false;
            } else if (!sixDigits.match(part.value).hasMatch()) {
                error(part.path, u"region.code"_s,
                      Validator::tr("\"%1\" is not a 6-digit administrative code (for example 440305).").arg(part.value));
                allWellFormed = false;
            }
        }
        if (!allWellFormed)
            return;
        const QString &province = parts[0].value;
        const QString &city = parts[1].value;
        const QString &district = parts[2].value;
        if (!province.endsWith(u"0000"_s) || !ReferenceData::instance().province(province)) {
            error(parts[0].path, u"region.province"_s,
                  Validator::tr("%1 is not a province code; province codes end in 0000 (for example 440000).").arg(province));
        } else if (!city.startsWith(province.left(2)) || !city.endsWith(u"00"_s) || city == province) {
            error(parts[1].path, u"region.city"_s,
                  Validator::tr("%1 is not a city of province %2; a city code starts with the province's first two "
                                "digits and ends in 00 (for example 440300).")
                      .arg(city, province));
        } else if (!district.startsWith(city.left(4)) || district == city) {
            error(parts[2].path, u"region.district"_s,
                  Validator::tr("%1 is not a district of city %2; a district code starts with the city's first four "
                                "digits (for example 440305).")
                      .arg(district, city));
        }
    }

    void checkMailingAddress()
    {
        const QString address = Normalize::text(m_f.entity.mailingAddress);
        const QString path = u"entity.mailingAddress"_s;
        if (address.isEmpty()) {
            toDo(path, u"required"_s,
                    Validator::tr("Enter the communication address. It must lie in the filing region."));
            return;
        }
        const auto *province = ReferenceData::instance().province(Normalize::code(m_f.entity.region.province));
        if (province && address.startsWith(province->name)) {
            warning(path, u"mailingAddress.prefix"_s,
                    Validator::tr("Write the communication address without \"%1\" and the city and district: the "
                                  "platform adds them from the filing region.")
                        .arg(province->name));
        }
    }

    void checkPeople()
    {
        QHash<QString, QString> phoneOwners; // normalised number -> the first person using it, for messages
        QSet<QString> ids;
        for (qsizetype i = 0; i < m_f.people.size(); ++i) {
            const Person &p = m_f.people.at(i);
            const QString base = at(u"people"_s, i);
            if (p.id.isEmpty()) {
                error(base + u".id"_s, u"person.id"_s,
                      Validator::tr("This person has no id. Give every person a short unique id, such as p1."));
            } else if (ids.contains(p.id)) {
                error(base + u".id"_s, u"person.id.duplicate"_s,
                      Validator::tr("Another person already has the id \"%1\". Give every person a unique id.").arg(p.id));
            }
            ids.insert(p.id);
            keyword(Kind::IdType, base + u".idType"_s, p.idType);
            checkIdNumber(p, base);
            checkIdValidity(p, base);

            const QString mobile = Normalize::mobile(p.mobile);
            if (!mobile.isEmpty() && !Codes::isMobile(mobile)) {
                error(base + u".mobile"_s, u"mobile"_s,
                      Validator::tr("\"%1\" is not a mainland mobile number: 11 digits starting with 13 to 19. A +86 "
                                    "prefix, spaces and dashes are fine.")
                          .arg(p.mobile));
            }
            const QString emergency = Normalize::mobile(p.emergencyMobile);
            if (!emergency.isEmpty()) {
                if (!Codes::isMobile(emergency)) {
                    error(base + u".emergencyMobile"_s, u"mobile"_s,
                          Validator::tr("\"%1\" is not a mainland mobile number: 11 digits starting with 13 to 19.")
                              .arg(p.emergencyMobile));
                } else if (emergency == mobile) {
                    error(base + u".emergencyMobile"_s, u"emergencyMobile.same"_s,
                          Validator::tr("The emergency contact number is this person's own mobile number. Enter a "
                                        "different person's number."));
                }
            }
            if (!p.email.isEmpty() && !Codes::isEmail(Normalize::email(p.email))) {
                error(base + u".email"_s, u"email"_s,
                      Validator::tr("\"%1\" is not an email address. Check it for typing errors.").arg(p.email));
            }
            if (Codes::isMobile(mobile) && !phoneOwners.contains(mobile))
                phoneOwners.insert(mobile, who(p, i));
        }
        // Different people may not share an emergency number, nor use someone else's mobile as theirs.
        QHash<QString, QString> emergencyOwners;
        for (qsizetype i = 0; i < m_f.people.size(); ++i) {
            const Person &p = m_f.people.at(i);
            const QString path = at(u"people"_s, i) + u".emergencyMobile"_s;
            const QString emergency = Normalize::mobile(p.emergencyMobile);
            if (!Codes::isMobile(emergency) || emergency == Normalize::mobile(p.mobile))
                continue;
            const QString otherMobile = phoneOwners.value(emergency);
            if (!otherMobile.isEmpty()) {
                error(path, u"emergencyMobile.shared"_s,
                      Validator::tr("This emergency number is the mobile number of %1. Every person needs an "
                                    "emergency number of their own that nobody else in the filing uses.")
                          .arg(otherMobile));
            } else if (emergencyOwners.contains(emergency)) {
                error(path, u"emergencyMobile.shared"_s,
                      Validator::tr("This emergency number is already the emergency number of %1. Different people "
                                    "may not share an emergency number.")
                          .arg(emergencyOwners.value(emergency)));
            } else {
                emergencyOwners.insert(emergency, who(p, i));
            }
        }
    }

    // The name the clerk knows; never an id or a path, which mean nothing to them.
    static QString who(const Person &p, qsizetype index)
    {
        const QString name = Normalize::text(p.name);
        return name.isEmpty() ? Validator::tr("person no. %1 (no name yet)").arg(index + 1) : name;
    }

    void checkIdNumber(const Person &p, const QString &base)
    {
        const QString path = base + u".idNumber"_s;
        if (p.idNumber.isMissing()) {
            error(path, u"secret.missing"_s,
                  Validator::tr("The ID number of %1 is not on this computer (the project came from another "
                                "computer, or the keychain could not be read). Enter it again.")
                      .arg(who(p, m_f.personIndex(p.id))));
            return;
        }
        const QString number = Normalize::code(p.idNumber.value);
        if (number.isEmpty())
            return;
        Codes::Verdict verdict = Codes::Verdict::Valid;
        const QString type = p.idType;
        if (type == QLatin1StringView(IdTypes::ResidentId))
            verdict = Codes::residentId(number, m_today);
        else if (type == QLatin1StringView(IdTypes::HkMacaoResidence))
            verdict = Codes::residencePermit(number, false, m_today);
        else if (type == QLatin1StringView(IdTypes::TaiwanResidence))
            verdict = Codes::residencePermit(number, true, m_today);
        else if (type == QLatin1StringView(IdTypes::Passport))
            verdict = Codes::passport(number);
        else if (type == QLatin1StringView(IdTypes::HkMacaoPermit))
            verdict = Codes::hkMacaoPermit(number);
        else if (type == QLatin1StringView(IdTypes::TaiwanPermit))
            verdict = Codes::taiwanPermit(number);
        else if (type == QLatin1StringView(IdTypes::ForeignPermanentResidence))
            verdict = Codes::foreignPermanentResidence(number, m_today);
        else
            return; // no type yet: nothing to check the number against

        const QString typeName = Vocabulary::label(Kind::IdType, type);
        switch (verdict) {
        case Codes::Verdict::Valid:
            return;
        case Codes::Verdict::BadCheck:
            error(path, u"idNumber.check"_s,
                  Validator::tr("The last character of this %1 number should be \"%2\", not \"%3\": a digit is "
                                "mistyped. Compare it with the card.")
                      .arg(typeName)
                      .arg(Codes::residentIdCheckCharacter(QStringView(number).left(17)))
                      .arg(number.at(17)));
            return;
        case Codes::Verdict::BadDate:
            error(path, u"idNumber.birthDate"_s,
                  Validator::tr("Digits 7 to 14 of this %1 number (%2) are not a real date of birth. Compare the "
                                "number with the card.")
                      .arg(typeName, number.mid(6, 8)));
            return;
        case Codes::Verdict::BadPrefix:
            error(path, u"idNumber.prefix"_s,
                  Validator::tr("This number does not start the way a %1 number does. Check the ID type and the "
                                "number.")
                      .arg(typeName));
            return;
        case Codes::Verdict::WrongLength:
        case Codes::Verdict::BadCharacter:
            error(path, u"idNumber.format"_s, formatHint(type, typeName));
            return;
        }
    }

    static QString formatHint(const QString &type, const QString &typeName)
    {
        if (Vocabulary::isResidentIdForm(type)) {
            return Validator::tr("A %1 number has 18 characters: 17 digits and a last digit or X. Compare it with "
                                 "the card.")
                .arg(typeName);
        }
        if (type == QLatin1StringView(IdTypes::HkMacaoPermit)) {
            return Validator::tr("A %1 number is H or M followed by 8 or 10 digits. Compare it with the card.")
                .arg(typeName);
        }
        if (type == QLatin1StringView(IdTypes::TaiwanPermit))
            return Validator::tr("A %1 number has 8 digits. Compare it with the card.").arg(typeName);
        if (type == QLatin1StringView(IdTypes::ForeignPermanentResidence)) {
            return Validator::tr("A %1 number has 15 characters (3 letters, 12 digits) or 18 digits. Compare it "
                                 "with the card.")
                .arg(typeName);
        }
        return Validator::tr("A %1 number has 5 to 17 letters and digits. Compare it with the document.").arg(typeName);
    }

    void checkIdValidity(const Person &p, const QString &base)
    {
        const QDate from = date(base + u".idValidFrom"_s, p.idValidFrom);
        if (from.isValid() && from > m_today) {
            error(base + u".idValidFrom"_s, u"idValidity.future"_s,
                  Validator::tr("The ID document is valid only from %1. Check the date on the card.").arg(p.idValidFrom));
        }
        if (p.idValidTo.isEmpty() || Normalize::validity(p.idValidTo) == Normalize::longTerm())
            return;
        const QString path = base + u".idValidTo"_s;
        const QDate to = date(path, p.idValidTo);
        if (!to.isValid())
            return;
        if (from.isValid() && to <= from) {
            error(path, u"idValidity.order"_s,
                  Validator::tr("The end of validity (%1) must come after its start (%2). Check both dates on the "
                                "card.")
                      .arg(p.idValidTo, p.idValidFrom));
        } else if (to < m_today) {
            error(path, u"idValidity.expired"_s,
                  Validator::tr("This ID document expired on %1. The platform rejects it: renew it, or choose another "
                                "person.")
                      .arg(p.idValidTo));
        } else if (m_today.daysTo(to) <= Validator::IdExpiryWarningDays) {
            warning(path, u"idValidity.expiring"_s,
                    Validator::tr("This ID document expires on %1, in %2 days. Renew it before the filing is "
                                  "reviewed, or it may be rejected.")
                        .arg(p.idValidTo)
                        .arg(m_today.daysTo(to)));
        }
    }

    // A role: who holds it, and which of their fields the step needs.
    struct Role
    {
        QString path;
        QString holder;
        QString name;
        bool needsIdNumber;
        bool needsValidity;
        bool needsMobile;
        bool needsEmergency;
        bool needsEmail;
    };

    void checkRoles()
    {
        const Role roles[] = {
            {u"entity.legalRepresentative"_s, m_f.entity.legalRepresentative, Validator::tr("legal representative"),
             true, false, false, false, false},
            {u"entity.leader"_s, m_f.entity.leader, Validator::tr("entity leader"), true, true, true, true, true},
            {u"registration.administrator"_s, m_f.registration.administrator, Validator::tr("administrator"), true,
             false, true, false, false},
            {u"certification.contact"_s, m_f.certification.contact, Validator::tr("certification contact"), true,
             false, true, false, true},
            {u"miniProgram.leader"_s, m_f.miniProgram.leader, Validator::tr("mini program leader"), true, true, true,
             true, true},
        };
        for (const Role &role : roles) {
            if (role.holder.isEmpty()) {
                toDo(role.path, u"role.unassigned"_s,
                        Validator::tr("No one is chosen as %1 yet. Choose a person.").arg(role.name));
                continue;
            }
            const qsizetype index = m_f.personIndex(role.holder);
            if (index < 0) {
                error(role.path, u"role.unknownPerson"_s,
                      Validator::tr("The %1 is \"%2\", but no person has that id. Choose someone from the people "
                                    "list.")
                          .arg(role.name, role.holder));
                continue;
            }
            checkRoleHolder(role, m_f.people.at(index), at(u"people"_s, index));
        }
    }

    void checkRoleHolder(const Role &role, const Person &p, const QString &base)
    {
        const QString who = Checker::who(p, m_f.personIndex(p.id));
        auto need = [&](bool needed, const QString &key, bool missing, const QString &what) {
            if (needed && missing) {
                toDo(base + u'.' + key, u"role.field"_s,
                      Validator::tr("%1 is the %2, so %3 is needed. Enter it.").arg(who, role.name, what));
            }
        };
        need(true, u"name"_s, Normalize::text(p.name).isEmpty(), Validator::tr("the name as on the ID document"));
        need(role.needsIdNumber, u"idType"_s, p.idType.isEmpty(), Validator::tr("the ID type"));
        need(role.needsIdNumber, u"idNumber"_s, p.idNumber.value.isEmpty() && !p.idNumber.isMissing(),
             Validator::tr("the ID number"));
        need(role.needsValidity, u"idValidFrom"_s, p.idValidFrom.isEmpty(), Validator::tr("the ID's start of validity"));
        need(role.needsValidity, u"idValidTo"_s, p.idValidTo.isEmpty(),
             Validator::tr("the ID's end of validity (a date, or long-term)"));
        need(role.needsMobile, u"mobile"_s, p.mobile.isEmpty(), Validator::tr("a mobile number"));
        need(role.needsEmergency, u"emergencyMobile"_s, p.emergencyMobile.isEmpty(),
             Validator::tr("an emergency contact number (someone else's mobile)"));
        need(role.needsEmail, u"email"_s, p.email.isEmpty(), Validator::tr("an email address"));
    }

    void checkRegistration()
    {
        const Registration &r = m_f.registration;
        const QString email = Normalize::email(r.email);
        if (email.isEmpty()) {
            toDo(u"registration.email"_s, u"required"_s,
                    Validator::tr("Enter the account email: a brand-new address, never used on the WeChat Public or "
                                  "Open Platform nor bound to a personal WeChat."));
        } else if (!Codes::isEmail(email)) {
            error(u"registration.email"_s, u"email"_s,
                  Validator::tr("\"%1\" is not an email address. Check it for typing errors.").arg(r.email));
        }
        if (r.emailUnused == false) {
            error(u"registration.emailUnused"_s, u"email.used"_s,
                  Validator::tr("This email was already used on the WeChat platforms or with a personal WeChat, so "
                                "registration will fail. Use a brand-new email: one email per mini program."));
        }
        keyword(Kind::VerificationMethod, u"registration.verification.method"_s, r.verification.method);
        if (r.verification.method == u"payment"_s && Vocabulary::requiresWechatVerification(m_f.entity.type)) {
            error(u"registration.verification.method"_s, u"verification.wechatOnly"_s,
                  Validator::tr("A %1 must use WeChat verification (the 300 RMB fee); payment verification is not "
                                "offered to it.")
                      .arg(Vocabulary::label(Kind::EntityType, m_f.entity.type)));
        }
        date(u"registration.verification.startedOn"_s, r.verification.startedOn);
        date(u"registration.verification.completedOn"_s, r.verification.completedOn);
        date(u"registration.submittedOn"_s, r.submittedOn);
        date(u"registration.approvedOn"_s, r.approvedOn);
        notBefore(u"registration.verification.completedOn"_s, r.verification.completedOn,
                  u"registration.verification.startedOn"_s, r.verification.startedOn);
        notBefore(u"registration.approvedOn"_s, r.approvedOn, u"registration.submittedOn"_s, r.submittedOn);
    }

    void checkCertification()
    {
        const Certification &c = m_f.certification;
        keyword(Kind::PrimaryVerification, u"certification.primaryVerification"_s, c.primaryVerification);
        date(u"certification.agreementSignedOn"_s, c.agreementSignedOn);
        date(u"certification.contactConfirmedOn"_s, c.contactConfirmedOn);
        date(u"certification.paidOn"_s, c.paidOn);
        date(u"certification.approvedOn"_s, c.approvedOn);
        notBefore(u"certification.paidOn"_s, c.paidOn, u"certification.agreementSignedOn"_s, c.agreementSignedOn);
        notBefore(u"certification.approvedOn"_s, c.approvedOn, u"certification.paidOn"_s, c.paidOn);
        notBefore(u"certification.agreementSignedOn"_s, c.agreementSignedOn, u"registration.approvedOn"_s,
                  m_f.registration.approvedOn);
        if (c.nameChangesUsed) {
            const int used = *c.nameChangesUsed;
            if (used < 0 || used > Validator::NameChangesPerYear) {
                error(u"certification.nameChangesUsed"_s, u"nameChanges.range"_s,
                      Validator::tr("A certified mini program has %1 name changes a year; %2 cannot have been used. "
                                    "Enter 0, 1 or 2.")
                          .arg(Validator::NameChangesPerYear)
                          .arg(used));
            } else if (used == Validator::NameChangesPerYear) {
                warning(u"certification.nameChangesUsed"_s, u"nameChanges.none"_s,
                        Validator::tr("Both name changes of this year are used: the name cannot change again before 1 "
                                      "January."));
            }
        }
    }

    void checkInvoice()
    {
        const Invoice &inv = m_f.certification.invoice;
        const QString base = u"certification.invoice."_s;
        keyword(Kind::InvoiceType, base + u"type"_s, inv.type);
        date(base + u"submittedOn"_s, inv.submittedOn);
        date(base + u"receivedOn"_s, inv.receivedOn);
        notBefore(base + u"receivedOn"_s, inv.receivedOn, base + u"submittedOn"_s, inv.submittedOn);
        if (inv.type.isEmpty()) {
            toDo(base + u"type"_s, u"required"_s,
                    Validator::tr("Choose the invoice type before paying: it cannot be changed after submission."));
            return;
        }
        if (inv.type == QLatin1StringView(InvoiceTypes::None) || !Vocabulary::contains(Kind::InvoiceType, inv.type))
            return;

        const QString entityName = Normalize::text(m_f.entity.name);
        const QString title = Normalize::text(inv.title);
        if (title.isEmpty()) {
            toDo(base + u"title"_s, u"required"_s,
                    Validator::tr("Enter the invoice title: the entity's full name, \"%1\".").arg(entityName));
        } else if (!entityName.isEmpty() && title != entityName) {
            error(base + u"title"_s, u"invoice.title"_s,
                  Validator::tr("The invoice title must be the entity's full name exactly, \"%1\". It cannot be "
                                "changed after submission.")
                      .arg(entityName));
        }

        const QString taxId = Normalize::code(inv.taxId);
        if (taxId.isEmpty()) {
            toDo(base + u"taxId"_s, u"required"_s,
                    Validator::tr("Enter the taxpayer ID (usually the unified social credit code)."));
        } else if (Codes::taxId(taxId) != Codes::Verdict::Valid) {
            error(base + u"taxId"_s, u"invoice.taxId"_s,
                  Validator::tr("A taxpayer ID has 15, 17, 18 or 20 letters and digits; this one has %1 characters. "
                                "Copy it from the tax registration.")
                      .arg(taxId.size()));
        }

        const struct
        {
            QString key;
            bool present;
            QString what;
        } extras[] = {
            {u"address"_s, !Normalize::text(inv.address).isEmpty(), Validator::tr("the enterprise address")},
            {u"phone"_s, !Normalize::text(inv.phone).isEmpty(), Validator::tr("the enterprise phone")},
            {u"bankName"_s, !Normalize::text(inv.bankName).isEmpty(), Validator::tr("the bank name")},
            {u"bankAccount"_s, inv.bankAccount.isKnown() || inv.bankAccount.isMissing(),
             Validator::tr("the bank account number")},
        };
        if (inv.type == QLatin1StringView(InvoiceTypes::Electronic)) {
            for (const auto &extra : extras) {
                if (extra.present) {
                    error(base + extra.key, u"invoice.electronicExtra"_s,
                          Validator::tr("An electronic invoice carries no address, phone, bank or account details. "
                                        "Remove %1, or choose a paper VAT special invoice.")
                              .arg(extra.what));
                }
            }
            return;
        }

        // Paper VAT special invoice: the extra details, the mailing details and the documents.
        for (const auto &extra : extras) {
            if (!extra.present) {
                toDo(base + extra.key, u"invoice.vatField"_s,
                      Validator::tr("A VAT special invoice needs %1. Enter it.").arg(extra.what));
            }
        }
        if (inv.bankAccount.isMissing()) {
            error(base + u"bankAccount"_s, u"secret.missing"_s,
                  Validator::tr("The bank account number is not on this computer (the project came from another "
                                "computer, or the keychain could not be read). Enter it again."));
        }
        const struct
        {
            QString key;
            QString value;
            QString what;
        } mailing[] = {
            {u"mailingAddress"_s, inv.mailingAddress, Validator::tr("the address the invoice is mailed to")},
            {u"recipient"_s, inv.recipient, Validator::tr("the recipient's name")},
            {u"recipientPhone"_s, inv.recipientPhone, Validator::tr("the recipient's phone")},
        };
        for (const auto &m : mailing) {
            if (Normalize::text(m.value).isEmpty()) {
                error(base + m.key, u"invoice.vatField"_s,
                      Validator::tr("A VAT special invoice is mailed on paper, so it needs %1. Enter it.").arg(m.what));
            }
        }
        if (inv.documentsReady != true) {
            toDo(base + u"documentsReady"_s, u"invoice.documents"_s,
                    Validator::tr("A VAT special invoice also needs the tax registration certificate (or the "
                                  "three-in-one business licence) and proof of the bank account. Prepare them and "
                                  "mark them ready."));
        }
    }

    void checkMiniProgram()
    {
        const MiniProgram &m = m_f.miniProgram;
        const QString name = Normalize::text(m.name);
        if (name.isEmpty()) {
            toDo(u"miniProgram.name"_s, u"miniProgram.name"_s,
                  Validator::tr("Enter the mini program's name (check the trademark first: name changes are limited)."));
        } else {
            for (const QString &word : ReferenceData::instance().forbiddenNameWords()) {
                if (name.contains(word)) {
                    error(u"miniProgram.name"_s, u"miniProgram.name.forbidden"_s,
                          Validator::tr("The name may not contain \"%1\". Choose a name without it.").arg(word));
                }
            }
            // Third-party guides: 4 to 30 units, a Chinese character counting as two (not confirmed by WeChat).
            qsizetype units = 0;
            for (QChar c : name)
                units += c.unicode() < 0x80 ? 1 : 2;
            if (units < 4 || units > 30) {
                warning(u"miniProgram.name"_s, u"miniProgram.name.length"_s,
                        Validator::tr("Names are said to need 4 to 30 characters, a Chinese character counting as two; "
                                      "this one counts %1. The platform will tell for sure.")
                            .arg(units));
            }
        }

        checkNameCandidates(name);

        const qsizetype length = Normalize::text(m.description).size();
        if (length < Validator::DescriptionMinLength || length > Validator::DescriptionMaxLength) {
            add(length == 0 ? Severity::ToDo : Severity::Error, u"miniProgram.description"_s, u"miniProgram.description"_s,
                  Validator::tr("Describe what the mini program actually does in %1 to %2 characters; this has %3.")
                      .arg(Validator::DescriptionMinLength)
                      .arg(Validator::DescriptionMaxLength)
                      .arg(length));
        }

        const qsizetype categories = m.serviceCategories.size();
        if (categories < 1 || categories > Validator::MaxServiceCategories) {
            add(categories == 0 ? Severity::ToDo : Severity::Error, u"miniProgram.serviceCategories"_s,
                u"miniProgram.categories"_s,
                  Validator::tr("Choose 1 to %1 service categories (second-level categories only); %2 are chosen.")
                      .arg(Validator::MaxServiceCategories)
                      .arg(categories));
        }
        for (qsizetype i = 0; i < categories; ++i) {
            if (Normalize::text(m.serviceCategories.at(i)).isEmpty()) {
                error(at(u"miniProgram.serviceCategories"_s, i), u"miniProgram.categories"_s,
                      Validator::tr("This service category is empty. Choose a category or remove the line."));
            }
        }
        checkPreApproval();
    }

    void checkNameCandidates(const QString &chosen)
    {
        const QList<NameCandidate> &candidates = m_f.miniProgram.nameCandidates;
        for (qsizetype i = 0; i < candidates.size(); ++i)
            keyword(Kind::Trademark, at(u"miniProgram.nameCandidates"_s, i) + u".trademark"_s, candidates.at(i).trademark);
        if (candidates.size() < 2) {
            add(candidates.isEmpty() ? Severity::ToDo : Severity::Warning, u"miniProgram.nameCandidates"_s, u"pitfall.nameCandidates"_s,
                    Validator::tr("Prepare at least two candidate names and check their trademarks: a rejected name "
                                  "costs a name change."));
        }
        if (chosen.isEmpty())
            return;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (Normalize::text(candidates.at(i).name) != chosen)
                continue;
            if (candidates.at(i).trademark != u"clear"_s) {
                warning(at(u"miniProgram.nameCandidates"_s, i) + u".trademark"_s, u"pitfall.trademark"_s,
                        Validator::tr("The trademark of the chosen name \"%1\" is not checked as clear. Check it before "
                                      "submitting: name changes are limited.")
                            .arg(chosen));
            }
            return;
        }
        warning(u"miniProgram.nameCandidates"_s, u"pitfall.trademark"_s,
                Validator::tr("The chosen name \"%1\" is not among the candidates, so its trademark check is not "
                              "recorded. Add it and check it.")
                    .arg(chosen));
    }

    void checkPreApproval()
    {
        const QList<PreApproval> &items = m_f.miniProgram.preApproval;
        const QString path = u"miniProgram.preApproval"_s;
        if (items.isEmpty()) {
            toDo(path, u"required"_s,
                    Validator::tr("Declare the pre-approval items: each category that applies, or \"none of these\"."));
            return;
        }
        bool hasNone = false;
        for (const PreApproval &item : items)
            hasNone = hasNone || item.type == Vocabulary::noPreApproval();
        if (hasNone && items.size() > 1) {
            error(path, u"preApproval.noneAlone"_s,
                  Validator::tr("\"None of these\" cannot be combined with other pre-approval items. Keep either "
                                "\"none of these\" or the categories that apply."));
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PreApproval &item = items.at(i);
            const QString base = at(path, i);
            if (item.type.isEmpty()) {
                error(base + u".type"_s, u"preApproval.type"_s,
                      Validator::tr("Choose the pre-approval category, or remove the line."));
                continue;
            }
            if (!keyword(Kind::PreApprovalType, base + u".type"_s, item.type) || item.type == Vocabulary::noPreApproval())
                continue;
            const QString label = Vocabulary::label(Kind::PreApprovalType, item.type);
            if (Normalize::text(item.approvalNumber).isEmpty()) {
                error(base + u".approvalNumber"_s, u"preApproval.number"_s,
                      Validator::tr("%1 needs the approval number from the authority (for example %2).")
                          .arg(label, ReferenceData::instance().example(u"approvalNumber"_s)));
            }
            warning(base + u".type"_s, u"preApproval.document"_s,
                    Validator::tr("%1 is a sensitive category: upload the approval document with the filing, and be "
                                  "sure the mini program really needs this category.")
                        .arg(label));
        }
    }

    void checkFilingStage()
    {
        const FilingStage &f = m_f.filing;
        keyword(Kind::FilingStatus, u"filing.status"_s, f.status);
        date(u"filing.submittedOn"_s, f.submittedOn);
        date(u"filing.platformApprovedOn"_s, f.platformApprovedOn);
        date(u"miniProgram.leaderFaceVerifiedOn"_s, m_f.miniProgram.leaderFaceVerifiedOn);
        notBefore(u"filing.platformApprovedOn"_s, f.platformApprovedOn, u"filing.submittedOn"_s, f.submittedOn);
        const QDateTime received = timestamp(u"filing.smsReceivedAt"_s, f.smsReceivedAt);
        const QDateTime verified = timestamp(u"filing.smsVerifiedAt"_s, f.smsVerifiedAt);
        if (received.isValid() && verified.isValid() && verified < received) {
            error(u"filing.smsVerifiedAt"_s, u"date.order"_s,
                  Validator::tr("The SMS cannot be verified before it arrived (%1). Correct one of the two times.")
                      .arg(f.smsReceivedAt));
        }
        for (auto it = f.letters.cbegin(); it != f.letters.cend(); ++it) {
            const QString base = u"filing.letters."_s + it.key() + u'.';
            date(base + u"printedOn"_s, it->printedOn);
            date(base + u"signedOn"_s, it->signedOn);
            date(base + u"uploadedOn"_s, it->uploadedOn);
            notBefore(base + u"signedOn"_s, it->signedOn, base + u"printedOn"_s, it->printedOn);
            notBefore(base + u"uploadedOn"_s, it->uploadedOn, base + u"signedOn"_s, it->signedOn);
        }
        if (f.status == u"platform_rejected"_s) {
            const QString reason = Normalize::text(f.platformRejectionReason);
            // What the platform asks for is the clerk's next task, not a mistake in the filing.
            toDo(u"filing.platformRejectionReason"_s, u"platform.rejected"_s,
                 reason.isEmpty() ? Validator::tr("The platform rejected the filing: enter the reason it gave.")
                                  : Validator::tr("The platform rejected the filing: \"%1\". Correct this, submit "
                                                  "again and set the status back to platform review.")
                                        .arg(reason));
        }
        const QString number = Normalize::text(f.recordNumber);
        if (!number.isEmpty())
            checkRecordNumber(number);
    }

    void checkRecordNumber(const QString &number)
    {
        const ReferenceData &ref = ReferenceData::instance();
        static const QRegularExpression form(u"^(.)(\\D+)(\\d{8,12})\\x{53F7}-(\\d+)X$"_s); // 号
        const auto match = form.match(number);
        const bool ok = match.hasMatch() && ref.abbreviations().contains(match.captured(1))
            && match.captured(2) == ref.recordNumberSuffix();
        if (!ok) {
            error(u"filing.recordNumber"_s, u"recordNumber.format"_s,
                  Validator::tr("\"%1\" is not a mini program's ICP record number, which looks like %2: the province's "
                                "abbreviation, %3, digits, a dash, a number and X. Copy it from the filing system.")
                      .arg(number, ref.example(u"recordNumber"_s), ref.recordNumberSuffix()));
            return;
        }
        const auto *province = ref.province(Normalize::code(m_f.entity.region.province));
        if (province && match.captured(1) != province->abbreviation) {
            warning(u"filing.recordNumber"_s, u"recordNumber.province"_s,
                    Validator::tr("The record number starts with \"%1\", but the filing region is %2 (\"%3\"). Check the "
                                  "number and the region.")
                        .arg(match.captured(1), province->name, province->abbreviation));
        }
    }

    // Every typed name, address, code and number: no character that hides or reorders text, and a length
    // that fits the letters and the platform's forms.
    void checkTexts()
    {
        const Entity &e = m_f.entity;
        const Invoice &inv = m_f.certification.invoice;
        const MiniProgram &m = m_f.miniProgram;
        text(u"entity.name"_s, e.name, Validator::MaxNameLength);
        text(u"entity.creditCode"_s, e.creditCode, Validator::MaxCodeLength);
        text(u"entity.registeredAddress"_s, e.registeredAddress, Validator::MaxAddressLength);
        text(u"entity.mailingAddress"_s, e.mailingAddress, Validator::MaxAddressLength);
        text(u"registration.email"_s, m_f.registration.email, Validator::MaxCodeLength);
        for (qsizetype i = 0; i < m_f.people.size(); ++i) {
            const Person &p = m_f.people.at(i);
            const QString base = at(u"people"_s, i) + u'.';
            text(base + u"id"_s, p.id, Validator::MaxCodeLength);
            text(base + u"name"_s, p.name, Validator::MaxNameLength);
            text(base + u"idNumber"_s, p.idNumber.value, Validator::MaxCodeLength);
            text(base + u"mobile"_s, p.mobile, Validator::MaxCodeLength);
            text(base + u"emergencyMobile"_s, p.emergencyMobile, Validator::MaxCodeLength);
            text(base + u"email"_s, p.email, Validator::MaxCodeLength);
        }
        const QString invoice = u"certification.invoice."_s;
        text(invoice + u"title"_s, inv.title, Validator::MaxNameLength);
        text(invoice + u"taxId"_s, inv.taxId, Validator::MaxCodeLength);
        text(invoice + u"address"_s, inv.address, Validator::MaxAddressLength);
        text(invoice + u"phone"_s, inv.phone, Validator::MaxCodeLength);
        text(invoice + u"bankName"_s, inv.bankName, Validator::MaxNameLength);
        text(invoice + u"bankAccount"_s, inv.bankAccount.value, Validator::MaxCodeLength);
        text(invoice + u"mailingAddress"_s, inv.mailingAddress, Validator::MaxAddressLength);
        text(invoice + u"recipient"_s, inv.recipient, Validator::MaxNameLength);
        text(invoice + u"recipientPhone"_s, inv.recipientPhone, Validator::MaxCodeLength);
        text(u"miniProgram.name"_s, m.name, Validator::MaxNameLength);
        text(u"miniProgram.appId"_s, m.appId, Validator::MaxCodeLength);
        // The description's length has its own rule (checkMiniProgram); line breaks are fine in it.
        text(u"miniProgram.description"_s, m.description, -1, true);
        for (qsizetype i = 0; i < m.nameCandidates.size(); ++i) {
            const QString base = at(u"miniProgram.nameCandidates"_s, i) + u'.';
            text(base + u"name"_s, m.nameCandidates.at(i).name, Validator::MaxNameLength);
            text(base + u"note"_s, m.nameCandidates.at(i).note, Validator::MaxAddressLength, true);
        }
        for (qsizetype i = 0; i < m.preApproval.size(); ++i) {
            text(at(u"miniProgram.preApproval"_s, i) + u".approvalNumber"_s, m.preApproval.at(i).approvalNumber,
                 Validator::MaxCodeLength);
        }
        text(u"filing.recordNumber"_s, m_f.filing.recordNumber, Validator::MaxCodeLength);
    }

    void text(const QString &path, const QString &value, qsizetype maxLength, bool lineBreaks = false)
    {
        if (value.isEmpty())
            return;
        const qsizetype hidden = HiddenCharacters::find(value, lineBreaks);
        if (hidden >= 0) {
            // Never the value itself: it may be an ID or account number.
            error(path, u"text.hidden"_s,
                  Validator::tr("This field holds an invisible character (%1, at position %2) that can hide text "
                                "or print it in reverse order on the letters. Delete the value and type it again.")
                      .arg(HiddenCharacters::codePoint(value, hidden))
                      .arg(hidden + 1));
        }
        if (maxLength > 0 && value.size() > maxLength) {
            error(path, u"text.length"_s,
                  Validator::tr("This field is %1 characters long; at most %2 fit. Shorten it.")
                      .arg(value.size())
                      .arg(maxLength));
        }
    }

    const Filing &m_f;
    const QDate m_today;
    Findings m_findings;
};

} // namespace

Findings Validator::validate(const Filing &filing, QDate today)
{
    return Checker(filing, today).run();
}

} // namespace mpdesk
