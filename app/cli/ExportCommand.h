#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>

namespace mpdesk {

/// `mpdesk export FILE -o DIR [--blank-date] [--all]`: writes every letter the filing needs as a PDF in DIR
/// and says which letters are not needed and why; with --all also those the platform's stricter rule may
/// ask for, each with the reason.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using Command::Command;

    /// True when the arguments ask for this verb: it draws text, so it needs a QGuiApplication.
    static bool isRequested(const QStringList &arguments);

    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
