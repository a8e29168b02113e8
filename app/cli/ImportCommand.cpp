#include "cli/ImportCommand.h"

#include "project/KnownFilingsIndex.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExitCode ImportCommand::execute(const CommandArguments &arguments)
{
    const QString input = arguments.positional.value(0);
    const QString output = arguments.output;
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();

    Project source(m_context.store());
    if (!m_context.open(source, input, CommandContext::Secrets::Skip))
        return ExitCode::BadInput;
    Project project(m_context.store());
    project.adopt(source.filing()); // a new project, whatever the input was
    project.setFingerprintKey(m_context.fingerprintKey());
    Project::SaveReport report;
    SecretWait::until([&](std::function<void()> finish) {
        project.save(output, [&report, finish](const Project::SaveReport &r) {
            report = r;
            finish();
        });
    });
    if (!report.file.ok()) {
        err << report.file.error().text() << Qt::endl;
        return ExitCode::BadInput;
    }
    static_cast<void>(KnownFilingsIndex().record(project.filing(), output)); // best effort: a cache
    const qsizetype stored = ProjectSecrets::references(project.filing()).size() - report.secretFailures.size();
    out << tr("Wrote %1 (%2 people; %3 ID and account numbers stored in the system keychain).")
               .arg(QDir::toNativeSeparators(output))
               .arg(project.filing().people.size())
               .arg(stored)
        << Qt::endl;
    if (!report.secretFailures.isEmpty()) {
        err << tr("These values could not be stored in the keychain and are not in the project:") << Qt::endl;
        for (const QString &line : std::as_const(report.secretFailures))
            err << u"  "_s << line << Qt::endl;
        err << tr("They are still in %1. Import again once the keychain works, or enter them in mpdesk.")
                   .arg(QDir::toNativeSeparators(input))
            << Qt::endl;
        return ExitCode::SecretUnavailable;
    }
    return ExitCode::Success;
}

} // namespace mpdesk
