// libFuzzer target: the interchange loader, then everything that reads what it accepted (the checks, the
// deadlines and the calendar), on any bytes.

#include "assessment/Assessment.h"
#include "storage/ProjectFile.h"
#include "workflow/IcsExport.h"

#include <QByteArray>

using namespace Qt::StringLiterals;
using namespace mpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(ProjectFile::MaxFileSize))
        return -1; // the loader refuses larger files before parsing
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Filing> filing = ProjectFile::parse(bytes, u"fuzz.json"_s);
    if (!filing)
        return 0;
    AssessmentContext context;
    context.clock = Clock::fixedOn(QDate(2026, 11, 27));
    const Assessment assessment = Assessment::of(filing.value(), context);
    static_cast<void>(IcsExport::calendar(filing.value(), assessment.deadlines(), assessment.now()));
    return 0;
}
