#pragma once

#include "workflow/Step.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace mpdesk {

class Assessment;

/// What the clerk should do next, read from an assessment: which step, what to do, why, and by when.
/// Generic over the checklist: any step, whoever added it, is considered in the checklist's order.
struct NextAction
{
    Q_DECLARE_TR_FUNCTIONS(NextAction)

public:
    enum class Kind {
        Overdue, ///< a deadline of the clerk's has passed
        DueSoon, ///< a deadline of the clerk's falls within Deadline::DueSoonDays
        Fix, ///< a value is wrong: `action` is the finding's message
        Continue, ///< the first step not finished and not blocked
        Blocked, ///< every open step waits for something: `action` says for what
        Finished, ///< every step is done or not needed
    };

    Kind kind = Kind::Finished;
    QString stepId; ///< the step to open; empty when finished
    QString path; ///< the field to open first, when there is one
    QString title; ///< the step's title, translated
    QString action; ///< what to do, one or two sentences, translated
    QString why; ///< why it matters now (the deadline's detail or the step's state); may be empty
    QDate dueDate; ///< the day it is due in China; null when nothing is due
    QString due; ///< the due date (and time) in the user's language; empty when nothing is due
    QDate today; ///< the assessment's day, to say how many days are left
    QDateTime dueMoment; ///< for a deadline at a time of day (the MIIT SMS); else null
    QDateTime now; ///< the assessment's moment, to say how many hours are left

    bool isUrgent() const { return kind == Kind::Overdue || kind == Kind::DueSoon; }
    /// "by 2026-10-08 (in 3 days)", "by 2026-12-04 09:30 (Beijing time), 22 h 30 min left" within two days of a
    /// deadline at a time of day, "overdue since 2026-10-08", or empty.
    QString dueText() const;
    /// One line for the command line: "Next: Payment verification — Transfer … (by …)".
    QString line() const;

    static NextAction of(const Assessment &assessment);
};

} // namespace mpdesk
