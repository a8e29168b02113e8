// The main window as the clerk uses it: findings as they type, the checklist following, both
// languages live, undo, roles deciding the letters, printing, and the keychain banner.

#include "common/Dialogs.h"
#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "letters/LetterPreview.h"
#include "letters/LettersPage.h"
#include "mainwindow/ChecklistSidebar.h"
#include "cli/ChecklistText.h"
#include "cli/CommandLine.h"
#include "mainwindow/MainWindow.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/MemorySecretStore.h"

#include <QComboBox>
#include <QFileOpenEvent>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

QString stepText(MainWindow &w, const QString &stepId)
{
    QTreeWidgetItem *item = w.sidebar()->itemForStep(stepId);
    return item ? item->text(0) : QString();
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findingAppearsAndClearsAsTheClerkTypes();
    void languageSwitchesLive();
    void undoRestoresAnEdit();
    void rolesDecideTheAuthorizationLetter();
    void printsALetterToPdf();
    void keychainFailureShowsBannerAndKeepsValues();
    void closingWithUnsavedChangesAsks();
    void leaderReusedUnderAnotherEntityIsFound();
    void doubleClickedFileOpens();
    void windowAndCommandLineAgree_data();
    void windowAndCommandLineAgree();
    void everyFindingIsShownOnItsPage();
    void savingBeforeOpeningAnotherFileOpensIt();

private:
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    LanguageManager::instance().setLanguage(u"en"_s);
    m_store = std::make_unique<MemorySecretStore>();
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->document().setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(samplePath));
}

void TestMainWindow::cleanup()
{
    Dialogs::setNextAnswer(Dialogs::Answer::No); // leave without saving
    m_window->close();
    m_window.reset();
    m_store.reset();
}

void TestMainWindow::findingAppearsAndClearsAsTheClerkTypes()
{
    MainWindow &w = *m_window;
    w.showStep(u"registration.businessLicence"_s);
    auto *edit = w.findChild<QLineEdit *>(u"entity.creditCode"_s);
    QVERIFY(edit);
    auto *findings = w.findChild<QLabel *>(u"entity.creditCode:findings"_s);
    QVERIFY(findings);
    QVERIFY(findings->text().isEmpty()); // its line is kept free, so nothing moves when a message comes
    const QString before = u"Business licence data"_s; // the sample has nothing to find
    QTRY_COMPARE(stepText(w, u"registration.businessLicence"_s), before);

    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, u"91440300MA5G7QXK3X"_s);
    QTRY_VERIFY(!findings->text().isEmpty());
    QVERIFY2(findings->text().contains(u"last character should be \"Y\""_s), qPrintable(findings->text()));
    QTRY_VERIFY2(stepText(w, u"registration.businessLicence"_s).contains(u"✖ 1"_s),
                 qPrintable(stepText(w, u"registration.businessLicence"_s)));

    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Y);
    QTRY_VERIFY(findings->text().isEmpty());
    QTRY_COMPARE(stepText(w, u"registration.businessLicence"_s), before);
    // Kept as typed (lower-case y); the check reads it upper-cased and finds nothing wrong.
    QCOMPARE(w.document().filing().entity.creditCode, u"91440300MA5G7QXK3y"_s);
}

void TestMainWindow::languageSwitchesLive()
{
    MainWindow &w = *m_window;
    w.document().setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s);
    auto *findings = w.findChild<QLabel *>(u"entity.creditCode:findings"_s);
    QTRY_VERIFY(findings->text().contains(u"unified social credit code"_s));
    QVERIFY(w.windowTitle().contains(u"mpdesk"_s));
    QCOMPARE(w.menuBar()->actions().first()->text(), u"&File"_s);

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_VERIFY2(findings->text().contains(u"统一社会信用代码"_s), qPrintable(findings->text()));
    QTRY_VERIFY2(w.windowTitle().contains(u"小程序申办助手"_s), qPrintable(w.windowTitle()));
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), u"文件(&F)"_s);
    QVERIFY(w.sidebar()->progressText().contains(u"已完成"_s));

    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_VERIFY(findings->text().contains(u"unified social credit code"_s));
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), u"&File"_s);
}

