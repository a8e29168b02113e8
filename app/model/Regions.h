#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mpdesk {

/// China's administrative divisions by code and name (resources/data/regions.json, about 3 000 districts),
/// read once on first use: what the region picker offers, and the name shown wherever a code is.
class Regions final
{
public:
    struct Division
    {
        QString code;
        QString name;
    };

    static const Regions &instance();

    const QList<Division> &provinces() const { return m_provinces; }
    /// The cities of a province, the districts of a city; empty for an unknown code.
    QList<Division> cities(const QString &provinceCode) const;
    QList<Division> districts(const QString &cityCode) const;
    /// The name of a province, city or district; empty when the code is not a known division.
    QString name(const QString &code) const;
    /// Where the list comes from and its date, for the clerk to judge it.
    QString source() const { return m_source; }

private:
    Regions();

    QList<Division> m_provinces;
    QHash<QString, QList<Division>> m_children; // province → cities, city → districts
    QHash<QString, QString> m_names;
    QString m_source;
};

} // namespace mpdesk
