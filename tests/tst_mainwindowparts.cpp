// The rooms the main window hands its work to: the pages built when first needed and still showing every
// finding, the save-and-close flow answering Save / Discard / Cancel (and waiting for the keychain), and
// the recent filings.

#include "common/Dialogs.h"
#include "document/FilingDocument.h"
#include "editors/FormPage.h"
#include "i18n/LanguageManager.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NextActionCard.h"
#include "mainwindow/PageRouter.h"
#include "mainwindow/RecentProjects.h"
#include "mainwindow/SaveCloseFlow.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {
const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString brokenPath = QStringLiteral(MPDESK_SOURCE_DIR "/tests/data/broken-filing.json");
} // namespace

class TestMainWindowParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noEditorIsBuiltBeforeTheFirstPaint();
    void aPageBuiltLateShowsItsFindings();
    void aPageBuiltLateFollowsTheLanguage();
    void saveAnswerSavesThenContinuesAfterTheKeychain();
    void discardAnswerContinuesWithoutSaving();
    void cancelAnswerDoesNothing();
    void aFailedSaveStopsWhatWaited();
    void closeAnsweredSaveClosesAfterTheKeychain();
    void closeAnsweredDiscardOrCancel();
    void recentFilesNewestFirstOnceEach();
    void wheelOverAChoiceScrollsThePage();
    void stepHeaderDoesNotRepeatTheCard();
    void aNewFilingStartsWithAddingPeople();
    void fileFiltersKeepTheirPatternsInChinese();
    void chineseSentencesNameTheProgramInChinese();

private:
    std::unique_ptr<FilingDocument> modifiedSample(MemorySecretStore &store);
};

void TestMainWindowParts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowParts::init()
{
    LanguageManager::instance().setLanguage(u"en"_s);
    QSettings().remove(u"recentFiles"_s);
    QSettings().remove(u"window"_s);
}

std::unique_ptr<FilingDocument> TestMainWindowParts::modifiedSample(MemorySecretStore &store)
{
    auto document = std::make_unique<FilingDocument>(store);
    document->setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    if (!document->importInterchange(samplePath))
        return nullptr;
    document->setField(u"entity.name"_s, u"改过的名称"_s);
    return document;
}

void TestMainWindowParts::noEditorIsBuiltBeforeTheFirstPaint()
{
    MemorySecretStore store;
    MainWindow w(&store);
    for (const QString &name : PageRouter::pageNames())
        QVERIFY2(!w.pages()->isBuilt(name), qPrintable(name));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // After the first paint the editors are built, one per turn, without anyone asking.
    for (const QString &name : PageRouter::pageNames())
        QTRY_VERIFY2(w.pages()->isBuilt(name), qPrintable(name));
    QVERIFY(w.isStartPageShown());
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindowParts::aPageBuiltLateShowsItsFindings()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.document().setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    QVERIFY(w.openFile(brokenPath)); // before the first paint: only the page of the next step is built
    const Findings findings = w.document().findings();
    QVERIFY(!findings.isEmpty());
    int lateOnes = 0;
    for (const Finding &finding : findings) {
        const QString name = PageRouter::routeFor(finding.path);
        if (name.isEmpty() || w.pages()->isBuilt(name) || !w.pages()->formPageFor(finding.path))
            continue;
        ++lateOnes;
        // formPageFor built it just now: the message is under its field all the same.
        FormPage *page = w.pages()->formPageFor(finding.path);
        w.show();
        w.showField(finding.path);
        QTRY_VERIFY(page->isVisible());
        bool shown = false;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisibleTo(page) && label->text().contains(finding.message))
                shown = true;
        }
        QVERIFY2(shown, qPrintable(finding.line()));
    }
    QVERIFY(lateOnes > 0);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindowParts::aPageBuiltLateFollowsTheLanguage()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.show();
    QVERIFY(w.openFile(samplePath));
    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    FormPage *entity = w.pages()->formPageFor(u"entity.mailingAddress"_s);
    QVERIFY(entity);
    w.showField(u"entity.mailingAddress"_s);
    auto *mailing = qobject_cast<QLineEdit *>(entity->fieldWidget(u"entity.mailingAddress"_s));
    QVERIFY(mailing);
    QCOMPARE(mailing->placeholderText(),
             u"街道、门牌和楼宇，不含省、市、区县"_s); // built in the language of the moment
    QLabel *label = nullptr;
    for (QLabel *candidate : entity->findChildren<QLabel *>()) {
        if (candidate->buddy() == mailing)
            label = candidate;
    }
    QVERIFY(label);
    QCOMPARE(label->text(), u"通讯地址："_s); // the full-width colon of Chinese
    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_COMPARE(mailing->placeholderText(), u"street and building, without the province, city and district"_s);
    QCOMPARE(label->text(), u"Communication address:"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindowParts::saveAnswerSavesThenContinuesAfterTheKeychain()
{
    MemorySecretStore store;
    auto document = modifiedSample(store);
    QVERIFY(document);
    QWidget window;
    SaveCloseFlow flow(*document, &window);
    QSignalSpy saved(&flow, &SaveCloseFlow::saved);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.mpdesk"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    Dialogs::setNextFileName(path);
    bool ran = false;
    flow.whenDiscardable([&] { ran = true; });
    // The file is written, but the ID numbers are still on their way to the keychain: nothing runs yet.
    QVERIFY(QFile::exists(path));
    QVERIFY(!ran);
    QVERIFY(flow.isWaitingForSave());
    QTRY_VERIFY(ran);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(!store.entries().isEmpty()); // the numbers went to the keychain, not the file
    QVERIFY(!document->isModified());
}

void TestMainWindowParts::discardAnswerContinuesWithoutSaving()
{
    MemorySecretStore store;
    auto document = modifiedSample(store);
    QVERIFY(document);
    QWidget window;
    SaveCloseFlow flow(*document, &window);
    QSignalSpy saved(&flow, &SaveCloseFlow::saved);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    bool ran = false;
    flow.whenDiscardable([&] { ran = true; });
    QVERIFY(ran);
    QCOMPARE(saved.count(), 0);
    QVERIFY(document->isModified());
}

void TestMainWindowParts::cancelAnswerDoesNothing()
{
    MemorySecretStore store;
    auto document = modifiedSample(store);
    QVERIFY(document);
    QWidget window;
    SaveCloseFlow flow(*document, &window);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    bool ran = false;
    flow.whenDiscardable([&] { ran = true; });
    QTest::qWait(20);
    QVERIFY(!ran);
    QVERIFY(!flow.isWaitingForSave());
    QCOMPARE(document->filing().entity.name, u"改过的名称"_s);
    QVERIFY(document->isModified());

    // Nothing unsaved: no question at all, it just runs.
    FilingDocument clean(store);
    SaveCloseFlow cleanFlow(clean, &window);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    cleanFlow.whenDiscardable([&] { ran = true; });
    QVERIFY(ran);
}

void TestMainWindowParts::aFailedSaveStopsWhatWaited()
{
    MemorySecretStore store;
    auto document = modifiedSample(store);
    QVERIFY(document);
    QWidget window;
    SaveCloseFlow flow(*document, &window);
    QTemporaryDir dir;
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    Dialogs::setNextFileName(dir.filePath(u"no-such-folder/saved.mpdesk"_s));
    bool ran = false;
    QString warning;
    // The warning that the save failed is a real message box: read it and close it as the clerk would.
    QTimer::singleShot(50, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->windowTitle();
            box->accept();
        }
    });
    flow.whenDiscardable([&] { ran = true; });
    QCOMPARE(warning, u"The filing was not saved"_s);
    QVERIFY(!ran);
    QVERIFY(!flow.isWaitingForSave());
    QVERIFY(!Dialogs::lastWarning().isEmpty());
    QVERIFY(document->isModified());
}

