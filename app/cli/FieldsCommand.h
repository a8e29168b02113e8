#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk fields FILE [--page PAGE] [--format text|json] [--reveal]`: the platform's pages in order,
/// each field's label and value as the page wants it, ID and account numbers masked unless revealed.
class FieldsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FieldsCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
