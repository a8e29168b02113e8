#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/Deadline.h"
#include "workflow/LeaderReuse.h"
#include "workflow/Step.h"
#include "workflow/StepCatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace mpdesk {

/// The spine of the app: every step of registration, certification and filing plus the common pitfalls,
/// each with a status computed from the filing's data (never ticked by hand) and the findings that
/// belong to it. The steps are listed in StepCatalogue; each stage's evaluator in `workflow/steps/` says
/// where its steps stand; this class puts the two together and hands each step its findings.
class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    /// What the checklist is computed from besides the filing.
    struct Inputs
    {
        Findings findings; ///< every finding of the assessment
        QList<Deadline> deadlines; ///< Deadlines::compute() for the same filing
        QDateTime now; ///< fixes "today" in Asia/Shanghai
        std::optional<LeaderReuse::Report> leaderReuse; ///< absent: not checked across projects
    };

    /// Assessment::of() is the one place that gathers the inputs.
    static Checklist build(const Filing &filing, const Inputs &inputs);

    const QList<Step> &steps() const { return m_steps; }
    /// The step with this key (StepSpec::key), or nullptr.
    const Step *step(const QString &id) const;
    const Step *step(StepId id) const;
    /// Findings that belong to no step (kept so that nothing is hidden).
    const Findings &unassigned() const { return m_unassigned; }

private:
    QList<Step> m_steps;
    Findings m_unassigned;
};

} // namespace mpdesk
