#include "workflow/LeaderReuse.h"

#include "validation/Normalize.h"
#include "workflow/KnownFilings.h"

#include <QDir>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString LeaderReuse::fingerprint(const QByteArray &key, const Person &person)
{
    if (key.isEmpty() || !person.idNumber.isKnown())
        return {};
    // The type is part of the message: a passport and a resident ID with the same characters differ.
    const QByteArray message = person.idType.toUtf8() + '\n' + Normalize::code(person.idNumber.value).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

bool LeaderReuse::updateFingerprint(Filing &filing, const QByteArray &key)
{
    const Person *leader = filing.person(filing.miniProgram.leader);
    QString value;
    if (leader) {
        if (leader->idNumber.isMissing())
            return false;
        value = fingerprint(key, *leader);
    }
    if (value == filing.miniProgram.leaderFingerprint)
        return false;
    filing.miniProgram.leaderFingerprint = value;
    return true;
}

LeaderReuse::Report LeaderReuse::check(const Filing &filing, const KnownFilings &known)
{
    Report report;
    const KnownFiling self = KnownFiling::from(filing, QString());
    if (self.leaderFingerprint.isEmpty())
        return report;
    report.checked = true;
    for (const KnownFiling &other : known.filings()) {
        if (!filing.projectId.isNull() && other.projectId == filing.projectId)
            continue;
        if (other.leaderFingerprint == self.leaderFingerprint && self.isOtherEntity(other))
            report.conflicts.append(other);
    }
    return report;
}

Findings LeaderReuse::findings(const Report &report)
{
    Findings out;
    for (const KnownFiling &other : report.conflicts) {
        out.append(Finding{Finding::Severity::Error, u"miniProgram.leader"_s,
                           tr("This mini program leader is already the mini program leader of \"%1\" under another "
                              "entity, %2 (project %3). A mini program leader cannot be used for a filing under a "
                              "different entity: choose another person.")
                               .arg(other.miniProgramName, other.entityName, QDir::toNativeSeparators(other.path)),
                           u"pitfall.leaderReuse"_s});
    }
    return out;
}

} // namespace mpdesk
