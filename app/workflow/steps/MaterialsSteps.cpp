#include "workflow/steps/MaterialsSteps.h"

#include "materials/MaterialSlots.h"

#include <algorithm>

namespace mpdesk {

using Status = Step::Status;

StepVerdict MaterialsSteps::materials(const StepContext &c)
{
    const Filing &f = c.filing();
    QStringList empty;
    qsizetype needed = 0;
    for (const MaterialSlots::Slot &slot : MaterialSlots::forFiling(f)) {
        if (slot.need != MaterialSlots::Need::Needed)
            continue;
        ++needed;
        if (std::none_of(f.materials.cbegin(), f.materials.cend(), [&](const Material &m) { return slot.holds(m); }))
            empty << slot.title;
    }
    if (f.materials.isEmpty())
        return {Status::NotStarted,
                Checklist::tr("Attach the photos and scans to upload: %1.").arg(StepContext::listText(empty))};
    if (!empty.isEmpty())
        return {Status::InProgress, Checklist::tr("Still to attach: %1.").arg(StepContext::listText(empty))};
    return {
        Status::Done,
        Checklist::tr("Every needed file is attached (%n slot(s)); upload the prepared copies.", nullptr, int(needed))};
}

} // namespace mpdesk
