#include "workflow/KnownFiling.h"

#include "core/Normalize.h"

#include <QDir>
#include <QFileInfo>

namespace mpdesk {

KnownFiling KnownFiling::from(const Filing &filing, const QString &path)
{
    KnownFiling k;
    k.projectId = filing.projectId;
    k.path = path.isEmpty() ? QString() : canonicalPath(path);
    k.entityName = Normalize::text(filing.entity.name);
    k.entityCreditCode = Normalize::code(filing.entity.creditCode);
    k.miniProgramName = Normalize::text(filing.miniProgram.name);
    if (const Person *leader = filing.person(filing.miniProgram.leader))
        k.leaderName = leader->name;
    k.leaderFingerprint = filing.miniProgram.leaderFingerprint;
    return k;
}

QString KnownFiling::canonicalPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool KnownFiling::isOtherEntity(const KnownFiling &other) const
{
    if (!entityCreditCode.isEmpty() && !other.entityCreditCode.isEmpty())
        return entityCreditCode != other.entityCreditCode;
    return !entityName.isEmpty() && !other.entityName.isEmpty() && entityName != other.entityName;
}

} // namespace mpdesk
