#include "validation/rules/PeopleRules.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/Codes.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mpdesk {

using Kind = Vocabulary::Kind;

void PeopleRules::check(const Filing &filing, QDate today, FindingSink &sink)
{
    // Where a new filing starts: the people come first, their roles after them.
    if (filing.people.isEmpty()) {
        sink.toDo(u"people"_s, RuleId::PeopleNone,
                  Validator::tr("Nobody is entered yet: add each person of the filing once (legal representative, "
                                "entity leader, administrator, mini program leader), then give them their roles."));
    }
    QHash<QString, QString> phoneOwners; // normalised number -> the first person using it, for messages
    QSet<QString> ids;
    for (qsizetype i = 0; i < filing.people.size(); ++i) {
        const Person &p = filing.people.at(i);
        const QString base = FieldRules::at(u"people"_s, i);
        if (p.id.isEmpty()) {
            sink.error(base + u".id"_s, RuleId::PersonId,
                       Validator::tr("This person has no id. Give every person a short unique id, such as p1."));
        } else if (ids.contains(p.id)) {
            sink.error(
                base + u".id"_s, RuleId::PersonIdDuplicate,
                Validator::tr("Another person already has the id \"%1\". Give every person a unique id.").arg(p.id));
        }
        ids.insert(p.id);
        FieldRules::keyword(sink, Kind::IdType, base + u".idType"_s, p.idType.text());
        idNumber(filing, p, base, today, sink);
        idValidity(p, base, today, sink);

        const QString mobile = Normalize::mobile(p.mobile);
        if (!mobile.isEmpty() && !Codes::isMobile(mobile)) {
            sink.error(base + u".mobile"_s, RuleId::Mobile,
                       Validator::tr("\"%1\" is not a mainland mobile number: 11 digits starting with 13 to 19. A +86 "
                                     "prefix, spaces and dashes are fine.")
                           .arg(p.mobile));
        }
        const QString emergency = Normalize::mobile(p.emergencyMobile);
        if (!emergency.isEmpty()) {
            if (!Codes::isMobile(emergency)) {
                sink.error(base + u".emergencyMobile"_s, RuleId::Mobile,
                           Validator::tr("\"%1\" is not a mainland mobile number: 11 digits starting with 13 to 19.")
                               .arg(p.emergencyMobile));
            } else if (emergency == mobile) {
                sink.error(base + u".emergencyMobile"_s, RuleId::EmergencyMobileSame,
                           Validator::tr("The emergency contact number is this person's own mobile number. Enter a "
                                         "different person's number."));
            }
        }
        if (!p.email.isEmpty() && !Codes::isEmail(Normalize::email(p.email))) {
            sink.error(base + u".email"_s, RuleId::Email,
                       Validator::tr("\"%1\" is not an email address. Check it for typing errors.").arg(p.email));
        }
        if (Codes::isMobile(mobile) && !phoneOwners.contains(mobile))
            phoneOwners.insert(mobile, who(p, i));
    }
    // Different people may not share an emergency number, nor use someone else's mobile as theirs.
    QHash<QString, QString> emergencyOwners;
    for (qsizetype i = 0; i < filing.people.size(); ++i) {
        const Person &p = filing.people.at(i);
        const QString path = FieldRules::at(u"people"_s, i) + u".emergencyMobile"_s;
        const QString emergency = Normalize::mobile(p.emergencyMobile);
        if (!Codes::isMobile(emergency) || emergency == Normalize::mobile(p.mobile))
            continue;
        const QString otherMobile = phoneOwners.value(emergency);
        if (!otherMobile.isEmpty()) {
            sink.error(path, RuleId::EmergencyMobileShared,
                       Validator::tr("This emergency number is the mobile number of %1. Every person needs an "
                                     "emergency number of their own that nobody else in the filing uses.")
                           .arg(otherMobile));
        } else if (emergencyOwners.contains(emergency)) {
            sink.error(path, RuleId::EmergencyMobileShared,
                       Validator::tr("This emergency number is already the emergency number of %1. Different people "
                                     "may not share an emergency number.")
                           .arg(emergencyOwners.value(emergency)));
        } else {
            emergencyOwners.insert(emergency, who(p, i));
        }
    }
}

QString PeopleRules::who(const Person &p, qsizetype index)
{
    const QString name = Normalize::text(p.name);
    return name.isEmpty() ? Validator::tr("person no. %1 (no name yet)").arg(index + 1) : name;
}

