#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The filing stage's rules: its status, its dates and the SMS's times in order, each letter's dates,
/// the platform's rejection and the ICP record number.
class FilingRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);

private:
    static void recordNumber(const Filing &filing, const QString &number, FindingSink &sink);
};

} // namespace mpdesk
