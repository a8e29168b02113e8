#include "common/RegionPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRegions, "mpdesk.ui.regions")

namespace mpdesk {

namespace {

// Read once, on the first picker shown; about 3 000 districts.
const QJsonObject &regions()
{
    static const QJsonObject data = [] {
        QFile file(u":/data/regions.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcRegions) << "the administrative divisions cannot be read:" << file.errorString();
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

QJsonArray childrenOf(const QJsonArray &list, const QString &code, const QString &key)
{
    for (const QJsonValue &v : list) {
        if (v["code"_L1].toString() == code)
            return v[key].toArray();
    }
    return {};
}

void fill(QComboBox *box, const QJsonArray &items, const QString &placeholder)
{
    box->clear();
    box->addItem(placeholder, QString());
    for (const QJsonValue &v : items)
        box->addItem(v["name"_L1].toString(), v["code"_L1].toString());
    box->setEnabled(!items.isEmpty());
}

void select(QComboBox *box, const QString &code)
{
    const int index = code.isEmpty() ? 0 : box->findData(code.trimmed());
    box->setCurrentIndex(qMax(0, index));
}

} // namespace

RegionPicker::RegionPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"regionPicker"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_province = new QComboBox(this);
    m_province->setObjectName(u"regionProvince"_s);
    m_city = new QComboBox(this);
    m_city->setObjectName(u"regionCity"_s);
    m_district = new QComboBox(this);
    m_district->setObjectName(u"regionDistrict"_s);
    for (QComboBox *box : {m_province, m_city, m_district}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(8);
        layout->addWidget(box, 1);
    }
    retranslate();
    auto chosen = [this] {
        if (!m_setting)
            Q_EMIT regionChosen(province(), city(), district());
    };
    connect(m_province, &QComboBox::activated, this, [this, chosen] {
        fillCities();
        fillDistricts();
        chosen();
    });
    connect(m_city, &QComboBox::activated, this, [this, chosen] {
        fillDistricts();
        chosen();
    });
    connect(m_district, &QComboBox::activated, this, chosen);
}

void RegionPicker::fillCities()
{
    fill(m_city, childrenOf(regions()["provinces"_L1].toArray(), province(), u"cities"_s), tr("City…"));
}

void RegionPicker::fillDistricts()
{
    const QJsonArray cities = childrenOf(regions()["provinces"_L1].toArray(), province(), u"cities"_s);
    fill(m_district, childrenOf(cities, city(), u"districts"_s), tr("District…"));
}

void RegionPicker::setCodes(const QString &provinceCode, const QString &cityCode, const QString &districtCode)
{
    if (provinceCode == province() && cityCode == city() && districtCode == district())
        return;
    m_setting = true;
    select(m_province, provinceCode);
    fillCities();
    select(m_city, cityCode);
    fillDistricts();
    select(m_district, districtCode);
    m_setting = false;
}

QString RegionPicker::province() const
{
    return m_province->currentData().toString();
}

QString RegionPicker::city() const
{
    return m_city->currentData().toString();
}

QString RegionPicker::district() const
{
    return m_district->currentData().toString();
}

QString RegionPicker::namesText() const
{
    QStringList names;
    for (const QComboBox *box : {m_province, m_city, m_district}) {
        if (box->currentIndex() > 0)
            names.append(box->currentText());
    }
    return names.join(u' ');
}

QString RegionPicker::sourceText()
{
    return regions()["source"_L1].toString();
}

void RegionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegionPicker::retranslate()
{
    const QString p = province(), c = city(), d = district();
    m_setting = true;
    fill(m_province, regions()["provinces"_L1].toArray(), tr("Province…"));
    m_setting = false;
    setCodes(p, c, d);
    if (p.isEmpty()) {
        fillCities();
        fillDistricts();
    }
    setToolTip(tr("Administrative divisions: %1").arg(sourceText()));
}

} // namespace mpdesk
