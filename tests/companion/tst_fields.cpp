// `mpdesk fields` as a clerk or a script uses it: the platform's pages in order, numbers masked unless
// revealed (with a warning), both languages, text and JSON.

#include "CliRun.h"
#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString legalRepId = u"440305198503120028"_s;

using Run = test::CliRun;

// The command line as on 2026-11-27, China time.
Run run(const QStringList &args, SecretStore *store = nullptr)
{
    return test::runCli(args, store, Clock::fixedOn(QDate(2026, 11, 27)));
}

} // namespace

class TestFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void entityPageInOrderWithNumbersMasked_data();
    void entityPageInOrderWithNumbersMasked();
    void revealPrintsNumbersAndWarns_data();
    void revealPrintsNumbersAndWarns();
    void everyPageInOrder();
    void json();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    QString m_project; ///< the sample with the administrator as entity leader: the legal representative's number shows
};

void TestFields::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(KnownFilingsIndex::defaultFile());
    m_project = m_dir.filePath(u"delegated.mpdesk"_s);
    QCOMPARE(run({u"import"_s, samplePath, u"-o"_s, m_project}, &m_store).exitCode, 0);
    // The project file holds no number, so it can be edited here as text.
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(!QJsonDocument(root).toJson().contains(legalRepId.toUtf8()));
    QJsonObject entity = root.value(u"entity"_s).toObject();
    entity.insert(u"leader"_s, u"p2"_s);
    root.insert(u"entity"_s, entity);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
}

void TestFields::init()
{
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestFields::entityPageInOrderWithNumbersMasked_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English")
        << u"en"_s
        << u"Filing: entity / 备案：主体信息 [filing-entity]\n"
           "  备案省份 (Filing province): 广东省\n"
           "  备案城市 (Filing city): 深圳市\n"
           "    Choose this name in the platform's list (administrative code 440300).\n"
           "  备案区县 (Filing district): 南山区\n"
           "    Choose this name in the platform's list (administrative code 440305).\n"
           "  主体性质 (Entity type): 企业\n"
           "  证件号码 (Certificate number): 91440300MA5G7QXK3Y\n"
           "  主办单位名称 (Sponsor's name): 深圳市青禾数据科技有限公司\n"
           "  证件住所 (Certificate address): 深圳市南山区粤海街道科技园社区科苑路8号讯美科技广场3号楼1601\n"
           "  通讯地址 (Communication address): 粤海街道科苑路8号讯美科技广场3号楼1601\n"
           "  法定代表人姓名 (Legal representative's name): 李明华\n"
           "  法定代表人证件号码 (Legal representative's ID number): **************0028\n"_s;
    QTest::newRow("Chinese") << u"zh_CN"_s
                             << u"备案：主体信息 [filing-entity]\n"
                                "  备案省份：广东省\n"
                                "  备案城市：深圳市\n"
                                "    在平台的列表中选择这个名称（行政区划代码 440300）。\n"
                                "  备案区县：南山区\n"
                                "    在平台的列表中选择这个名称（行政区划代码 440305）。\n"
                                "  主体性质：企业\n"
                                "  证件号码：91440300MA5G7QXK3Y\n"
                                "  主办单位名称：深圳市青禾数据科技有限公司\n"
                                "  证件住所：深圳市南山区粤海街道科技园社区科苑路8号讯美科技广场3号楼1601\n"
                                "  通讯地址：粤海街道科苑路8号讯美科技广场3号楼1601\n"
                                "  法定代表人姓名：李明华\n"
                                "  法定代表人证件号码：**************0028\n"_s;
}

void TestFields::entityPageInOrderWithNumbersMasked()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Run r = run({u"fields"_s, m_project, u"--page"_s, u"filing-entity"_s, u"--lang"_s, language}, &m_store);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(!r.out.contains(legalRepId));
    QVERIFY(!r.err.contains(legalRepId));
}

void TestFields::revealPrintsNumbersAndWarns_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("warning");
    QTest::newRow("English") << u"en"_s << u"  法定代表人证件号码 (Legal representative's ID number): "_s + legalRepId
                             << u"scrollback"_s;
    QTest::newRow("Chinese") << u"zh_CN"_s << u"  法定代表人证件号码："_s + legalRepId << u"终端的滚动记录"_s;
}

void TestFields::revealPrintsNumbersAndWarns()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QString, warning);
    const Run r =
        run({u"fields"_s, m_project, u"--page"_s, u"filing-entity"_s, u"--reveal"_s, u"--lang"_s, language}, &m_store);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(line + u'\n'));
    QVERIFY2(r.err.contains(warning), qPrintable(r.err));
}

void TestFields::everyPageInOrder()
{
    const Run r = run({u"fields"_s, samplePath}, &m_store);
    QCOMPARE(r.exitCode, 0);
    QStringList headings;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.endsWith(u']'))
            headings.append(line.section(u'[', -1).chopped(1));
    }
    QCOMPARE(headings,
             (QStringList{u"registration"_s, u"certification"_s, u"invoice"_s, u"filing-entity"_s, u"entity-leader"_s,
                          u"mini-program"_s, u"mini-program-leader"_s}));
    QVERIFY(!r.out.contains(legalRepId));
    QVERIFY(r.out.contains(u"  证件号码 (ID number): **************0028\n"_s));
    QVERIFY(r.out.contains(u"  证件有效期结束日期 (ID valid to): 2039-03-12\n"_s));
}

void TestFields::json()
{
    const Run r = run({u"fields"_s, m_project, u"--format"_s, u"json"_s, u"--page"_s, u"entity-leader"_s}, &m_store);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"mpdesk-fields"_s);
    const QJsonArray pages = root.value(u"pages"_s).toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonArray fields = pages.at(0).toObject().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 8);
    const QJsonObject number = fields.at(5).toObject();
    QCOMPARE(number.value(u"label"_s).toString(), u"证件号码"_s);
    QCOMPARE(number.value(u"path"_s).toString(), u"people[1].idNumber"_s);
    QCOMPARE(number.value(u"value"_s).toString(), u"**************3542"_s);
    QVERIFY(number.value(u"secret"_s).toBool() && number.value(u"masked"_s).toBool());
    QVERIFY(!number.value(u"blocked"_s).toBool());
}

void TestFields::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown page") << QStringList{u"fields"_s, samplePath, u"--page"_s, u"entity"_s}
                                  << u"The pages are: registration, certification, invoice, filing-entity"_s;
    QTest::newRow("unknown format") << QStringList{u"fields"_s, samplePath, u"--format"_s, u"xml"_s}
                                    << u"--format text or --format json"_s;
    QTest::newRow("--reveal with check") << QStringList{u"check"_s, samplePath, u"--reveal"_s}
                                         << u"Wrong arguments for \"check\""_s;
}

void TestFields::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args, &m_store);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestFields)
#include "tst_fields.moc"
