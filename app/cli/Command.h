#pragma once

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"

#include <QString>
#include <QStringList>

namespace mpdesk {

/// What the command line was given besides the verb, parsed once for every verb.
struct CommandArguments
{
    QStringList positional; ///< after the verb
    QString output; ///< -o; empty when not given
    bool outputGiven = false;
    bool blankDate = false; ///< export: leave the date on the letters blank
    bool allLetters = false; ///< export: also the letters the platform's stricter rule may ask for (--all)
    QString knownFolder; ///< check: a folder of other filings to compare with (--known)
    QString page; ///< fields: one platform page (--page); empty for all
    QString format; ///< fields: "text" or "json" (--format); empty for text
    bool reveal = false; ///< fields: print ID and account numbers in full (--reveal)
};

/// One verb of the command line (check, import, export, calendar, forget): it checks its own arguments,
/// runs, and says how it went with one ExitCode.
class Command
{
public:
    explicit Command(CommandContext &context) : m_context(context) { }
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    virtual ExitCode execute(const CommandArguments &arguments) = 0;

protected:
    CommandContext &m_context;
};

} // namespace mpdesk
