#pragma once

#include "workflow/steps/StepContext.h"

namespace mpdesk {

/// Where the certification stage's steps stand: the agreement, the data and primary verification, the
/// contact, the invoice, the fee and the approval.
class CertificationSteps final
{
public:
    static StepVerdict agreement(const StepContext &c);
    static StepVerdict data(const StepContext &c);
    static StepVerdict contact(const StepContext &c);
    static StepVerdict invoice(const StepContext &c);
    static StepVerdict fee(const StepContext &c);
    static StepVerdict approval(const StepContext &c);
};

} // namespace mpdesk
