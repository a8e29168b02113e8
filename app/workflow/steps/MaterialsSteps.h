#pragma once

#include "workflow/steps/StepContext.h"

namespace mpdesk {

/// Where the filing materials step stands: which needed slots still hold no file. A file with an
/// error holds the step up through its findings, as every data step's errors do.
class MaterialsSteps final
{
public:
    static StepVerdict materials(const StepContext &c);
};

} // namespace mpdesk
