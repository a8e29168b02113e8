#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>

namespace mpdesk {

/// The letters' scans against the letters' progress (`filing.letters.<id>`): the order of events, and
/// a scan that says more than the progress does.
///
/// The day a scan was attached is the `checkedOn` of the facts saved with it: mpdesk measures a file when
/// it is attached (and again when it is replaced), so that day is when the scan came into the filing.
/// The facts measured afresh for this assessment are not used (their day is today), nor the file's
/// modification time (a copy or a download changes it). A scan saved without facts (an interchange file
/// that lists only the path, or a file that could not be read when attached) has no known day and is
/// not put in order.
///
/// Rules:
/// - materials.scanBeforePrinted (warning, on `materials[i].file`): attached before the letter was
///   printed, so it cannot be a scan of the printed, signed and sealed letter;
/// - materials.scanBeforeSigned (warning, on `materials[i].file`): attached before the letter was signed
///   and sealed;
/// - materials.scanUnsigned (to do, on `filing.letters.<id>.signedOn`): a scan is attached while the
///   letter is not marked signed and sealed.
class LetterScans final
{
    Q_DECLARE_TR_FUNCTIONS(LetterScans)

public:
    static Findings check(const Filing &filing);
    /// The path of the signed date of `letterId`: "filing.letters.<id>.signedOn".
    static QString signedPath(const QString &letterId);
};

} // namespace mpdesk
