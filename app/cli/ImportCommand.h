#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk import INPUT.json -o FILE.mpdesk`: a new project from an interchange file; the ID and bank
/// account numbers go to the system keychain.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
