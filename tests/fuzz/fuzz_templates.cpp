// libFuzzer target: the check of a template override (unknown placeholders, broken sections).

#include "letters/LetterData.h"
#include "letters/TemplateCheck.h"

#include <QString>

using namespace Qt::StringLiterals;
using namespace mpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return -1; // overrides larger than this are refused before they are checked
    static const TemplateCheck check(LetterData::knownNames(), LetterData::listItems());
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static_cast<void>(check.check(source, u"fuzz.html"_s));
    return 0;
}
