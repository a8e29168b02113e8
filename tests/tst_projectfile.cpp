// Project files and interchange JSON on disk: what survives a round trip, what is refused, and that a
// failed load or save loses nothing.

#include "secrets/ProjectSecrets.h"
#include "storage/ProjectFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(readAll(samplePath)).object();
}

// Sets obj[a][b]... = value along a path of keys.
QJsonObject withValue(QJsonObject obj, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        obj.insert(keys.first(), value);
        return obj;
    }
    obj.insert(keys.first(), withValue(obj.value(keys.first()).toObject(), keys.mid(1), value));
    return obj;
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void interchangeRoundTripIsLossless();
    void unknownKeysSurviveEveryLevel();
    void projectFileHoldsNoSecrets();
    void numberWithoutKeychainEntryReadsBackTheSame();
    void projectIdIsStable();
    void refusedFiles_data();
    void refusedFiles();
    void unreadableFile();
    void saveKeepsBackup();
    void failedSaveKeepsOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectFile::interchangeRoundTripIsLossless()
{
    Result<Filing> first = ProjectFile::read(samplePath);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
    const QString out = m_dir->filePath(u"copy.json"_s);
    QVERIFY(ProjectFile::write(first.value(), out, FilingJson::Secrets::Inline).ok());
    const QJsonObject original = sampleJson();
    const QJsonObject written = QJsonDocument::fromJson(readAll(out)).object();
    QCOMPARE(written, original);
}

void TestProjectFile::unknownKeysSurviveEveryLevel()
{
    QJsonObject doc = sampleJson();
    doc.insert(u"futureTopLevel"_s, QJsonObject{{u"a"_s, 1}});
    doc = withValue(doc, {u"entity"_s, u"futureEntityKey"_s}, u"kept"_s);
    doc = withValue(doc, {u"entity"_s, u"region"_s, u"street"_s}, u"粤海街道"_s);
    doc = withValue(doc, {u"certification"_s, u"invoice"_s, u"futureInvoiceKey"_s}, true);
    QJsonArray people = doc.value(u"people"_s).toArray();
    QJsonObject p0 = people.at(0).toObject();
    p0.insert(u"nickname"_s, u"老李"_s);
    people[0] = p0;
    doc.insert(u"people"_s, people);

    const QString in = m_dir->filePath(u"newer.json"_s);
    writeAll(in, QJsonDocument(doc).toJson());
    Result<Filing> loaded = ProjectFile::read(in);
    QVERIFY(loaded.ok());
    const QString out = m_dir->filePath(u"saved.json"_s);
    QVERIFY(ProjectFile::write(loaded.value(), out, FilingJson::Secrets::Inline).ok());
    QCOMPARE(QJsonDocument::fromJson(readAll(out)).object(), doc);
}

void TestProjectFile::projectFileHoldsNoSecrets()
{
    Result<Filing> loaded = ProjectFile::read(samplePath);
    QVERIFY(loaded.ok());
    Filing filing = loaded.value();
    filing.projectId = QUuid::createUuid();
    filing.certification.invoice.bankAccount.value = u"6217003810026548793"_s;
    ProjectSecrets::assignReferences(filing);
    const QString path = m_dir->filePath(u"p.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, path).ok());
    const QByteArray bytes = readAll(path);
    for (const auto &entry : ProjectSecrets::entries(std::as_const(filing))) {
        const QByteArray secret = entry.field->value.toUtf8();
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!bytes.contains(secret), qPrintable(entry.where.path + u" reached the file"_s));
        // Nor any run of 8 of its digits.
        for (qsizetype i = 0; i + 8 <= secret.size(); ++i)
            QVERIFY2(!bytes.contains(secret.mid(i, 8)), qPrintable(entry.where.path + u" partly reached the file"_s));
    }
    QVERIFY(bytes.contains("**************0028"));

    // Reading it back, the values are refs waiting for the keychain.
    Result<Filing> back = ProjectFile::read(path);
    QVERIFY(back.ok());
    QVERIFY(back.value().people[0].idNumber.value.isEmpty());
    QCOMPARE(back.value().people[0].idNumber.status, SecretStatus::NotOnThisComputer);
    QCOMPARE(back.value().people[0].idNumber.masked, u"**************0028"_s);
    QCOMPARE(back.value().people[0].idNumber.ref, filing.people[0].idNumber.ref);
}

