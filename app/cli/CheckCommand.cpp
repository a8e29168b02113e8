#include "cli/CheckCommand.h"

#include "assessment/Assessment.h"
#include "cli/ChecklistText.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExitCode CheckCommand::execute(const CommandArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    Project project(m_context.store());
    QStringList failures;
    if (!m_context.open(project, path, CommandContext::Secrets::Fetch, &failures))
        return ExitCode::BadInput;

    // The key is asked for only when there is a leader's number to fingerprint; without one the
    // fingerprint saved with the project is compared, as in the desktop application.
    const Filing &filing = project.filing();
    const Person *leader = filing.person(filing.miniProgram.leader);
    const bool needKey = leader && leader->idNumber.isKnown();
    const Assessment assessment =
        Assessment::of(filing, m_context.assessmentContext(path, arguments.knownFolder, needKey));
    QTextStream &out = m_context.out();
    out << ChecklistText::of(assessment.checklist());
    for (const QString &problem : assessment.calendarProblems())
        out << tr("Holiday data: %1").arg(problem) << Qt::endl;
    out << Qt::endl;
    for (const Finding &finding : assessment.findings())
        out << finding.line() << Qt::endl;
    out << tr("%1: errors: %2, warnings: %3.")
               .arg(QDir::toNativeSeparators(path))
               .arg(assessment.errorCount())
               .arg(assessment.warningCount());
    if (assessment.toDoCount() > 0)
        out << u' ' << tr("Still to fill in: %1.").arg(assessment.toDoCount());
    out << Qt::endl;

    if (!failures.isEmpty()) {
        QTextStream &err = m_context.err();
        err << tr("These values cannot be read from the keychain, so the check is incomplete:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            err << u"  "_s << line << Qt::endl;
        return ExitCode::SecretUnavailable;
    }
    return assessment.errorCount() > 0 ? ExitCode::FindingsWithErrors : ExitCode::Success;
}

} // namespace mpdesk
