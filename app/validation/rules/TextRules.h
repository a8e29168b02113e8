#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// Every typed name, address, code and number: no character that hides or reorders text, and a length
/// that fits the letters and the platform's forms.
class TextRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
