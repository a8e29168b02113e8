#include "storage/ProjectFile.h"

#include "i18n/Phrases.h"
#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString ProjectFile::backupPath(const QString &path)
{
    return path + u".bak"_s;
}

Result<Filing> ProjectFile::read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("The file %1 does not exist. Check the name and the folder.").arg(name), {}};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a filing. Choose a .mpdesk or .json file.").arg(name), {}};
    // Before opening: a pipe or a device would block the read or never end.
    if (const Status regular = SafeFile::checkInput(path); !regular)
        return Error{tr("%1 cannot be read: %2.").arg(name, regular.error().message), {}};
    if (info.size() > MaxFileSize) {
        return Error{tr("The file %1 is %2; a filing is never larger than %3. This is not an mpdesk filing, or it "
                        "is damaged.")
                         .arg(name, Phrases::dataSize(info.size()), Phrases::dataSize(MaxFileSize, 0)),
                     {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read: %2. Check that you may read it.").arg(name, file.errorString()),
                     {}};
    // Read one byte past the limit, in case the file grew since it was measured.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        return Error{tr("The file %1 is larger than %2. This is not an mpdesk filing, or it is damaged.")
                         .arg(name, Phrases::dataSize(MaxFileSize, 0)),
                     {}};
    }
    return parse(bytes, name);
}

Result<Filing> ProjectFile::parse(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The file %1 is not valid JSON (%2 at character %3); it may be cut off or damaged. "
                        "Open its backup (.bak) or export it again.")
                         .arg(fileName, parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    }
    if (!doc.isObject()) {
        return Error{tr("The file %1 holds JSON but not a filing (it does not start with \"{\"). Open a file "
                        "that mpdesk wrote.")
                         .arg(fileName),
                     {}};
    }
    Result<Filing> filing = FilingJson::fromJson(doc.object());
    if (!filing)
        return Error{Phrases::labelled(fileName, filing.error().message), filing.error().path};
    return filing;
}

QByteArray ProjectFile::serialize(const Filing &filing, FilingJson::Secrets secrets)
{
    return QJsonDocument(FilingJson::toJson(filing, secrets)).toJson(QJsonDocument::Indented);
}

Status ProjectFile::write(const Filing &filing, const QString &path, FilingJson::Secrets secrets)
{
    // Keep the version being replaced, so that one bad save can always be undone by hand; an old file
    // that is empty or not a filing is not worth keeping over the backup already there.
    SafeFile::Backup backup;
    backup.path = backupPath(path);
    backup.isWhole = [](const QByteArray &old) { return parse(old, QString()).ok(); };
    const Status written = SafeFile::write(path, serialize(filing, secrets), backup);
    if (!written) {
        return Error{tr("%1 cannot be saved: %2. Free some disk space or choose another folder with Save As; "
                        "your work is still open and the old file is unchanged.")
                         .arg(QDir::toNativeSeparators(path), written.error().message),
                     {}};
    }
    return Done{};
}

} // namespace mpdesk
