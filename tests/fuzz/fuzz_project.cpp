// libFuzzer target: the project-file loader, and that what it accepts is written and read back the same.

#include "storage/ProjectFile.h"

#include <QByteArray>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace mpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(ProjectFile::MaxFileSize))
        return -1;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Filing> filing = ProjectFile::parse(bytes, u"fuzz.mpdesk"_s);
    if (!filing)
        return 0;
    const QByteArray saved = ProjectFile::serialize(filing.value(), FilingJson::Secrets::References);
    const Result<Filing> again = ProjectFile::parse(saved, u"fuzz.mpdesk"_s);
    // What mpdesk writes it must read back, unchanged.
    if (!again || ProjectFile::serialize(again.value(), FilingJson::Secrets::References) != saved)
        std::abort();
    return 0;
}
