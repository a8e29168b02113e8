#pragma once

#include <QDate>
#include <QDateTime>

namespace mpdesk {

/// Where "now" comes from: the system clock, or a moment the caller fixes (`--today`, `--now`, tests).
/// Every rule that depends on the date asks a Clock; nothing else reads the wall clock.
class Clock final
{
public:
    /// The machine's clock.
    static Clock system();
    /// Always `moment`.
    static Clock fixedAt(const QDateTime &moment);
    /// Noon in China on `date`, so that "today" is `date` in Asia/Shanghai.
    static Clock fixedOn(QDate date);

    /// The current moment, in Asia/Shanghai.
    QDateTime now() const;
    /// Today's date in Asia/Shanghai.
    QDate today() const { return now().date(); }
    bool isFixed() const { return m_fixed.isValid(); }

private:
    Clock() = default;
    QDateTime m_fixed;
};

} // namespace mpdesk
