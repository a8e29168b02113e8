#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The invoice's rules: its type, a title equal to the entity's name, the taxpayer ID, nothing extra on
/// an electronic invoice and every extra a paper VAT special invoice needs.
class InvoiceRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
