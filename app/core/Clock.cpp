#include "core/Clock.h"

#include "core/Timezone.h"

namespace mpdesk {

Clock Clock::system()
{
    return Clock();
}

Clock Clock::fixedAt(const QDateTime &moment)
{
    Clock clock;
    clock.m_fixed = inChina(moment);
    return clock;
}

Clock Clock::fixedOn(QDate date)
{
    return fixedAt(QDateTime(date, QTime(12, 0), chinaTimeZone()));
}

QDateTime Clock::now() const
{
    return m_fixed.isValid() ? m_fixed : inChina(QDateTime::currentDateTimeUtc());
}

} // namespace mpdesk
