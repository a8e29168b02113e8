// The letters page as the clerk uses it: which letters Print All and Export All take and why, the
// letters the stricter rule may ask for, file names, the export folder remembered, print to file.
#include "common/Dialogs.h"
#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "letters/LetterManifest.h"
#include "letters/LettersPage.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProjectFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

// The sample, with one person leading both the entity and the mini program who is not the legal
// representative: the entity leader letter is needed; the stricter rule may ask for the other one.
Filing oneLeaderFiling()
{
    Result<Filing> loaded =
        ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/samples/sample-filing.json"_s);
    Filing filing = loaded ? std::move(loaded).value() : Filing();
    filing.entity.leader = filing.miniProgram.leader;
    return filing;
}

QString title(const char *id)
{
    return LetterManifest::shipped().letter(QLatin1StringView(id))->title;
}

QString pdfText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(file.readAll());
    QString text;
    for (int i = 0; document && i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF());
    return text.remove(u'\n');
}

} // namespace

class TestLettersPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void strictRuleLettersOnRequest();
    void everyManifestIdSelectsItsLetter();
    void exportAllNamesFilesAndRemembersTheFolder();
    void printAllToFileWritesEachLetterExactly();
    void confirmationReadsInTheNewLanguage();
    void exportStartsInTheFilingsFolder();
    void ctrlPPrintsAll();
    void previewFitsZoomsAndScrolls();

private:
    MemorySecretStore m_store;
    std::unique_ptr<FilingDocument> m_document;
    std::unique_ptr<LettersPage> m_page;
};

void TestLettersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"mpdesk-test"_s);
}

void TestLettersPage::init()
{
    QVERIFY(LanguageManager::instance().setLanguage(u"en"_s)); // whatever the test before left
    m_document = std::make_unique<FilingDocument>(m_store);
    m_document->setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    const Filing filing = oneLeaderFiling();
    m_document->edit(u"sample"_s, [&filing](Filing &f) { f = filing; });
    m_page = std::make_unique<LettersPage>(*m_document);
    m_page->resize(1000, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLettersPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

void TestLettersPage::strictRuleLettersOnRequest()
{
    const QStringList needed{title("entityLeaderAuthorization"), title("preApprovalCommitment")};
    QTRY_COMPARE(m_page->lettersToPrint(), needed);
    auto *list = m_page->findChild<QListWidget *>(u"lettersList"_s);
    QVERIFY(list);
    const QString stricter = title("miniProgramLeaderAuthorization");
    auto itemFor = [list](const QString &letter) -> QString {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(letter))
                return list->item(i)->text();
        }
        return {};
    };
    QVERIFY(itemFor(stricter).startsWith(u"Not needed"_s));

    auto *also = m_page->findChild<QCheckBox *>(u"alsoMayBeAskedCheck"_s);
    QVERIFY(also && also->isVisible());
    QVERIFY(also->text().contains(u"stricter rule"_s));
    also->click();
    QTRY_COMPARE(m_page->lettersToPrint().size(), 3);
    QVERIFY(m_page->lettersToPrint().contains(stricter));
    // The clerk sees why it might be asked for.
    const QString shown = itemFor(stricter);
    QVERIFY2(shown.startsWith(u"In case the reviewer asks for it"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"legal representative"_s), qPrintable(shown));

    also->click();
    QTRY_COMPARE(m_page->lettersToPrint(), needed);
}

// The page finds each letter by the manifest's id, whichever way a caller spells it.
void TestLettersPage::everyManifestIdSelectsItsLetter()
{
    auto *list = m_page->findChild<QListWidget *>(u"lettersList"_s);
    QVERIFY(list);
    for (const LetterSpec &spec : LetterManifest::shipped().letters()) {
        for (const QString &spelling : {spec.id, LetterManifest::kebabId(spec.id)}) {
            list->setCurrentRow(-1);
            m_page->selectLetter(spelling);
            QVERIFY2(list->currentItem(), qPrintable(spelling));
            QVERIFY2(list->currentItem()->text().contains(spec.title), qPrintable(spelling));
        }
    }
}

