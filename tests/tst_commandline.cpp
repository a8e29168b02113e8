// The command-line verbs as a clerk or a script uses them: exit codes, messages in both languages, and
// what import leaves on disk and in the keychain.

#include "CliRun.h"
#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/FingerprintKey.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString brokenPath = QStringLiteral(MPDESK_TEST_DATA "/broken-filing.json");

using Run = test::CliRun;

// The command line as on 2026-11-27, China time.
Run run(const QStringList &args, SecretStore *store = nullptr)
{
    return test::runCli(args, store, Clock::fixedOn(QDate(2026, 11, 27)));
}

// The store's entries of projects, without the fingerprint key all projects share.
QHash<QString, QString> projectEntries(const MemorySecretStore &store)
{
    QHash<QString, QString> entries = store.entries();
    entries.remove(FingerprintKey::entryName());
    return entries;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The sample filing with one value changed, written to `dir`.
QString sampleWith(const QTemporaryDir &dir, const QStringList &keys, const QJsonValue &value)
{
    std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject obj, qsizetype i) {
        obj.insert(keys.at(i), i + 1 == keys.size() ? value : QJsonValue(set(obj.value(keys.at(i)).toObject(), i + 1)));
        return obj;
    };
    const QJsonObject sample = QJsonDocument::fromJson(readAll(samplePath)).object();
    const QString path = dir.filePath(u"changed.json"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(set(sample, 0)).toJson());
    return path;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void validSampleExitsZero();
    void brokenSampleNamesEveryField_data();
    void brokenSampleNamesEveryField();
    void messagesInChinese();
    void checklistPunctuationFollowsTheLanguage();
    void badArguments_data();
    void badArguments();
    void unreadableFileExitsTwo();
    void importThenCheck();
    void importWithoutKeychain();
    void checkProjectFromAnotherComputer();
    void forgetDeletesTheEntries();
    void forgetWithALockedKeyringDeletesNothing();
    void checkFindsLeaderReusedUnderAnotherEntity();
    void initTestCase();
    void version();
    void checkEscapesControlCharacters();
    void calendarWritesOnlyValidDates();
};

void TestCommandLine::forgetDeletesTheEntries()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, project}, &store).exitCode, 0);
    const QByteArray before = readAll(project);
    const Run r = run({u"forget"_s, project}, &store);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Deleted the 2 ID and account numbers"_s), qPrintable(r.out));
    QVERIFY(projectEntries(store).isEmpty());
    QCOMPARE(readAll(project), before);
    QCOMPARE(run({u"check"_s, project}, &store).exitCode, 3);
}

void TestCommandLine::forgetWithALockedKeyringDeletesNothing()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, project}, &store).exitCode, 0);
    store.setFailure(SecretReply::Error::Locked);
    const Run r = run({u"forget"_s, project}, &store);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(!r.out.contains(u"Deleted"_s), qPrintable(r.out));
    // Said once, with what to do, and not as if some of the numbers went.
    QCOMPARE(r.err,
             u"Nothing was deleted from the keychain; the project's numbers are still there:\n"
             "  all 2 ID and account numbers: the keyring is locked: unlock it (e.g. log in again or open your "
             "keyring manager) and try again\n"_s);
    store.setFailure(SecretReply::Error::None);
    QCOMPARE(projectEntries(store).size(), 2);
}

void TestCommandLine::cleanup()
{
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestCommandLine::validSampleExitsZero()
{
    const Run r = run({u"check"_s, samplePath});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"errors: 0, warnings: 0."_s), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());

    // The line before the summary says what to do next, as the window's card does.
    const Run dated = run({u"check"_s, u"--today"_s, u"2026-11-27"_s, samplePath});
    const QStringList lines = dated.out.trimmed().split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(dated.out));
    QVERIFY2(lines.at(lines.size() - 2).startsWith(u"Next: Mini program information — "_s), qPrintable(dated.out));
    QVERIFY2(lines.last().contains(u"errors: 0, warnings: 0."_s), qPrintable(dated.out));
}

