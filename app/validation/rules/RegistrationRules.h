#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The registration's rules: the account email, the entity verification and the dates of the review.
class RegistrationRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
