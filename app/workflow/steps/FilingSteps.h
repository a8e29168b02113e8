#pragma once

#include "workflow/steps/StepContext.h"

namespace mpdesk {

/// Where the filing stage's steps stand: the entity and mini program information, the platform's and
/// the MIIT bureau's reviews and the approval (the letters and materials have their own evaluators).
class FilingSteps final
{
public:
    static StepVerdict entity(const StepContext &c);
    static StepVerdict miniProgram(const StepContext &c);
    static StepVerdict platformReview(const StepContext &c);
    static StepVerdict bureauReview(const StepContext &c);
    static StepVerdict approved(const StepContext &c);
};

} // namespace mpdesk
