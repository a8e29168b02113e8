#include "workflow/LeaderReuse.h"

#include "validation/RuleCatalogue.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

LeaderReuse::Report LeaderReuse::check(const Filing &filing, const QList<KnownFiling> &known)
{
    Report report;
    const KnownFiling self = KnownFiling::from(filing, QString());
    QList<KnownFiling> others = known;
    others.removeIf(
        [&filing](const KnownFiling &k) { return !filing.projectId.isNull() && k.projectId == filing.projectId; });
    report.compared = others.size();
    // With no other filing there is nothing the leader could be reused in, fingerprint or not.
    if (filing.miniProgram.leader.isEmpty() || (self.leaderFingerprint.isEmpty() && !others.isEmpty()))
        return report;
    report.checked = true;
    for (const KnownFiling &other : std::as_const(others)) {
        if (other.leaderFingerprint == self.leaderFingerprint && self.isOtherEntity(other))
            report.conflicts.append(other);
    }
    return report;
}

Findings LeaderReuse::findings(const Report &report)
{
    Findings out;
    for (const KnownFiling &other : report.conflicts) {
        out.append(RuleCatalogue::finding(
            Finding::Severity::Error, u"miniProgram.leader"_s, RuleId::LeaderReuse,
            tr("This mini program leader is already the mini program leader of \"%1\" under another "
               "entity, %2 (project %3). A mini program leader cannot be used for a filing under a "
               "different entity: choose another person.")
                .arg(other.miniProgramName, other.entityName, QDir::toNativeSeparators(other.path))));
    }
    return out;
}

} // namespace mpdesk
