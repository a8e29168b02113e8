#include "storage/SafeFile.h"

#include "validation/HiddenCharacters.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextBoundaryFinder>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSafeFile, "mpdesk.storage.safefile")

namespace mpdesk {

namespace {

// QFileDevice's own description of what failed, e.g. "No space left on device"; never empty.
QString reasonOf(const QFileDevice &file)
{
    const QString reason = file.errorString();
    return reason.isEmpty() ? SafeFile::tr("the disk reported an error") : reason;
}

#ifdef Q_OS_UNIX
Status systemError(int error)
{
    return Error{qt_error_string(error), {}};
}

// Writes through the descriptor, so that the reason of a failure is the system's own ("No space left on
// device"): QFileDevice's buffered write reports a failed final flush as "Unknown error".
Status writeDescriptor(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return systemError(n < 0 ? errno : ENOSPC);
        data += n;
        left -= n;
    }
    // The bytes must be on the disk before the rename makes them the file, or a power cut leaves it empty.
    if (::fsync(fd) != 0)
        return systemError(errno);
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return systemError(errno);
    if (st.st_size != bytes.size())
        return Error{SafeFile::tr("the disk holds %1 of its %2 bytes").arg(st.st_size).arg(bytes.size()), {}};
    // Read back what the disk now says the file holds.
    QByteArray back(bytes.size(), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < back.size()) {
        const ssize_t n = ::pread(fd, back.data() + done, size_t(back.size() - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? systemError(errno) : Error{SafeFile::tr("the file is shorter than what was written"), {}};
        done += n;
    }
    if (back != bytes)
        return Error{SafeFile::tr("the disk gave back other bytes than were written"), {}};
    return Done{};
}
#endif

// Writes the bytes into `file` (opened, not committed) and makes sure the disk holds all of them. Qt
// 6.4's commit() reports success when its own final flush fails, so everything is flushed and checked
// here, before it.
Status writeWhole(QSaveFile &file, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    return writeDescriptor(file.handle(), bytes);
#else
    if (file.write(bytes) != bytes.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return Error{reasonOf(file), {}};
    if (file.size() != bytes.size())
        return Error{SafeFile::tr("the disk holds %1 of its %2 bytes").arg(file.size()).arg(bytes.size()), {}};
    return Done{};
#endif
}

Status openForWriting(QSaveFile &file)
{
    const Status usable = SafeFile::checkOutput(file.fileName());
    if (!usable)
        return usable;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{reasonOf(file), {}};
    return Done{};
}

} // namespace

Status SafeFile::checkOutput(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction()) {
        return Error{tr("it is a link to another place; mpdesk writes only regular files. Remove the link or "
                        "choose another folder"),
                     {}};
    }
    if (info.exists() && info.isDir())
        return Error{tr("it is a folder. Choose a file name"), {}};
    if (info.exists() && !info.isFile()) {
        return Error{tr("it is a device or a pipe, not a regular file; mpdesk writes only regular files. Choose "
                        "another file name"),
                     {}};
    }
    return Done{};
}

Status SafeFile::checkInput(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir() && !info.isFile()) {
        return Error{tr("it is a device or a pipe, not a regular file. Choose a file that mpdesk or a person "
                        "wrote"),
                     {}};
    }
    return Done{};
}

QString SafeFile::fitFileName(const QString &name)
{
    // U+202E in a name would show "fdp.txt" as "txt.pdf"; no invisible character belongs in a name.
    const QString clean = HiddenCharacters::removed(name);
    const auto length = [](QStringView n) {
#ifdef Q_OS_WIN
        return n.size();
#else
        return n.toUtf8().size();
#endif
    };
    if (length(clean) <= MaxFileNameLength)
        return clean;
    const qsizetype dot = clean.lastIndexOf(u'.');
    const QString extension = dot > 0 ? clean.mid(dot) : QString();
    const QString stem = dot > 0 ? clean.left(dot) : clean;
    // Cut between user-perceived characters only: a surrogate pair, an emoji with its modifier or a
    // letter with its combining accent stays whole or goes whole. One pass, so a long name costs little.
    const qsizetype room = MaxFileNameLength - length(extension);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, stem);
    qsizetype kept = 0;
    qsizetype used = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next > kept; next = graphemes.toNextBoundary()) {
        used += length(QStringView(stem).sliced(kept, next - kept));
        if (used > room)
            break;
        kept = next;
    }
    return stem.left(kept) + extension;
}

Status SafeFile::write(const QString &path, const QByteArray &bytes, const Backup &backup)
{
    QSaveFile file(path);
    Status status = openForWriting(file);
    if (status)
        status = writeWhole(file, bytes);
    if (!status) {
        file.cancelWriting(); // the partial temporary file goes; the old file is untouched
        qCInfo(lcSafeFile) << "not written:" << path << status.error().message;
        return status;
    }

    // The new file is whole: only now may the version it replaces become the backup, and only when that
    // version is worth keeping (never an empty or broken file over a good backup).
    if (!backup.path.isEmpty() && QFileInfo(path).isFile()) {
        QFile old(path);
        const QByteArray oldBytes = old.open(QIODevice::ReadOnly) ? old.readAll() : QByteArray();
        const bool worthKeeping = !oldBytes.isEmpty() && (!backup.isWhole || backup.isWhole(oldBytes));
        if (worthKeeping) {
            QSaveFile copy(backup.path);
            Status copied = openForWriting(copy);
            if (copied)
                copied = writeWhole(copy, oldBytes);
            if (copied && !copy.commit())
                copied = Error{reasonOf(copy), {}};
            if (!copied) {
                copy.cancelWriting();
                file.cancelWriting();
                return Error{tr("its backup %1 cannot be written (%2)")
                                 .arg(QFileInfo(backup.path).fileName(), copied.error().message),
                             {}};
            }
        }
    }

    if (!file.commit())
        return Error{reasonOf(file), {}};
    return Done{};
}

} // namespace mpdesk
