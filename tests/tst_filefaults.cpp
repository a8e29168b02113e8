// What a full disk, a planted link, a pipe or a device node do to the files mpdesk writes and reads: a
// failed write never replaces a good file or its backup, never reports success, and nothing is written
// through a link or onto something that is not a regular file.

#include "CliRun.h"
#include "cli/CommandLine.h"
#include "common/Dialogs.h"
#include "core/DataFolder.h"
#include "document/FilingDocument.h"
#include "letters/LetterManifest.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWriter.h"
#include "letters/LettersPage.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProjectFile.h"
#include "storage/SafeFile.h"
#include "workflow/WorkingCalendar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

using Run = test::CliRun;

// The command line as on 2026-11-27, China time.
Run run(const QStringList &args, SecretStore *store)
{
    return test::runCli(args, store, Clock::fixedOn(QDate(2026, 11, 27)));
}

// The letters page on the sample filing, as the clerk sees it on 2026-11-27.
struct LettersPageOnSample
{
    explicit LettersPageOnSample(SecretStore &store) : document(store)
    {
        document.setClock(Clock::fixedOn(QDate(2026, 11, 27)));
        Result<Filing> loaded = ProjectFile::read(samplePath);
        const Filing filing = loaded ? std::move(loaded).value() : Filing();
        document.edit(u"sample"_s, [&filing](Filing &f) { f = filing; });
        page = std::make_unique<LettersPage>(document);
        page->resize(1000, 800);
        page->show();
    }
    FilingDocument document;
    std::unique_ptr<LettersPage> page;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small disk of its own (tmpfs), which a test fills to the last byte. Mounting needs root (and a
// container that allows it); without it the disk-full cases are skipped with a message, never passed
// unseen.
class SmallDisk final
{
public:
    SmallDisk()
    {
        if (::geteuid() != 0)
            return;
        m_mounted =
            QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {m_dir.path()});
    }
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Fills what is left, leaving `spare` bytes free (in whole pages).
    void fill(qint64 spare = 0)
    {
        QFile filler(filePath(u"filler-%1"_s.arg(m_fillers++)));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray page(4096, 'x');
        while (filler.write(page) == page.size()) { }
        filler.close();
        if (spare > 0)
            QVERIFY(filler.resize(qMax<qint64>(0, filler.size() - spare)));
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    int m_fillers = 0;
};

#define REQUIRE_SMALL_DISK(disk)                                                                                       \
    if (!(disk).mounted())                                                                                             \
        QSKIP("no small disk (tmpfs) can be mounted here, which needs root and the right to mount: the "               \
              "disk-full case is not run");

} // namespace

class TestFileFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullDiskKeepsProjectAndBackup();
    void fullDiskFailsImport();
    void fullDiskFailsCalendar();
    void fullDiskFailsExportWithoutPartialLetter();
    void emptyOldFileNeverReplacesBackup();
    void plantedLinkUnderLetterName();
    void outputOntoSpecialFiles_data();
    void outputOntoSpecialFiles();
    void pipeAsInputIsRefused();
    void overrideFoldersAreWhereTheReadmeSays();
    void longNamesFitTheFileSystem();
    void letterFileNamesCutBetweenCharacters_data();
    void letterFileNamesCutBetweenCharacters();
    void lettersPageRefusesLinksAndPipes();
    void lettersPageFullDiskLeavesNoPartialLetter();
    void printToFileIsWrittenLikeAnExport();
};

void TestFileFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFileFaults::fullDiskKeepsProjectAndBackup()
{
    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    Filing filing = ProjectFile::read(samplePath).value();
    filing.projectId = QUuid::createUuid();
    const QString path = disk.filePath(u"qinghe.mpdesk"_s);
    const QString backup = ProjectFile::backupPath(path);
    QVERIFY(ProjectFile::write(filing, path).ok());
    filing.entity.name = u"Second Version Ltd"_s;
    QVERIFY(ProjectFile::write(filing, path).ok());
    const QByteArray saved = readAll(path);
    const QByteArray backedUp = readAll(backup);
    QVERIFY(!saved.isEmpty() && !backedUp.isEmpty());

    disk.fill();
    filing.entity.name = u"Third Version Ltd"_s;
    // Twice: the second save on a full disk must not put a broken first attempt over the backup.
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const Status status = ProjectFile::write(filing, path);
        QVERIFY2(!status.ok(), "a save onto a full disk reported success");
        QVERIFY2(status.error().message.contains(u"No space left on device"_s), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(u"qinghe.mpdesk"_s));
        QCOMPARE(readAll(path), saved);
        QCOMPARE(readAll(backup), backedUp);
    }
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({u"qinghe*"_s}, QDir::Files | QDir::Hidden).size(), 2);
}