void TestCommandLine::brokenSampleNamesEveryField_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("broken credit code") << u"entity.creditCode: error: "_s;
    QTest::newRow("ID check digit") << u"people[0].idNumber: error: "_s;
    QTest::newRow("mobile") << u"people[1].mobile: error: "_s;
    QTest::newRow("duplicate emergency phone") << u"people[1].emergencyMobile: error: "_s;
    QTest::newRow("electronic invoice with bank account") << u"certification.invoice.bankAccount: error: "_s;
    QTest::newRow("too-short description") << u"miniProgram.description: error: "_s;
}

void TestCommandLine::brokenSampleNamesEveryField()
{
    QFETCH(QString, line);
    const Run r = run({u"check"_s, brokenPath});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(line); }),
             qPrintable(r.out));
    // An ID number is never echoed back.
    QVERIFY(!r.out.contains(u"440305198503120027"_s));
}

void TestCommandLine::messagesInChinese()
{
    const Run zh = run({u"check"_s, u"--lang"_s, u"zh_CN"_s, brokenPath});
    QCOMPARE(zh.exitCode, 1);
    QVERIFY2(zh.out.contains(u"entity.creditCode: 错误: "_s), qPrintable(zh.out));
    QVERIFY2(zh.out.contains(u"统一社会信用代码"_s), qPrintable(zh.out));
    QVERIFY2(zh.out.contains(u"miniProgram.description: 错误: "_s), qPrintable(zh.out));
    QVERIFY(!zh.out.contains(u"error:"_s));

    const Run en = run({u"check"_s, u"--lang=en"_s, brokenPath});
    QVERIFY(en.out.contains(u"entity.creditCode: error: The unified social credit code"_s));

    const Run zhHelp = run({u"--help"_s, u"--lang"_s, u"zh"_s});
    QCOMPARE(zhHelp.exitCode, 0);
    QVERIFY2(zhHelp.out.contains(u"用法"_s), qPrintable(zhHelp.out));
}

void TestCommandLine::checklistPunctuationFollowsTheLanguage()
{
    // Chinese runs its sentences together and uses full-width colons; English keeps its spaces.
    const Run zh = run({u"check"_s, u"--lang"_s, u"zh_CN"_s, u"--today"_s, u"2026-11-20"_s, samplePath});
    const QStringList lines = zh.out.split(u'\n');
    const auto letters =
        std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u"] 授权书"_s); });
    QVERIFY2(letters != lines.cend(), qPrintable(zh.out));
    QVERIFY2(letters->contains(u"] 授权书：需要："_s), qPrintable(*letters));
    QVERIFY2(letters->contains(u"公章。主体负责人授权书："_s), qPrintable(*letters));
    static const QRegularExpression latinGapInChinese(
        u"[\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}] |[\\x{4E00}-\\x{9FFF}]: "_s);
    for (const QString &line : lines) {
        if (line.startsWith(u"  ["_s))
            QVERIFY2(!latinGapInChinese.match(line).hasMatch(), qPrintable(line));
    }

    const Run broken = run({u"check"_s, u"--lang"_s, u"zh_CN"_s, u"--today"_s, u"2026-11-20"_s, brokenPath});
    QVERIFY2(broken.out.contains(u"（下方有 "_s), qPrintable(broken.out));
    QVERIFY(!broken.out.contains(u" （下方有"_s));

    const Run en = run({u"check"_s, u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-20"_s, samplePath});
    QVERIFY2(en.out.contains(u"affix the official seal. Entity leader authorization letter: The entity leader"_s),
             qPrintable(en.out));
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    QTest::newRow("check without a file") << QStringList{u"check"_s} << u"Wrong arguments for \"check\""_s;
    QTest::newRow("check with two files") << QStringList{u"check"_s, samplePath, samplePath} << u"Wrong arguments"_s;
    QTest::newRow("import without -o") << QStringList{u"import"_s, samplePath} << u"-o FILE.mpdesk"_s;
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frobnicate"_s, samplePath} << u"frobnicate"_s;
    QTest::newRow("unknown language") << QStringList{u"check"_s, u"--lang"_s, u"fr"_s, samplePath} << u"zh_CN or en"_s;
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
}

void TestCommandLine::unreadableFileExitsTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cut.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(readAll(samplePath).left(300));
    f.close();
    const Run r = run({u"check"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"cut.json"_s) && r.err.contains(u"not valid JSON"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::importThenCheck()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    const Run imported = run({u"import"_s, samplePath, u"-o"_s, project}, &store);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"2 ID and account numbers stored"_s), qPrintable(imported.out));
    QCOMPARE(projectEntries(store).size(), 2);

    const QByteArray bytes = readAll(project);
    QVERIFY(!bytes.isEmpty());
    for (const QString &secret : projectEntries(store))
        QVERIFY2(!bytes.contains(secret.toUtf8()), "an ID number reached the project file");

    const Run checked = run({u"check"_s, project}, &store);
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.err.isEmpty(), qPrintable(checked.err));
}

