#pragma once

#include "core/Result.h"
#include "model/Filing.h"
#include "workflow/KnownFiling.h"

#include <QCoreApplication>
#include <QStringList>

namespace mpdesk {

/// Every filing this computer's mpdesk has saved, opened or imported, for the leader-reuse check: a
/// small JSON index in mpdesk's data folder holding the project id, the path, the entity's name and credit
/// code, the mini program's name and the leader's keyed fingerprint — never an ID number.
class KnownFilingsIndex final
{
    Q_DECLARE_TR_FUNCTIONS(KnownFilingsIndex)

public:
    /// The index in `file`; the default is the one in mpdesk's data folder.
    explicit KnownFilingsIndex(QString file = defaultFile());
    static QString defaultFile();

    struct Loaded
    {
        QList<KnownFiling> filings;
        QStringList gone; ///< the files of filings dropped because they are no longer there

        QStringList notes() const { return goneNotes(gone); }
    };
    /// What the clerk is told of filings dropped because their file is gone, in the current language (asked
    /// again after a language switch).
    static QStringList goneNotes(const QStringList &gone);
    /// The filings whose file still exists; those that disappeared drop out of the index with a note.
    Loaded load() const;
    /// Adds or refreshes the entry of the filing saved or opened at `path` (by project id, else by path).
    Status record(const Filing &filing, const QString &path) const;
    QString file() const { return m_file; }

private:
    QList<KnownFiling> read() const;
    Status write(const QList<KnownFiling> &filings) const;

    QString m_file;
};

} // namespace mpdesk