void TestFileFaults::fullDiskFailsImport()
{
    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    MemorySecretStore store;
    disk.fill();
    const QString project = disk.filePath(u"new.mpdesk"_s);
    const Run r = run({u"import"_s, samplePath, u"-o"_s, project}, &store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.out.contains(u"Wrote"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"No space left on device"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(project));
}

void TestFileFaults::fullDiskFailsCalendar()
{
    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    MemorySecretStore store;
    const QString ics = disk.filePath(u"deadlines.ics"_s);
    QCOMPARE(run({u"calendar"_s, samplePath, u"-o"_s, ics}, &store).exitCode, 0);
    const QByteArray before = readAll(ics);
    QVERIFY(!before.isEmpty());
    disk.fill();
    const Run r = run({u"calendar"_s, samplePath, u"-o"_s, ics}, &store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.out.contains(u"Wrote"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"No space left on device"_s), qPrintable(r.err));
    QCOMPARE(readAll(ics), before);
}

void TestFileFaults::fullDiskFailsExportWithoutPartialLetter()
{
    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    MemorySecretStore store;
    const QString folder = disk.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    disk.fill(8192); // room for the first few kilobytes of a letter, not for all of it
    const Run r = run({u"export"_s, samplePath, u"-o"_s, folder}, &store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"No space left on device"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestFileFaults::emptyOldFileNeverReplacesBackup()
{
    QTemporaryDir dir;
    Filing filing = ProjectFile::read(samplePath).value();
    filing.projectId = QUuid::createUuid();
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, path).ok());
    QVERIFY(ProjectFile::write(filing, path).ok());
    const QByteArray goodBackup = readAll(ProjectFile::backupPath(path));
    QVERIFY(!goodBackup.isEmpty());
    // What an earlier tool or a crash may have left: an empty, then a cut-off project file.
    for (const QByteArray &broken : {QByteArray(), readAll(path).left(100)}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(broken);
        f.close();
        QVERIFY(ProjectFile::write(filing, path).ok());
        QCOMPARE(readAll(ProjectFile::backupPath(path)), goodBackup);
    }
}

void TestFileFaults::plantedLinkUnderLetterName()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString folder = dir.filePath(u"letters"_s);
    // Learn the letters' names, then plant a link under each, pointing outside the folder.
    QCOMPARE(run({u"export"_s, samplePath, u"-o"_s, folder}, &store).exitCode, 0);
    const QStringList letters = QDir(folder).entryList(QDir::Files);
    QVERIFY(!letters.isEmpty());
    const QString outside = dir.filePath(u"outside.txt"_s);
    QFile target(outside);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write("not a letter");
    target.close();
    for (const QString &name : letters) {
        QVERIFY(QFile::remove(QDir(folder).filePath(name)));
        QVERIFY(QFile::link(outside, QDir(folder).filePath(name)));
    }
    const Run r = run({u"export"_s, samplePath, u"-o"_s, folder}, &store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"link"_s), qPrintable(r.err));
    QCOMPARE(readAll(outside), QByteArray("not a letter"));
    for (const QString &name : letters)
        QVERIFY(QFileInfo(QDir(folder).filePath(name)).isSymLink());
}

void TestFileFaults::outputOntoSpecialFiles_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("kind");
    for (const QString &verb : {u"calendar"_s, u"import"_s}) {
        for (const QString &kind : {u"pipe"_s, u"link"_s, u"device"_s}) {
            QTest::newRow(qPrintable(verb + u" onto a "_s + kind)) << verb << kind;
        }
    }
}

void TestFileFaults::outputOntoSpecialFiles()
{
    QFETCH(QString, verb);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    MemorySecretStore store;
    QString output = dir.filePath(u"out"_s);
    const QString elsewhere = dir.filePath(u"elsewhere"_s);
    if (kind == u"pipe"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(output).constData(), 0600), 0);
    } else if (kind == u"link"_s) {
        QFile f(elsewhere);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        QVERIFY(QFile::link(elsewhere, output));
    } else {
        // A null device of the test's own: never the system's /dev/null, which a failing run would replace.
        if (::geteuid() != 0)
            QSKIP("making a device node needs root: the device case is not run here");
        QCOMPARE(::mknod(QFile::encodeName(output).constData(), S_IFCHR | 0600, makedev(1, 3)), 0);
    }
    QFileInfo before(output);
    const Run r = run({verb, samplePath, u"-o"_s, output}, &store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(kind == u"link"_s ? u"link"_s : u"not a regular file"_s), qPrintable(r.err));
    QVERIFY2(!r.out.contains(u"Wrote"_s), qPrintable(r.out));
    QFileInfo after(output);
    QCOMPARE(after.isSymLink(), before.isSymLink());
    QCOMPARE(after.isFile(), before.isFile());
    if (kind == u"link"_s)
        QCOMPARE(readAll(elsewhere), QByteArray("keep"));
    struct stat st;
    if (kind == u"device"_s)
        QVERIFY(::lstat(QFile::encodeName(output).constData(), &st) == 0 && S_ISCHR(st.st_mode));
}

