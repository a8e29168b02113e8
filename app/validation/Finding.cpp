#include "validation/Finding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString Finding::severityText() const
{
    return isError() ? tr("error") : isToDo() ? tr("to do") : tr("warning");
}

QString Finding::line() const
{
    return (path.isEmpty() ? QString() : path + u": "_s) + severityText() + u": "_s + message;
}

qsizetype errorCount(const Findings &findings)
{
    return std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

qsizetype toDoCount(const Findings &findings)
{
    return std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isToDo(); });
}

qsizetype warningCount(const Findings &findings)
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [](const Finding &f) { return f.severity == Finding::Severity::Warning; });
}

} // namespace mpdesk
