#include "validation/rules/CertificationRules.h"

#include "model/Vocabulary.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

void CertificationRules::check(const Filing &filing, FindingSink &sink)
{
    const Certification &c = filing.certification;
    FieldRules::keyword(sink, Vocabulary::Kind::PrimaryVerification, u"certification.primaryVerification"_s,
                        c.primaryVerification.text());
    FieldRules::date(sink, u"certification.agreementSignedOn"_s, c.agreementSignedOn);
    FieldRules::date(sink, u"certification.contactConfirmedOn"_s, c.contactConfirmedOn);
    FieldRules::date(sink, u"certification.paidOn"_s, c.paidOn);
    FieldRules::date(sink, u"certification.approvedOn"_s, c.approvedOn);
    FieldRules::notBefore(sink, u"certification.paidOn"_s, c.paidOn, u"certification.agreementSignedOn"_s,
                          c.agreementSignedOn);
    FieldRules::notBefore(sink, u"certification.approvedOn"_s, c.approvedOn, u"certification.paidOn"_s, c.paidOn);
    FieldRules::notBefore(sink, u"certification.agreementSignedOn"_s, c.agreementSignedOn, u"registration.approvedOn"_s,
                          filing.registration.approvedOn);
    if (c.nameChangesUsed) {
        const int used = *c.nameChangesUsed;
        if (used < 0 || used > Validator::NameChangesPerYear) {
            sink.error(u"certification.nameChangesUsed"_s, RuleId::NameChangesRange,
                       Validator::tr("A certified mini program has %1 name changes a year; %2 cannot have been used. "
                                     "Enter 0, 1 or 2.")
                           .arg(Validator::NameChangesPerYear)
                           .arg(used));
        } else if (used == Validator::NameChangesPerYear) {
            sink.warning(u"certification.nameChangesUsed"_s, RuleId::NameChangesNone,
                         Validator::tr("Both name changes of this year are used: the name cannot change again before 1 "
                                       "January."));
        }
    }
}

} // namespace mpdesk
