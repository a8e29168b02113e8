#pragma once

#include "workflow/steps/StepContext.h"

namespace mpdesk {

/// Where the common pitfalls stand: name candidates and trademarks, name changes left, sensitive
/// categories, the yearly renewal, the administrator tip and a leader reused under another entity.
class PitfallSteps final
{
public:
    static StepVerdict nameCandidates(const StepContext &c);
    static StepVerdict nameChanges(const StepContext &c);
    static StepVerdict categories(const StepContext &c);
    static StepVerdict renewal(const StepContext &c);
    static StepVerdict sameAdministrator(const StepContext &c);
    static StepVerdict leaderReuse(const StepContext &c);
};

} // namespace mpdesk
