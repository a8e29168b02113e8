#include "assessment/Assessment.h"

#include "assessment/DateOrder.h"
#include "materials/MaterialCheck.h"
#include "secrets/LeaderFingerprint.h"
#include "validation/Validator.h"
#include "workflow/Deadlines.h"
#include "workflow/WorkingCalendar.h"

namespace mpdesk {

Assessment::Assessment() = default;

Assessment Assessment::of(const Filing &filing, const AssessmentContext &context)
{
    Assessment a;
    a.m_now = context.clock.now();
    const WorkingCalendar &calendar = context.calendar ? *context.calendar : WorkingCalendar::standard();
    for (const Error &e : calendar.loadErrors())
        a.m_calendarProblems.append(e.text());

    // The validator first: no deadline is reckoned from a date it rejects.
    a.m_findings = Validator::validate(filing, a.today());
    a.m_deadlines = Deadlines::compute(filing, calendar, a.m_now, a.m_findings);
    a.m_findings += DateOrder::check(filing);
    a.m_findings += Deadlines::findings(a.m_deadlines, a.m_now);
    a.m_findings += MaterialCheck::check(filing, context.materialFiles);

    // The leader is compared by keyed fingerprint: made afresh when the key and the number are here,
    // else the one saved with the filing.
    Filing withPrint = filing;
    if (!context.fingerprintKey.isEmpty())
        LeaderFingerprint::update(withPrint, context.fingerprintKey);
    a.m_leaderFingerprint = withPrint.miniProgram.leaderFingerprint;
    if (context.knownFilingsLoaded) {
        QList<KnownFiling> others = context.knownFilings;
        if (!context.filingPath.isEmpty()) {
            const QString self = KnownFiling::canonicalPath(context.filingPath);
            others.removeIf([&self](const KnownFiling &k) { return k.path == self; });
        }
        LeaderReuse::Report report = LeaderReuse::check(withPrint, others);
        a.m_findings += LeaderReuse::findings(report);
        a.m_leaderReuse = std::move(report);
    }

    a.m_letters = LetterRequirements::forFiling(filing);
    a.m_checklist = Checklist::build(filing, Checklist::Inputs{a.m_findings, a.m_deadlines, a.m_now, a.m_leaderReuse});
    return a;
}

Findings Assessment::findingsAt(const QString &path) const
{
    Findings out;
    for (const Finding &f : m_findings) {
        if (f.path == path)
            out.append(f);
    }
    return out;
}

} // namespace mpdesk