void TestCommandLine::importWithoutKeychain()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    store.setFailure(SecretReply::Error::Unavailable);
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    const Run r = run({u"import"_s, samplePath, u"-o"_s, project}, &store);
    QCOMPARE(r.exitCode, 3);
    // The clerk is told exactly which values were not stored, and where they still are.
    QVERIFY2(r.err.contains(u"李明华, ID number"_s) && r.err.contains(u"王芳, ID number"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"keychain cannot be reached"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"sample-filing.json"_s), qPrintable(r.err));
    // Everything else is saved, and no secret in plaintext.
    const QByteArray bytes = readAll(project);
    QVERIFY(bytes.contains("深圳市青禾数据科技有限公司"));
    QVERIFY(!bytes.contains("440305198503120028"));
    QVERIFY(!bytes.contains("440304199211083542"));
}

void TestCommandLine::checkProjectFromAnotherComputer()
{
    QTemporaryDir dir;
    MemorySecretStore here;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, project}, &here).exitCode, 0);

    MemorySecretStore elsewhere; // another computer: its keychain has none of the entries
    const Run r = run({u"check"_s, project}, &elsewhere);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"people[0].idNumber: error: The ID number of 李明华 is not on this computer"_s),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(u"李明华, ID number (people[0].idNumber): not on this computer"_s), qPrintable(r.err));
}

void TestCommandLine::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"mpdesk "_s + QStringLiteral(MPDESK_VERSION) + u'\n');
}

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the index of known filings lives in the test data folder
    QFile::remove(KnownFilingsIndex::defaultFile());
}

