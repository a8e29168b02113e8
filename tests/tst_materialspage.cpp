// The materials page: rows per slot with the facts and findings of the one assessment, attaching by
// button and by drop, and the upload pack made and deleted from the window.

#include "common/Dialogs.h"
#include "core/Clock.h"
#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "letters/LettersPage.h"
#include "mainwindow/MainWindow.h"
#include "materials/MaterialPack.h"
#include "materials/MaterialRow.h"
#include "materials/MaterialsPage.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

int rowTitled(MaterialsPage &page, const QString &part)
{
    const auto rows = page.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i)->title().contains(part))
            return i;
    }
    return -1;
}

} // namespace

class TestMaterialsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_filing, m_portrait, m_scan;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString folder = m_dir.filePath(u"备案 项目"_s);
        QVERIFY(QDir().mkpath(folder + u"/材料 扫描"_s));
        QFile sample(samplePath);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonObject mp = json.value("miniProgram"_L1).toObject();
        mp.insert(u"leader"_s, u"p1"_s); // one leader: one pair of ID photos
        json.insert(u"miniProgram"_s, mp);
        m_filing = folder + u"/备案.json"_s;
        writeBytes(m_filing, QJsonDocument(json).toJson());
        QImage portrait(900, 1400, QImage::Format_RGB32);
        portrait.fill(QColor(230, 230, 220));
        QPainter(&portrait).fillRect(100, 100, 300, 400, Qt::darkBlue);
        m_portrait = folder + u"/材料 扫描/身份证 正面.jpg"_s;
        writeBytes(m_portrait, encode(portrait, "jpeg"));
        QImage small(600, 400, QImage::Format_RGB32);
        small.fill(Qt::white);
        m_scan = folder + u"/材料 扫描/营业执照 扫描.png"_s;
        writeBytes(m_scan, encode(small, "png"));
    }

    // Each test starts in English, whatever the one before left.
    void init() { QVERIFY(LanguageManager::instance().setLanguage(u"en"_s)); }

    void attachDropPackAndDelete()
    {
        MemorySecretStore store;
        FilingDocument document(store);
        QVERIFY(document.open(m_filing).ok());
        MaterialsPage page(document);
        page.resize(900, 700);
        page.show();
        QVERIFY(page.findChild<QLabel *>(u"intro"_s)->text().contains(u"never a copy of the image"_s));

        const int front = rowTitled(page, u"ID, portrait side"_s);
        QVERIFY(front >= 0);
        page.attach(front, m_portrait);
        QCOMPARE(document.filing().materials.size(), 1);
        QCOMPARE(document.filing().materials.at(0).file, u"材料 扫描/身份证 正面.jpg"_s); // relative to the filing
        QVERIFY(document.isModified());
        const int attached = rowTitled(page, u"ID, portrait side"_s);
        QVERIFY2(page.rows().at(attached)->factsText().contains(u"900×1400 pixels"_s),
                 qPrintable(page.rows().at(attached)->factsText()));
        QVERIFY(page.rows().at(attached)->findChild<QPushButton *>(u"remove"_s)->isVisibleTo(&page));

        // A file dropped on the business licence's row is attached there, and found too small.
        const int licence = rowTitled(page, u"Business licence"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_scan)});
        QCOMPARE(MaterialRow::droppedFile(&mime), m_scan);
        // Outside a real drag the application drops the event, so the row's drop signal stands in for it.
        Q_EMIT page.rows().at(licence)->fileDropped(MaterialRow::droppedFile(&mime));
        QCOMPARE(document.filing().materials.size(), 2);
        const int licenceNow = rowTitled(page, u"Business licence"_s);
        const QString finding = page.rows().at(licenceNow)->findingText();
        QVERIFY2(finding.contains(u"600×400"_s) && finding.contains(u"scan it again at 300 dpi"_s),
                 qPrintable(finding));
        // The empty back side says it is needed; the checklist's step names it too.
        QVERIFY(page.rows().at(rowTitled(page, u"ID, emblem side"_s))->findingText().contains(u"nothing attached"_s));
        QCOMPARE(document.assessment().checklist().step(u"filing.materials"_s)->status, Step::Status::Blocked);

        // Prepare upload files into a folder the clerk chose; the page says what the pack holds.
        const QString out = m_dir.filePath(u"上传 文件"_s);
        Dialogs::setNextFileName(out);
        page.prepareUploadFiles();
        QVERIFY(QFileInfo::exists(QDir(out).filePath(u"主体负责人-身份证人像面.jpg"_s)));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(u"营业执照.jpg"_s)));
        QVERIFY2(page.packText().contains(u"show ID cards"_s), qPrintable(page.packText()));
        QVERIFY(page.packText().contains(u"scan it again at 300 dpi"_s));
        Dialogs::setNextAnswer(Dialogs::Answer::Yes);
        page.deletePack();
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(m_portrait) && QFileInfo::exists(m_scan));

        // The rows follow a change of language, buttons included.
        QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
        QTRY_VERIFY(rowTitled(page, u"证件人像面"_s) >= 0); // the change reaches the window through its queue
        const int attachedZh = rowTitled(page, u"证件人像面"_s);
        QCOMPARE(page.rows().at(attachedZh)->findChild<QPushButton *>(u"remove"_s)->text(), u"移除"_s);
        QCOMPARE(page.rows().at(attachedZh)->findChild<QPushButton *>(u"open"_s)->text(), u"打开"_s);
        QCOMPARE(page.rows().at(attachedZh)->findChild<QPushButton *>(u"attach"_s)->text(), u"替换…"_s);
        QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
        QTRY_COMPARE(page.rows().at(attachedZh)->findChild<QPushButton *>(u"remove"_s)->text(), u"Remove"_s);

        // Remove, then undo brings the file back.
        page.remove(rowTitled(page, u"Business licence"_s));
        QCOMPARE(document.filing().materials.size(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.filing().materials.size(), 2);
    }

    // The attach dialog says which slot it fills, in the row's words, and opens in the filing's folder;
    // a replacement opens beside the file it replaces.
    void attachDialogNamesTheSlotAndStartsInTheFilingsFolder()
    {
        MemorySecretStore store;
        FilingDocument document(store);
        QVERIFY(document.open(m_filing).ok());
        MaterialsPage page(document);
        page.resize(900, 700);
        page.show();
        const int front = rowTitled(page, u"ID, portrait side"_s);
        QVERIFY(front >= 0);
        const QString rowTitle = page.rows().at(front)->title();
        QString leader;
        for (const Person &p : document.filing().people) {
            if (p.id == document.filing().miniProgram.leader)
                leader = p.name;
        }
        QVERIFY(!leader.isEmpty() && rowTitle.contains(leader));
        Dialogs::setNextFileName(QString()); // cancelled
        QTest::mouseClick(page.rows().at(front)->findChild<QPushButton *>(u"attach"_s), Qt::LeftButton);
        QCOMPARE(Dialogs::lastFileDialogTitle(), u"Attach: "_s + rowTitle);
        QCOMPARE(Dialogs::lastStartFolder(), QFileInfo(m_filing).absolutePath());
        QVERIFY(Dialogs::lastStartFolder() != QDir::currentPath());

        page.attach(front, m_portrait);
        const int attached = rowTitled(page, u"ID, portrait side"_s);
        Dialogs::setNextFileName(QString());
        QTest::mouseClick(page.rows().at(attached)->findChild<QPushButton *>(u"attach"_s), Qt::LeftButton);
        QCOMPARE(Dialogs::lastStartFolder(), QFileInfo(m_portrait).absolutePath());

        QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
        QTRY_VERIFY(rowTitled(page, u"证件人像面"_s) >= 0);
        const int zh = rowTitled(page, u"证件人像面"_s);
        Dialogs::setNextFileName(QString());
        QTest::mouseClick(page.rows().at(zh)->findChild<QPushButton *>(u"attach"_s), Qt::LeftButton);
        QCOMPARE(Dialogs::lastFileDialogTitle(), u"添加："_s + page.rows().at(zh)->title());
        QVERIFY(Dialogs::lastFileDialogTitle().contains(leader));

        // Prepare upload files starts in the filing's folder too.
        Dialogs::setNextFileName(QString());
        page.prepareUploadFiles();
        QCOMPARE(Dialogs::lastStartFolder(), QFileInfo(m_filing).absolutePath());
    }

    // Sizes read as the language writes them; what the pack line says follows a change of language.
    void sizesAndThePackLineFollowTheLanguage()
    {
        MemorySecretStore store;
        FilingDocument document(store);
        QVERIFY(document.open(m_filing).ok());
        MaterialsPage page(document);
        page.resize(900, 700);
        page.show();
        page.attach(rowTitled(page, u"ID, portrait side"_s), m_portrait);
        const qint64 bytes = QFileInfo(m_portrait).size();
        QVERIFY(bytes > 1000 && bytes < 1'000'000);
        const QString kilo = QLocale(u"en"_s).toString(double(bytes) / 1000.0, 'f', 1) + u" KB"_s;
        QString facts = page.rows().at(rowTitled(page, u"ID, portrait side"_s))->factsText();
        QVERIFY2(facts.contains(kilo) && !facts.contains(u"kB"_s), qPrintable(facts));

        const QString out = m_dir.filePath(u"上传 文件 2"_s);
        Dialogs::setNextFileName(out);
        page.prepareUploadFiles();
        QVERIFY2(page.packText().contains(u"written to"_s), qPrintable(page.packText()));
        // The pack's index writes sizes the same way.
        QFile index(QDir(out).filePath(MaterialPack::indexName()));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString indexText = QString::fromUtf8(index.readAll());
        QVERIFY2(!indexText.contains(u"kB"_s) && indexText.contains(u" KB)"_s), qPrintable(indexText));

        QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
        QTRY_VERIFY2(page.packText().contains(u"写入"_s), qPrintable(page.packText()));
        QVERIFY(page.packText().contains(QDir::toNativeSeparators(out)));
        QTRY_VERIFY(rowTitled(page, u"证件人像面"_s) >= 0);
        facts = page.rows().at(rowTitled(page, u"证件人像面"_s))->factsText();
        QVERIFY2(facts.contains(QLocale(u"zh_CN"_s).toString(double(bytes) / 1000.0, 'f', 1) + u" KB"_s),
                 qPrintable(facts));

        QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
        QTRY_VERIFY2(page.packText().contains(u"written to"_s), qPrintable(page.packText()));
        Dialogs::setNextAnswer(Dialogs::Answer::Yes);
        page.deletePack();
        QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
        QTRY_VERIFY2(page.packText().contains(u"已删除"_s), qPrintable(page.packText()));
        QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
    }

    // A letter leads to its signed scan on the materials page, and the scan's row back to its letter;
    // the row says what the scan's day tells about the letter's progress.
    void lettersAndTheirScansLinkBothWays()
    {
        // The sample's two leaders are two people: the mini program leader's letter is needed.
        QFile sample(samplePath);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(sample.readAll()).object();
        const QString filing = QFileInfo(m_filing).dir().filePath(u"授权 扫描.json"_s);
        writeBytes(filing, QJsonDocument(json).toJson());

        MemorySecretStore store;
        MainWindow window(&store);
        window.resize(1200, 800);
        window.show();
        window.document().setClock(Clock::fixedOn(QDate(2026, 11, 20)));
        QVERIFY(window.openFile(filing));
        auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        LettersPage *letters = window.lettersPage();
        QVERIFY(pages && letters);

        // From the letter to its scan slot, still empty.
        window.showStep(u"filing.authorizationLetters"_s);
        letters->selectLetter(u"miniProgramLeaderAuthorization"_s);
        auto *toScan = letters->findChild<QPushButton *>(u"showLetterScan"_s);
        QVERIFY(toScan);
        QTRY_VERIFY(toScan->isVisible());
        QCOMPARE(toScan->text(), u"Signed scan…"_s);
        QTest::mouseClick(toScan, Qt::LeftButton);
        // The materials page is built when first needed: the button brings it up.
        auto *materials = qobject_cast<MaterialsPage *>(pages->currentWidget());
        QVERIFY(materials);
        QCOMPARE(materials->objectName(), u"materialsPage"_s);
        const QString slotTitle = u"Mini program leader authorization letter: signed and sealed scan"_s;
        const int slotRow = rowTitled(*materials, slotTitle);
        QVERIFY(slotRow >= 0);
        QVERIFY(materials->rows().at(slotRow)->isHighlighted());
        QCOMPARE(std::count_if(materials->rows().cbegin(), materials->rows().cend(),
                               [](const MaterialRow *r) { return r->isHighlighted(); }),
                 1);

        // Attached on the 20th; the letter not marked signed: the row says to mark it.
        materials->attach(slotRow, m_portrait);
        int row = rowTitled(*materials, slotTitle);
        QVERIFY2(materials->rows().at(row)->findingText().contains(
                     u"to do: Mini program leader authorization letter: signed and sealed scan (身份证 正面.jpg) is "
                     "attached, but the letter is not marked signed and sealed"_s),
                 qPrintable(materials->rows().at(row)->findingText()));

        // Printed on the 24th, after the scan was attached: the scan cannot be of the printed letter.
        window.document().setField(u"filing.letters.miniProgramLeaderAuthorization.printedOn"_s, u"2026-11-24"_s);
        window.document().setField(u"filing.letters.miniProgramLeaderAuthorization.signedOn"_s, u"2026-11-25"_s);
        window.showField(u"materials.mini_program_leader_authorization"_s);
        QCOMPARE(pages->currentWidget(), materials);
        row = rowTitled(*materials, slotTitle);
        const QString finding = materials->rows().at(row)->findingText();
        QVERIFY2(finding.contains(u"warning: Mini program leader authorization letter: signed and sealed scan "
                                  "(身份证 正面.jpg) was attached on 2026-11-20, before the letter was printed on "
                                  "2026-11-24"_s),
                 qPrintable(finding));
        QVERIFY(!finding.contains(u"not marked signed"_s));
        QVERIFY(materials->rows().at(row)->isHighlighted());

        // And back from the scan's row to its letter.
        auto *toLetter = materials->rows().at(row)->findChild<QPushButton *>(u"showLetter"_s);
        QVERIFY(toLetter && toLetter->isVisible());
        QCOMPARE(toLetter->text(), u"The letter…"_s);
        QTest::mouseClick(toLetter, Qt::LeftButton);
        QCOMPARE(pages->currentWidget(), letters);
        QTRY_COMPARE(letters->progressText(),
                     u"This letter: printed 2026-11-24 · signed and sealed 2026-11-25 · uploaded not yet"_s);
        // Rows of other slots have no letter to go to.
        const int licence = rowTitled(*materials, u"Business licence"_s);
        QVERIFY(!materials->rows().at(licence)->findChild<QPushButton *>(u"showLetter"_s)->isVisibleTo(materials));

        // A letter the filing does not need has no empty row, unless the clerk comes for its slot (the
        // reviewer may ask for it); the row says why it is not needed.
        const QString entityLetter = u"Entity leader authorization letter"_s;
        window.showField(u"entity.name"_s);
        QCOMPARE(rowTitled(*materials, entityLetter), -1);
        window.showField(u"materials.entity_leader_authorization"_s);
        const int asked = rowTitled(*materials, entityLetter);
        QVERIFY(asked >= 0);
        QVERIFY(materials->rows().at(asked)->isHighlighted());
        QVERIFY2(materials->rows().at(asked)->factsText().contains(u"is the legal representative"_s),
                 qPrintable(materials->rows().at(asked)->factsText()));
        window.showField(u"entity.name"_s);
        window.showField(u"materials"_s);
        QCOMPARE(rowTitled(*materials, entityLetter), -1);
    }

    void theWindowHasAMaterialsPage()
    {
        MemorySecretStore store;
        MainWindow window(&store);
        window.showStep(u"filing.materials"_s); // built when first shown
        auto *page = window.findChild<MaterialsPage *>(u"materialsPage"_s);
        QVERIFY(page);
        QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), page);
    }
};

QTEST_MAIN(TestMaterialsPage)
#include "tst_materialspage.moc"
