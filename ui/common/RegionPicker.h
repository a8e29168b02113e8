#pragma once

#include <QWidget>

class QComboBox;

namespace mpdesk {

/// The filing region chosen by name: province → city → district, from the official administrative
/// division codes shipped in resources/data/regions.json. The codes stay the stored value.
class RegionPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPicker)

public:
    explicit RegionPicker(QWidget *parent = nullptr);

    /// Shows the names of these codes; an unknown or empty code leaves its box (and those below) unchosen.
    void setCodes(const QString &province, const QString &city, const QString &district);
    QString province() const;
    QString city() const;
    QString district() const;
    /// "广东省 深圳市 南山区", or the part chosen so far.
    QString namesText() const;
    /// Where the data comes from and as of when, for the clerk and the README.
    static QString sourceText();

Q_SIGNALS:
    /// The clerk chose a province, city or district; the codes below it are cleared when they no longer fit.
    void regionChosen(const QString &province, const QString &city, const QString &district);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCities();
    void fillDistricts();
    void retranslate();

    QComboBox *m_province = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_district = nullptr;
    bool m_setting = false; ///< true while setCodes() fills the boxes: no regionChosen then
};

} // namespace mpdesk