void PeopleRules::idNumber(const Filing &filing, const Person &p, const QString &base, QDate today, FindingSink &sink)
{
    const QString path = base + u".idNumber"_s;
    if (p.idNumber.isMissing()) {
        sink.error(path, RuleId::SecretMissing,
                   Validator::tr("The ID number of %1 is not on this computer (the project came from another "
                                 "computer, or the keychain could not be read). Enter it again.")
                       .arg(who(p, filing.personIndex(p.id))));
        return;
    }
    const QString number = Normalize::code(p.idNumber.value);
    if (number.isEmpty())
        return;
    Codes::Verdict verdict = Codes::Verdict::Valid;
    const std::optional<IdType> type = p.idType.value();
    if (!type) // no type yet, or not one: nothing to check the number against
        return;
    switch (*type) {
    case IdType::ResidentId:
        verdict = Codes::residentId(number, today);
        break;
    case IdType::HkMacaoResidence:
        verdict = Codes::residencePermit(number, false, today);
        break;
    case IdType::TaiwanResidence:
        verdict = Codes::residencePermit(number, true, today);
        break;
    case IdType::Passport:
        verdict = Codes::passport(number);
        break;
    case IdType::HkMacaoPermit:
        verdict = Codes::hkMacaoPermit(number);
        break;
    case IdType::TaiwanPermit:
        verdict = Codes::taiwanPermit(number);
        break;
    case IdType::ForeignPermanentResidence:
        verdict = Codes::foreignPermanentResidence(number, today);
        break;
    }

    const QString typeName = p.idType.label();
    switch (verdict) {
    case Codes::Verdict::Valid:
        return;
    case Codes::Verdict::BadCheck:
        sink.error(path, RuleId::IdNumberCheck,
                   Validator::tr("The last character of this %1 number should be \"%2\", not \"%3\": a digit is "
                                 "mistyped. Compare it with the card.")
                       .arg(typeName)
                       .arg(Codes::residentIdCheckCharacter(QStringView(number).left(17)))
                       .arg(number.at(17)));
        return;
    case Codes::Verdict::BadDate:
        sink.error(path, RuleId::IdNumberBirthDate,
                   Validator::tr("Digits 7 to 14 of this %1 number (%2) are not a real date of birth. Compare the "
                                 "number with the card.")
                       .arg(typeName, number.mid(6, 8)));
        return;
    case Codes::Verdict::BadPrefix:
        sink.error(path, RuleId::IdNumberPrefix,
                   Validator::tr("This number does not start the way a %1 number does. Check the ID type and the "
                                 "number.")
                       .arg(typeName));
        return;
    case Codes::Verdict::WrongLength:
    case Codes::Verdict::BadCharacter:
        sink.error(path, RuleId::IdNumberFormat, formatHint(type, typeName));
        return;
    }
}

QString PeopleRules::formatHint(std::optional<IdType> type, const QString &typeName)
{
    if (Vocabulary::isResidentIdForm(type)) {
        return Validator::tr("A %1 number has 18 characters: 17 digits and a last digit or X. Compare it with "
                             "the card.")
            .arg(typeName);
    }
    if (type == IdType::HkMacaoPermit) {
        return Validator::tr("A %1 number is H or M followed by 8 or 10 digits. Compare it with the card.")
            .arg(typeName);
    }
    if (type == IdType::TaiwanPermit)
        return Validator::tr("A %1 number has 8 digits. Compare it with the card.").arg(typeName);
    if (type == IdType::ForeignPermanentResidence) {
        return Validator::tr("A %1 number has 15 characters (3 letters, 12 digits) or 18 digits. Compare it "
                             "with the card.")
            .arg(typeName);
    }
    return Validator::tr("A %1 number has 5 to 17 letters and digits. Compare it with the document.").arg(typeName);
}

void PeopleRules::idValidity(const Person &p, const QString &base, QDate today, FindingSink &sink)
{
    const QDate from = FieldRules::date(sink, base + u".idValidFrom"_s, p.idValidFrom);
    if (from.isValid() && from > today) {
        sink.error(base + u".idValidFrom"_s, RuleId::IdValidityFuture,
                   Validator::tr("The ID document is valid only from %1. Check the date on the card.")
                       .arg(p.idValidFrom.text()));
    }
    if (p.idValidTo.isEmpty() || p.idValidTo.isLongTerm())
        return;
    const QString path = base + u".idValidTo"_s;
    const QDate to = FieldRules::date(sink, path, p.idValidTo);
    if (!to.isValid())
        return;
    if (from.isValid() && to <= from) {
        sink.error(path, RuleId::IdValidityOrder,
                   Validator::tr("The end of validity (%1) must come after its start (%2). Check both dates on the "
                                 "card.")
                       .arg(p.idValidTo.text(), p.idValidFrom.text()));
    } else if (to < today) {
        sink.error(path, RuleId::IdValidityExpired,
                   Validator::tr("This ID document expired on %1. The platform rejects it: renew it, or choose another "
                                 "person.")
                       .arg(p.idValidTo.text()));
    } else if (today.daysTo(to) <= Validator::IdExpiryWarningDays) {
        sink.warning(path, RuleId::IdValidityExpiring,
                     Validator::tr("This ID document expires on %1, in %2 days. Renew it before the filing is "
                                   "reviewed, or it may be rejected.")
                         .arg(p.idValidTo.text())
                         .arg(today.daysTo(to)));
    }
}

} // namespace mpdesk
