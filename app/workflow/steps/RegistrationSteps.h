#pragma once

#include "workflow/steps/StepContext.h"

namespace mpdesk {

/// Where the registration stage's steps stand: people and roles, the account email, the entity and its
/// licence, the administrator, the entity verification and the review.
class RegistrationSteps final
{
public:
    static StepVerdict people(const StepContext &c);
    static StepVerdict email(const StepContext &c);
    static StepVerdict entityType(const StepContext &c);
    static StepVerdict businessLicence(const StepContext &c);
    static StepVerdict administrator(const StepContext &c);
    static StepVerdict verification(const StepContext &c);
    static StepVerdict review(const StepContext &c);
};

} // namespace mpdesk
