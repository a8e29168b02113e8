#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/KnownFiling.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace mpdesk {

class KnownFilings;

/// Finds a mini program leader already used under a different entity ("a mini program leader cannot be
/// used for filing under a different entity"), by comparing keyed fingerprints of ID numbers across the
/// filings mpdesk knows. The numbers themselves are never compared, stored or shown.
class LeaderReuse final
{
    Q_DECLARE_TR_FUNCTIONS(LeaderReuse)

public:
    struct Report
    {
        bool checked = false;        ///< false: no fingerprint for this filing's leader yet
        QList<KnownFiling> conflicts; ///< other entities' filings with the same leader
    };

    /// HMAC-SHA256 over the ID type and the normalised number, hex; empty when the number is unknown.
    static QString fingerprint(const QByteArray &key, const Person &person);
    /// Sets miniProgram.leaderFingerprint from the leader's ID number; returns true if it changed.
    /// Keeps the stored fingerprint when the number is not on this computer.
    static bool updateFingerprint(Filing &filing, const QByteArray &key);
    /// Compares the filing's leader fingerprint with every known filing of a different entity.
    static Report check(const Filing &filing, const KnownFilings &known);
    /// One error per conflict, on miniProgram.leader, rule "pitfall.leaderReuse".
    static Findings findings(const Report &report);
};

} // namespace mpdesk
