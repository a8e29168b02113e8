#include "project/KnownFilingsFolder.h"

#include "secrets/LeaderFingerprint.h"
#include "storage/ProjectFile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace mpdesk {

KnownFilingsFolder::Read KnownFilingsFolder::folder(const QString &folder, const QByteArray &fingerprintKey)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString &name : dir.entryList({u"*.mpdesk"_s, u"*.json"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return files(paths, fingerprintKey);
}

KnownFilingsFolder::Read KnownFilingsFolder::files(const QStringList &paths, const QByteArray &fingerprintKey)
{
    Read read;
    for (const QString &path : paths) {
        Result<Filing> filing = ProjectFile::read(path);
        if (!filing) {
            read.notes.append(tr("Not compared: %1").arg(filing.error().text()));
            continue;
        }
        Filing f = std::move(filing).value();
        // An interchange file has the number inline; a project file keeps the fingerprint it was saved with.
        const Person *leader = f.person(f.miniProgram.leader);
        if (!fingerprintKey.isEmpty() && leader && leader->idNumber.isKnown())
            LeaderFingerprint::update(f, fingerprintKey);
        read.filings.append(KnownFiling::from(f, path));
    }
    return read;
}

} // namespace mpdesk
