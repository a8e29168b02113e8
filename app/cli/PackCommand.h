#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk pack FILE -o DIR`: upload-ready copies of the filing's photos and scans, named as the platform
/// names their slots, with an index of what is in DIR and what is missing. Exit 0 when everything
/// needed is in the pack, 1 when something is missing or cannot be made to fit, 2 for bad arguments,
/// an unreadable filing or a folder that cannot be written.
class PackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
