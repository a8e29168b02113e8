#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The roles' rules: each role held by a person of the filing who has what the role needs.
class RoleRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);

private:
    struct Role;
    static void holder(const Filing &filing, const Role &role, const Person &p, const QString &base, FindingSink &sink);
};

} // namespace mpdesk
