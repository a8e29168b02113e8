#include "cli/ExportCommand.h"

#include "assessment/Assessment.h"
#include "letters/LetterNeeds.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWriter.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"
#include "storage/SafeFile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

bool ExportCommand::isRequested(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"export"_s)
            return true;
    }
    return false;
}

ExitCode ExportCommand::execute(const CommandArguments &arguments)
{
    const QString input = arguments.positional.value(0);
    const QString outputFolder = arguments.output;
    const bool blankDate = arguments.blankDate;
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();

    // The numbers are fetched only when the filing refers to some: an interchange file has them inline.
    Project project(m_context.store());
    if (!m_context.open(project, input, CommandContext::Secrets::Skip))
        return ExitCode::BadInput;
    Filing filing = project.filing();
    ProjectSecrets::Outcomes outcomes;
    if (!ProjectSecrets::references(filing).isEmpty()) {
        SecretStore &store = m_context.store();
        outcomes = SecretWait::run([&](ProjectSecrets::Done done) { ProjectSecrets::fetch(store, filing, done); });
        ProjectSecrets::apply(filing, outcomes);
    }

    const QDir folder(outputFolder);
    if (!folder.mkpath(u"."_s)) {
        err << tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(outputFolder)) << Qt::endl;
        return ExitCode::BadInput;
    }

    const LetterTemplates templates;
    for (const TemplateIssue &issue : templates.issues())
        err << issue.text() << Qt::endl;

    AssessmentContext context;
    context.clock = m_context.clock();
    const Findings findings = Assessment::of(filing, context).findings();
    const LetterWriter writer(filing, m_context.clock(), templates,
                              blankDate ? LetterWriter::DateLine::Blank : LetterWriter::DateLine::Today);
    bool secretMissing = false;
    bool glyphMissing = false;
    bool blocked = false;
    for (const LetterNeed &need : LetterNeeds::assess(filing)) {
        const bool inCase = !need.needed && arguments.allLetters && !need.mayBeAsked.isEmpty();
        if (!need.needed && !inCase) {
            out << tr("Not needed: %1. %2").arg(need.spec.title, need.reason) << Qt::endl;
            continue;
        }
        if (inCase)
            out << tr("Written in case the reviewer asks for it: %1. %2").arg(need.spec.title, need.mayBeAsked)
                << Qt::endl;
        const LetterProblems problems = writer.problems(need.spec, findings);
        WrittenLetter letter;
        if (problems.isEmpty())
            letter = writer.writePdf(need.spec);
        const LetterProblems &stopping = problems.isEmpty() ? letter.problems : problems;
        if (!stopping.isEmpty()) {
            err << tr("%1 is not written:").arg(need.spec.title) << Qt::endl;
            for (const LetterProblem &problem : stopping) {
                err << u"  "_s << problem.text() << Qt::endl;
                secretMissing = secretMissing || problem.kind == LetterProblem::Kind::SecretUnavailable;
                glyphMissing = glyphMissing || problem.kind == LetterProblem::Kind::MissingGlyphs;
                blocked = true;
            }
            continue;
        }
        const QString path =
            folder.filePath(SafeFile::fitFileName(LetterWriter::fileName(need.spec, filing.miniProgram.name)));
        // A partial letter is never left behind, and a link planted under the letter's name is refused.
        if (const Status written = SafeFile::write(path, letter.pdf); !written) {
            err << tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), written.error().message)
                << Qt::endl;
            return ExitCode::BadInput;
        }
        out << QDir::toNativeSeparators(path) << Qt::endl;
        for (const QString &warning : std::as_const(letter.warnings))
            err << tr("Warning: %1: %2").arg(need.spec.title, warning) << Qt::endl;
    }

    const QStringList failures = ProjectSecrets::describeFailures(filing, outcomes);
    if (!failures.isEmpty()) {
        err << tr("These values cannot be read from the keychain:") << Qt::endl;
        for (const QString &line : failures)
            err << u"  "_s << line << Qt::endl;
    }
    if (secretMissing)
        return ExitCode::SecretUnavailable;
    if (glyphMissing)
        return ExitCode::MissingGlyphs;
    return blocked ? ExitCode::FindingsWithErrors : ExitCode::Success;
}

} // namespace mpdesk
