#pragma once

#include "core/Clock.h"
#include "model/Filing.h"
#include "workflow/KnownFiling.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace mpdesk {

class WorkingCalendar;

/// What an assessment needs besides the filing. It is handed in, never looked up: the assessment reads
/// no file, no setting and no keychain, so the same filing and context give the same answer everywhere.
struct AssessmentContext
{
    Clock clock = Clock::system();
    /// China's working days; null means WorkingCalendar::standard().
    const WorkingCalendar *calendar = nullptr;
    /// The other filings this computer's mpdesk knows (or a folder given on the command line).
    QList<KnownFiling> knownFilings;
    /// False until the known filings have been read: leader reuse then says "not compared yet".
    bool knownFilingsLoaded = false;
    /// The file the filing was read from (if any): the known filings' entry for it is not "another filing".
    QString filingPath;
    /// The key of the leader fingerprints; empty when the keychain has not given it (yet).
    QByteArray fingerprintKey;
    /// The materials' files as measured now (MaterialFiles::measureAll), by `materials[].file`; a file
    /// not in here is judged by the facts saved with the filing.
    QHash<QString, MaterialFacts> materialFiles;
};

} // namespace mpdesk
