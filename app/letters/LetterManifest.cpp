#include "letters/LetterManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

QHash<QString, QString> stringMap(const QJsonObject &object)
{
    QHash<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QString LetterManifest::shippedFolder()
{
    return u":/templates"_s;
}

const LetterManifest &LetterManifest::shipped()
{
    static const LetterManifest manifest = [] {
        const QString path = shippedFolder() + u"/letters.json"_s;
        QFile file(path);
        // The manifest is compiled in; failing to read it is a build error, caught by the tests.
        if (!file.open(QIODevice::ReadOnly))
            return LetterManifest();
        Result<LetterManifest> parsed = parse(file.readAll(), path);
        return parsed ? std::move(parsed).value() : LetterManifest();
    }();
    return manifest;
}

Result<LetterManifest> LetterManifest::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error{tr("%1 is not a letter manifest: %2").arg(fileName, error.errorString()), {}};
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"mpdesk-letters"_s || root.value(u"version"_s).toInt() != 1)
        return Error{tr("%1 is not a letter manifest of version 1.").arg(fileName), {}};

    LetterManifest manifest;
    const QJsonArray letters = root.value(u"letters"_s).toArray();
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QJsonObject object = letters.at(i).toObject();
        LetterSpec spec;
        spec.id = object.value(u"id"_s).toString();
        spec.title = object.value(u"title"_s).toString();
        spec.templateFile = object.value(u"template"_s).toString();
        spec.condition = object.value(u"condition"_s).toString();
        for (const QJsonValue &field : object.value(u"fields"_s).toArray())
            spec.fields.append(field.toString());
        if (spec.id.isEmpty() || spec.title.isEmpty() || spec.templateFile.isEmpty() || spec.condition.isEmpty())
            return Error{tr("%1: letter %2 needs an id, a title, a template and a condition.").arg(fileName).arg(i + 1),
                         {}};
        // One id scheme, the interchange format's: the manifest is where the ids come from.
        if (spec.id != canonicalId(spec.id))
            return Error{tr("%1: the id of letter %2 is \"%3\"; write it as \"%4\".")
                             .arg(fileName)
                             .arg(i + 1)
                             .arg(spec.id, canonicalId(spec.id)),
                         {}};
        manifest.m_letters.append(spec);
    }
    manifest.m_idTypes = stringMap(root.value(u"idTypes"_s).toObject());
    manifest.m_preApprovalTypes = stringMap(root.value(u"preApprovalTypes"_s).toObject());
    return manifest;
}

const LetterSpec *LetterManifest::letter(const QString &id) const
{
    const QString canonical = canonicalId(id);
    for (const LetterSpec &spec : m_letters) {
        if (spec.id == canonical)
            return &spec;
    }
    return nullptr;
}

QString LetterManifest::canonicalId(const QString &id)
{
    QString canonical;
    canonical.reserve(id.size());
    bool upper = false;
    for (const QChar c : id.trimmed()) {
        if (c == u'-' || c == u'_' || c == u' ') {
            upper = !canonical.isEmpty();
            continue;
        }
        if (canonical.isEmpty())
            canonical.append(c.toLower());
        else
            canonical.append(std::exchange(upper, false) ? c.toUpper() : c);
    }
    return canonical;
}

QString LetterManifest::kebabId(const QString &id)
{
    QString kebab;
    for (const QChar c : canonicalId(id)) {
        if (c.isUpper()) {
            kebab.append(u'-');
            kebab.append(c.toLower());
        } else {
            kebab.append(c);
        }
    }
    return kebab;
}

} // namespace mpdesk
