#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTextStream>

namespace mpdesk {

/// `mpdesk calendar FILE -o FILE.ics`: writes the filing's deadlines and reminders as an iCalendar file.
class CalendarCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    /// Returns the command line's exit code: 0 written, 2 the input cannot be read or the output written.
    static int run(QTextStream &out, QTextStream &err, const QString &input, const QString &output, QDate today);
};

} // namespace mpdesk
