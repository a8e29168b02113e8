#include "validation/rules/EntityRules.h"

#include "core/Normalize.h"
#include "validation/Codes.h"
#include "validation/ReferenceData.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

void EntityRules::check(const Filing &filing, FindingSink &sink)
{
    const Entity &e = filing.entity;
    if (e.type.isEmpty())
        sink.toDo(u"entity.type"_s, RuleId::Required,
                  Validator::tr("Choose the entity type (enterprise for a company)."));
    FieldRules::keyword(sink, Vocabulary::Kind::EntityType, u"entity.type"_s, e.type.text());

    if (Normalize::text(e.name).isEmpty()) {
        sink.toDo(u"entity.name"_s, RuleId::Required,
                  Validator::tr("Enter the entity's full name exactly as it is on the business licence."));
    }

    const bool isIndividual = e.type == EntityType::Individual;
    const QString code = Normalize::code(e.creditCode);
    if (code.isEmpty()) {
        if (!isIndividual) {
            sink.toDo(u"entity.creditCode"_s, RuleId::Required,
                      Validator::tr("Enter the 18-character unified social credit code from the business licence."));
        }
    } else {
        creditCode(code, sink);
    }

    if (Normalize::text(e.registeredAddress).isEmpty() && !isIndividual) {
        sink.toDo(u"entity.registeredAddress"_s, RuleId::Required,
                  Validator::tr("Enter the registered address exactly as on the business licence."));
    }
    region(filing, sink);
    mailingAddress(filing, sink);
}

void EntityRules::creditCode(const QString &code, FindingSink &sink)
{
    const QString path = u"entity.creditCode"_s;
    switch (Codes::creditCode(code)) {
    case Codes::Verdict::Valid:
        break;
    case Codes::Verdict::WrongLength:
        sink.error(path, RuleId::CreditCodeLength,
                   Validator::tr("The unified social credit code has %1 characters; it must have 18. Copy it again "
                                 "from the business licence.")
                       .arg(code.size()));
        return;
    case Codes::Verdict::BadCheck:
        sink.error(path, RuleId::CreditCodeCheck,
                   Validator::tr("The unified social credit code's last character should be \"%1\", not \"%2\": a "
                                 "character is mistyped. Compare it with the business licence.")
                       .arg(Codes::creditCodeCheckCharacter(QStringView(code).left(17)))
                       .arg(code.at(17)));
        return;
    default:
        sink.error(path, RuleId::CreditCodeCharacters,
                   Validator::tr("The unified social credit code may only use digits and capital letters other than "
                                 "I, O, S, V and Z. Copy it again from the business licence."));
        return;
    }
    if (Codes::embeddedOrganisationCode(code) != Codes::Verdict::Valid) {
        sink.warning(path, RuleId::CreditCodeOrganisation,
                     Validator::tr("Characters 9 to 17 of the credit code (the organisation code) fail their own "
                                   "check. The code may still be right; compare it with the business licence."));
    }
}

void EntityRules::region(const Filing &filing, FindingSink &sink)
{
    const Region &r = filing.entity.region;
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
            sink.toDo(part.path, RuleId::Required,
                      Validator::tr("Choose the filing region: province, city and district, as 6-digit codes."));
            allWellFormed = false;
        } else if (!sixDigits.match(part.value).hasMatch()) {
            sink.error(
                part.path, RuleId::RegionCode,
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
        sink.error(
            parts[0].path, RuleId::RegionProvince,
            Validator::tr("%1 is not a province code; province codes end in 0000 (for example 440000).").arg(province));
    } else if (!city.startsWith(province.left(2)) || !city.endsWith(u"00"_s) || city == province) {
        sink.error(parts[1].path, RuleId::RegionCity,
                   Validator::tr("%1 is not a city of province %2; a city code starts with the province's first two "
                                 "digits and ends in 00 (for example 440300).")
                       .arg(city, province));
    } else if (!district.startsWith(city.left(4)) || district == city) {
        sink.error(parts[2].path, RuleId::RegionDistrict,
                   Validator::tr("%1 is not a district of city %2; a district code starts with the city's first four "
                                 "digits (for example 440305).")
                       .arg(district, city));
    }
}

void EntityRules::mailingAddress(const Filing &filing, FindingSink &sink)
{
    const QString address = Normalize::text(filing.entity.mailingAddress);
    const QString path = u"entity.mailingAddress"_s;
    if (address.isEmpty()) {
        sink.toDo(path, RuleId::Required,
                  Validator::tr("Enter the communication address. It must lie in the filing region."));
        return;
    }
    const auto *province = ReferenceData::instance().province(Normalize::code(filing.entity.region.province));
    if (province && address.startsWith(province->name)) {
        sink.warning(path, RuleId::MailingAddressPrefix,
                     Validator::tr("Write the communication address without \"%1\" and the city and district: the "
                                   "platform adds them from the filing region.")
                         .arg(province->name));
    }
}

} // namespace mpdesk
