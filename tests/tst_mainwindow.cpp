// The main window as the clerk uses it: findings as they type, the checklist following, both
// languages live, undo, roles deciding the letters, printing, and the keychain banner.

#include "cli/ChecklistText.h"
#include "cli/CommandLine.h"
#include "common/Dialogs.h"
#include "common/MessageBar.h"
#include "common/PreApprovalChecks.h"
#include "common/RegionPicker.h"
#include "deadlines/DeadlinesPanel.h"
#include "document/FilingDocument.h"
#include "editors/FormPage.h"
#include "i18n/LanguageManager.h"
#include "letters/LetterPreview.h"
#include "letters/LettersPage.h"
#include "mainwindow/ChecklistSidebar.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NextActionCard.h"
#include "mainwindow/StartPage.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

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

// A click on the box itself, where the clerk clicks.
void tick(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
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
    void letterProblemNamesTheFieldInWords();
    void keychainFailureShowsBannerAndKeepsValues();
    void closingWithUnsavedChangesAsks();
    void leaderReusedUnderAnotherEntityIsFound();
    void doubleClickedFileOpens();
    void windowAndCommandLineAgree_data();
    void windowAndCommandLineAgree();
    void everyFindingIsShownOnItsPage();
    void savingBeforeOpeningAnotherFileOpensIt();
    void startPageListsRecentFilingsWithStageAndNextDate();
    void startPageOpensTheSample();
    void nextActionCardSaysWhatToDoAndByWhen();
    void formStaysPutWhenTheNextActionChanges();
    void ctrlZInAFieldUndoesTheFilingsLastEdit();
    void undoTextsAreInWords();
    void blockedReasonShowsOnTheStepsPage();
    void aStepOpensAtItsOwnField();
    void typedMarkupIsShownAsWritten();
    void saveConfirmationStaysWithItsFolder();
    void saveConfirmationFollowsLanguageAndGoesOnTheNextEdit();
    void aKnownFilingThatIsGoneIsSaidInTheNewLanguage();
    void fileDialogsStartInTheFilingsFolder();
    void statusSummaryComesBackAfterAMessage();
    void windowFitsTheScreen();
    void deadlinesPanelCollapsesWhenNothingIsDue();
    void deadlinesPanelLeavesTheLettersTheirRoom();
    void progressIsReadable();
    void f1ExplainsTheCurrentStep();
    void recoveryNamesTheFile();
    void windowSaysWhenBackgroundWorkIsDone();
    void regionIsChosenByName();
    void noPreApprovalExcludesTheOthers();
    void letterLeadsToWhereItsProgressIsRecorded();
    void contextMenuUndoIsTheFilingsInWords();
    void letterPreviewHasTheRoom();

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
    w.showField(u"entity.creditCode"_s);
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

void TestMainWindow::letterProblemNamesTheFieldInWords()
{
    MainWindow &w = *m_window;
    w.document().setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    LettersPage *letters = w.lettersPage();
    letters->selectLetter(u"miniProgramLeaderAuthorization"_s);
    QTRY_VERIFY(!letters->problemText().isEmpty());
    const QString problem = letters->problemText();
    QVERIFY2(problem.contains(u"unified social credit code: The unified social credit code's last character"_s),
             qPrintable(problem));
    QVERIFY2(!problem.contains(u"entity.creditCode"_s), qPrintable(problem));

    // The button next to it opens the field to correct.
    auto *fix = letters->findChild<QPushButton *>(u"fixLetterProblem"_s);
    QVERIFY(fix);
    QTRY_VERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    auto *edit = w.findChild<QLineEdit *>(u"entity.creditCode"_s);
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QTRY_VERIFY(edit->hasFocus());

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    QTRY_VERIFY2(letters->problemText().contains(u"统一社会信用代码："_s), qPrintable(letters->problemText()));
    LanguageManager::instance().setLanguage(u"en"_s);
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
    QVERIFY2(letters->confirmationText().contains(u"Printed: "_s + QDir::toNativeSeparators(path)),
             qPrintable(letters->confirmationText()));
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
    // The fingerprint key arrives from the keychain after the first paint; the window says when.
    QTRY_VERIFY2(w.backgroundStatus().startsWith(u"Ready"_s), qPrintable(w.backgroundStatus()));
    Dialogs::setNextFileName(dir.filePath(u"first.mpdesk"_s));
    QSignalSpy saved(&w.document(), &FilingDocument::pathChanged); // once the keychain has answered too
    w.save();
    QVERIFY(saved.wait());
    QFile first(dir.filePath(u"first.mpdesk"_s));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    QVERIFY(bytes.contains("leaderFingerprint"));
    QVERIFY(!bytes.contains("440304199211083542"));
    // It is now a filing this computer knows, but not another one to compare with (as `mpdesk check` says).
    const auto comparedWith = [](qsizetype others) {
        if (others == 0)
            return u"Ready: keychain read; no other filing on this computer to compare with"_s;
        return others == 1 ? u"Ready: keychain read, 1 other filing compared"_s
                           : u"Ready: keychain read, %1 other filings compared"_s.arg(others);
    };
    const qsizetype known = KnownFilingsIndex().load().filings.size();
    QVERIFY(known >= 1);
    QTRY_COMPARE(w.backgroundStatus(), comparedWith(known - 1));

    // A second filing of another entity with the same mini program leader.
    QVERIFY(w.importFile(samplePath));
    w.document().setField(u"entity.name"_s, u"深圳市另一家科技有限公司"_s);
    w.document().setField(u"entity.creditCode"_s, u"91440300MA5H2L3N7R"_s);
    QTRY_VERIFY2(stepText(w, u"pitfall.leaderReuse"_s).contains(u"✖"_s),
                 qPrintable(stepText(w, u"pitfall.leaderReuse"_s)));
    const Step *step = w.checklist().step(u"pitfall.leaderReuse"_s);
    QVERIFY(step);
    QCOMPARE(step->status, Step::Status::Blocked);
    QTRY_COMPARE(w.backgroundStatus(), comparedWith(known)); // the new filing has no file yet: all are others
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
    // The last two lines are the next action and the summary.
    QStringList cliLines = out.split(u'\n');
    QVERIFY2(cliLines.size() >= 3 && cliLines.last().isEmpty(), qPrintable(out));
    cliLines.removeLast();
    cliLines.removeLast(); // the summary
    const QString cliNext = cliLines.takeLast();
    const QString cliText = cliLines.join(u'\n') + u'\n';
    QTRY_COMPARE(windowText(), cliText); // the known filings arrive after the first paint

    // The next action on the card is the one the command line names, in the same words.
    NextActionCard *card = w.nextActionCard();
    QTRY_COMPARE(card->nextAction().line(), cliNext);
    const QString heading = card->findChild<QLabel *>(u"nextActionHeading"_s)->text();
    const QString action = card->findChild<QLabel *>(u"nextActionText"_s)->text();
    QVERIFY2(cliNext.startsWith(heading + u" — "_s + action), qPrintable(cliNext + u" / "_s + card->text()));
    const auto *due = card->findChild<QLabel *>(u"nextActionDue"_s);
    if (due->isVisibleTo(card))
        QVERIFY2(cliNext.endsWith(u" ("_s + card->nextAction().dueText() + u')')
                     && due->text().contains(card->nextAction().dueText()),
                 qPrintable(cliNext + u" / "_s + card->text()));
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

void TestMainWindow::startPageListsRecentFilingsWithStageAndNextDate()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"gone.mpdesk"_s);
    QSettings().setValue(u"recentFiles"_s, QStringList{samplePath, missing});
    MainWindow w(m_store.get());
    w.document().setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.isStartPageShown());
    QVERIFY(w.startPage()->isVisible());
    for (const char *name : {"startNew", "startOpen", "startImport", "startSample"})
        QVERIFY2(w.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);

    QTRY_COMPARE(w.startPage()->scanStatus(), u"Recent filings read: stages and dates as of today."_s);
    QTreeWidget *list = w.startPage()->recentList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"青禾记账助手"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Filing"_s); // its stage
    QVERIFY2(list->topLevelItem(0)->text(2).contains(u"Mini program information"_s),
             qPrintable(list->topLevelItem(0)->text(2)));
    QCOMPARE(list->topLevelItem(1)->text(1), u"Not found"_s);
    QVERIFY(list->topLevelItem(1)->isDisabled());
    QSettings().remove(u"recentFiles"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindow::startPageOpensTheSample()
{
    MainWindow w(m_store.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.isStartPageShown());
    QVERIFY(!w.findChild<QLabel *>(u"statusSummary"_s)->isVisible()); // nothing to sum up yet
    // File > New leaves the start page for the new filing; File > Close Filing comes back to it.
    QTest::keySequence(&w, QKeySequence::New);
    QVERIFY(!w.isStartPageShown());
    QVERIFY(w.nextActionCard()->isVisible());
    QTest::keySequence(&w, QKeySequence::Close);
    QVERIFY(w.isStartPageShown());
    QTest::mouseClick(w.findChild<QPushButton *>(u"startSample"_s), Qt::LeftButton);
    QVERIFY(!w.isStartPageShown());
    QCOMPARE(w.document().filing().miniProgram.name, u"青禾记账助手"_s);
    QVERIFY(w.document().path().isEmpty()); // a new filing: saving never writes over the bundled sample
    QVERIFY(w.nextActionCard()->isVisible());
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindow::nextActionCardSaysWhatToDoAndByWhen()
{
    MainWindow &w = *m_window;
    NextActionCard *card = w.nextActionCard();
    QVERIFY(card->isVisible());
    // The sample on 27 November: the mini program's own data is what comes next.
    QTRY_VERIFY2(card->text().startsWith(u"Next: Mini program information"_s), qPrintable(card->text()));

    // Payment verification started on 19 November and not finished: due on 29 November, in two days.
    w.document().setField(u"registration.verification.completedOn"_s, QString());
    w.document().setField(u"registration.verification.startedOn"_s, u"2026-11-19"_s);
    QTRY_VERIFY2(card->text().contains(u"Payment verification transfer due"_s), qPrintable(card->text()));
    QVERIFY2(card->text().contains(u"by 2026-11-29 (in 2 days)"_s), qPrintable(card->text()));
    QVERIFY(card->text().contains(u"corporate bank account"_s)); // why
    QCOMPARE(card->nextAction().kind, NextAction::Kind::DueSoon);

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_VERIFY2(card->text().contains(u"请在 2026-11-29 前完成（还有 2 天）"_s), qPrintable(card->text()));
    QVERIFY2(card->text().startsWith(u"下一步："_s), qPrintable(card->text()));
    LanguageManager::instance().setLanguage(u"en"_s);

    // Going there opens the step's page, with the step's state above it.
    QTest::mouseClick(card->findChild<QPushButton *>(u"nextActionGo"_s), Qt::LeftButton);
    QTRY_VERIFY2(w.stepStatusText().startsWith(u"Entity verification"_s), qPrintable(w.stepStatusText()));

    // Done: the card moves on.
    w.document().setField(u"registration.verification.completedOn"_s, u"2026-11-20"_s);
    QTRY_VERIFY2(card->text().startsWith(u"Next: Mini program information"_s), qPrintable(card->text()));
}

// The clerk's place on the page does not move when a step is done and the card and the step's state
// above the page say something else.
void TestMainWindow::formStaysPutWhenTheNextActionChanges()
{
    MainWindow &w = *m_window;
    w.resize(1600, 1000); // a clerk's window: the deadlines panel coming and going leaves the texts their lines
    w.showStep(u"registration.verification"_s);
    auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(pages);
    const auto pageTop = [&] {
        QCoreApplication::sendPostedEvents(); // the layout settles
        return pages->mapTo(&w, QPoint(0, 0)).y();
    };
    const NextActionCard *card = w.nextActionCard();
    QTRY_VERIFY2(card->text().startsWith(u"Next: Mini program information"_s), qPrintable(card->text()));
    // What the background reading has to say is said (a note above the page) before measuring.
    QTRY_VERIFY2(w.backgroundStatus().startsWith(u"Ready"_s), qPrintable(w.backgroundStatus()));
    const int top = pageTop();

    // Started and not finished: the card names a date and says why; the step's state gives a reason.
    w.document().setField(u"registration.verification.completedOn"_s, QString());
    w.document().setField(u"registration.verification.startedOn"_s, u"2026-11-19"_s);
    QTRY_VERIFY2(card->text().contains(u"due"_s), qPrintable(card->text()));
    QCOMPARE(pageTop(), top);

    // Not started: no date on the card.
    w.document().setField(u"registration.verification.startedOn"_s, QString());
    QTRY_VERIFY2(!card->text().contains(u"Due:"_s), qPrintable(card->text()));
    QCOMPARE(pageTop(), top);

    // Done: the card moves on.
    w.document().setField(u"registration.verification.startedOn"_s, u"2026-11-19"_s);
    w.document().setField(u"registration.verification.completedOn"_s, u"2026-11-20"_s);
    QTRY_VERIFY2(card->text().startsWith(u"Next: Mini program information"_s), qPrintable(card->text()));
    QCOMPARE(pageTop(), top);
}

void TestMainWindow::ctrlZInAFieldUndoesTheFilingsLastEdit()
{
    MainWindow &w = *m_window;
    w.showField(u"entity.name"_s);
    auto *name = w.findChild<QLineEdit *>(u"entity.name"_s);
    auto *code = w.findChild<QLineEdit *>(u"entity.creditCode"_s);
    const QString originalName = name->text();
    const QString originalCode = code->text();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" A"_s);
    code->setFocus();
    code->end(false);
    QTest::keyClicks(code, u"9"_s);
    QCOMPARE(w.document().filing().entity.creditCode, originalCode + u'9');

    // Back in the name field, Ctrl+Z undoes the filing's last edit (the code), not the field's own typing.
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(code->text(), originalCode);
    QCOMPARE(w.document().filing().entity.creditCode, originalCode);
    QCOMPARE(name->text(), originalName + u" A"_s);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(name->text(), originalName);
    QCOMPARE(w.document().filing().entity.name, originalName);

    // Redo, both ways, from the field.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(w.document().filing().entity.name, originalName + u" A"_s);
    QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(w.document().filing().entity.creditCode, originalCode + u'9');
    QCOMPARE(code->text(), originalCode + u'9');
}

void TestMainWindow::undoTextsAreInWords()
{
    MainWindow &w = *m_window;
    w.document().setField(u"entity.name"_s, u"深圳市青禾数据科技股份有限公司"_s);
    auto *undo = w.findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo);
    QCOMPARE(undo->text(), u"Undo: Edit entity name"_s);
    // An edit made in English reads in Chinese after a switch, and back.
    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_COMPARE(undo->text(), u"撤销：修改主体名称"_s);
    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_COMPARE(undo->text(), u"Undo: Edit entity name"_s);
    undo->trigger();
    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    w.document().setField(u"entity.name"_s, u"深圳市青禾数据科技股份有限公司"_s);
    QTRY_COMPARE(undo->text(), u"撤销：修改主体名称"_s);
    undo->trigger();
    auto *redo = w.findChild<QAction *>(u"redoAction"_s);
    QCOMPARE(redo->text(), u"重做：修改主体名称"_s);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), u"撤销"_s);
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestMainWindow::blockedReasonShowsOnTheStepsPage()
{
    MainWindow &w = *m_window;
    const Step *step = w.checklist().step(u"filing.platformReview"_s);
    QVERIFY(step);
    QCOMPARE(step->status, Step::Status::Blocked);
    const QString reason = step->reason;
    QVERIFY(!reason.isEmpty());
    w.showStep(u"filing.platformReview"_s);
    QVERIFY2(w.stepStatusText().contains(u"blocked"_s, Qt::CaseInsensitive), qPrintable(w.stepStatusText()));
    QVERIFY2(w.stepStatusText().contains(reason), qPrintable(w.stepStatusText()));
    QVERIFY(w.findChild<QLabel *>(u"stepHeader"_s)->isVisible());
}

