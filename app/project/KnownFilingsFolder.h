#pragma once

#include "workflow/KnownFiling.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace mpdesk {

/// Known filings read from files: a folder of filings (an agency's shared drive, `--known DIR`) or a
/// list of paths. Project files hold the leader's fingerprint; for an interchange file, whose ID numbers
/// are inline, it is made with the key. A file that cannot be read is skipped and named in the notes.
class KnownFilingsFolder final
{
    Q_DECLARE_TR_FUNCTIONS(KnownFilingsFolder)

public:
    struct Read
    {
        QList<KnownFiling> filings;
        QStringList notes; ///< translated, one per file skipped
    };

    /// Every *.mpdesk and *.json file directly in `folder`.
    static Read folder(const QString &folder, const QByteArray &fingerprintKey);
    static Read files(const QStringList &paths, const QByteArray &fingerprintKey);
};

} // namespace mpdesk
