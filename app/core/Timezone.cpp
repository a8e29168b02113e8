#include "core/Timezone.h"

namespace mpdesk {

QTimeZone chinaTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone named(QByteArrayLiteral("Asia/Shanghai"));
        // China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact for any
        // date this application computes, on a machine whose zone database lacks the name.
        return named.isValid() ? named : QTimeZone(8 * 3600);
    }();
    return zone;
}

QDateTime inChina(const QDateTime &moment)
{
    return moment.toTimeZone(chinaTimeZone());
}

} // namespace mpdesk
