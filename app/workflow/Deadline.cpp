#include "workflow/Deadline.h"

#include "core/Timezone.h"
#include "workflow/WorkingCalendar.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString Deadline::calendarWarning() const
{
    return WorkingCalendar::missingDataWarning(yearsWithoutData);
}

Deadline::Urgency Deadline::urgency(const QDateTime &now) const
{
    if (done)
        return Urgency::Done;
    if (kind == Kind::Reminder)
        return Urgency::Upcoming;
    if (isTimed()) {
        const qint64 seconds = now.secsTo(moment);
        if (seconds < 0)
            return Urgency::Overdue;
        return seconds <= qint64(DueSoonDays) * 24 * 3600 ? Urgency::DueSoon : Urgency::Upcoming;
    }
    const QDate today = inChina(now).date();
    const qint64 days = today.daysTo(date);
    if (days < 0)
        return Urgency::Overdue;
    return days <= DueSoonDays ? Urgency::DueSoon : Urgency::Upcoming;
}

QString Deadline::when() const
{
    // ISO dates read the same in both languages and match what the clerk types in the project.
    if (isTimed())
        return inChina(moment).toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + tr("(Beijing time)");
    if (earliest.isValid() && earliest != date)
        return tr("%1 to %2").arg(earliest.toString(Qt::ISODate), date.toString(Qt::ISODate));
    return date.toString(Qt::ISODate);
}

} // namespace mpdesk
