#include "secrets/LeaderFingerprint.h"

#include "core/Normalize.h"

#include <QMessageAuthenticationCode>

namespace mpdesk::LeaderFingerprint {

QString of(const QByteArray &key, const Person &person)
{
    if (key.isEmpty() || !person.idNumber.isKnown())
        return {};
    // The type is part of the message: a passport and a resident ID with the same characters differ.
    const QByteArray message = person.idType.text().toUtf8() + '\n' + Normalize::code(person.idNumber.value).toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

bool update(Filing &filing, const QByteArray &key)
{
    const Person *leader = filing.person(filing.miniProgram.leader);
    QString value;
    if (leader) {
        if (leader->idNumber.isMissing())
            return false;
        value = of(key, *leader);
    }
    if (value == filing.miniProgram.leaderFingerprint)
        return false;
    filing.miniProgram.leaderFingerprint = value;
    return true;
}

} // namespace mpdesk::LeaderFingerprint
