#include "validation/rules/RoleRules.h"

#include "core/Normalize.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"
#include "validation/rules/PeopleRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

// A role: who holds it, and which of their fields the role needs.
struct RoleRules::Role
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

void RoleRules::check(const Filing &filing, FindingSink &sink)
{
    const Role roles[] = {
        {u"entity.legalRepresentative"_s, filing.entity.legalRepresentative, Validator::tr("legal representative"),
         true, false, false, false, false},
        {u"entity.leader"_s, filing.entity.leader, Validator::tr("entity leader"), true, true, true, true, true},
        {u"registration.administrator"_s, filing.registration.administrator, Validator::tr("administrator"), true,
         false, true, false, false},
        {u"certification.contact"_s, filing.certification.contact, Validator::tr("certification contact"), true, false,
         true, false, true},
        {u"miniProgram.leader"_s, filing.miniProgram.leader, Validator::tr("mini program leader"), true, true, true,
         true, true},
    };
    for (const Role &role : roles) {
        if (role.holder.isEmpty()) {
            sink.toDo(role.path, RuleId::RoleUnassigned,
                      Validator::tr("No one is chosen as %1 yet. Choose a person.").arg(role.name));
            continue;
        }
        const qsizetype index = filing.personIndex(role.holder);
        if (index < 0) {
            sink.error(role.path, RuleId::RoleUnknownPerson,
                       Validator::tr("The %1 is \"%2\", but no person has that id. Choose someone from the people "
                                     "list.")
                           .arg(role.name, role.holder));
            continue;
        }
        holder(filing, role, filing.people.at(index), FieldRules::at(u"people"_s, index), sink);
    }
}

void RoleRules::holder(const Filing &filing, const Role &role, const Person &p, const QString &base, FindingSink &sink)
{
    const QString who = PeopleRules::who(p, filing.personIndex(p.id));
    auto need = [&](bool needed, const QString &key, bool missing, const QString &what) {
        if (needed && missing) {
            sink.toDo(base + u'.' + key, RuleId::RoleField,
                      Validator::tr("%1 is the %2, so %3 is needed. Enter it.").arg(who, role.name, what));
        }
    };
    need(true, u"name"_s, Normalize::text(p.name).isEmpty(), Validator::tr("the name as on the ID document"));
    need(role.needsIdNumber, u"idType"_s, p.idType.isEmpty(), Validator::tr("the ID type"));
    need(role.needsIdNumber, u"idNumber"_s, !p.idNumber.isHeld() && !p.idNumber.isMissing(),
         Validator::tr("the ID number"));
    need(role.needsValidity, u"idValidFrom"_s, p.idValidFrom.isEmpty(), Validator::tr("the ID's start of validity"));
    need(role.needsValidity, u"idValidTo"_s, p.idValidTo.isEmpty(),
         Validator::tr("the ID's end of validity (a date, or long-term)"));
    need(role.needsMobile, u"mobile"_s, p.mobile.isEmpty(), Validator::tr("a mobile number"));
    need(role.needsEmergency, u"emergencyMobile"_s, p.emergencyMobile.isEmpty(),
         Validator::tr("an emergency contact number (someone else's mobile)"));
    need(role.needsEmail, u"email"_s, p.email.isEmpty(), Validator::tr("an email address"));
}

} // namespace mpdesk
