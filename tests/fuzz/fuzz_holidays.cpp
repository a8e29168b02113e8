// libFuzzer target: the holiday file loader (a file the clerk puts in the data folder).

#include "workflow/WorkingCalendar.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace mpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"2027.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    WorkingCalendar calendar;
    if (calendar.loadFile(path)) {
        // Whatever was accepted must answer the questions the deadlines ask.
        static_cast<void>(calendar.addWorkingDays(QDate(2027, 1, 1), 10));
        static_cast<void>(calendar.isWorkingDay(QDate(2027, 2, 10)));
    }
    return 0;
}
