#include "cli/CheckCommand.h"

#include "assessment/Assessment.h"
#include "assessment/NextAction.h"
#include "cli/ChecklistText.h"
#include "validation/HiddenCharacters.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// What the filing holds is printed with its control and bidi characters escaped: a typed ESC sequence
// must not drive the terminal, nor U+202E reverse the rest of a finding.
QString printable(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = HiddenCharacters::escaped(line);
    return lines.join(u'\n');
}

} // namespace

ExitCode CheckCommand::execute(const CommandArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    Project project(m_context.store());
    QStringList failures;
    if (!m_context.open(project, path, CommandContext::Secrets::Fetch, &failures))
        return ExitCode::BadInput;

    // The leader's fingerprint key is asked for only when there is a number to fingerprint; without one
    // the fingerprint saved with the project is compared, as in the desktop application.
    const Assessment assessment = m_context.assess(project.filing(), path, arguments.knownFolder);
    QTextStream &out = m_context.out();
    out << printable(ChecklistText::of(assessment.checklist()));
    for (const QString &problem : assessment.calendarProblems())
        out << printable(tr("Holiday data: %1").arg(problem)) << Qt::endl;
    out << Qt::endl;
    for (const Finding &finding : assessment.findings())
        out << printable(finding.line()) << Qt::endl;
    // What the window's next-action card says, so that a clerk at a terminal learns the same next step.
    out << printable(NextAction::of(assessment).line()) << Qt::endl;
    out << tr("%1: errors: %2, warnings: %3.")
               .arg(printable(QDir::toNativeSeparators(path)))
               .arg(assessment.errorCount())
               .arg(assessment.warningCount());
    if (assessment.toDoCount() > 0)
        out << u' ' << tr("Still to fill in: %1.").arg(assessment.toDoCount());
    out << Qt::endl;

    if (!failures.isEmpty()) {
        QTextStream &err = m_context.err();
        err << tr("These values cannot be read from the keychain, so the check is incomplete:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            err << u"  "_s << printable(line) << Qt::endl;
        return ExitCode::SecretUnavailable;
    }
    return assessment.errorCount() > 0 ? ExitCode::FindingsWithErrors : ExitCode::Success;
}

} // namespace mpdesk
