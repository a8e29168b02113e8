#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/Deadline.h"
#include "workflow/LeaderReuse.h"
#include "workflow/Step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace mpdesk {

class WorkingCalendar;

/// The spine of the app: every step of registration, certification and filing plus the common pitfalls,
/// each with a status computed from the filing's data (never ticked by hand) and the findings that
/// belong to it.
class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    /// What the checklist is computed from besides the filing.
    struct Inputs
    {
        Findings findings;            ///< the validator's and the deadlines' findings
        QList<Deadline> deadlines;    ///< Deadlines::compute() for the same filing
        QDateTime now;                ///< fixes "today" in Asia/Shanghai
        std::optional<LeaderReuse::Report> leaderReuse; ///< absent: not checked across projects
    };

    static Checklist build(const Filing &filing, const Inputs &inputs);

    /// The usual inputs: validator, deadlines on `calendar`, and the leader-reuse report if given.
    static Inputs inputsFor(const Filing &filing, const WorkingCalendar &calendar, const QDateTime &now,
                            std::optional<LeaderReuse::Report> leaderReuse = std::nullopt);

    const QList<Step> &steps() const { return m_steps; }
    /// The step with this id, or nullptr.
    const Step *step(const QString &id) const;
    /// Findings that belong to no step (kept so that nothing is hidden).
    const Findings &unassigned() const { return m_unassigned; }

private:
    QList<Step> m_steps;
    Findings m_unassigned;
};

} // namespace mpdesk