// A number with no keychain entry yet (the file's own idNumber, before a save assigns references): the
// project form holds neither a reference nor a mask, so writing what was read gives the same bytes.
void TestProjectFile::numberWithoutKeychainEntryReadsBackTheSame()
{
    Result<Filing> loaded = ProjectFile::read(samplePath);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().people[0].idNumber.ref.isEmpty());
    const QByteArray saved = ProjectFile::serialize(loaded.value(), FilingJson::Secrets::References);
    QVERIFY(!saved.contains("idNumberMasked"));
    const Result<Filing> again = ProjectFile::parse(saved, u"again.mpdesk"_s);
    QVERIFY(again.ok());
    QCOMPARE(ProjectFile::serialize(again.value(), FilingJson::Secrets::References), saved);
}

void TestProjectFile::projectIdIsStable()
{
    Result<Filing> loaded = ProjectFile::read(samplePath);
    QVERIFY(loaded.ok());
    Filing filing = loaded.value();
    QVERIFY(filing.projectId.isNull());
    filing.projectId = QUuid::createUuid();
    const QString path = m_dir->filePath(u"p.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, path).ok());
    Result<Filing> again = ProjectFile::read(path);
    QVERIFY(again.ok());
    QCOMPARE(again.value().projectId, filing.projectId);
    QVERIFY(ProjectFile::write(again.value(), path).ok());
    QCOMPARE(ProjectFile::read(path).value().projectId, filing.projectId);
}

void TestProjectFile::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedWords");

    const QJsonObject good = sampleJson();
    const QByteArray goodBytes = QJsonDocument(good).toJson();
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };

    QTest::newRow("not JSON at all") << QByteArray("PK\x03\x04 this is a zip") << QString() << u"not valid JSON"_s;
    QTest::newRow("truncated JSON") << goodBytes.left(goodBytes.size() / 2) << QString() << u"not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << QString() << u"not valid JSON"_s;
    QTest::newRow("a JSON list") << QByteArray("[1, 2]") << QString() << u"not a filing"_s;
    QTest::newRow("unknown format") << json(withValue(good, {u"format"_s}, u"wxfiling"_s)) << u"format"_s
                                    << u"\"wxfiling\""_s;
    QTest::newRow("no format") << QByteArray("{\"version\": 1}") << u"format"_s << u"not an mpdesk filing"_s;
    QTest::newRow("newer version") << json(withValue(good, {u"version"_s}, 2)) << u"version"_s << u"newer mpdesk"_s;
    QTest::newRow("version as text") << json(withValue(good, {u"version"_s}, u"1"_s)) << u"version"_s
                                     << u"whole number"_s;
    QTest::newRow("version 1.5") << json(withValue(good, {u"version"_s}, 1.5)) << u"version"_s << u"whole number"_s;
    QTest::newRow("name as a number") << json(withValue(good, {u"entity"_s, u"name"_s}, 42)) << u"entity.name"_s
                                      << u"expected text"_s;
    QTest::newRow("emailVerified as text") << json(withValue(good, {u"registration"_s, u"emailVerified"_s}, u"yes"_s))
                                           << u"registration.emailVerified"_s << u"true or false"_s;
    QTest::newRow("people as an object") << json(withValue(good, {u"people"_s}, QJsonObject())) << u"people"_s
                                         << u"expected a list"_s;
    QTest::newRow("a person that is text")
        << json(withValue(good, {u"people"_s}, QJsonArray{u"p1"_s})) << u"people[0]"_s << u"expected an object"_s;
    QTest::newRow("nameChangesUsed 1.5") << json(withValue(good, {u"certification"_s, u"nameChangesUsed"_s}, 1.5))
                                         << u"certification.nameChangesUsed"_s << u"whole number"_s;
    QTest::newRow("category that is a number")
        << json(withValue(good, {u"miniProgram"_s, u"serviceCategories"_s}, QJsonArray{u"工具"_s, 7}))
        << u"miniProgram.serviceCategories[1]"_s << u"expected text"_s;
    QTest::newRow("region as text") << json(withValue(good, {u"entity"_s, u"region"_s}, u"440305"_s))
                                    << u"entity.region"_s << u"expected an object"_s;
    QTest::newRow("bad project id") << json(withValue(good, {u"projectId"_s}, u"not-a-uuid"_s)) << u"projectId"_s
                                    << u"not a UUID"_s;
    QJsonArray crowd;
    for (int i = 0; i <= FilingJson::MaxPeople; ++i)
        crowd.append(QJsonObject());
    QTest::newRow("more people than a filing has")
        << json(withValue(good, {u"people"_s}, crowd)) << u"people"_s << u"at most 200"_s;
    // 1.6 million empty people fit in 5 MB; they are refused before any is read.
    QByteArray million = goodBytes;
    const qsizetype peopleAt = million.indexOf("\"people\": [") + 11;
    QByteArray empties;
    for (int i = 0; i < 1600000; ++i)
        empties += "{},";
    million.insert(peopleAt, empties);
    QTest::newRow("1.6 million empty people") << million << u"people"_s << u"1600"_s;
    QByteArray huge = goodBytes;
    huge.insert(huge.lastIndexOf('}'), ", \"padding\": \"" + QByteArray(ProjectFile::MaxFileSize, 'x') + "\"");
    QTest::newRow("over 5 MB") << huge << QString() << u"MB"_s;
    // 5.1 million bytes: over the 5 MB a filing may be, as a file manager counts it.
    QByteArray justOver = goodBytes;
    justOver.insert(justOver.lastIndexOf('}'),
                    ", \"padding\": \"" + QByteArray(5'100'000 - goodBytes.size() - 16, 'x') + "\"");
    QTest::newRow("5.1 MB") << justOver << QString() << u"is 5.1 MB; a filing is never larger than 5 MB"_s;
}

