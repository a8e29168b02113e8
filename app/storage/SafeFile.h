#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace mpdesk {

/// Every file mpdesk writes goes through here: only regular files, never through a link or onto a device
/// or pipe; the new bytes are flushed, checked for a device error and read back before they replace the
/// old file, and the old file is kept as a backup only once the new one is whole. A failed write leaves
/// the old file and its backup as they were.
class SafeFile final
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    /// Where the version being replaced is kept, and which old contents are worth keeping: an empty or
    /// broken old file never replaces a good backup.
    struct Backup
    {
        QString path;
        std::function<bool(const QByteArray &)> isWhole;
    };

    /// Writes `bytes` to `path`. The error's message is the reason only ("No space left on device"), for
    /// the caller to put in a sentence that names the file and says what to do.
    static Status write(const QString &path, const QByteArray &bytes, const Backup &backup = {});
    /// Refuses an output path that is a link, a folder, a device or a pipe (absent is fine).
    static Status checkOutput(const QString &path);
    /// The longest file name the file systems take: 255 bytes of UTF-8 (Linux, macOS), 255 UTF-16 units
    /// (Windows).
    static constexpr qsizetype MaxFileNameLength = 255;
    /// `name` made fit to be a file name: without control, bidi or other invisible characters, and
    /// shortened (before its extension, never inside a character or a combining sequence) to
    /// MaxFileNameLength.
    static QString fitFileName(const QString &name);
    /// Refuses an input that is not a regular file before anything opens it (a pipe would block).
    static Status checkInput(const QString &path);
};

} // namespace mpdesk
