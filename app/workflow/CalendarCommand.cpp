#include "workflow/CalendarCommand.h"

#include "storage/ProjectFile.h"
#include "workflow/ChecklistReport.h"
#include "workflow/Deadlines.h"
#include "workflow/IcsExport.h"
#include "workflow/WorkingCalendar.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mpdesk {

int CalendarCommand::run(QTextStream &out, QTextStream &err, const QString &input, const QString &output, QDate today)
{
    // Exit codes as CommandLine::ExitCode.
    constexpr int Success = 0;
    constexpr int BadInput = 2;

    const Result<Filing> loaded = ProjectFile::read(input);
    if (!loaded) {
        err << loaded.error().text() << Qt::endl;
        return BadInput;
    }
    const Filing &filing = loaded.value();
    const QDateTime now = ChecklistReport::momentFor(today);
    const QList<Deadline> deadlines = Deadlines::compute(filing, WorkingCalendar::standard(), now);

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(IcsExport::calendar(filing, deadlines, now)) < 0
        || !file.commit()) {
        err << tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(output), file.errorString()) << Qt::endl;
        return BadInput;
    }
    out << tr("Wrote %1 with %n event(s).", nullptr, int(deadlines.size())).arg(QDir::toNativeSeparators(output))
        << Qt::endl;
    for (const Deadline &d : deadlines) {
        if (!d.done && !d.yearsWithoutData.isEmpty())
            err << d.title << u": "_s << d.calendarWarning() << Qt::endl;
    }
    if (deadlines.isEmpty())
        err << tr("The filing has no dates yet from which a deadline follows.") << Qt::endl;
    return Success;
}

} // namespace mpdesk
