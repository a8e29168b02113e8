#include "cli/CalendarCommand.h"

#include "assessment/Assessment.h"
#include "storage/SafeFile.h"
#include "workflow/IcsExport.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExitCode CalendarCommand::execute(const CommandArguments &arguments)
{
    const QString input = arguments.positional.value(0);
    const QString output = arguments.output;
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();

    Project project(m_context.store());
    if (!m_context.open(project, input, CommandContext::Secrets::Skip))
        return ExitCode::BadInput;
    AssessmentContext context;
    context.clock = m_context.clock();
    const Assessment assessment = Assessment::of(project.filing(), context);
    const QList<Deadline> &deadlines = assessment.deadlines();

    const QByteArray ics = IcsExport::calendar(project.filing(), deadlines, assessment.now());
    if (const Status written = SafeFile::write(output, ics); !written) {
        err << tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(output), written.error().message)
            << Qt::endl;
        return ExitCode::BadInput;
    }
    out << tr("Wrote %1 with %n event(s).", nullptr, int(deadlines.size())).arg(QDir::toNativeSeparators(output))
        << Qt::endl;
    for (const Deadline &d : deadlines) {
        if (!d.done && !d.yearsWithoutData.isEmpty())
            err << d.title << u": "_s << d.calendarWarning() << Qt::endl;
    }
    if (deadlines.isEmpty())
        err << tr("The filing has no dates yet from which a deadline follows.") << Qt::endl;
    return ExitCode::Success;
}

} // namespace mpdesk