void TestLettersPage::exportAllNamesFilesAndRemembersTheFolder()
{
    m_page->findChild<QCheckBox *>(u"alsoMayBeAskedCheck"_s)->click();
    QTRY_COMPARE(m_page->lettersToPrint().size(), 3);
    QTemporaryDir folder;
    auto *exportAll = m_page->findChild<QPushButton *>(u"exportAllButton"_s);
    QVERIFY(exportAll && exportAll->isEnabled());
    Dialogs::setNextFileName(folder.path());
    exportAll->click();
    const QStringList files = QDir(folder.path()).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    const QString miniProgram = m_document->filing().miniProgram.name;
    for (const QString &letter : m_page->lettersToPrint())
        QVERIFY2(files.contains(letter + u'-' + miniProgram + u".pdf"_s), qPrintable(letter));
    QCOMPARE(LettersPage::lastExportFolder(), QDir(folder.path()).absolutePath());
    QVERIFY(m_page->confirmationText().startsWith(u"Exported: "_s));
    QVERIFY(m_page->confirmationText().contains(QDir::toNativeSeparators(folder.path())));
}

void TestLettersPage::printAllToFileWritesEachLetterExactly()
{
    QTRY_COMPARE(m_page->lettersToPrint().size(), 2);
    QTemporaryDir folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(u"print.pdf"_s)); // the print dialog's default name
    QVERIFY(m_page->printAll(printer));
    const QString miniProgram = m_document->filing().miniProgram.name;
    const QString entity = m_document->filing().entity.name;
    for (const QString &letter : m_page->lettersToPrint()) {
        const QString path = folder.filePath(letter + u'-' + miniProgram + u".pdf"_s);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(letter), qPrintable(path)); // the title, as typed in the template
        QVERIFY2(text.contains(entity), qPrintable(path));
    }
    QVERIFY(!QFile::exists(folder.filePath(u"print.pdf"_s)));
    QVERIFY(m_page->confirmationText().startsWith(u"Printed: "_s));
}

// What was exported stays said when the clerk switches language, in the new language.
void TestLettersPage::confirmationReadsInTheNewLanguage()
{
    QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
    QTRY_COMPARE(m_page->lettersToPrint().size(), 2);
    QTemporaryDir folder;
    const QStringList written = m_page->exportAll(folder.path());
    QCOMPARE(written.size(), 2);
    QVERIFY(m_page->confirmationText().startsWith(u"Exported: "_s));

    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    // The change reaches the page through the event queue.
    QTRY_VERIFY2(m_page->confirmationText().startsWith(u"已导出："_s), qPrintable(m_page->confirmationText()));
    const QString chinese = m_page->confirmationText();
    for (const QString &path : written)
        QVERIFY2(chinese.contains(QDir::toNativeSeparators(path)), qPrintable(chinese));
    QVERIFY(!chinese.contains(u", "_s)); // the list is joined the Chinese way too

    QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
    QTRY_VERIFY2(m_page->confirmationText().startsWith(u"Exported: "_s), qPrintable(m_page->confirmationText()));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(u"one.pdf"_s));
    QVERIFY(m_page->print(printer));
    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    QTRY_VERIFY2(m_page->confirmationText().startsWith(u"已打印："_s), qPrintable(m_page->confirmationText()));
    QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
}

