#include "validation/ReferenceData.h"

#include "core/ResourceJson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mpdesk {

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    const QJsonObject root = readResourceJson(u":/data/reference.json"_s);
    for (const QJsonValue &v : root.value("provinces"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Province p{o.value("code"_L1).toString(), o.value("name"_L1).toString(), o.value("abbreviation"_L1).toString()};
        m_provinces.insert(p.code.left(2), p);
    }
    for (const QJsonValue &v : root.value("miniProgramNameForbiddenWords"_L1).toArray())
        m_forbiddenNameWords.append(v.toString());
    m_recordNumberSuffix = root.value("recordNumberSuffix"_L1).toString();
    const QJsonObject examples = root.value("examples"_L1).toObject();
    for (auto it = examples.constBegin(); it != examples.constEnd(); ++it)
        m_examples.insert(it.key(), it.value().toString());
}

const ReferenceData::Province *ReferenceData::province(const QString &code) const
{
    const auto it = m_provinces.constFind(code.left(2));
    return it == m_provinces.constEnd() ? nullptr : &it.value();
}

QStringList ReferenceData::abbreviations() const
{
    QStringList list;
    for (const Province &p : m_provinces)
        list.append(p.abbreviation);
    return list;
}

} // namespace mpdesk
