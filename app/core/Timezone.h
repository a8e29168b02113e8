#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace mpdesk {

/// Every date the process speaks of is a date in China: Asia/Shanghai, whatever the machine's zone.
QTimeZone chinaTimeZone();

/// A moment as seen in Asia/Shanghai.
QDateTime inChina(const QDateTime &moment);

} // namespace mpdesk