void TestMainWindowParts::closeAnsweredSaveClosesAfterTheKeychain()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.importFile(samplePath));
    w.document().setField(u"entity.name"_s, u"改过的名称"_s);
    QTemporaryDir dir;
    Dialogs::setNextAnswer(Dialogs::Answer::Yes);
    Dialogs::setNextFileName(dir.filePath(u"closing.mpdesk"_s));
    QVERIFY(!w.close()); // not yet: the keychain has not answered
    QVERIFY(w.isVisible());
    QTRY_VERIFY(!w.isVisible());
    QVERIFY(QFile::exists(dir.filePath(u"closing.mpdesk"_s)));
    QCOMPARE(w.recentProjects()->files().value(0), dir.filePath(u"closing.mpdesk"_s));
}

void TestMainWindowParts::closeAnsweredDiscardOrCancel()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.importFile(samplePath));
    w.document().setField(u"entity.name"_s, u"改过的名称"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QVERIFY(!w.close());
    QTest::qWait(50);
    QVERIFY(w.isVisible());
    QCOMPARE(w.document().filing().entity.name, u"改过的名称"_s);
    Dialogs::setNextAnswer(Dialogs::Answer::No);
    QVERIFY(w.close());
    QVERIFY(!w.isVisible());
}

void TestMainWindowParts::recentFilesNewestFirstOnceEach()
{
    QTemporaryDir dir;
    QMenu menu;
    RecentProjects recent(&menu);
    QVERIFY(!menu.isEnabled()); // nothing yet
    for (int i = 0; i < 10; ++i)
        recent.remember(dir.filePath(u"f%1.mpdesk"_s.arg(i)));
    recent.remember(dir.filePath(u"f5.mpdesk"_s));
    const QStringList files = recent.files();
    QCOMPARE(files.size(), RecentProjects::MaxFiles);
    QCOMPARE(files.first(), dir.filePath(u"f5.mpdesk"_s));
    QCOMPARE(files.count(dir.filePath(u"f5.mpdesk"_s)), 1);
    QCOMPARE(files.at(1), dir.filePath(u"f9.mpdesk"_s));
    QVERIFY(!files.contains(dir.filePath(u"f0.mpdesk"_s)));
    QVERIFY(menu.isEnabled());
    QCOMPARE(menu.actions().size(), RecentProjects::MaxFiles);
    QCOMPARE(menu.actions().first()->text(), QDir::toNativeSeparators(dir.filePath(u"f5.mpdesk"_s)));
    QSignalSpy open(&recent, &RecentProjects::openRequested);
    menu.actions().at(1)->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), dir.filePath(u"f9.mpdesk"_s));
}

