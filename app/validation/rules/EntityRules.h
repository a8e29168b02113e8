#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The entity's rules: type, name, unified social credit code, registered address, filing region and
/// communication address.
class EntityRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);

private:
    static void creditCode(const QString &code, FindingSink &sink);
    static void region(const Filing &filing, FindingSink &sink);
    static void mailingAddress(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
