#include "common/RegionPicker.h"

#include "model/Regions.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

void fill(QComboBox *box, const QList<Regions::Division> &items, const QString &placeholder)
{
    box->clear();
    box->addItem(placeholder, QString());
    for (const Regions::Division &d : items)
        box->addItem(d.name, d.code);
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
    fill(m_city, Regions::instance().cities(province()), tr("City…"));
}

void RegionPicker::fillDistricts()
{
    fill(m_district, Regions::instance().districts(city()), tr("District…"));
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
    return Regions::instance().source();
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
    fill(m_province, Regions::instance().provinces(), tr("Province…"));
    m_setting = false;
    setCodes(p, c, d);
    if (p.isEmpty()) {
        fillCities();
        fillDistricts();
    }
    setToolTip(tr("Administrative divisions: %1").arg(sourceText()));
}

} // namespace mpdesk