void TestProjectFile::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedWords);

    const QString path = m_dir->filePath(u"bad.mpdesk"_s);
    writeAll(path, bytes);
    const QByteArray before = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);

    Result<Filing> loaded = ProjectFile::read(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().path, expectedPath);
    QVERIFY2(loaded.error().message.contains(expectedWords), qPrintable(loaded.error().message.left(300)));
    QVERIFY2(loaded.error().message.contains(u"bad.mpdesk"_s), qPrintable(loaded.error().message.left(300)));
    // Refusing a file never touches it.
    QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), before);
    QVERIFY(!QFile::exists(ProjectFile::backupPath(path)));
}

void TestProjectFile::unreadableFile()
{
    Result<Filing> missing = ProjectFile::read(m_dir->filePath(u"nothing.mpdesk"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"does not exist"_s));

    Result<Filing> folder = ProjectFile::read(m_dir->path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(u"folder"_s));

    if (::geteuid() == 0)
        QSKIP("running as root, which may read any file: the permission case cannot be made here");
    const QString path = m_dir->filePath(u"locked.mpdesk"_s);
    writeAll(path, readAll(samplePath));
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    Result<Filing> locked = ProjectFile::read(path);
    QVERIFY(!locked.ok());
    QVERIFY(locked.error().message.contains(u"cannot be read"_s));
}

void TestProjectFile::saveKeepsBackup()
{
    Filing filing = ProjectFile::read(samplePath).value();
    filing.projectId = QUuid::createUuid();
    const QString path = m_dir->filePath(u"p.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, path).ok());
    QVERIFY(!QFile::exists(ProjectFile::backupPath(path)));
    const QByteArray firstVersion = readAll(path);

    filing.entity.name = u"深圳市青禾数据科技股份有限公司"_s;
    QVERIFY(ProjectFile::write(filing, path).ok());
    QCOMPARE(readAll(ProjectFile::backupPath(path)), firstVersion);
    QCOMPARE(ProjectFile::read(path).value().entity.name, filing.entity.name);
}

void TestProjectFile::failedSaveKeepsOldFile()
{
    Filing filing = ProjectFile::read(samplePath).value();
    filing.projectId = QUuid::createUuid();
    const QString path = m_dir->filePath(u"p.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, path).ok());
    const QByteArray saved = readAll(path);

    // A folder where the backup should go: the backup cannot be written, so nothing is replaced.
    QVERIFY(QDir(m_dir->path()).mkpath(ProjectFile::backupPath(path) + u"/inside"_s));
    filing.entity.name = u"改过的名字"_s;
    const Status status = ProjectFile::write(filing, path);
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(u"unchanged"_s));
    QCOMPARE(readAll(path), saved);

    // A folder that does not exist: a clear message naming the file.
    const Status nowhere = ProjectFile::write(filing, m_dir->filePath(u"missing/dir/p.mpdesk"_s));
    QVERIFY(!nowhere.ok());
    QVERIFY(nowhere.error().message.contains(u"p.mpdesk"_s));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
