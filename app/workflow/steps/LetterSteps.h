#pragma once

#include "workflow/steps/StepContext.h"

#include <initializer_list>

namespace mpdesk {

/// Where the letter steps stand: each needed letter goes printed -> signed and sealed -> uploaded.
class LetterSteps final
{
public:
    static StepVerdict authorization(const StepContext &c);
    static StepVerdict commitment(const StepContext &c);

private:
    static StepVerdict letters(const StepContext &c, std::initializer_list<const char *> letterIds);
};

} // namespace mpdesk
