#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk check FILE [--known DIR]`: every step with its status, then every finding, from the same
/// assessment the desktop application shows.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
