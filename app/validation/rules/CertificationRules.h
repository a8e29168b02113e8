#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The certification's rules (the invoice has its own): primary verification, the dates in order and
/// the name changes used.
class CertificationRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
