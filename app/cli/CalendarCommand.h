#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace mpdesk {

/// `mpdesk calendar FILE -o FILE.ics`: writes the filing's deadlines and reminders as an iCalendar file.
class CalendarCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    using Command::Command;
    ExitCode execute(const CommandArguments &arguments) override;
};

} // namespace mpdesk