// Export starts in the folder exported to last; before any export, in the filing's folder, else Documents.
void TestLettersPage::exportStartsInTheFilingsFolder()
{
    QSettings().remove(u"letters/exportFolder"_s);
    QTRY_COMPARE(m_page->lettersToPrint().size(), 2);
    auto *exportOne = m_page->findChild<QPushButton *>(u"exportButton"_s);
    auto *exportAll = m_page->findChild<QPushButton *>(u"exportAllButton"_s);
    QTRY_VERIFY(exportOne->isEnabled());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    Dialogs::setNextFileName(QString());
    exportOne->click();
    QCOMPARE(Dialogs::lastStartFolder(), documents.isEmpty() ? QDir::homePath() : documents);
    QVERIFY(Dialogs::lastStartFolder() != QDir::currentPath());

    // A filing saved in a folder: that folder.
    QTemporaryDir filingFolder;
    const QString filingPath = filingFolder.filePath(u"filing.json"_s);
    QVERIFY(QFile::copy(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/samples/sample-filing.json"_s, filingPath));
    QVERIFY(m_document->open(filingPath).ok());
    Dialogs::setNextFileName(QString());
    exportAll->click();
    QCOMPARE(Dialogs::lastFileDialogTitle(), u"Export all letters to a folder"_s);
    QCOMPARE(Dialogs::lastStartFolder(), QFileInfo(filingPath).absolutePath());

    // The folder exported to last (remembered by exportAllNamesFilesAndRemembersTheFolder) comes first.
    QTemporaryDir chosen;
    QSettings().setValue(u"letters/exportFolder"_s, chosen.path());
    Dialogs::setNextFileName(QString());
    exportOne->click();
    QCOMPARE(Dialogs::lastFileDialogTitle(), u"Export the letter as PDF"_s);
    QCOMPARE(Dialogs::lastStartFolder(), QDir(chosen.path()).absolutePath());
    QSettings().remove(u"letters/exportFolder"_s);

    // Print to file (Qt's own print dialog) proposes the letters' name in the same folder.
    QString proposed;
    QTimer::singleShot(0, this, [&proposed] {
        auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *file = dialog->findChild<QLineEdit *>(u"filename"_s))
            proposed = file->text();
        dialog->reject();
    });
    m_page->findChild<QPushButton *>(u"printButton"_s)->click();
    QCOMPARE(QFileInfo(proposed).absolutePath(), QFileInfo(filingPath).absolutePath());
    QVERIFY2(proposed.endsWith(u".pdf"_s) && !proposed.endsWith(u"print.pdf"_s), qPrintable(proposed));
}

void TestLettersPage::ctrlPPrintsAll()
{
    QShortcut *print = nullptr;
    for (QShortcut *shortcut : m_page->findChildren<QShortcut *>()) {
        if (shortcut->key() == QKeySequence(QKeySequence::Print))
            print = shortcut;
    }
    QVERIFY(print);
    QCOMPARE(print->key(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(print->isEnabled());
}

void TestLettersPage::previewFitsZoomsAndScrolls()
{
    auto *combo = m_page->findChild<QComboBox *>(u"zoomCombo"_s);
    auto *preview = m_page->findChild<QLabel *>(u"letterPreview"_s);
    auto *scroll = m_page->findChild<QScrollArea *>();
    auto *list = m_page->findChild<QListWidget *>(u"lettersList"_s);
    QVERIFY(combo && preview && scroll && list);
    QCOMPARE(combo->currentText(), u"Fit width"_s);
    QTRY_VERIFY(m_page->pageCount() > 0);
    // Fit width: the page is as wide as the preview area, less a small frame.
    QWidget *viewport = scroll->viewport();
    QTRY_VERIFY2(qAbs(preview->width() - (viewport->width() - 24)) < viewport->width() / 20,
                 qPrintable(u"%1 in %2"_s.arg(preview->width()).arg(viewport->width())));
    QVERIFY(preview->height() > viewport->height()); // a page taller than the area: it scrolls

    // The plain wheel scrolls and leaves the zoom alone.
    const int zoom = m_page->zoomPercent();
    const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent down(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &down);
    QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
    QCOMPARE(m_page->zoomPercent(), zoom);

    // Ctrl+wheel zooms and does not scroll.
    const int scrolled = scroll->verticalScrollBar()->value();
    QWheelEvent up(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                   Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &up);
    QVERIFY(m_page->zoomPercent() > zoom);
    QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);
    QTRY_VERIFY(preview->width() > viewport->width());

    // Ctrl+- zooms back out.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    const int zoomed = m_page->zoomPercent();
    QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_page->zoomPercent() < zoomed);

    // Fit page: the whole page in the area.
    combo->setCurrentIndex(combo->findText(u"Fit page"_s));
    QTRY_VERIFY(preview->height() <= viewport->height() && preview->height() > viewport->height() * 3 / 4);

    // Each letter opens at its top.
    combo->setCurrentIndex(combo->findText(u"Fit width"_s));
    QTRY_VERIFY(preview->height() > viewport->height());
    QCoreApplication::sendEvent(viewport, &down);
    QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
    list->setCurrentRow(list->currentRow() == 0 ? 1 : 0);
    QTRY_COMPARE(scroll->verticalScrollBar()->value(), 0);
}

QTEST_MAIN(TestLettersPage)
#include "tst_letterspage.moc"
