#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>

namespace mpdesk {

/// The order of events across stages: certification follows the registration's submission, and the
/// filing follows certification. Within one stage the validator checks the order; these are warnings
/// (rule "date.stageOrder") that name both fields, since either date may be the wrong one.
class DateOrder final
{
    Q_DECLARE_TR_FUNCTIONS(DateOrder)

public:
    static Findings check(const Filing &filing);
};

} // namespace mpdesk
