#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

namespace mpdesk {

/// The mini program's rules: its name and the candidates' trademarks, the description, the service
/// categories and the pre-approval items.
class MiniProgramRules final
{
public:
    static void check(const Filing &filing, FindingSink &sink);

private:
    static void nameCandidates(const Filing &filing, const QString &chosen, FindingSink &sink);
    static void preApproval(const Filing &filing, FindingSink &sink);
};

} // namespace mpdesk