// A step with nothing to correct opens where its own data is, not at the top of a shared page.
void TestMainWindow::aStepOpensAtItsOwnField()
{
    MainWindow &w = *m_window;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showStep(u"filing.approved"_s);
    QTRY_COMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
                 u"filing.recordNumber"_s);
    // ... and in view, though it is far down the page.
    QWidget *field = QApplication::focusWidget();
    auto *scroll = qobject_cast<QScrollArea *>(w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget());
    QVERIFY(scroll);
    const QRect shown(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
    QVERIFY2(scroll->viewport()->rect().contains(shown),
             qPrintable(u"field at %1, viewport height %2"_s.arg(shown.top()).arg(scroll->viewport()->height())));
    w.showStep(u"filing.bureauReview"_s);
    QTRY_COMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
                 u"filing.smsReceivedAt"_s);
}

namespace {
// What a tooltip shows: Qt renders it as markup when it looks like markup.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument rendered;
    rendered.setHtml(tip);
    return rendered.toPlainText();
}
} // namespace

void TestMainWindow::typedMarkupIsShownAsWritten()
{
    MainWindow &w = *m_window;
    const QString typed = u"<b>明天</b>"_s;
    w.showField(u"registration.submittedOn"_s);
    w.document().setField(u"registration.submittedOn"_s, typed);
    auto *edit = w.findChild<QLineEdit *>(u"registration.submittedOn"_s);
    QVERIFY(edit);
    QTRY_VERIFY(!edit->toolTip().isEmpty());
    QVERIFY2(shownToolTip(edit->toolTip()).contains(u"\"<b>明天</b>\" is not a date"_s), qPrintable(edit->toolTip()));

    // Wherever the message or the value shows, it reads as typed: labels and every tooltip.
    int seen = 0;
    for (const QWidget *widget : w.findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->text().contains(typed)) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            ++seen;
        }
        if (widget->toolTip().contains(u"明天"_s)) {
            QVERIFY2(shownToolTip(widget->toolTip()).contains(typed), qPrintable(widget->toolTip()));
            ++seen;
        }
        if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
                for (int column = 0; column < tree->columnCount(); ++column) {
                    const QString tip = (*it)->toolTip(column);
                    if (tip.contains(u"明天"_s))
                        QVERIFY2(shownToolTip(tip).contains(typed), qPrintable(tip));
                }
            }
        }
    }
    QVERIFY(seen >= 2); // the field's message under it and its tooltip
}

