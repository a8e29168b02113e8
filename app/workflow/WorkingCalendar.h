#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// China's working-day calendar: weekends off, the State Council's holidays off, its make-up working days
/// (调休) on. A year without a holiday notice is counted as weekends only, and every computation says
/// which such years it crossed so that the result can carry a visible warning.
///
/// Holiday files follow the public holiday-cn format, one file per year named `<year>.json`:
///
///     { "year": 2026,
///       "papers": ["https://www.gov.cn/..."],                       // optional: the notice(s)
///       "days": [ { "name": "国庆节", "date": "2026-10-01", "isOffDay": true },
///                 { "name": "国庆节", "date": "2026-10-10", "isOffDay": false } ] }
///
/// `days` lists only the exceptions to the ordinary week: `isOffDay: true` is a holiday (even on a
/// weekday), `isOffDay: false` a make-up working day (even on a weekend). A file whose `days` is empty
/// counts as "notice not published". mpdesk ships 2025 and 2026 as resources (`:/holidays/<year>.json`);
/// a user adds a newer year by placing `<year>.json` in the `holidays` folder of the application data
/// folder (QStandardPaths::AppDataLocation), where it replaces the shipped file of the same year.
class WorkingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    /// A computed value and the years without holiday data that the computation crossed.
    template<typename T>
    struct Counted
    {
        T value;
        QList<int> yearsWithoutData; ///< ascending; empty when every day came from a notice
    };

    /// A calendar that knows no notices: weekends only for every year.
    WorkingCalendar() = default;

    /// The shipped notices plus the user's files; problems with the user's files are in loadErrors().
    static const WorkingCalendar &standard();
    /// The folder where the user adds holiday files.
    static QString userFolder();

    /// Reads every `<year>.json` of these folders, later folders replacing earlier ones year by year.
    static WorkingCalendar fromFolders(const QStringList &folders);
    /// Reads one holiday file; on success its year replaces any data held for that year.
    Status loadFile(const QString &path);
    /// Holiday data as parsed (for tests and callers with their own source): date -> isOffDay.
    void setYear(int year, const QHash<QDate, bool> &days);

    /// True when a notice with at least one day is loaded for this year.
    bool hasData(int year) const;
    QList<int> yearsWithData() const;
    /// Messages about holiday files that could not be read.
    QList<Error> loadErrors() const { return m_loadErrors; }

    bool isWorkingDay(QDate date) const;
    /// The holiday's name (as in the notice) when the date is listed in a notice, else empty.
    QString dayName(QDate date) const;

    /// The date `days` working days after `date` (before it, for negative `days`); `date` itself is not
    /// counted, so adding 1 to a Friday gives the next working day. 0 gives `date` unchanged.
    Counted<QDate> addWorkingDays(QDate date, int days) const;
    /// The working days after `from` up to and including `to`; negative when `to` is before `from`.
    /// The inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) == n.
    Counted<int> workingDaysBetween(QDate from, QDate to) const;

    /// "The State Council's holiday notice for 2027 is not loaded: …", or empty for no years.
    static QString missingDataWarning(const QList<int> &years);

private:
    struct Day
    {
        bool offDay = false;
        QString name;
    };

    void noteYear(int year, QSet<int> &missing) const;
    static QList<int> sorted(const QSet<int> &years);

    QHash<QDate, Day> m_days;
    QSet<int> m_years;
    QList<Error> m_loadErrors;
};

} // namespace mpdesk
