#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mpdesk {

/// One dated item of the filing's timetable: a deadline the clerk must meet, a date by which the
/// platform should have acted, or a reminder.
struct Deadline
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)

public:
    enum class Kind {
        Deadline, ///< the clerk must act by then; overdue is an error
        Expectation, ///< the platform or Tencent should have acted by then; overdue is a warning
        Reminder, ///< a date to be reminded on; never overdue
    };
    enum class Urgency { Done, Upcoming, DueSoon, Overdue };

    QString id; ///< stable across runs, e.g. "certification-expiry-reminder-1m"; part of .ics UIDs
    Kind kind = Kind::Deadline;
    QString title; ///< translated, e.g. "Certification expires"
    QString detail; ///< translated: what to do, and how the date was reckoned
    QString path; ///< the field the date follows from, e.g. "certification.approvedOn"
    QDate date; ///< the day (in China) it falls on; always set
    QDate earliest; ///< for a window ("1–2 working days"): its first day; else null
    QDateTime moment; ///< for a deadline at a time of day (the MIIT SMS), in Asia/Shanghai; else null
    bool done = false; ///< the event it waits for has happened
    QList<int> yearsWithoutData; ///< years counted as weekends only, for lack of a holiday notice

    bool isTimed() const { return moment.isValid(); }
    /// Empty, or the visible warning that the date was reckoned without a year's holiday notice.
    QString calendarWarning() const;
    /// How pressing it is at `now`: due soon within DueSoonDays of its date (or moment).
    Urgency urgency(const QDateTime &now) const;
    /// The date (and time, for a timed deadline) in the user's language.
    QString when() const;

    static constexpr int DueSoonDays = 3;
};

} // namespace mpdesk
