#include "model/Regions.h"

#include "core/ResourceJson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mpdesk {

const Regions &Regions::instance()
{
    static const Regions regions;
    return regions;
}

Regions::Regions()
{
    const QJsonObject root = readResourceJson(u":/data/regions.json"_s);
    m_source = root.value("source"_L1).toString();
    const auto divisions = [this](const QJsonArray &list, const QString &parent) {
        QList<Division> &children = m_children[parent];
        children.reserve(list.size());
        for (const QJsonValue &v : list) {
            Division d{v["code"_L1].toString(), v["name"_L1].toString()};
            m_names.insert(d.code, d.name);
            children.append(d);
        }
    };
    for (const QJsonValue &province : root.value("provinces"_L1).toArray()) {
        const QString provinceCode = province["code"_L1].toString();
        m_provinces.append(Division{provinceCode, province["name"_L1].toString()});
        m_names.insert(provinceCode, m_provinces.last().name);
        const QJsonArray cities = province["cities"_L1].toArray();
        divisions(cities, provinceCode);
        for (const QJsonValue &city : cities)
            divisions(city["districts"_L1].toArray(), city["code"_L1].toString());
    }
}

QList<Regions::Division> Regions::cities(const QString &provinceCode) const
{
    return m_children.value(provinceCode.trimmed());
}

QList<Regions::Division> Regions::districts(const QString &cityCode) const
{
    return m_children.value(cityCode.trimmed());
}

QString Regions::name(const QString &code) const
{
    return m_names.value(code.trimmed());
}

} // namespace mpdesk
