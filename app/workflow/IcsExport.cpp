#include "workflow/IcsExport.h"

#include "core/Normalize.h"
#include "validation/HiddenCharacters.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype allDay(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

bool representable(QDate date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9998;
}

icaltimetype utc(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

} // namespace

QUuid IcsExport::calendarId(const Filing &filing)
{
    if (!filing.projectId.isNull())
        return filing.projectId;
    static const QUuid ns(u"{6b3f2a0e-9a57-4d1c-8f0e-3c5a1d2b7e44}"_s);
    return QUuid::createUuidV5(
        ns, Normalize::code(filing.entity.creditCode) + u'/' + Normalize::text(filing.miniProgram.name));
}

QString IcsExport::uid(const Filing &filing, const QString &deadlineId)
{
    return deadlineId + u'.' + calendarId(filing).toString(QUuid::WithoutBraces) + u"@mpdesk"_s;
}

QByteArray IcsExport::calendar(const Filing &filing, const QList<Deadline> &deadlines, const QDateTime &now)
{
    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//mpdesk//mpdesk " MPDESK_VERSION "//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    const QString name = filing.miniProgram.name.isEmpty() ? filing.entity.name : filing.miniProgram.name;
    for (const Deadline &d : deadlines) {
        // A date no calendar can hold (from a mistyped year) is left out rather than written as 00000000.
        if (d.isTimed() ? !representable(d.moment.date()) : !representable(d.date))
            continue;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(uid(filing, d.id).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(now)));
        if (d.isTimed()) {
            icalcomponent_add_property(event, icalproperty_new_dtstart(utc(d.moment)));
        } else {
            icalcomponent_add_property(event, icalproperty_new_dtstart(allDay(d.date)));
            icalcomponent_add_property(event, icalproperty_new_dtend(allDay(d.date.addDays(1))));
            // An all-day item must not block the clerk's day in a scheduling client.
            icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        }
        // Typed text reaches the calendar without control or bidi characters, which would end a line or
        // reorder the title in the clerk's calendar.
        const QString summary = HiddenCharacters::removed(name.isEmpty() ? d.title : tr("%1 (%2)").arg(d.title, name));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        QString description = HiddenCharacters::removed(d.detail, true);
        if (!d.calendarWarning().isEmpty())
            description += u"\n\n"_s + d.calendarWarning();
        if (!description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
        icalcomponent_add_property(event,
                                   icalproperty_new_status(d.done ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(cal.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace mpdesk
