#pragma once

// Runs mpdesk's command line in-process, as the executable would, and keeps what it printed.

#include "cli/CommandLine.h"
#include "core/Clock.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace mpdesk::test {

struct CliRun
{
    int exitCode = 0;
    QString out;
    QString err;
};

/// `mpdesk ARGS…` with `store` for the keychain (null: the system keychain) and, when given, the clock fixed.
inline CliRun runCli(const QStringList &args, SecretStore *store, std::optional<Clock> clock = std::nullopt)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CommandLine cli(outStream, errStream, store);
    if (clock)
        cli.setClock(*clock);
    const int code = cli.run(QStringList{QStringLiteral("mpdesk")} + args);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace mpdesk::test
