#include "workflow/steps/RegistrationSteps.h"

#include "model/Roles.h"
#include "model/Vocabulary.h"
#include "workflow/Deadlines.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

using Status = Step::Status;

StepVerdict RegistrationSteps::people(const StepContext &c)
{
    const Filing &f = c.filing();
    if (f.people.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Add the people of the filing (legal representative, entity "
                              "leader, administrator, mini program leader) and give them "
                              "their roles.")};
    }
    QStringList unchosen;
    for (Roles::Role role : Roles::all()) {
        if (Roles::holder(f, role).isEmpty())
            unchosen << Roles::name(role);
    }
    if (!unchosen.isEmpty())
        return {Status::InProgress, Checklist::tr("Still to choose: %1.").arg(StepContext::listText(unchosen))};
    return {Status::Done, Checklist::tr("%n person(s), every role chosen.", nullptr, int(f.people.size()))};
}

StepVerdict RegistrationSteps::email(const StepContext &c)
{
    const Registration &r = c.filing().registration;
    if (r.emailUnused == false) {
        return {Status::Blocked,
                Checklist::tr("The email was already used on the WeChat platforms: register "
                              "with a brand-new email (one email per mini program).")};
    }
    if (StepContext::blank(r.email)) {
        return {Status::NotStarted,
                Checklist::tr("Choose a brand-new email never used on the WeChat Public or "
                              "Open Platform nor bound to a personal WeChat.")};
    }
    if (r.emailVerified != true)
        return {Status::InProgress, Checklist::tr("Enter the verification code sent to %1.").arg(r.email)};
    if (!r.emailUnused)
        return {Status::InProgress,
                Checklist::tr("Confirm that %1 was never used on the WeChat platforms.").arg(r.email)};
    return {Status::Done, Checklist::tr("%1, verified.").arg(r.email)};
}

StepVerdict RegistrationSteps::entityType(const StepContext &c)
{
    const Entity &e = c.filing().entity;
    if (e.type.isEmpty())
        return {Status::NotStarted, Checklist::tr("Choose the entity type (enterprise for a company).")};
    return {Status::Done, e.type.label()};
}

StepVerdict RegistrationSteps::businessLicence(const StepContext &c)
{
    const Entity &e = c.filing().entity;
    const bool individual = e.type == EntityType::Individual;
    QStringList missing;
    if (StepContext::blank(e.name))
        missing << Checklist::tr("entity name");
    if (!individual && StepContext::blank(e.creditCode))
        missing << Checklist::tr("unified social credit code");
    if (!individual && StepContext::blank(e.registeredAddress))
        missing << Checklist::tr("registered address");
    if (missing.size() == (individual ? 1 : 3))
        return {Status::NotStarted, Checklist::tr("Copy the data from the business licence.")};
    if (!missing.isEmpty())
        return {Status::InProgress, Checklist::tr("Still missing: %1.").arg(StepContext::listText(missing))};
    return {Status::Done, e.name};
}

StepVerdict RegistrationSteps::administrator(const StepContext &c)
{
    return c.roleVerdict(c.filing().registration.administrator, false,
                         Checklist::tr("Choose the administrator: name, ID number and mobile."));
}

StepVerdict RegistrationSteps::verification(const StepContext &c)
{
    const EntityVerification &v = c.filing().registration.verification;
    if (!v.completedOn.isEmpty())
        return {Status::Done, Checklist::tr("Verified on %1.").arg(v.completedOn.text())};
    if (v.method == VerificationMethod::Payment && !v.startedOn.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("Transfer the stated amount from the corporate account to "
                              "Tencent by %1.")
                    .arg(c.dueText(DeadlineIds::PaymentVerification))};
    }
    if (v.method == VerificationMethod::Wechat) {
        return {Status::InProgress,
                Checklist::tr("Pay the %1 RMB verification fee through WeChat.").arg(Deadlines::CertificationFeeRmb)};
    }
    if (!v.method.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("Start payment verification: the corporate account has 10 "
                              "days to transfer the stated amount.")};
    }
    return {Status::NotStarted,
            Checklist::tr("Choose payment verification (a transfer within 10 days) or "
                          "WeChat verification (300 RMB).")};
}

StepVerdict RegistrationSteps::review(const StepContext &c)
{
    const Registration &r = c.filing().registration;
    if (!r.approvedOn.isEmpty())
        return {Status::Done, Checklist::tr("Registration approved on %1.").arg(r.approvedOn.text())};
    if (!r.submittedOn.isEmpty())
        return {Status::InProgress,
                Checklist::tr("Submitted on %1; waiting for the review.").arg(r.submittedOn.text())};
    return {Status::NotStarted, Checklist::tr("Submit the registration once the steps above are done.")};
}

} // namespace mpdesk
