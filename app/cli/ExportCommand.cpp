#include "cli/ExportCommand.h"

#include "letters/LetterNeeds.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWriter.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"
#include "validation/Validator.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExportCommand::ExportCommand(QTextStream &out, QTextStream &err, std::function<SecretStore &()> store)
    : m_out(out)
    , m_err(err)
    , m_store(std::move(store))
{
}

bool ExportCommand::isRequested(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"export"_s)
            return true;
    }
    return false;
}

int ExportCommand::run(const QString &input, const QString &outputFolder, bool blankDate, QDate today)
{
    Result<Filing> loaded = ProjectFile::read(input);
    if (!loaded) {
        m_err << loaded.error().text() << Qt::endl;
        return BadInput;
    }
    Filing filing = std::move(loaded).value();

    ProjectSecrets::Outcomes outcomes;
    if (!ProjectSecrets::references(filing).isEmpty()) {
        SecretStore &store = m_store();
        outcomes = SecretWait::run([&](ProjectSecrets::Done done) { ProjectSecrets::fetch(store, filing, done); });
        ProjectSecrets::apply(filing, outcomes);
    }

    const QDir folder(outputFolder);
    if (!folder.mkpath(u"."_s)) {
        m_err << tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(outputFolder)) << Qt::endl;
        return BadInput;
    }

    const LetterTemplates templates;
    for (const TemplateIssue &issue : templates.issues())
        m_err << issue.text() << Qt::endl;

    const Findings findings = Validator::validate(filing, today);
    const LetterWriter writer(filing, blankDate ? QDate() : today, templates);
    bool secretMissing = false;
    bool glyphMissing = false;
    bool blocked = false;
    for (const LetterNeed &need : LetterNeeds::assess(filing)) {
        if (!need.needed) {
            m_out << tr("Not needed: %1. %2").arg(need.spec.title, need.reason) << Qt::endl;
            continue;
        }
        const LetterProblems problems = writer.problems(need.spec, findings);
        WrittenLetter letter;
        if (problems.isEmpty())
            letter = writer.writePdf(need.spec);
        const LetterProblems &stopping = problems.isEmpty() ? letter.problems : problems;
        if (!stopping.isEmpty()) {
            m_err << tr("%1 is not written:").arg(need.spec.title) << Qt::endl;
            for (const LetterProblem &problem : stopping) {
                m_err << u"  "_s << problem.text() << Qt::endl;
                secretMissing = secretMissing || problem.kind == LetterProblem::Kind::SecretUnavailable;
                glyphMissing = glyphMissing || problem.kind == LetterProblem::Kind::MissingGlyphs;
                blocked = true;
            }
            continue;
        }
        const QString path = folder.filePath(LetterWriter::fileName(need.spec, filing.miniProgram.name));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(letter.pdf) != letter.pdf.size() || !file.commit()) {
            m_err << tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
            return BadInput;
        }
        m_out << QDir::toNativeSeparators(path) << Qt::endl;
    }

    const QStringList failures = ProjectSecrets::describeFailures(filing, outcomes);
    if (!failures.isEmpty()) {
        m_err << tr("These values cannot be read from the keychain:") << Qt::endl;
        for (const QString &line : failures)
            m_err << u"  "_s << line << Qt::endl;
    }
    if (secretMissing)
        return SecretUnavailable;
    if (glyphMissing)
        return MissingGlyphs;
    return blocked ? LetterBlocked : Success;
}

} // namespace mpdesk
