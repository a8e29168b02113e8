#include "workflow/Checklist.h"

#include "model/FieldPath.h"
#include "model/Roles.h"
#include "workflow/steps/CertificationSteps.h"
#include "workflow/steps/FilingSteps.h"
#include "workflow/steps/LetterSteps.h"
#include "workflow/steps/MaterialsSteps.h"
#include "workflow/steps/PitfallSteps.h"
#include "workflow/steps/RegistrationSteps.h"
#include "workflow/steps/StepContext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Status = Step::Status;

// Each step to the evaluator of its stage; the switch lists every step, so a new one cannot be forgotten.
StepVerdict evaluate(StepId id, const StepContext &c)
{
    switch (id) {
    case StepId::People:
        return RegistrationSteps::people(c);
    case StepId::RegistrationEmail:
        return RegistrationSteps::email(c);
    case StepId::RegistrationEntityType:
        return RegistrationSteps::entityType(c);
    case StepId::RegistrationBusinessLicence:
        return RegistrationSteps::businessLicence(c);
    case StepId::RegistrationAdministrator:
        return RegistrationSteps::administrator(c);
    case StepId::RegistrationVerification:
        return RegistrationSteps::verification(c);
    case StepId::RegistrationReview:
        return RegistrationSteps::review(c);
    case StepId::CertificationAgreement:
        return CertificationSteps::agreement(c);
    case StepId::CertificationData:
        return CertificationSteps::data(c);
    case StepId::CertificationContact:
        return CertificationSteps::contact(c);
    case StepId::CertificationInvoice:
        return CertificationSteps::invoice(c);
    case StepId::CertificationFee:
        return CertificationSteps::fee(c);
    case StepId::CertificationApproval:
        return CertificationSteps::approval(c);
    case StepId::FilingEntity:
        return FilingSteps::entity(c);
    case StepId::FilingMiniProgram:
        return FilingSteps::miniProgram(c);
    case StepId::FilingAuthorizationLetters:
        return LetterSteps::authorization(c);
    case StepId::FilingCommitmentLetters:
        return LetterSteps::commitment(c);
    case StepId::FilingMaterials:
        return MaterialsSteps::materials(c);
    case StepId::FilingPlatformReview:
        return FilingSteps::platformReview(c);
    case StepId::FilingBureauReview:
        return FilingSteps::bureauReview(c);
    case StepId::FilingApproved:
        return FilingSteps::approved(c);
    case StepId::PitfallNameCandidates:
        return PitfallSteps::nameCandidates(c);
    case StepId::PitfallNameChanges:
        return PitfallSteps::nameChanges(c);
    case StepId::PitfallCategories:
        return PitfallSteps::categories(c);
    case StepId::PitfallRenewal:
        return PitfallSteps::renewal(c);
    case StepId::PitfallSameAdministrator:
        return PitfallSteps::sameAdministrator(c);
    case StepId::PitfallLeaderReuse:
        return PitfallSteps::leaderReuse(c);
    }
    return {};
}

bool pathUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == u'.' || path.at(prefix.size()) == u'[';
}

// The role paths a person's fields count under: a finding on people[1].mobile belongs to every step
// where that person holds a role.
QStringList rolePathsOf(const Filing &filing, const QString &personPath)
{
    const std::optional<qsizetype> person = FieldPath::indexIn(u"people", personPath);
    if (!person)
        return {};
    const qsizetype index = *person;
    if (index >= filing.people.size())
        return {};
    QStringList paths;
    for (Roles::Role role : Roles::heldBy(filing, filing.people.at(index).id))
        paths << Roles::path(role);
    return paths;
}

bool owns(const StepSpec &spec, const QStringList &paths)
{
    return std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
        return std::any_of(spec.ownedPaths.cbegin(), spec.ownedPaths.cend(),
                           [&](const QString &prefix) { return pathUnder(p, prefix); });
    });
}

// A step that claims a finding's rule takes it alone; otherwise every step owning its field (or, for a
// person's field, the field of one of their roles) shows it.
void assignFindings(const Filing &filing, const Findings &findings, QList<Step> &steps, Findings &unassigned)
{
    const QList<StepSpec> &specs = StepCatalogue::all();
    for (const Finding &finding : findings) {
        bool placed = false;
        const std::optional<RuleId> rule = RuleCatalogue::fromKey(finding.rule);
        for (qsizetype i = 0; i < specs.size() && rule && !placed; ++i) {
            if (specs.at(i).ownedRules.contains(*rule)) {
                steps[i].findings.append(finding);
                placed = true;
            }
        }
        if (placed)
            continue;
        QStringList paths{finding.path};
        if (FieldPath::indexIn(u"people", finding.path))
            paths += rolePathsOf(filing, finding.path); // the People step, and every step of the person's roles
        for (qsizetype i = 0; i < specs.size(); ++i) {
            if (owns(specs.at(i), paths)) {
                steps[i].findings.append(finding);
                placed = true;
            }
        }
        if (!placed)
            unassigned.append(finding);
    }
}

// Errors hold a step up: a data step cannot be done with errors, an event step that has not happened
// yet is blocked by them.
void applyFindings(Step &s, bool dataStep)
{
    const qsizetype errors = errorCount(s.findings);
    if (errors == 0 || s.status == Status::NotNeeded || s.status == Status::Blocked)
        return;
    if (s.status == Status::Done && !dataStep)
        return;
    const QString first =
        std::find_if(s.findings.cbegin(), s.findings.cend(), [](const Finding &f) { return f.isError(); })->message;
    s.status = Status::Blocked;
    s.reason = Checklist::tr("Blocked by %n error(s); first: %1", nullptr, int(errors)).arg(first);
}

// A step whose turn has not come is blocked by the unfinished steps it waits for.
void applyPrerequisites(QList<Step> &steps)
{
    const QList<StepSpec> &specs = StepCatalogue::all();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Step &s = steps[i];
        if (s.status != Status::NotStarted)
            continue;
        QStringList waiting;
        for (StepId id : specs.at(i).prerequisites) {
            const Step &other = steps.at(qsizetype(id));
            if (!other.isFinished())
                waiting << other.title;
        }
        if (!waiting.isEmpty()) {
            s.status = Status::Blocked;
            s.reason = Checklist::tr("Waiting for: %1. %2").arg(StepContext::listText(waiting), s.reason);
        }
    }
}

} // namespace

Checklist Checklist::build(const Filing &filing, const Inputs &inputs)
{
    const StepContext context(filing, inputs);
    Checklist checklist;
    for (const StepSpec &spec : StepCatalogue::all()) {
        const StepVerdict verdict = evaluate(spec.id, context);
        Step s;
        s.id = spec.key;
        s.stage = spec.stage;
        s.title = spec.translatedTitle();
        s.status = verdict.status;
        s.reason = verdict.reason;
        checklist.m_steps.append(s);
    }
    assignFindings(filing, inputs.findings, checklist.m_steps, checklist.m_unassigned);
    const QList<StepSpec> &specs = StepCatalogue::all();
    for (qsizetype i = 0; i < checklist.m_steps.size(); ++i)
        applyFindings(checklist.m_steps[i], specs.at(i).dataStep);
    applyPrerequisites(checklist.m_steps);
    return checklist;
}

const Step *Checklist::step(const QString &id) const
{
    for (const Step &s : m_steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Step *Checklist::step(StepId id) const
{
    const qsizetype index = qsizetype(id);
    return index < m_steps.size() ? &m_steps.at(index) : nullptr;
}

} // namespace mpdesk
