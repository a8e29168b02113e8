#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/KnownFiling.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace mpdesk {

/// Finds a mini program leader already used under a different entity ("a mini program leader cannot be
/// used for filing under a different entity"), by comparing keyed fingerprints of ID numbers across the
/// filings mpdesk knows. The numbers themselves are never compared, stored or shown.
class LeaderReuse final
{
    Q_DECLARE_TR_FUNCTIONS(LeaderReuse)

public:
    struct Report
    {
        bool checked = false; ///< false: no leader, or no fingerprint for the leader to compare yet
        qsizetype compared = 0; ///< how many other filings were known
        QList<KnownFiling> conflicts; ///< other entities' filings with the same leader
    };

    /// Compares the filing's leader fingerprint (LeaderFingerprint) with every known filing of a different entity.
    static Report check(const Filing &filing, const QList<KnownFiling> &known);
    /// One error per conflict, on miniProgram.leader, rule "pitfall.leaderReuse".
    static Findings findings(const Report &report);
};

} // namespace mpdesk
