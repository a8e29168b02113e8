#include "validation/FindingSink.h"

namespace mpdesk {

void FindingSink::add(Finding::Severity severity, const QString &path, RuleId rule, const QString &message)
{
    m_findings.append(Finding{severity, path, message, RuleCatalogue::key(rule)});
}

void FindingSink::error(const QString &path, RuleId rule, const QString &message)
{
    add(Finding::Severity::Error, path, rule, message);
}

void FindingSink::warning(const QString &path, RuleId rule, const QString &message)
{
    add(Finding::Severity::Warning, path, rule, message);
}

void FindingSink::toDo(const QString &path, RuleId rule, const QString &message)
{
    add(Finding::Severity::ToDo, path, rule, message);
}

} // namespace mpdesk
