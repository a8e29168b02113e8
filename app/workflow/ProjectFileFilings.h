#pragma once

#include "workflow/KnownFilings.h"

#include <QStringList>

namespace mpdesk {

/// Known filings read from project files (the recent projects list). Project files hold no ID numbers,
/// only the leader's fingerprint; a file that cannot be read is skipped and named in errors().
class ProjectFileFilings final : public KnownFilings
{
public:
    explicit ProjectFileFilings(QStringList paths) : m_paths(std::move(paths)) { }
    QList<KnownFiling> filings() const override;
    QStringList errors() const { return m_errors; }

private:
    QStringList m_paths;
    mutable QStringList m_errors;
};

} // namespace mpdesk
