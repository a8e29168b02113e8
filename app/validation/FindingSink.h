#pragma once

#include "validation/Finding.h"
#include "validation/RuleCatalogue.h"

#include <QString>

namespace mpdesk {

/// Where every rule of the validator writes its findings; a rule is named by its RuleId, so a finding
/// always carries a rule of the catalogue.
class FindingSink final
{
public:
    void add(Finding::Severity severity, const QString &path, RuleId rule, const QString &message);
    void error(const QString &path, RuleId rule, const QString &message);
    void warning(const QString &path, RuleId rule, const QString &message);
    /// A field still empty: something to fill, not a mistake.
    void toDo(const QString &path, RuleId rule, const QString &message);

    const Findings &findings() const { return m_findings; }

private:
    Findings m_findings;
};

} // namespace mpdesk
