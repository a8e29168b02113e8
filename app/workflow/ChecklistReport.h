#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/Checklist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace mpdesk {

/// The checklist as text, for `mpdesk check`: every stage and step with its status and reason.
class ChecklistReport final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistReport)

public:
    /// Builds the checklist for `today` (in China) on the standard working-day calendar, writes it to
    /// `out`, and returns every finding (validator and deadlines) for the caller to list.
    /// `leaderReuse`, when given, is the comparison with the other filings mpdesk knows.
    static Findings write(QTextStream &out, const Filing &filing, QDate today,
                          std::optional<LeaderReuse::Report> leaderReuse = std::nullopt);
    /// The steps as lines, grouped by stage.
    static QString text(const Checklist &checklist);
    /// The moment standing for `today`: now when `today` is today in China, else noon of that day
    /// (fixed dates in tests give fixed output).
    static QDateTime momentFor(QDate today);
};

} // namespace mpdesk
