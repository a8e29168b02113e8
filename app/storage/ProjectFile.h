#pragma once

#include "core/Result.h"
#include "model/Filing.h"
#include "storage/FilingJson.h"

#include <QCoreApplication>
#include <QString>

namespace mpdesk {

/// Reads and writes filings on disk: `.mpdesk` project files (secrets as references) and interchange
/// JSON (secrets inline). A failed read changes nothing; a failed write leaves the old file as it was.
class ProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    /// A filing is at most 5 MB, counted as the clerk's file manager and the platform count them (decimal).
    static constexpr qint64 MaxFileSize = 5'000'000;

    /// Reads a project file or an interchange document.
    static Result<Filing> read(const QString &path);
    /// Parses the bytes of a file; `fileName` is only for messages.
    static Result<Filing> parse(const QByteArray &bytes, const QString &fileName);
    /// Writes atomically; an existing file is kept as backupPath() first.
    static Status write(const Filing &filing, const QString &path,
                        FilingJson::Secrets secrets = FilingJson::Secrets::References);
    static QByteArray serialize(const Filing &filing, FilingJson::Secrets secrets);
    /// "name.mpdesk.bak" beside the file: the version before the last save.
    static QString backupPath(const QString &path);
};

} // namespace mpdesk