void TestMainWindow::saveConfirmationStaysWithItsFolder()
{
    MainWindow &w = *m_window;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kept.mpdesk"_s);
    Dialogs::setNextFileName(path);
    w.save();
    MessageBar *bar = w.messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"Saved"_s) && bar->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(bar->text()));
    QCOMPARE(bar->file(), path);
    QVERIFY(bar->findChild<QPushButton *>(u"messageBarOpenFolder"_s)->isVisible());
    QTest::qWait(200); // it stays
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar->findChild<QPushButton *>(u"messageBarClose"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

// The "Saved" line reads in the language the clerk switches to, and goes once the filing is edited again;
// a message about something else stays.
void TestMainWindow::saveConfirmationFollowsLanguageAndGoesOnTheNextEdit()
{
    MainWindow &w = *m_window;
    // The known filings are read after the first paint; a note of theirs would take the bar's place.
    QTRY_VERIFY(w.backgroundStatus().startsWith(u"Ready"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"followed.mpdesk"_s);
    Dialogs::setNextFileName(path);
    w.save();
    MessageBar *bar = w.messageBar();
    QTRY_VERIFY2(bar->text().startsWith(u"Saved "_s), qPrintable(bar->text())); // once the keychain answered

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_VERIFY2(bar->text().startsWith(u"已保存"_s), qPrintable(bar->text())); // through the event queue
    QVERIFY(bar->text().contains(QDir::toNativeSeparators(path)));
    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_VERIFY2(bar->text().startsWith(u"Saved "_s), qPrintable(bar->text()));

    w.document().edit(u"Edit"_s, [](Filing &f) { f.entity.name += u"（新）"_s; });
    QVERIFY(w.document().isModified());
    QVERIFY(!bar->isVisible());
    QCOMPARE(bar->text(), QString());

    // Another kind of message is not withdrawn by an edit.
    bar->showMessage([] { return u"Something else"_s; }, QString(), MessageBar::Tone::Warning);
    w.document().undoStack()->undo();
    w.document().edit(u"Edit"_s, [](Filing &f) { f.entity.name += u"（又）"_s; });
    QCOMPARE(bar->text(), u"Something else"_s);
}

// A filing this computer knew whose file is gone drops out with a note, which reads in the language the
// clerk switches to.
void TestMainWindow::aKnownFilingThatIsGoneIsSaidInTheNewLanguage()
{
    MainWindow &w = *m_window;
    QTRY_VERIFY(w.backgroundStatus().startsWith(u"Ready"_s));
    QTemporaryDir dir;
    const QString gone = dir.filePath(u"gone.mpdesk"_s);
    const QString kept = dir.filePath(u"kept.mpdesk"_s);
    for (const QString &path : {gone, kept}) {
        Dialogs::setNextFileName(path);
        QSignalSpy saved(&w.document(), &FilingDocument::pathChanged);
        w.saveAs();
        QVERIFY(saved.wait());
    }
    QVERIFY(QFile::remove(gone));
    QVERIFY(w.openFile(kept));
    MessageBar *bar = w.messageBar();
    const QString name = QDir::toNativeSeparators(gone);
    QTRY_VERIFY2(bar->text().contains(name + u" is no longer there"_s), qPrintable(bar->text()));

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_VERIFY2(bar->text().contains(name + u" \u5df2\u4e0d\u5b58\u5728"_s), qPrintable(bar->text())); // 已不存在
    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_VERIFY2(bar->text().contains(name + u" is no longer there"_s), qPrintable(bar->text()));
}

// Open, Import and Save As start in the filing's folder (or Documents), never in the working folder.
void TestMainWindow::fileDialogsStartInTheFilingsFolder()
{
    MainWindow &w = *m_window;
    const QString sampleFolder = QFileInfo(samplePath).absolutePath();
    Dialogs::setNextFileName(QString()); // cancelled
    const auto trigger = [&w](const QString &text) {
        for (QAction *action : w.menuBar()->actions().constFirst()->menu()->actions()) {
            if (action->text().remove(u'&') == text) {
                action->trigger();
                return true;
            }
        }
        return false;
    };
    QVERIFY(trigger(u"Open…"_s));
    QCOMPARE(Dialogs::lastFileDialogTitle(), u"Open a filing"_s);
    QCOMPARE(Dialogs::lastStartFolder(), sampleFolder);
    QVERIFY(Dialogs::lastStartFolder() != QDir::currentPath());

    Dialogs::setNextFileName(QString());
    QVERIFY(trigger(u"Import Interchange File…"_s));
    QCOMPARE(Dialogs::lastStartFolder(), sampleFolder);

    // Save As of an interchange file: the project beside it.
    Dialogs::setNextFileName(QString());
    w.saveAs();
    QCOMPARE(Dialogs::lastFileDialogTitle(), u"Save the filing"_s);
    QCOMPARE(Dialogs::lastStartFolder(), sampleFolder);

    // The deadlines' calendar file too.
    auto *exportCalendar = w.deadlinesPanel()->findChild<QPushButton *>(u"exportCalendarButton"_s);
    QTRY_VERIFY(exportCalendar->isEnabled());
    Dialogs::setNextFileName(QString());
    exportCalendar->click();
    QCOMPARE(Dialogs::lastFileDialogTitle(), u"Export deadlines"_s);
    QCOMPARE(Dialogs::lastStartFolder(), sampleFolder);

    // The sample read from the application's resources has no folder: Documents.
    QVERIFY(w.openSample());
    Dialogs::setNextFileName(QString());
    w.saveAs();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(Dialogs::lastStartFolder(), documents.isEmpty() ? QDir::homePath() : documents);
}

void TestMainWindow::statusSummaryComesBackAfterAMessage()
{
    MainWindow &w = *m_window;
    auto *summary = w.findChild<QLabel *>(u"statusSummary"_s);
    QTRY_VERIFY(summary->text().contains(u"errors: 0"_s));
    w.statusBar()->showMessage(u"A menu's tip"_s);
    QVERIFY(summary->isVisible());
    w.statusBar()->clearMessage();
    QVERIFY(summary->isVisible());
    QVERIFY(w.statusSummary().contains(u"steps finished"_s));
}

void TestMainWindow::windowFitsTheScreen()
{
    const QSize fullHd = MainWindow::firstStartSize(QSize(1920, 1050));
    QVERIFY2(fullHd.width() >= 1400 && fullHd.height() >= 850,
             qPrintable(u"%1x%2"_s.arg(fullHd.width()).arg(fullHd.height())));
    QCOMPARE(fullHd.width(), 1536);
    const QSize big = MainWindow::firstStartSize(QSize(2560, 1400));
    QCOMPARE(big, QSize(2048, 1120));
    const QSize small = MainWindow::firstStartSize(QSize(1280, 700)); // never larger than the screen
    QCOMPARE(small, QSize(1280, 700));
    // 850 of content under the menu bar and above the status bar: 80 % of 1080 alone leaves 836.
    const QSize withBars = MainWindow::firstStartSize(QSize(1920, 1080), 28);
    QCOMPARE(withBars, QSize(1536, 878));
    const int chrome = m_window->menuBar()->sizeHint().height() + m_window->statusBar()->sizeHint().height();
    QVERIFY(MainWindow::firstStartSize(QSize(1920, 1080), chrome).height() - chrome >= 850);
}

void TestMainWindow::deadlinesPanelCollapsesWhenNothingIsDue()
{
    MainWindow &w = *m_window;
    auto *dock = w.findChild<QDockWidget *>(u"deadlinesDock"_s);
    QTRY_VERIFY(dock->isVisible()); // the sample waits for its invoice
    w.document().newFiling();
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(w.importFile(samplePath));
    QTRY_VERIFY(dock->isVisible());
}

void TestMainWindow::deadlinesPanelLeavesTheLettersTheirRoom()
{
    MainWindow &w = *m_window;
    QSettings().remove(u"window/deadlinesOnLettersPage"_s);
    auto *dock = w.findChild<QDockWidget *>(u"deadlinesDock"_s);
    QTRY_VERIFY(dock->isVisible()); // the sample waits for its invoice
    w.showStep(u"filing.authorizationLetters"_s);
    QTRY_VERIFY(w.lettersPage()->isVisible());
    QVERIFY(!dock->isVisible()); // the preview gets the height
    w.showField(u"entity.mailingAddress"_s);
    QTRY_VERIFY(dock->isVisible()); // back where it was
    w.showField(u"filing.commitmentLetters"_s);
    QTRY_VERIFY(w.lettersPage()->isVisible());
    QVERIFY(!dock->isVisible());
    // The clerk wants it on the letters page too: that is remembered.
    w.findChild<QAction *>(u"deadlinesToggle"_s)->trigger();
    QVERIFY(dock->isVisible());
    w.showField(u"entity.mailingAddress"_s);
    QVERIFY(dock->isVisible());
    w.showField(u"filing.commitmentLetters"_s);
    QVERIFY(dock->isVisible());
    QVERIFY(QSettings().value(u"window/deadlinesOnLettersPage"_s).toBool());
    QSettings().remove(u"window/deadlinesOnLettersPage"_s);
}

void TestMainWindow::progressIsReadable()
{
    MainWindow &w = *m_window;
    auto *bar = w.findChild<QProgressBar *>(u"progressBar"_s);
    QVERIFY(bar->height() >= 16);
    QVERIFY(bar->isTextVisible());
    QVERIFY(bar->text().contains(u"/ 26"_s) || bar->text().contains(u"/"_s));
    // The checklist shows that it has the keyboard focus.
    QVERIFY(w.sidebar()->findChild<QTreeWidget *>(u"checklistTree"_s)->styleSheet().contains(u":focus"_s));
}

void TestMainWindow::f1ExplainsTheCurrentStep()
{
    MainWindow &w = *m_window;
    w.showStep(u"registration.verification"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY2(Dialogs::lastDocument().contains(u"within 10 days"_s), qPrintable(Dialogs::lastDocument()));
    QVERIFY(!Dialogs::lastDocument().contains(u"Invoice information"_s)); // this step only

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY2(Dialogs::lastDocument().contains(u"10 天内"_s), qPrintable(Dialogs::lastDocument()));
    LanguageManager::instance().setLanguage(u"en"_s);
    QVERIFY(w.menuBar()->actions().last()->menu()->actions().size() >= 3); // Help has more than About
}

void TestMainWindow::recoveryNamesTheFile()
{
    MainWindow &w = *m_window;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"named.mpdesk"_s);
    Dialogs::setNextFileName(path);
    QSignalSpy saved(&w.document(), &FilingDocument::pathChanged);
    w.save();
    QVERIFY(saved.wait());
    w.document().setField(u"entity.name"_s, u"未保存的名称"_s);
    QVERIFY(w.document().writeRecovery());
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    w.offerRecovery();
    QVERIFY2(Dialogs::lastQuestion().contains(QDir::toNativeSeparators(path)), qPrintable(Dialogs::lastQuestion()));
    QVERIFY(FilingDocument::pendingRecoveries().isEmpty());

    // A new filing with no name yet is called that, not by the recovery copy's id.
    w.document().newFiling();
    w.document().setField(u"registration.email"_s, u"clerk@example.cn"_s);
    QVERIFY(w.document().writeRecovery());
    const QString copy = FilingDocument::pendingRecoveries().value(0);
    QVERIFY(!copy.isEmpty());
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    w.offerRecovery();
    QVERIFY2(Dialogs::lastQuestion().contains(u"a new filing not saved yet"_s), qPrintable(Dialogs::lastQuestion()));
    QVERIFY2(!Dialogs::lastQuestion().contains(QFileInfo(copy).completeBaseName()),
             qPrintable(Dialogs::lastQuestion()));
}

void TestMainWindow::windowSaysWhenBackgroundWorkIsDone()
{
    MainWindow w(m_store.get());
    QSignalSpy finished(&w, &MainWindow::backgroundWorkFinished);
    QSignalSpy painted(&w, &MainWindow::firstPainted); // the recovery question waits for it
    QVERIFY(w.backgroundStatus().isEmpty() || w.backgroundStatus().contains(u"Reading"_s));
    w.show();
    QVERIFY(finished.wait());
    QCOMPARE(w.backgroundStatus(), u"Ready: keychain read"_s); // the start page: no leader to compare yet
    QCOMPARE(painted.count(), 1);
    w.update();
    QTest::qWait(50);
    QCOMPARE(painted.count(), 1); // once, not on every paint
    QVERIFY(w.findChild<QLabel *>(u"backgroundStatus"_s)->isVisible());
}

void TestMainWindow::regionIsChosenByName()
{
    MainWindow &w = *m_window;
    w.showField(u"entity.region.province"_s);
    auto *picker = w.findChild<RegionPicker *>(u"regionPicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->namesText(), u"广东省 深圳市 南山区"_s); // the sample's 440000, 440300, 440305
    QVERIFY(picker->toolTip().contains(u"国家统计局"_s)); // the source is named

    // Another district of Shenzhen: the stored value is its code, in one undo step.
    auto *district = picker->findChild<QComboBox *>(u"regionDistrict"_s);
    choose(district, u"440304"_s);
    QCOMPARE(w.document().filing().entity.region.district, u"440304"_s);
    QCOMPARE(picker->namesText(), u"广东省 深圳市 福田区"_s);
    // Another province: the city and district no longer fit and are cleared.
    auto *province = picker->findChild<QComboBox *>(u"regionProvince"_s);
    choose(province, u"110000"_s);
    QCOMPARE(w.document().filing().entity.region.province, u"110000"_s);
    QVERIFY(w.document().filing().entity.region.city.isEmpty());
    QVERIFY(w.document().filing().entity.region.district.isEmpty());
    QVERIFY(picker->findChild<QComboBox *>(u"regionCity"_s)->findData(u"110100"_s) > 0);

    w.document().undoStack()->undo();
    w.document().undoStack()->undo();
    QTRY_COMPARE(picker->namesText(), u"广东省 深圳市 南山区"_s);
    QCOMPARE(w.document().filing().entity.region.district, u"440305"_s);
}

void TestMainWindow::noPreApprovalExcludesTheOthers()
{
    PreApprovalChecks checks;
    checks.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checks));
    QSignalSpy changed(&checks, &PreApprovalChecks::changed);
    QCOMPARE(checks.box(u"education"_s)->text(), u"Education"_s);
    tick(checks.box(u"education"_s));
    tick(checks.box(u"medical"_s));
    QCOMPARE(checks.keywords(), (QStringList{u"education"_s, u"medical"_s}));
    // "None of these" clears every other box ...
    tick(checks.box(u"none"_s));
    QCOMPARE(checks.keywords(), QStringList{u"none"_s});
    QVERIFY(!checks.box(u"education"_s)->isChecked());
    // ... and any other box clears it.
    tick(checks.box(u"news"_s));
    QCOMPARE(checks.keywords(), QStringList{u"news"_s});
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().first().toStringList(), QStringList{u"news"_s});

    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    QTRY_VERIFY2(checks.box(u"none"_s)->text() != u"None of these"_s, qPrintable(checks.box(u"none"_s)->text()));
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestMainWindow::letterLeadsToWhereItsProgressIsRecorded()
{
    MainWindow &w = *m_window;
    // The checklist's letter step opens the letters, where the clerk prints them ...
    w.showStep(u"filing.authorizationLetters"_s);
    LettersPage *letters = w.lettersPage();
    QTRY_VERIFY(letters->isVisible());
    letters->selectLetter(u"mini-program-leader-authorization"_s);
    auto *progress = letters->findChild<QLabel *>(u"letterProgress"_s);
    auto *record = letters->findChild<QPushButton *>(u"recordLetterProgress"_s);
    QVERIFY(progress && record);
    QTRY_VERIFY(progress->isVisible());
    QCOMPARE(progress->text(), u"This letter: printed not yet · signed and sealed not yet · uploaded not yet"_s);
    QVERIFY(record->isVisible());
    QCOMPARE(record->text(), u"Record printed / signed / uploaded…"_s);

    // ... and the button leads to where the dates are kept, at the first one still missing.
    const QString printed = u"filing.letters.miniProgramLeaderAuthorization.printedOn"_s;
    QTest::mouseClick(record, Qt::LeftButton);
    auto *filingPage = w.findChild<FormPage *>(u"filingPage"_s);
    QVERIFY(filingPage);
    QTRY_VERIFY(filingPage->fieldWidget(printed)->isVisible());
    QVERIFY(!letters->isVisible());
    QTRY_VERIFY(filingPage->fieldWidget(printed)->isAncestorOf(QApplication::focusWidget())
                || filingPage->fieldWidget(printed) == QApplication::focusWidget());

    // Once printed, the letter says so, and the next date to record is the signing.
    w.document().setField(printed, u"2026-11-24"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    letters->selectLetter(u"mini-program-leader-authorization"_s);
    QTRY_COMPARE(progress->text(), u"This letter: printed 2026-11-24 · signed and sealed not yet · uploaded not yet"_s);
    QTest::mouseClick(record, Qt::LeftButton);
    const QString signedOn = u"filing.letters.miniProgramLeaderAuthorization.signedOn"_s;
    QTRY_VERIFY(filingPage->fieldWidget(signedOn)->isAncestorOf(QApplication::focusWidget())
                || filingPage->fieldWidget(signedOn) == QApplication::focusWidget());

    // A letter the filing does not need has nothing to record: the mini program leader leads the entity too.
    w.document().setField(u"miniProgram.leader"_s, u"p1"_s);
    w.showStep(u"filing.authorizationLetters"_s);
    QTRY_VERIFY(letters->notNeededLetters().contains(u"小程序负责人授权书"_s));
    letters->selectLetter(u"mini-program-leader-authorization"_s);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(!record->isVisible());
}

void TestMainWindow::contextMenuUndoIsTheFilingsInWords()
{
    MainWindow &w = *m_window;
    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    w.showField(u"entity.name"_s);
    auto *edit = w.findChild<QLineEdit *>(u"entity.name"_s);
    QVERIFY(edit);
    const QString original = edit->text();
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, u" Ltd"_s);
    QCOMPARE(w.document().filing().entity.name, original + u" Ltd"_s);
    // The Edit menu says 撤销, in words.
    const QString menuUndo = w.findChild<QAction *>(u"undoAction"_s)->text();
    QVERIFY2(menuUndo.startsWith(u"撤销："_s) && !menuUndo.contains(u"entity."_s), qPrintable(menuUndo));

    // The right-click menu says 撤销 (Qt's own Chinese says 撤消) and undoes the filing's edit.
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *undo = nullptr;
        for (QAction *action : menu->actions()) {
            texts.append(action->text());
            if (action->text().startsWith(u"撤销"_s))
                undo = action;
        }
        menu->close();
        if (undo && undo->isEnabled())
            undo->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), edit->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(edit, &event);
    const QString shown = texts.join(u" | "_s);
    QVERIFY2(shown.contains(u"撤销(&U)"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u"撤消"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"重做(&R)"_s), qPrintable(shown));
    QCOMPARE(w.document().filing().entity.name, original);
    QCOMPARE(edit->text(), original);
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestMainWindow::letterPreviewHasTheRoom()
{
    MainWindow &w = *m_window;
    w.resize(1536, 864); // the first window on a 1920×1080 screen
    w.showStep(u"filing.authorizationLetters"_s);
    LettersPage *letters = w.lettersPage();
    QTRY_VERIFY(letters->isVisible());
    QTRY_VERIFY(letters->pageCount() > 0);
    auto *list = letters->findChild<QListWidget *>(u"lettersList"_s);
    auto *preview = letters->findChild<QScrollArea *>();
    QVERIFY(list && preview);
    // Three letters take three lines, not an empty box; the letter itself gets most of the page.
    QTRY_VERIFY2(
        preview->height() >= letters->height() / 2,
        qPrintable(u"preview %1 of %2, list %3"_s.arg(preview->height()).arg(letters->height()).arg(list->height())));
    QVERIFY(list->height() <= 4 * list->sizeHintForRow(0) + 2 * list->frameWidth() + 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