void TestFileFaults::pipeAsInputIsRefused()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString pipe = dir.filePath(u"filing.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    // Nobody writes to the pipe: opening it would wait for ever.
    for (const QString &verb : {u"check"_s, u"export"_s}) {
        QStringList args{verb, pipe};
        if (verb == u"export"_s)
            args << u"-o"_s << dir.filePath(u"letters"_s);
        const Run r = run(args, &store);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
    }
    const Result<Filing> loaded = ProjectFile::read(pipe);
    QVERIFY(!loaded.ok());
}

void TestFileFaults::overrideFoldersAreWhereTheReadmeSays()
{
    // As the application names itself in main.cpp.
    QCoreApplication::setOrganizationName(u"mpdesk"_s);
    QCoreApplication::setApplicationName(u"mpdesk"_s);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(DataFolder::path(), base + u"/mpdesk"_s);
    QCOMPARE(WorkingCalendar::userFolder(), base + u"/mpdesk/holidays"_s);
    QCOMPARE(LetterTemplates::defaultOverrideFolder(), base + u"/mpdesk/templates"_s);
    const QByteArray readme = readAll(QStringLiteral(MPDESK_SOURCE_DIR "/README.md"));
    QVERIFY(readme.contains("`~/.local/share/mpdesk/holidays/`"));
    QVERIFY(readme.contains("`~/.local/share/mpdesk/templates/`"));
}

void TestFileFaults::longNamesFitTheFileSystem()
{
    // 75 Chinese characters: with the letter's title, more than 255 bytes of UTF-8.
    QTemporaryDir dir;
    MemorySecretStore store;
    QFile sample(samplePath);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray json = sample.readAll();
    const QString longName = QString(75, u'禾');
    const QByteArray longEntry = QByteArray("\"name\": \"") + longName.toUtf8() + '"';
    json.replace(QByteArray("\"name\": \"青禾记账助手\""), longEntry);
    QVERIFY(json.contains(longName.toUtf8()));
    const QString input = dir.filePath(u"long.json"_s);
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const QString folder = dir.filePath(u"letters"_s);
    const Run r = run({u"export"_s, input, u"-o"_s, folder}, &store);
    QVERIFY2(!r.err.contains(u"too long"_s), qPrintable(r.err));
    const QStringList letters = QDir(folder).entryList(QDir::Files);
    QVERIFY2(!letters.isEmpty(), qPrintable(r.err));
    for (const QString &name : letters) {
        QVERIFY(name.endsWith(u".pdf"_s));
        QVERIFY(name.toUtf8().size() <= 255);
    }

    const QString rlo = u"授权书-青禾\u202Efdp.exe"_s;
    QCOMPARE(SafeFile::fitFileName(rlo), u"授权书-青禾fdp.exe"_s);
    const QString fitted = SafeFile::fitFileName(QString(100, u'禾') + u"\U0001F600.pdf"_s);
    QVERIFY(fitted.toUtf8().size() <= 255);
    QVERIFY(fitted.endsWith(u".pdf"_s));
    QVERIFY(!fitted.at(fitted.size() - 5).isHighSurrogate());
}

void TestFileFaults::letterFileNamesCutBetweenCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("count");
    // 100 Chinese characters are 300 bytes of UTF-8 but only 100 UTF-16 units.
    QTest::newRow("long Chinese name") << u"禾"_s << 100;
    QTest::newRow("emoji (surrogate pairs)") << u"\U0001F600"_s << 80;
    QTest::newRow("emoji with a skin tone") << u"\U0001F44D\U0001F3FD"_s << 40;
    QTest::newRow("flags (regional indicator pairs)") << u"\U0001F1E8\U0001F1F3"_s << 40;
    QTest::newRow("letter with a combining accent") << u"e\u0301"_s << 120;
    QTest::newRow("Chinese with a variation selector") << u"葛\U000E0100"_s << 60;
}

