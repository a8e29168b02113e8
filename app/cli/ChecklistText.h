#pragma once

#include "workflow/Checklist.h"

#include <QCoreApplication>
#include <QString>

namespace mpdesk {

/// The checklist as text, for `mpdesk check`: every stage and step with its status and reason.
class ChecklistText final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistText)

public:
    /// The steps as lines, grouped by stage.
    static QString of(const Checklist &checklist);
};

} // namespace mpdesk