void TestMainWindowParts::wheelOverAChoiceScrollsThePage()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.importFile(samplePath));
    w.showField(u"people[0].name"_s);
    FormPage *people = w.pages()->formPageFor(u"people[0].name"_s);
    auto *role = people->findChild<QComboBox *>(u"miniProgram.leader"_s);
    QVERIFY(role);
    QTRY_VERIFY(role->isVisible());
    QVERIFY(!role->hasFocus());
    const QString before = role->currentText();
    const int undoBefore = w.document().undoStack()->count();
    const QPoint at = role->rect().center();
    QWheelEvent wheel(at, role->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(role, &wheel);
    QTest::qWait(20);
    QCOMPARE(role->currentText(), before); // the choice stays
    QCOMPARE(w.document().undoStack()->count(), undoBefore); // and nothing was edited
    QVERIFY(!QApplication::activeModalWidget()); // no "Add person" question either
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindowParts::stepHeaderDoesNotRepeatTheCard()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(w.findChild<QPushButton *>(u"startNew"_s), Qt::LeftButton);
    w.showStep(u"people"_s);
    const Step *step = w.checklist().step(u"people"_s);
    QVERIFY(step && !step->reason.isEmpty());
    QVERIFY(w.nextActionCard()->text().contains(step->reason)); // the card says it ...
    QVERIFY(w.stepStatusText().startsWith(step->title)); // ... the header names the step ...
    QVERIFY2(!w.stepStatusText().contains(step->reason), qPrintable(w.stepStatusText())); // ... once is enough
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

// A blank filing opens on the People page at its top: what to do first, and the button to do it.
void TestMainWindowParts::aNewFilingStartsWithAddingPeople()
{
    MemorySecretStore store;
    MainWindow w(&store);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(w.findChild<QPushButton *>(u"startNew"_s), Qt::LeftButton);
    auto *page = qobject_cast<QScrollArea *>(w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget());
    QVERIFY(page);
    auto *todo = page->findChild<QLabel *>(u"pageFindings"_s);
    QVERIFY(todo);
    QTRY_VERIFY(todo->isVisible());
    QVERIFY2(todo->text().contains(u"Nobody is entered yet"_s), qPrintable(todo->text()));
    auto *add = page->findChild<QPushButton *>(u"addPersonButton"_s);
    QVERIFY(add);
    QCoreApplication::processEvents(); // the page's scrolling settles
    for (QWidget *shown : {static_cast<QWidget *>(todo), static_cast<QWidget *>(add)}) {
        const QRect where(shown->mapTo(page->viewport(), QPoint(0, 0)), shown->size());
        QVERIFY2(page->viewport()->rect().contains(where), qPrintable(shown->objectName()));
    }
    Dialogs::setNextAnswer(Dialogs::Answer::No);
}

void TestMainWindowParts::fileFiltersKeepTheirPatternsInChinese()
{
    // The file dialogs find the patterns between ASCII parentheses; "（*.pdf）" would list no file at all.
    QFile ts(QStringLiteral(MPDESK_SOURCE_DIR "/translations/mpdesk_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    const QRegularExpression filter(u"\\((\\*\\.[^()]*)\\)$"_s);
    QString source;
    int filters = 0;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"translation"_s) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QRegularExpressionMatch pattern = filter.match(source);
            if (!pattern.hasMatch())
                continue;
            ++filters;
            QVERIFY2(translation.endsWith(u'(' + pattern.captured(1) + u')'),
                     qPrintable(source + u" → "_s + translation));
        }
    }
    QVERIFY(filters >= 5);
}

void TestMainWindowParts::chineseSentencesNameTheProgramInChinese()
{
    // A Chinese sentence calls the program 申办助手. "mpdesk" stays where it is what the clerk types or
    // reads elsewhere: a command (mpdesk check), a file name (.mpdesk), a quoted value or name ("mpdesk",
    // （mpdesk）), a file type, and the name macOS shows in its own permission dialog.
    QFile ts(QStringLiteral(MPDESK_SOURCE_DIR "/translations/mpdesk_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    const QRegularExpression allowed(
        u"mpdesk (check|export|import|pack|calendar|forget|fields|companion|\\[|-)|\\.mpdesk|“mpdesk”|（mpdesk）|\\bmpdesk-"_s);
    QString source;
    QStringList named;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"translation"_s) {
            QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (source.contains(u"macOS"_s) || translation.endsWith(u")"_s))
                continue; // the system's dialog; a file type with its patterns
            translation.remove(allowed);
            if (translation.contains(u"mpdesk"_s))
                named << translation;
        }
    }
    QVERIFY2(named.isEmpty(), qPrintable(named.join(u'\n')));
}

QTEST_MAIN(TestMainWindowParts)
#include "tst_mainwindowparts.moc"