void TestCommandLine::checkFindsLeaderReusedUnderAnotherEntity()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString first = dir.filePath(u"first.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, first}, &store).exitCode, 0);
    QVERIFY(readAll(first).contains("leaderFingerprint")); // a keyed fingerprint, never the number
    QVERIFY(!readAll(first).contains("440304199211083542"));

    // Another entity's filing with the same mini program leader.
    QJsonObject doc = QJsonDocument::fromJson(readAll(samplePath)).object();
    QJsonObject entity = doc.value(u"entity"_s).toObject();
    entity.insert(u"name"_s, u"深圳市另一家科技有限公司"_s);
    entity.insert(u"creditCode"_s, u"91440300MA5H2L3N7R"_s);
    doc.insert(u"entity"_s, entity);
    QJsonObject certification = doc.value(u"certification"_s).toObject();
    QJsonObject invoice = certification.value(u"invoice"_s).toObject();
    invoice.insert(u"title"_s, u"深圳市另一家科技有限公司"_s);
    certification.insert(u"invoice"_s, invoice);
    doc.insert(u"certification"_s, certification);
    const QString otherJson = dir.filePath(u"other.json"_s);
    QFile f(otherJson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    const QString second = dir.filePath(u"second.mpdesk"_s);
    QCOMPARE(run({u"import"_s, otherJson, u"-o"_s, second}, &store).exitCode, 0);

    // Both imports are in this computer's index of known filings: the reuse is found at once.
    const Run r = run({u"check"_s, second}, &store);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"miniProgram.leader: error: "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"深圳市青禾数据科技有限公司"_s), qPrintable(r.out));

    // A filing that disappeared drops out of the index with a note, not an error.
    QVERIFY(QFile::remove(first));
    const Run alone = run({u"check"_s, second}, &store);
    QVERIFY2(alone.exitCode == 0, qPrintable(alone.out));
    QVERIFY2(alone.err.contains(u"first.mpdesk"_s), qPrintable(alone.err));
    QVERIFY2(alone.out.contains(u"[done] Mini program leader not used under another entity"_s), qPrintable(alone.out));

    // A folder of filings (a shared drive), here the interchange file with the number inline.
    QTemporaryDir agency;
    QVERIFY(QFile::copy(otherJson, agency.filePath(u"other.json"_s)));
    QVERIFY(QFile::remove(KnownFilingsIndex::defaultFile()));
    const QString mine = dir.filePath(u"mine.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, mine}, &store).exitCode, 0);
    QCOMPARE(run({u"check"_s, mine}, &store).exitCode, 0);
    const Run withFolder = run({u"check"_s, mine, u"--known"_s, agency.path()}, &store);
    QCOMPARE(withFolder.exitCode, 1);
    QVERIFY2(withFolder.out.contains(u"深圳市另一家科技有限公司"_s), qPrintable(withFolder.out));
}

void TestCommandLine::checkEscapesControlCharacters()
{
    // A name that would clear the terminal and reverse the rest of the line if it were printed raw.
    QTemporaryDir dir;
    const QString name = u"青禾\x1b[2J\x7f\u202E记账"_s;
    const QString path = sampleWith(dir, {u"miniProgram"_s, u"name"_s}, name);
    const Run r = run({u"check"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"miniProgram.name: error: "_s), qPrintable(r.out));
    for (const QChar c : QString(r.out + r.err)) {
        QVERIFY2(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.unicode() != 0x202E),
                 qPrintable(u"raw U+%1 in the output"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'))));
    }
}

void TestCommandLine::calendarWritesOnlyValidDates()
{
    QTemporaryDir dir;
    const QString path = sampleWith(dir, {u"certification"_s, u"approvedOn"_s}, u"9999-12-31"_s);
    const Run checked = run({u"check"_s, path});
    QVERIFY2(checked.out.contains(u"certification.approvedOn: error: "_s), qPrintable(checked.out));

    const QString ics = dir.filePath(u"deadlines.ics"_s);
    QCOMPARE(run({u"calendar"_s, path, u"-o"_s, ics}).exitCode, 0);
    const QString text = QString::fromUtf8(readAll(ics));
    QVERIFY(text.startsWith(u"BEGIN:VCALENDAR"_s));
    static const QRegularExpression dateLine(u"^(DTSTART|DTEND)[^:]*:(\\d{8})"_s, QRegularExpression::MultilineOption);
    auto it = dateLine.globalMatch(text);
    QVERIFY(it.hasNext());
    while (it.hasNext()) {
        const QString date = it.next().captured(2);
        const QDate d = QDate::fromString(date, u"yyyyMMdd"_s);
        QVERIFY2(d.isValid() && d.year() >= 2000 && d.year() <= 2101, qPrintable(date));
    }

    // Control and bidi characters typed into a name do not reach the calendar.
    const QString named = sampleWith(dir, {u"miniProgram"_s, u"name"_s}, u"青禾\x1b[2J\u202E记账"_s);
    QCOMPARE(run({u"calendar"_s, named, u"-o"_s, ics}).exitCode, 0);
    const QByteArray bytes = readAll(ics).replace("\r\n ", ""); // unfolded: long lines are split
    QVERIFY(!bytes.contains('\x1b'));
    QVERIFY(!bytes.contains("\xE2\x80\xAE"));
    QVERIFY(bytes.contains("青禾[2J记账"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