void TestMainWindow::undoRestoresAnEdit()
{
    MainWindow &w = *m_window;
    w.showField(u"entity.name"_s);
    auto *edit = w.findChild<QLineEdit *>(u"entity.name"_s);
    const QString original = edit->text();
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, u" Ltd"_s);
    QCOMPARE(w.document().filing().entity.name, original + u" Ltd"_s);
    QVERIFY(w.isWindowModified());
    QTest::keySequence(&w, QKeySequence::Undo);
    QTRY_COMPARE(edit->text(), original);
    QCOMPARE(w.document().filing().entity.name, original);
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::rolesDecideTheAuthorizationLetter()
{
    MainWindow &w = *m_window;
    w.showStep(u"filing.authorizationLetters"_s);
    LettersPage *letters = w.lettersPage();
    QTRY_VERIFY(letters->isVisible());
    const QString leaderLetter = u"小程序负责人授权书"_s;
    QTRY_VERIFY(letters->neededLetters().contains(leaderLetter));

    // The mini program leader becomes the entity leader: the letter is no longer needed.
    w.showField(u"miniProgram.leader"_s);
    // The mini program page's own field (the people page has a role box of the same path).
    auto *leader = w.findChild<QWidget *>(u"miniProgramPage"_s)->findChild<QComboBox *>(u"miniProgram.leader"_s);
    QVERIFY(leader);
    choose(leader, u"p1"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    QTRY_VERIFY(letters->notNeededLetters().contains(leaderLetter));
    QVERIFY(!letters->neededLetters().contains(leaderLetter));

    choose(leader, u"p2"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    QTRY_VERIFY(letters->neededLetters().contains(leaderLetter));
}

void TestMainWindow::printsALetterToPdf()
{
    MainWindow &w = *m_window;
    w.showStep(u"filing.authorizationLetters"_s);
    LettersPage *letters = w.lettersPage();
    QTRY_VERIFY(letters->isVisible());
    QTRY_VERIFY(letters->pageCount() > 0);
    QVERIFY(letters->problemText().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY(letters->print(printer));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    int pages = 0;
    const QImage page = LetterPreview::renderPage(pdf, 0, 30, &pages);
    QVERIFY(!page.isNull());
    QCOMPARE(pages, 1);
}

void TestMainWindow::keychainFailureShowsBannerAndKeepsValues()
{
    MainWindow &w = *m_window;
    m_store->setFailure(SecretReply::Error::Unavailable);
    w.showField(u"people[0].idNumber"_s);
    auto *id = w.findChild<QLineEdit *>(u"idNumber:edit"_s);
    QVERIFY(id);
    QCOMPARE(id->echoMode(), QLineEdit::Password);

    QTemporaryDir dir;
    Dialogs::setNextFileName(dir.filePath(u"qinghe.mpdesk"_s));
    w.save();
    QTRY_VERIFY(!w.bannerText().isEmpty());
    QVERIFY2(w.bannerText().contains(u"李明华, ID number"_s), qPrintable(w.bannerText()));
    QVERIFY(w.bannerText().contains(u"GNOME Keyring"_s));
    // Saved all the same, and the numbers typed are still there for the letters.
    QVERIFY(QFile::exists(dir.filePath(u"qinghe.mpdesk"_s)));
    QVERIFY(!w.isWindowModified());
    QVERIFY(!w.document().filing().people[0].idNumber.value.isEmpty());
    QVERIFY(!id->text().isEmpty());
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    MainWindow &w = *m_window;
    w.document().setField(u"miniProgram.name"_s, u"青禾账本"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QCOMPARE(w.document().filing().miniProgram.name, u"青禾账本"_s);
}

void TestMainWindow::leaderReusedUnderAnotherEntityIsFound()
{
    MainWindow &w = *m_window;
    QTemporaryDir dir;
    // The first project, saved: it records its mini program leader's fingerprint (never the number).
    QTRY_VERIFY(!stepText(w, u"pitfall.leaderReuse"_s).isEmpty());
    QTest::qWait(50); // the fingerprint key arrives from the keychain
    Dialogs::setNextFileName(dir.filePath(u"first.mpdesk"_s));
    QSignalSpy saved(&w.document(), &FilingDocument::pathChanged); // once the keychain has answered too
    w.save();
    QVERIFY(saved.wait());
    QFile first(dir.filePath(u"first.mpdesk"_s));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    QVERIFY(bytes.contains("leaderFingerprint"));
    QVERIFY(!bytes.contains("440304199211083542"));

    // A second filing of another entity with the same mini program leader.
    QVERIFY(w.importFile(samplePath));
    w.document().setField(u"entity.name"_s, u"深圳市另一家科技有限公司"_s);
    w.document().setField(u"entity.creditCode"_s, u"91440300MA5H2L3N7R"_s);
    QTRY_VERIFY2(stepText(w, u"pitfall.leaderReuse"_s).contains(u"✖"_s), qPrintable(stepText(w, u"pitfall.leaderReuse"_s)));
    const Step *step = w.checklist().step(u"pitfall.leaderReuse"_s);
    QVERIFY(step);
    QCOMPARE(step->status, Step::Status::Blocked);
}

void TestMainWindow::doubleClickedFileOpens()
{
    // What macOS sends when a .mpdesk file is double-clicked in Finder.
    MainWindow &w = *m_window;
    w.document().newFiling();
    QVERIFY(w.document().path().isEmpty());
    qApp->installEventFilter(&w);
    QFileOpenEvent event(samplePath);
    QCoreApplication::sendEvent(qApp, &event);
    QCOMPARE(w.document().path(), samplePath);
    QCOMPARE(w.document().filing().miniProgram.name, u"青禾记账助手"_s);
}

void TestMainWindow::windowAndCommandLineAgree_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("today");
    QTest::newRow("the sample") << samplePath << u"2026-11-27"_s;
    QTest::newRow("the sample after its certification expired") << samplePath << u"2029-03-01"_s;
    QTest::newRow("the broken sample") << QStringLiteral(MPDESK_SOURCE_DIR "/tests/data/broken-filing.json")
                                       << u"2026-11-27"_s;
}

void TestMainWindow::windowAndCommandLineAgree()
{
    QFETCH(QString, path);
    QFETCH(QString, today);
    MainWindow &w = *m_window;
    w.document().setClock(Clock::fixedOn(QDate::fromString(today, Qt::ISODate)));
    QVERIFY(w.openFile(path));

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CommandLine cli(outStream, errStream, m_store.get());
    cli.run({u"mpdesk"_s, u"check"_s, u"--today"_s, today, u"--lang"_s, u"en"_s, path});
    outStream.flush();

    // What the window shows, written as the command line writes it: every step's status, then the findings.
    auto windowText = [&w] {
        QString text = ChecklistText::of(w.checklist()) + u'\n';
        for (const Finding &f : w.document().findings())
            text += f.line() + u'\n';
        return text;
    };
    const QString cliText = out.left(out.lastIndexOf(u'\n', -2) + 1); // less the summary line
    QTRY_COMPARE(windowText(), cliText); // the known filings arrive after the first paint
    // And the sidebar shows the same statuses.
    for (const Step &s : w.checklist().steps())
        QVERIFY2(stepText(w, s.id).contains(s.title), qPrintable(s.id));
}

void TestMainWindow::everyFindingIsShownOnItsPage()
{
    MainWindow &w = *m_window;
    QVERIFY(w.openFile(QStringLiteral(MPDESK_SOURCE_DIR "/tests/data/broken-filing.json")));
    QTest::qWait(50); // the known filings arrive after the first paint and re-make the assessment
    const Findings findings = w.document().findings(); // a copy: showing a page may re-make the assessment
    QVERIFY(!findings.isEmpty());
    for (const Finding &finding : findings) {
        w.showField(finding.path);
        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(pages);
        QWidget *page = pages->currentWidget();
        QApplication::processEvents();
        bool shown = false;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisibleTo(page) && label->text().contains(finding.message))
                shown = true;
        }
        QVERIFY2(shown, qPrintable(finding.line()));
    }
}

void TestMainWindow::savingBeforeOpeningAnotherFileOpensIt()
{
    // The filing has ID numbers, so saving finishes only when the keychain has answered.
    MainWindow &w = *m_window;
    QTemporaryDir dir;
    w.document().setField(u"entity.name"_s, u"改过的名称"_s);
    QVERIFY(w.document().isModified());
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    Dialogs::setNextFileName(dir.filePath(u"saved.mpdesk"_s));
    qApp->installEventFilter(&w);
    const QString other = QStringLiteral(MPDESK_SOURCE_DIR "/tests/data/broken-filing.json");
    QFileOpenEvent event(other);
    QCoreApplication::sendEvent(qApp, &event);
    QTRY_COMPARE(w.document().path(), other);
    QVERIFY(QFile::exists(dir.filePath(u"saved.mpdesk"_s)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
