#include "workflow/ProjectFileFilings.h"

#include "storage/ProjectFile.h"

namespace mpdesk {

QList<KnownFiling> ProjectFileFilings::filings() const
{
    m_errors.clear();
    QList<KnownFiling> out;
    for (const QString &path : m_paths) {
        const Result<Filing> filing = ProjectFile::read(path);
        if (!filing) {
            m_errors.append(filing.error().text());
            continue;
        }
        out.append(KnownFiling::from(filing.value(), path));
    }
    return out;
}

} // namespace mpdesk
