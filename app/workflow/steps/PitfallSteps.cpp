#include "workflow/steps/PitfallSteps.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/Validator.h"
#include "workflow/Deadlines.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

using Status = Step::Status;

StepVerdict PitfallSteps::nameCandidates(const StepContext &c)
{
    const MiniProgram &m = c.filing().miniProgram;
    const QString chosen = Normalize::text(m.name);
    const NameCandidate *chosenCandidate = nullptr;
    qsizetype clear = 0;
    for (const NameCandidate &candidate : m.nameCandidates) {
        if (Normalize::text(candidate.name) == chosen)
            chosenCandidate = &candidate;
        clear += candidate.trademark == Trademark::Clear ? 1 : 0;
    }
    if (m.nameCandidates.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Avoid an arbitrary name: list several candidates and check "
                              "each for trademarks. Name changes are limited.")};
    }
    if (chosenCandidate && chosenCandidate->trademark == Trademark::Conflict) {
        return {Status::Blocked,
                Checklist::tr("The chosen name \"%1\" conflicts with a trademark: choose "
                              "another candidate.")
                    .arg(chosen)};
    }
    if (m.nameCandidates.size() < 2 || !chosenCandidate || chosenCandidate->trademark != Trademark::Clear) {
        return {Status::InProgress,
                Checklist::tr("%1 candidates, %2 checked clear. Keep at least two, and check "
                              "the chosen name's trademark.")
                    .arg(m.nameCandidates.size())
                    .arg(clear)};
    }
    return {Status::Done,
            Checklist::tr("%1 candidates, %2 clear of trademarks; \"%3\" chosen.")
                .arg(m.nameCandidates.size())
                .arg(clear)
                .arg(chosen)};
}

StepVerdict PitfallSteps::nameChanges(const StepContext &c)
{
    const int left = StepContext::nameChangesLeft(c.filing().certification);
    const QString reset = QDate(c.today().year() + 1, 1, 1).toString(Qt::ISODate);
    if (c.filing().certification.approvedOn.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Certification gives two name changes a year; until then "
                              "choose the name with care.")};
    }
    if (left <= 0)
        return {Status::Blocked,
                Checklist::tr("No name change left this year; the quota resets to 2 on %1.").arg(reset)};
    return {Status::Done,
            Checklist::tr("%1 of %2 name changes left this year; the quota resets on %3.")
                .arg(left)
                .arg(Validator::NameChangesPerYear)
                .arg(reset)};
}

StepVerdict PitfallSteps::categories(const StepContext &c)
{
    const MiniProgram &m = c.filing().miniProgram;
    QStringList types, withoutNumber;
    for (const PreApproval &p : m.preApproval) {
        if (p.type.isEmpty() || p.type == PreApprovalType::None)
            continue;
        const QString label = p.type.label();
        types << label;
        if (StepContext::blank(p.approvalNumber))
            withoutNumber << label;
    }
    if (m.preApproval.isEmpty() && m.serviceCategories.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Choose service categories from the official list of allowed "
                              "categories, avoiding sensitive ones: "
                              "https://developers.weixin.qq.com/minigame/product/material/")};
    }
    if (!withoutNumber.isEmpty()) {
        return {Status::Blocked,
                Checklist::tr("Pre-approval needed for %1: enter the approval number and upload "
                              "the approval document, or drop the category.")
                    .arg(StepContext::listText(withoutNumber))};
    }
    if (!types.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("Pre-approval categories (%1): upload each approval document "
                              "with the filing.")
                    .arg(StepContext::listText(types))};
    }
    if (m.preApproval.isEmpty())
        return {Status::InProgress, Checklist::tr("State the pre-approval items, or \"none of these\".")};
    return {Status::Done,
            Checklist::tr("No pre-approval category (news, publishing, education, medical "
                          "care, drugs and others) is involved.")};
}

StepVerdict PitfallSteps::renewal(const StepContext &c)
{
    const Deadline *expiry = c.deadline(DeadlineIds::CertificationExpiry);
    const Deadline *reminder = c.deadline(DeadlineIds::ExpiryReminder3Months);
    if (!expiry) {
        return {Status::NotStarted,
                Checklist::tr("Certification costs %1 RMB, is not refunded and must be renewed "
                              "every year.")
                    .arg(Deadlines::CertificationFeeRmb)};
    }
    if (expiry->urgency(c.inputs().now) == Deadline::Urgency::Overdue) {
        return {Status::Blocked,
                Checklist::tr("The certification expired on %1: renew it (%2 RMB) to keep the "
                              "mini program's certified features.")
                    .arg(expiry->when())
                    .arg(Deadlines::CertificationFeeRmb)};
    }
    if (reminder && reminder->date <= c.today()) {
        return {Status::InProgress,
                Checklist::tr("The certification expires on %1: start the annual review now "
                              "(%2 RMB, not refunded).")
                    .arg(expiry->when())
                    .arg(Deadlines::CertificationFeeRmb)};
    }
    return {Status::Done,
            Checklist::tr("Valid until %1; renew before then (%2 RMB each year, not refunded). "
                          "Reminders: 3 months, 2 months, 1 month and 7 days before.")
                .arg(expiry->when())
                .arg(Deadlines::CertificationFeeRmb)};
}

StepVerdict PitfallSteps::sameAdministrator(const StepContext &c)
{
    const Filing &f = c.filing();
    const QString admin = f.registration.administrator;
    const QString leader = f.entity.leader;
    const bool submitted =
        f.filing.submittedOn.date().isValid() || (!f.filing.status.isEmpty() && f.filing.status != FilingStatus::Draft);
    if (submitted) {
        return {Status::NotNeeded,
                Checklist::tr("The filing is submitted; the administrator can be changed now if "
                              "needed.")};
    }
    if (admin.isEmpty() || leader.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Tip: make the administrator and the entity leader the same "
                              "person before filing to skip the authorization letter.")};
    }
    if (LetterRequirements::samePerson(f, admin, leader)
        && (f.miniProgram.leader.isEmpty() || LetterRequirements::samePerson(f, f.miniProgram.leader, leader))) {
        return {Status::Done,
                Checklist::tr("%1 is administrator and entity leader: no authorization letter for the "
                              "mini program leader.")
                    .arg(c.personName(leader))};
    }
    return {Status::InProgress,
            Checklist::tr("Tip: the administrator (%1) and the entity leader (%2) differ. "
                          "Making one person administrator, entity leader and mini program "
                          "leader before filing skips the authorization letter; the "
                          "administrator can be changed after filing.")
                .arg(c.personName(admin), c.personName(leader))};
}

StepVerdict PitfallSteps::leaderReuse(const StepContext &c)
{
    const std::optional<LeaderReuse::Report> &reuse = c.inputs().leaderReuse;
    if (!reuse || !reuse->checked) {
        return {Status::NotStarted,
                Checklist::tr("Not compared with the other projects yet (needs the leader's "
                              "ID number and the keychain).")};
    }
    if (!reuse->conflicts.isEmpty()) {
        const KnownFiling &other = reuse->conflicts.constFirst();
        return {Status::Blocked,
                Checklist::tr("Already the mini program leader of \"%1\" under %2: a mini "
                              "program leader cannot file under a different entity.")
                    .arg(other.miniProgramName, other.entityName)};
    }
    return {Status::Done,
            Checklist::tr("Not the mini program leader of any other entity's filing (%n other "
                          "filing(s) on this computer compared).",
                          nullptr, int(reuse->compared))};
}

} // namespace mpdesk
