#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk forget FILE.mpdesk`: deletes the project's numbers from the system keychain.
class ForgetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ForgetCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
