#include "cli/ForgetCommand.h"

#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExitCode ForgetCommand::execute(const CommandArguments &arguments)
{
    const QString path = arguments.positional.value(0);
    Project project(m_context.store());
    if (!m_context.open(project, path, CommandContext::Secrets::Skip))
        return ExitCode::BadInput;
    const qsizetype count = ProjectSecrets::references(project.filing()).size();
    Project::ForgetReport report;
    SecretWait::until([&](std::function<void()> finish) {
        project.forget([&report, finish](const Project::ForgetReport &r) {
            report = r;
            finish();
        });
    });
    const QStringList &failures = report.failures;
    if (!failures.isEmpty()) {
        QTextStream &err = m_context.err();
        // A locked or silent keyring deletes nothing: say so rather than list the entries as if some went.
        if (report.deleted == 0)
            err << tr("Nothing was deleted from the keychain; the project's numbers are still there:") << Qt::endl;
        else
            err << tr("These entries could not be deleted from the keychain:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            err << u"  "_s << line << Qt::endl;
        return ExitCode::SecretUnavailable;
    }
    m_context.out() << tr("Deleted the %1 ID and account numbers of %2 from the system keychain. The project file "
                          "is unchanged; opening it again asks for the numbers.")
                           .arg(count)
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
    return ExitCode::Success;
}

} // namespace mpdesk
