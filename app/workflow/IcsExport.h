#pragma once

#include "model/Filing.h"
#include "workflow/Deadline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace mpdesk {

/// Writes deadlines as an RFC 5545 iCalendar (libical): one VEVENT per deadline and reminder, all-day
/// for dates, timed in UTC for the MIIT SMS deadline. UIDs are derived from the project and the
/// deadline id, so importing a newer export updates the events instead of adding copies; a deadline
/// that is done is written with STATUS:CANCELLED for the same reason.
class IcsExport final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    /// The calendar text, UTF-8. `now` is the DTSTAMP.
    static QByteArray calendar(const Filing &filing, const QList<Deadline> &deadlines, const QDateTime &now);
    /// "<deadline id>.<project uuid>@mpdesk".
    static QString uid(const Filing &filing, const QString &deadlineId);
    /// The project's id, or for a bare interchange file one derived from its credit code and mini
    /// program name, stable across exports.
    static QUuid calendarId(const Filing &filing);
};

} // namespace mpdesk
