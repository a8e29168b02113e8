#include "companion/PlatformPages.h"

#include "document/FilingFields.h"
#include "model/Roles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

const QStringList &knownFormats()
{
    static const QStringList list = {u"text"_s,       u"code"_s,    u"mobile"_s,      u"email"_s,
                                     u"date"_s,       u"validTo"_s, u"choice"_s,      u"provinceName"_s,
                                     u"regionCode"_s, u"list"_s,    u"preApproval"_s, u"invoiceTitle"_s};
    return list;
}

const QStringList &knownConditions()
{
    static const QStringList list = {QString(), u"vat_special_invoice"_s,
                                     u"entity_leader_is_not_legal_representative"_s};
    return list;
}

bool isKnownPath(const QString &path)
{
    if (path == u"miniProgram.preApproval"_s || FilingFields::isKnown(path))
        return true;
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0 || !PlatformPages::rolePrefixes().contains(path.left(dot)))
        return false;
    const QString key = path.mid(dot + 1);
    return FilingFields::personFields(0).contains(u"people[0]."_s + key);
}

} // namespace

const PlatformPages &PlatformPages::shipped()
{
    static const PlatformPages pages = [] {
        const QString path = u":/templates/platform-pages.json"_s;
        QFile file(path);
        // The definitions are compiled in; failing to read them is a build error, caught by the tests.
        if (!file.open(QIODevice::ReadOnly))
            return PlatformPages();
        Result<PlatformPages> parsed = parse(file.readAll(), path);
        return parsed ? std::move(parsed).value() : PlatformPages();
    }();
    return pages;
}

Result<PlatformPages> PlatformPages::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error{tr("%1 is not a list of platform pages: %2").arg(fileName, error.errorString()), {}};
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"mpdesk-platform-pages"_s || root.value(u"version"_s).toInt() != 1)
        return Error{tr("%1 is not a list of platform pages of version 1.").arg(fileName), {}};

    PlatformPages result;
    result.m_datePattern = root.value(u"datePattern"_s).toString(u"yyyy-MM-dd"_s);
    result.m_longTerm = root.value(u"longTerm"_s).toString();
    const QJsonObject choices = root.value(u"choices"_s).toObject();
    for (auto table = choices.begin(); table != choices.end(); ++table) {
        QHash<QString, QString> names;
        const QJsonObject object = table.value().toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            names.insert(it.key(), it.value().toString());
        result.m_choices.insert(table.key(), names);
    }

    const QJsonArray pages = root.value(u"pages"_s).toArray();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject object = pages.at(i).toObject();
        PlatformPageSpec page;
        page.id = object.value(u"id"_s).toString();
        page.title = object.value(u"title"_s).toString();
        page.titleEn = object.value(u"titleEn"_s).toString();
        if (page.id.isEmpty() || page.title.isEmpty() || page.titleEn.isEmpty())
            return Error{tr("%1: page %2 needs an id, a title and an English title.").arg(fileName).arg(i + 1), {}};
        const QJsonArray fields = object.value(u"fields"_s).toArray();
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const QJsonObject f = fields.at(j).toObject();
            PlatformFieldSpec field;
            field.path = f.value(u"path"_s).toString();
            field.label = f.value(u"label"_s).toString();
            field.labelEn = f.value(u"labelEn"_s).toString();
            field.format = f.value(u"format"_s).toString();
            field.choices = f.value(u"choices"_s).toString();
            field.when = f.value(u"when"_s).toString();
            field.secret = f.value(u"secret"_s).toBool();
            const QString where = tr("%1: page \"%2\", field %3").arg(fileName, page.id).arg(j + 1);
            if (!isKnownPath(field.path))
                return Error{tr("%1: \"%2\" is not a field mpdesk knows.").arg(where, field.path), {}};
            if (field.label.isEmpty() || field.labelEn.isEmpty())
                return Error{tr("%1 needs a label and an English label.").arg(where), {}};
            if (!knownFormats().contains(field.format))
                return Error{tr("%1: the format \"%2\" is not one of %3.")
                                 .arg(where, field.format, knownFormats().join(u", "_s)),
                             {}};
            if (field.format == u"choice"_s && !result.m_choices.contains(field.choices))
                return Error{tr("%1: the choices \"%2\" are not defined.").arg(where, field.choices), {}};
            if (!knownConditions().contains(field.when))
                return Error{tr("%1: the condition \"%2\" is not known.").arg(where, field.when), {}};
            page.fields.append(field);
        }
        result.m_pages.append(page);
    }
    return result;
}

const PlatformPageSpec *PlatformPages::page(const QString &id) const
{
    for (const PlatformPageSpec &p : m_pages) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList PlatformPages::pageIds() const
{
    QStringList ids;
    for (const PlatformPageSpec &p : m_pages)
        ids.append(p.id);
    return ids;
}

QString PlatformPages::choice(const QString &table, const QString &keyword) const
{
    return m_choices.value(table).value(keyword);
}

QStringList PlatformPages::rolePrefixes()
{
    static const QStringList prefixes = [] { // in Roles::all()'s order: CompanionRows finds a role by its index
        QStringList keys;
        for (Roles::Role role : Roles::all())
            keys.append(Roles::key(role));
        return keys;
    }();
    return prefixes;
}

} // namespace mpdesk
