#pragma once

#include "letters/LetterManifest.h"
#include "letters/TemplateIssue.h"

#include <QCoreApplication>
#include <QHash>

namespace mpdesk {

/// The letter templates in use: the shipped ones, each replaced by a file of the same name in the user
/// template folder when that file passes TemplateCheck. A broken override is reported and not used.
class LetterTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)

public:
    /// Loads the templates the manifest names; `overrideFolder` empty means no overrides.
    explicit LetterTemplates(const LetterManifest &manifest = LetterManifest::shipped(),
                             const QString &overrideFolder = defaultOverrideFolder());

    /// QStandardPaths::AppDataLocation + "/templates".
    static QString defaultOverrideFolder();

    /// The template source for a letter id; empty when the manifest has no such letter.
    QString source(const QString &letterId) const { return m_sources.value(letterId); }
    /// The file the source was read from (a resource path or the override's path).
    QString origin(const QString &letterId) const { return m_origins.value(letterId); }
    bool isOverridden(const QString &letterId) const { return !m_origins.value(letterId).startsWith(u':'); }
    /// Problems found in the shipped templates and the overrides.
    const TemplateIssues &issues() const { return m_issues; }

private:
    QHash<QString, QString> m_sources;
    QHash<QString, QString> m_origins;
    TemplateIssues m_issues;
};

} // namespace mpdesk