void TestFileFaults::letterFileNamesCutBetweenCharacters()
{
    QFETCH(QString, character);
    QFETCH(int, count);
    const LetterSpec *spec = LetterManifest::shipped().letter(u"pre-approval-commitment"_s);
    QVERIFY(spec);
    const QString name = LetterWriter::fileName(*spec, character.repeated(count));
    QVERIFY2(name.toUtf8().size() <= 255, qPrintable(name));
    QVERIFY(name.endsWith(u".pdf"_s));
    const QString prefix = spec->title + u'-';
    QVERIFY2(name.startsWith(prefix), qPrintable(name));
    // What is kept of the mini program's name is whole characters, as many as fit.
    const QString kept = name.mid(prefix.size()).chopped(4);
    QVERIFY2(kept.size() % character.size() == 0, qPrintable(name));
    QCOMPARE(kept, character.repeated(kept.size() / character.size()));
    QVERIFY2(kept.size() < character.size() * count, "the name was not shortened");
    QVERIFY2((prefix + kept + character + u".pdf"_s).toUtf8().size() > 255, "shortened more than needed");
    // And the file system takes it.
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
}

void TestFileFaults::lettersPageRefusesLinksAndPipes()
{
    MemorySecretStore store;
    LettersPageOnSample on(store);
    LettersPage &page = *on.page;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    const QStringList letters = page.lettersToPrint();
    QVERIFY(!letters.isEmpty());

    // Export All: a link planted under each letter's name, pointing outside the folder.
    const QString outside = dir.filePath(u"outside.txt"_s);
    QFile target(outside);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write("not a letter");
    target.close();
    const QString miniProgram = on.document.filing().miniProgram.name;
    for (const QString &letter : letters)
        QVERIFY(QFile::link(outside, QDir(folder).filePath(letter + u'-' + miniProgram + u".pdf"_s)));
    Dialogs::setNextAnswer(Dialogs::Answer::Yes); // the warning is read, not waited on
    QCOMPARE(page.exportAll(folder), QStringList());
    QVERIFY2(Dialogs::lastWarning().contains(u"it is a link to another place"_s), qPrintable(Dialogs::lastWarning()));
    QCOMPARE(readAll(outside), QByteArray("not a letter"));
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::System))
        QVERIFY2(QFileInfo(QDir(folder).filePath(name)).isSymLink(), qPrintable(name));

    // Export of the shown letter onto a pipe: refused, and the pipe is still there.
    QTRY_VERIFY(page.pageCount() > 0);
    const QString pipe = dir.filePath(u"letter.pdf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    QVERIFY(!page.exportPdf(pipe));
    QVERIFY2(Dialogs::lastWarning().contains(u"not a regular file"_s), qPrintable(Dialogs::lastWarning()));
    struct stat st;
    QVERIFY(::lstat(QFile::encodeName(pipe).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
}

void TestFileFaults::lettersPageFullDiskLeavesNoPartialLetter()
{
    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    MemorySecretStore store;
    LettersPageOnSample on(store);
    const QString folder = disk.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    disk.fill(8192); // room for the first few kilobytes of a letter, not for all of it
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    QCOMPARE(on.page->exportAll(folder), QStringList());
    QVERIFY2(Dialogs::lastWarning().contains(u"No space left on device"_s), qPrintable(Dialogs::lastWarning()));
    QVERIFY(on.page->confirmationText().isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// "Print to file" in the print dialog writes the same PDF as Export, through the same checks: never
// through a link, and a full disk keeps the old file and says why.
void TestFileFaults::printToFileIsWrittenLikeAnExport()
{
    MemorySecretStore store;
    LettersPageOnSample on(store);
    QTRY_VERIFY(on.page->pageCount() > 0);
    QTemporaryDir dir;
    const QString outside = dir.filePath(u"outside.txt"_s);
    {
        QFile target(outside);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("not a letter");
    }
    const QString link = dir.filePath(u"letter.pdf"_s);
    QVERIFY(QFile::link(outside, link));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(link);
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    QVERIFY(!on.page->print(printer));
    QVERIFY2(Dialogs::lastWarning().contains(u"it is a link to another place"_s), qPrintable(Dialogs::lastWarning()));
    QCOMPARE(readAll(outside), QByteArray("not a letter"));
    QVERIFY(QFileInfo(link).isSymLink());

    SmallDisk disk;
    REQUIRE_SMALL_DISK(disk)
    const QString earlier = disk.filePath(u"letter.pdf"_s);
    {
        QFile old(earlier);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("%PDF-1.4 the letter printed yesterday");
    }
    disk.fill(8192);
    printer.setOutputFileName(earlier);
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    QVERIFY(!on.page->print(printer));
    QVERIFY2(Dialogs::lastWarning().contains(u"No space left on device"_s), qPrintable(Dialogs::lastWarning()));
    QCOMPARE(readAll(earlier), QByteArray("%PDF-1.4 the letter printed yesterday"));
}

// export lays out letters, which needs the font database; the letters page needs widgets.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestFileFaults test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_filefaults.moc"
