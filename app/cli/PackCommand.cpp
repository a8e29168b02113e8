#include "cli/PackCommand.h"

#include "i18n/Phrases.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialPack.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mpdesk {

ExitCode PackCommand::execute(const CommandArguments &arguments)
{
    const QString input = arguments.positional.value(0);
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();

    // The pack needs no ID number: the keychain is not asked.
    Project project(m_context.store());
    if (!m_context.open(project, input, CommandContext::Secrets::Skip))
        return ExitCode::BadInput;
    const Result<MaterialPack::Report> result =
        MaterialPack::write(project.filing(), MaterialFiles::folderOf(QFileInfo(input).absoluteFilePath()),
                            arguments.output, m_context.clock().today());
    if (!result) {
        err << result.error().text() << Qt::endl;
        return ExitCode::BadInput;
    }
    const MaterialPack::Report &report = result.value();
    const QDir folder(report.folder);
    for (const MaterialPack::Output &o : report.written) {
        out << tr("%1  (%2×%3 pixels, %4)")
                   .arg(QDir::toNativeSeparators(folder.filePath(o.fileName)))
                   .arg(o.width)
                   .arg(o.height)
                   .arg(Phrases::dataSize(o.sizeBytes))
            << Qt::endl;
    }
    for (const MaterialPack::Problem &p : report.problems)
        err << p.path << u": "_s << p.title << u": "_s << p.message << Qt::endl;
    out << tr("Index: %1").arg(QDir::toNativeSeparators(folder.filePath(MaterialPack::indexName()))) << Qt::endl;
    out << tr("These files show ID cards: delete them once they are uploaded.") << Qt::endl;
    return report.complete() ? ExitCode::Success : ExitCode::FindingsWithErrors;
}

} // namespace mpdesk
