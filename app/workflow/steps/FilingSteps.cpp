#include "workflow/steps/FilingSteps.h"

#include "core/Normalize.h"
#include "workflow/Deadlines.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

using Status = Step::Status;

StepVerdict FilingSteps::entity(const StepContext &c)
{
    const Filing &f = c.filing();
    QStringList missing;
    const Region &r = f.entity.region;
    if (r.province.isEmpty() || r.city.isEmpty() || r.district.isEmpty())
        missing << Checklist::tr("filing region");
    if (StepContext::blank(f.entity.mailingAddress))
        missing << Checklist::tr("communication address");
    if (f.entity.leader.isEmpty())
        missing << Checklist::tr("entity leader");
    else if (!c.missingFields(f.entity.leader, true).isEmpty())
        missing
            << Checklist::tr("entity leader's %1").arg(StepContext::listText(c.missingFields(f.entity.leader, true)));
    if (missing.size() >= 3 && f.entity.leader.isEmpty())
        return {Status::NotStarted, Checklist::tr("Enter the filing region, communication address and entity leader.")};
    if (!missing.isEmpty())
        return {Status::InProgress, Checklist::tr("Still missing: %1.").arg(StepContext::listText(missing))};
    return {Status::Done, Checklist::tr("Entity leader: %1.").arg(c.personName(f.entity.leader))};
}

StepVerdict FilingSteps::miniProgram(const StepContext &c)
{
    const MiniProgram &m = c.filing().miniProgram;
    QStringList missing;
    if (StepContext::blank(m.name))
        missing << Checklist::tr("mini program name");
    if (m.serviceCategories.isEmpty())
        missing << Checklist::tr("service categories");
    if (m.preApproval.isEmpty())
        missing << Checklist::tr("pre-approval items (or \"none of these\")");
    if (StepContext::blank(m.description))
        missing << Checklist::tr("description");
    if (m.leader.isEmpty())
        missing << Checklist::tr("mini program leader");
    else if (!c.missingFields(m.leader, true).isEmpty())
        missing
            << Checklist::tr("mini program leader's %1").arg(StepContext::listText(c.missingFields(m.leader, true)));
    if (missing.size() >= 5) {
        return {Status::NotStarted,
                Checklist::tr("Enter the name, service categories, pre-approval items, "
                              "description and mini program leader.")};
    }
    if (!missing.isEmpty())
        return {Status::InProgress, Checklist::tr("Still missing: %1.").arg(StepContext::listText(missing))};
    if (m.leaderFaceVerifiedOn.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("Complete; %1 still does the face verification during the filing.")
                    .arg(c.personName(m.leader))};
    }
    return {Status::Done, Checklist::tr("%1; mini program leader %2.").arg(m.name, c.personName(m.leader))};
}

StepVerdict FilingSteps::platformReview(const StepContext &c)
{
    const FilingStage &fs = c.filing().filing;
    const KeywordField<FilingStatus> &status = fs.status;
    if (status == FilingStatus::PlatformRejected && !StepContext::blank(fs.platformRejectionReason)) {
        return {Status::Blocked,
                Checklist::tr("Rejected by the platform: \"%1\". Correct this (compare with the "
                              "platform's example screenshot), submit again and set the status "
                              "back to platform review.")
                    .arg(Normalize::text(fs.platformRejectionReason))};
    }
    if (status == FilingStatus::PlatformRejected) {
        return {Status::Blocked,
                Checklist::tr("Rejected by the platform: enter the reason it gave, correct, and "
                              "submit again.")};
    }
    if (!fs.platformApprovedOn.isEmpty() || status == FilingStatus::BureauReview
        || status == FilingStatus::BureauRejected || status == FilingStatus::Filed) {
        return {Status::Done,
                fs.platformApprovedOn.isEmpty() ? Checklist::tr("Passed; the request went on to the MIIT bureau.")
                                                : Checklist::tr("Passed on %1; the request went on to the MIIT bureau.")
                                                      .arg(fs.platformApprovedOn.text())};
    }
    if (!fs.submittedOn.isEmpty() || status == FilingStatus::PlatformReview) {
        return {Status::InProgress,
                fs.submittedOn.isEmpty()
                    ? Checklist::tr("Under review; enter the submission date to see when to expect the result.")
                    : Checklist::tr("Submitted on %1; expect a verification call and the result by %2.")
                          .arg(fs.submittedOn.text(), c.dueText(DeadlineIds::PlatformReview))};
    }
    return {Status::NotStarted,
            Checklist::tr("Submit the filing once the entity, mini program, letters "
                          "and materials are ready.")};
}

StepVerdict FilingSteps::bureauReview(const StepContext &c)
{
    const FilingStage &fs = c.filing().filing;
    const Deadline *sms = c.deadline(DeadlineIds::SmsVerification);
    if (fs.status == FilingStatus::BureauRejected) {
        return {Status::Blocked,
                Checklist::tr("Rejected by the MIIT bureau: read the reason, correct the filing "
                              "and submit again.")};
    }
    if (fs.status == FilingStatus::Filed || !StepContext::blank(fs.recordNumber))
        return {Status::Done, Checklist::tr("The MIIT bureau approved the filing.")};
    if (sms && !sms->done) {
        return {sms->urgency(c.inputs().now) == Deadline::Urgency::Overdue ? Status::Blocked : Status::InProgress,
                Checklist::tr("Enter the code of the 12381 SMS in the MIIT filing system by %1.").arg(sms->when())};
    }
    if (!fs.smsVerifiedAt.isEmpty())
        return {Status::InProgress, Checklist::tr("SMS verified; waiting for the MIIT bureau's decision.")};
    if (fs.status == FilingStatus::BureauReview) {
        return {Status::InProgress,
                Checklist::tr("With the MIIT bureau: answer the 12381 SMS within 24 hours "
                              "when it arrives, and enter the time it arrived.")};
    }
    return {Status::NotStarted,
            Checklist::tr("After the platform review the request goes to the MIIT bureau, "
                          "which sends a verification SMS.")};
}

StepVerdict FilingSteps::approved(const StepContext &c)
{
    const FilingStage &fs = c.filing().filing;
    if (!StepContext::blank(fs.recordNumber)) { // the bureau gives the number only with its approval
        return {Status::Done,
                Checklist::tr("Record number %1. The platform adds it to the mini program's "
                              "description by itself; nothing to do by hand.")
                    .arg(fs.recordNumber)};
    }
    if (fs.status == FilingStatus::Filed)
        return {Status::InProgress, Checklist::tr("Filed: enter the record number from the approval message.")};
    return {Status::NotStarted,
            Checklist::tr("When approved, the record number appears in the mini "
                          "program's description by itself.")};
}

} // namespace mpdesk
