#include "project/KnownFilingsIndex.h"

#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr qint64 MaxIndexBytes = qint64{4} * 1024 * 1024;

QJsonObject toJson(const KnownFiling &k)
{
    return QJsonObject{{u"projectId"_s, k.projectId.isNull() ? QString() : k.projectId.toString(QUuid::WithoutBraces)},
                       {u"path"_s, k.path},
                       {u"entityName"_s, k.entityName},
                       {u"entityCreditCode"_s, k.entityCreditCode},
                       {u"miniProgramName"_s, k.miniProgramName},
                       {u"leaderName"_s, k.leaderName},
                       {u"leaderFingerprint"_s, k.leaderFingerprint}};
}

KnownFiling fromJson(const QJsonObject &o)
{
    KnownFiling k;
    k.projectId = QUuid::fromString(o.value("projectId"_L1).toString());
    k.path = o.value("path"_L1).toString();
    k.entityName = o.value("entityName"_L1).toString();
    k.entityCreditCode = o.value("entityCreditCode"_L1).toString();
    k.miniProgramName = o.value("miniProgramName"_L1).toString();
    k.leaderName = o.value("leaderName"_L1).toString();
    k.leaderFingerprint = o.value("leaderFingerprint"_L1).toString();
    return k;
}

bool sameEntry(const KnownFiling &a, const KnownFiling &b)
{
    if (!a.projectId.isNull() && !b.projectId.isNull())
        return a.projectId == b.projectId;
    return a.path == b.path;
}

} // namespace

KnownFilingsIndex::KnownFilingsIndex(QString file) : m_file(std::move(file)) { }

QString KnownFilingsIndex::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/known-filings.json"_s;
}

QList<KnownFiling> KnownFilingsIndex::read() const
{
    QList<KnownFiling> out;
    QFile file(m_file);
    // The index is a cache of what the files say: a damaged or oversized one is started afresh.
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxIndexBytes)
        return out;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value("filings"_L1).toArray();
    for (const QJsonValue &v : entries) {
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    }
    return out;
}

Status KnownFilingsIndex::write(const QList<KnownFiling> &filings) const
{
    QJsonArray entries;
    for (const KnownFiling &k : filings)
        entries.append(toJson(k));
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{u"format"_s, u"mpdesk-known-filings"_s}, {u"version"_s, 1}, {u"filings"_s, entries}})
            .toJson();
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return Error{tr("The folder of %1 cannot be created.").arg(QDir::toNativeSeparators(m_file)), QString()};
    if (const Status written = SafeFile::write(m_file, bytes); !written) {
        return Error{tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_file), written.error().message),
                     QString()};
    }
    return Done{};
}

KnownFilingsIndex::Loaded KnownFilingsIndex::load() const
{
    Loaded loaded;
    const QList<KnownFiling> all = read();
    for (const KnownFiling &k : all) {
        if (QFileInfo(k.path).isFile()) {
            loaded.filings.append(k);
        } else {
            loaded.gone.append(k.path);
        }
    }
    if (loaded.filings.size() != all.size())
        static_cast<void>(write(loaded.filings)); // best effort: a read-only index still answers
    return loaded;
}

QStringList KnownFilingsIndex::goneNotes(const QStringList &gone)
{
    QStringList out;
    for (const QString &path : gone)
        out << tr("%1 is no longer there; it is no longer compared with.").arg(QDir::toNativeSeparators(path));
    return out;
}

Status KnownFilingsIndex::record(const Filing &filing, const QString &path) const
{
    const KnownFiling entry = KnownFiling::from(filing, path);
    QList<KnownFiling> all = read();
    all.removeIf([&](const KnownFiling &k) { return sameEntry(k, entry) || k.path == entry.path; });
    all.prepend(entry);
    return write(all);
}

} // namespace mpdesk
