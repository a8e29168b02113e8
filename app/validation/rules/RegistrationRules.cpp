#include "validation/rules/RegistrationRules.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/Codes.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

void RegistrationRules::check(const Filing &filing, FindingSink &sink)
{
    const Registration &r = filing.registration;
    const QString email = Normalize::email(r.email);
    if (email.isEmpty()) {
        sink.toDo(u"registration.email"_s, RuleId::Required,
                  Validator::tr("Enter the account email: a brand-new address, never used on the WeChat Public or "
                                "Open Platform nor bound to a personal WeChat."));
    } else if (!Codes::isEmail(email)) {
        sink.error(u"registration.email"_s, RuleId::Email,
                   Validator::tr("\"%1\" is not an email address. Check it for typing errors.").arg(r.email));
    }
    if (r.emailUnused == false) {
        sink.error(u"registration.emailUnused"_s, RuleId::EmailUsed,
                   Validator::tr("This email was already used on the WeChat platforms or with a personal WeChat, so "
                                 "registration will fail. Use a brand-new email: one email per mini program."));
    }
    FieldRules::keyword(sink, Vocabulary::Kind::VerificationMethod, u"registration.verification.method"_s,
                        r.verification.method.text());
    if (r.verification.method == VerificationMethod::Payment
        && Vocabulary::requiresWechatVerification(filing.entity.type.value())) {
        sink.error(u"registration.verification.method"_s, RuleId::VerificationWechatOnly,
                   Validator::tr("A %1 must use WeChat verification (the 300 RMB fee); payment verification is not "
                                 "offered to it.")
                       .arg(filing.entity.type.label()));
    }
    FieldRules::date(sink, u"registration.verification.startedOn"_s, r.verification.startedOn);
    FieldRules::date(sink, u"registration.verification.completedOn"_s, r.verification.completedOn);
    FieldRules::date(sink, u"registration.submittedOn"_s, r.submittedOn);
    FieldRules::date(sink, u"registration.approvedOn"_s, r.approvedOn);
    FieldRules::notBefore(sink, u"registration.verification.completedOn"_s, r.verification.completedOn,
                          u"registration.verification.startedOn"_s, r.verification.startedOn);
    FieldRules::notBefore(sink, u"registration.approvedOn"_s, r.approvedOn, u"registration.submittedOn"_s,
                          r.submittedOn);
}

} // namespace mpdesk
