// The stage editors as the clerk uses them: typing, choosing, confirming, undoing, in both languages.

#include "common/Dialogs.h"
#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "editors/CertificationEditor.h"
#include "editors/EntityEditor.h"
#include "editors/FilingProgressEditor.h"
#include "editors/MiniProgramEditor.h"
#include "editors/PeopleEditor.h"
#include "editors/RegistrationEditor.h"
#include "i18n/LanguageManager.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

// Every date is judged against this day, whatever the machine's clock says.
const QDate Today(2026, 11, 27);

const QString SamplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

const QStringList InvoiceKeys = {u"title"_s,          u"taxId"_s,         u"address"_s,        u"phone"_s,
                                 u"bankName"_s,       u"bankAccount"_s,   u"mailingAddress"_s, u"recipient"_s,
                                 u"recipientPhone"_s, u"documentsReady"_s};

QString invoicePath(const QString &key)
{
    return u"certification.invoice."_s + key;
}

// Types `text`: ASCII key by key, anything else as the input method commits it.
void type(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Replaces a line edit's text the way the clerk does: select everything, then type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

void retype(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

// Chooses the entry holding `value`, as a click in the popup does.
bool choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return true;
}

// The finding text shown under a field, or empty when none is shown.
QString findingsUnder(const QWidget &page, const QString &path)
{
    const auto *label = page.findChild<QLabel *>(path + u":findings"_s);
    return label && !label->isHidden() ? label->text() : QString();
}

// Types into the cell's editor and commits it with Return.
// A click on the box itself, where the clerk clicks.
void tick(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the view commits on its next turn
}

} // namespace

class TestEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invoiceFieldsFollowType_data();
    void invoiceFieldsFollowType();
    void invoiceTitleFilledFromEntity_data();
    void invoiceTitleFilledFromEntity();
    void invoiceTitleFindingAppearsAndClears();
    void invoiceSubmission_data();
    void invoiceSubmission();

    void descriptionCounter_data();
    void descriptionCounter();
    void serviceCategoriesOnePerLine_data();
    void serviceCategoriesOnePerLine();
    void nameCandidatesTable();
    void preApprovalTable();

    void regionCodeFinding_data();
    void regionCodeFinding();
    void smsTimestampFinding_data();
    void smsTimestampFinding();
    void smsTimeReadsAsInChina();

    void accessibleNamesInBothLanguages_data();
    void accessibleNamesInBothLanguages();

    // The clerk's journey (issue: people, letters, inputs, names, forms).
    void rolePickersShowNamesAndAddPeople();
    void comboListsShowEveryChoice();
    void lettersPrintedSignedUploaded();
    void rejectionReasonShownWhenRejected();
    void smsCountdown();
    void datePickerFillsTheField();
    void longTermInEitherLanguage();
    void newFilingShowsToDosNotErrors();
    void undoTextInWords();
    void oneLabelColumnAndNoJumps();
    void tabGoesDownThePage();

private:
    template<typename Editor>
    Editor *show();
    void clearInvoiceSubmission();

    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<FilingDocument> m_document;
    std::unique_ptr<QScrollArea> m_frame;
};

void TestEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(LanguageManager::instance().setLanguage(u"en"_s));
}

void TestEditors::init()
{
    m_store = std::make_unique<MemorySecretStore>();
    m_document = std::make_unique<FilingDocument>(*m_store);
    m_document->setClock(Clock::fixedOn(Today));
    const Status opened = m_document->open(SamplePath);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().text()));
}

void TestEditors::cleanup()
{
    LanguageManager::instance().setLanguage(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_frame.reset();
    m_document.reset();
    m_store.reset();
}

// Shows the editor in a scrolled window, as the main window does.
template<typename Editor>
Editor *TestEditors::show()
{
    m_frame = std::make_unique<QScrollArea>();
    m_frame->setWidgetResizable(true);
    auto *editor = new Editor(*m_document);
    m_frame->setWidget(editor);
    m_frame->resize(820, 1000);
    m_frame->show();
    if (!QTest::qWaitForWindowExposed(m_frame.get()))
        qWarning("the editor was not exposed");
    return editor;
}

// The sample's invoice is already submitted; most invoice tests start before that.
void TestEditors::clearInvoiceSubmission()
{
    m_document->setField(invoicePath(u"submittedOn"_s), QString());
}

void TestEditors::invoiceFieldsFollowType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("enabled");

    QTest::newRow("no invoice: nothing to fill in") << u"none"_s << QStringList();
    QTest::newRow("electronic invoice: title and tax ID only")
        << u"electronic"_s << QStringList{u"title"_s, u"taxId"_s};
    QTest::newRow("paper VAT special invoice: everything") << u"vat_special"_s << InvoiceKeys;
}

void TestEditors::invoiceFieldsFollowType()
{
    QFETCH(QString, type);
    QFETCH(QStringList, enabled);
    clearInvoiceSubmission();
    m_document->setField(invoicePath(u"type"_s), QString());
    auto *page = show<CertificationEditor>();

    auto *typeCombo = page->findChild<QComboBox *>(invoicePath(u"type"_s));
    QVERIFY(typeCombo);
    QVERIFY(choose(typeCombo, type));
    QCOMPARE(m_document->filing().certification.invoice.type, type);
    for (const QString &key : InvoiceKeys) {
        QWidget *input = page->findChild<QWidget *>(invoicePath(key));
        QVERIFY2(input, qPrintable(key));
        QVERIFY2(input->isEnabled() == enabled.contains(key), qPrintable(key));
    }
    // The bank account is masked until revealed.
    auto *account = page->findChild<QLineEdit *>(invoicePath(u"bankAccount:edit"_s));
    QVERIFY(account);
    QCOMPARE(account->echoMode(), QLineEdit::Password);
}

void TestEditors::invoiceTitleFilledFromEntity_data()
{
    QTest::addColumn<QString>("titleBefore");
    QTest::addColumn<bool>("filled");

    QTest::newRow("empty title is filled from the entity name") << QString() << true;
    QTest::newRow("a typed title is kept") << u"Qinghe Data"_s << false;
}

void TestEditors::invoiceTitleFilledFromEntity()
{
    QFETCH(QString, titleBefore);
    QFETCH(bool, filled);
    clearInvoiceSubmission();
    m_document->setField(invoicePath(u"type"_s), u"none"_s);
    m_document->setField(invoicePath(u"title"_s), titleBefore);
    auto *page = show<CertificationEditor>();
    auto *title = page->findChild<QLineEdit *>(invoicePath(u"title"_s));
    auto *typeCombo = page->findChild<QComboBox *>(invoicePath(u"type"_s));
    QVERIFY(title && typeCombo);
    QVERIFY(!title->isEnabled());

    QVERIFY(choose(typeCombo, u"vat_special"_s));
    const QString entityName = m_document->filing().entity.name;
    QVERIFY(title->isEnabled());
    QCOMPARE(title->text(), filled ? entityName : titleBefore);
    QCOMPARE(m_document->filing().certification.invoice.title, filled ? entityName : titleBefore);

    // Choosing the type and filling the title are one step.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->filing().certification.invoice.type, u"none"_s);
    QCOMPARE(title->text(), titleBefore);
    QCOMPARE(typeCombo->currentData().toString(), u"none"_s);
}

void TestEditors::invoiceTitleFindingAppearsAndClears()
{
    clearInvoiceSubmission();
    auto *page = show<CertificationEditor>();
    auto *title = page->findChild<QLineEdit *>(invoicePath(u"title"_s));
    QVERIFY(title);
    const QString entityName = m_document->filing().entity.name;
    QCOMPARE(title->text(), entityName);
    QVERIFY(findingsUnder(*page, invoicePath(u"title"_s)).isEmpty());

    retype(title, u"Qinghe"_s);
    const QString finding = findingsUnder(*page, invoicePath(u"title"_s));
    QVERIFY2(finding.contains(u"full name"_s) && finding.contains(entityName), qPrintable(finding));

    retype(title, entityName);
    QVERIFY(findingsUnder(*page, invoicePath(u"title"_s)).isEmpty());

    // All the typing in one field is one undo step; undoing it brings back what was there.
    retype(title, u"Qinghe"_s);
    QVERIFY(!findingsUnder(*page, invoicePath(u"title"_s)).isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(title->text(), entityName);
    QVERIFY(findingsUnder(*page, invoicePath(u"title"_s)).isEmpty());
}

void TestEditors::invoiceSubmission_data()
{
    QTest::addColumn<bool>("confirmed");

    QTest::newRow("the clerk confirms") << true;
    QTest::newRow("the clerk declines") << false;
}

void TestEditors::invoiceSubmission()
{
    QFETCH(bool, confirmed);
    clearInvoiceSubmission();
    auto *page = show<CertificationEditor>();
    auto *button = page->findChild<QPushButton *>(u"submitInvoiceButton"_s);
    auto *title = page->findChild<QLineEdit *>(invoicePath(u"title"_s));
    auto *typeCombo = page->findChild<QComboBox *>(invoicePath(u"type"_s));
    auto *submittedOn = page->findChild<QLineEdit *>(invoicePath(u"submittedOn"_s));
    QVERIFY(button && title && typeCombo && submittedOn);
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(!title->isReadOnly());
    QVERIFY(submittedOn->isReadOnly()); // only the button sets it

    // Submitted on the platform two days ago, recorded today.
    Dialogs::setNextAnswer(confirmed ? Dialogs::Answer::Yes : Dialogs::Answer::No);
    Dialogs::setNextDate(Today.addDays(-2));
    QTest::mouseClick(button, Qt::LeftButton);

    const QString day = Today.addDays(-2).toString(Qt::ISODate);
    QCOMPARE(m_document->filing().certification.invoice.submittedOn, confirmed ? day : QString());
    QCOMPARE(submittedOn->text(), confirmed ? day : QString());
    QCOMPARE(title->isReadOnly(), confirmed);
    QCOMPARE(typeCombo->isEnabled(), !confirmed);
    QCOMPARE(button->isVisible(), !confirmed);
    auto *note = page->findChild<QLabel *>(u"invoiceSubmittedNote"_s);
    QVERIFY(note);
    QCOMPARE(note->isVisible(), confirmed);
    if (confirmed)
        QVERIFY2(note->text().contains(day), qPrintable(note->text()));
    QVERIFY(page->findChild<QLineEdit *>(invoicePath(u"receivedOn"_s))->isEnabled());
    if (!confirmed)
        return;
    // Typing into a read-only field changes nothing.
    QTest::keyClicks(title, u"X"_s);
    QCOMPARE(m_document->filing().certification.invoice.title, m_document->filing().entity.name);

    m_document->undoStack()->undo();
    QVERIFY(m_document->filing().certification.invoice.submittedOn.isEmpty());
    QVERIFY(!title->isReadOnly());
    QVERIFY(typeCombo->isEnabled());
    QVERIFY(button->isVisible());
}

void TestEditors::descriptionCounter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<bool>("finding");

    QTest::newRow("too short") << u"Bookkeeping."_s << u"12 / 200"_s << true;
    QTest::newRow("twenty characters") << u"Bookkeeping for SMEs"_s << u"20 / 200"_s << false;
    QTest::newRow("surrounding spaces do not count") << u"  Bookkeeping for SMEs  "_s << u"20 / 200"_s << false;
    QTest::newRow("two hundred characters") << QString(200, u'x') << u"200 / 200"_s << false;
    QTest::newRow("one too many") << QString(201, u'x') << u"201 / 200"_s << true;
}

void TestEditors::descriptionCounter()
{
    QFETCH(QString, text);
    QFETCH(QString, counter);
    QFETCH(bool, finding);
    auto *page = show<MiniProgramEditor>();
    auto *edit = page->findChild<QPlainTextEdit *>(u"miniProgram.description"_s);
    auto *counterLabel = page->findChild<QLabel *>(u"miniProgram.description:counter"_s);
    QVERIFY(edit && counterLabel);
    const QString before = m_document->filing().miniProgram.description;
    QCOMPARE(counterLabel->text(), QString::number(before.size()) + u" / 200"_s);
    QVERIFY(findingsUnder(*page, u"miniProgram.description"_s).isEmpty());

    retype(edit, text);
    QCOMPARE(m_document->filing().miniProgram.description, text);
    QCOMPARE(counterLabel->text(), counter);
    const QString shown = findingsUnder(*page, u"miniProgram.description"_s);
    QVERIFY2(shown.isEmpty() != finding, qPrintable(shown));
    if (finding)
        QVERIFY2(shown.contains(u"20 to 200"_s), qPrintable(shown));

    m_document->undoStack()->undo();
    QCOMPARE(edit->toPlainText(), before);
    QCOMPARE(counterLabel->text(), QString::number(before.size()) + u" / 200"_s);
}

void TestEditors::serviceCategoriesOnePerLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<bool>("finding");

    QTest::newRow("none") << QString() << QStringList() << true;
    QTest::newRow("two, with an empty line between")
        << u"Tools > Bookkeeping\n\nBusiness > Management"_s
        << QStringList{u"Tools > Bookkeeping"_s, u"Business > Management"_s} << false;
    QTest::newRow("six, one too many") << u"a\nb\nc\nd\ne\nf"_s
                                       << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s} << true;
}

void TestEditors::serviceCategoriesOnePerLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, categories);
    QFETCH(bool, finding);
    auto *page = show<MiniProgramEditor>();
    auto *edit = page->findChild<QPlainTextEdit *>(u"miniProgram.serviceCategories"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
    QCOMPARE(edit->toPlainText(), text); // empty lines stay while typing
    QCOMPARE(m_document->filing().miniProgram.serviceCategories, categories);
    const QString shown = findingsUnder(*page, u"miniProgram.serviceCategories"_s);
    QVERIFY2(shown.isEmpty() != finding, qPrintable(shown));
}

void TestEditors::nameCandidatesTable()
{
    auto *page = show<MiniProgramEditor>();
    auto *table = page->findChild<QTableWidget *>(u"miniProgram.nameCandidates"_s);
    auto *add = page->findChild<QPushButton *>(u"miniProgram.nameCandidates:add"_s);
    auto *remove = page->findChild<QPushButton *>(u"miniProgram.nameCandidates:remove"_s);
    QVERIFY(table && add && remove);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), m_document->filing().miniProgram.name);
    QVERIFY(findingsUnder(*page, u"miniProgram.nameCandidates"_s).isEmpty());

    // The chosen name's trademark marked as not checked: the pitfall shows under the table.
    auto *firstTrademark = page->findChild<QComboBox *>(u"miniProgram.nameCandidates[0].trademark"_s);
    QVERIFY(firstTrademark);
    QCOMPARE(firstTrademark->currentData().toString(), u"clear"_s);
    QVERIFY(choose(firstTrademark, u"unchecked"_s));
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.at(0).trademark, u"unchecked"_s);
    QString shown = findingsUnder(*page, u"miniProgram.nameCandidates"_s);
    QVERIFY2(shown.contains(u"Row 1"_s) && shown.contains(u"not checked as clear"_s), qPrintable(shown));
    QVERIFY(choose(firstTrademark, u"clear"_s));
    QVERIFY(findingsUnder(*page, u"miniProgram.nameCandidates"_s).isEmpty());

    // A name of a dozen characters fits its column.
    QVERIFY2(table->columnWidth(0) >= table->fontMetrics().horizontalAdvance(u"青禾记账助手青禾记账助手"_s),
             qPrintable(QString::number(table->columnWidth(0))));
    const int tableHeight = table->height();

    // Add a candidate: its name is typed straight into the new row.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    // The third row was in view already: the table did not grow and push the page down.
    QCOMPARE(table->height(), tableHeight);
    QVERIFY(table->viewport()->rect().contains(table->visualItemRect(table->item(2, 0))));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY2(editor, "the new row's name is open for typing");
    QTest::keyClicks(editor, u"Qinghe Ledger"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(2, 0)->text(), u"Qinghe Ledger"_s);
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.size(), 3);
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.at(2).name, u"Qinghe Ledger"_s);
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.at(2).trademark, u"unchecked"_s);
    typeIntoCell(table, 2, 2, u"class 9 conflict"_s);
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.at(2).note, u"class 9 conflict"_s);
    auto *thirdTrademark = page->findChild<QComboBox *>(u"miniProgram.nameCandidates[2].trademark"_s);
    QVERIFY(thirdTrademark);
    QVERIFY(choose(thirdTrademark, u"conflict"_s));
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.at(2).trademark, u"conflict"_s);

    // Remove it again, then undo the removal.
    table->setCurrentCell(2, 0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(m_document->filing().miniProgram.nameCandidates.size(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), u"Qinghe Ledger"_s);
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(2, 1))->currentData().toString(), u"conflict"_s);
}

void TestEditors::preApprovalTable()
{
    auto *page = show<MiniProgramEditor>();
    auto *table = page->findChild<QTableWidget *>(u"miniProgram.preApproval"_s);
    auto *none = page->findChild<QCheckBox *>(u"preApproval:none"_s);
    auto *education = page->findChild<QCheckBox *>(u"preApproval:education"_s);
    auto *medical = page->findChild<QCheckBox *>(u"preApproval:medical"_s);
    QVERIFY(table && none && education && medical);
    QVERIFY(!page->findChild<QComboBox *>(u"miniProgram.preApproval[0].type"_s)); // no more picking from a combo
    QVERIFY(none->isChecked());
    QVERIFY(!education->isChecked());
    QVERIFY(!table->isVisible()); // "none of these" has no number to enter, and no empty row says otherwise
    int numberLabels = 0;
    for (auto *label : page->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Approval numbers"_s)) {
            ++numberLabels;
            QVERIFY(!label->isVisible());
        }
    }
    QCOMPARE(numberLabels, 1);

    // Ticking a sensitive category clears "none of these" and asks for its approval number in its own row.
    tick(education);
    QVERIFY(education->isChecked());
    QVERIFY(!none->isChecked());
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Education"_s);
    QCOMPARE(m_document->filing().miniProgram.preApproval.at(0).type, u"education"_s);
    QString shown = findingsUnder(*page, u"miniProgram.preApproval"_s);
    QVERIFY2(shown.contains(u"Row 1"_s) && shown.contains(u"approval number"_s), qPrintable(shown));
    QVERIFY(table->item(0, 1)->flags() & Qt::ItemIsEditable);
    typeIntoCell(table, 0, 1, u"Yue-12345"_s);
    QCOMPARE(m_document->filing().miniProgram.preApproval.at(0).approvalNumber, u"Yue-12345"_s);
    shown = findingsUnder(*page, u"miniProgram.preApproval"_s);
    QVERIFY2(!shown.contains(u"approval number"_s) && shown.contains(u"sensitive"_s), qPrintable(shown));

    // A second category adds its row; the first keeps its number.
    tick(medical);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), u"Yue-12345"_s);
    QCOMPARE(table->item(1, 0)->text(), u"Medical care"_s);
    QVERIFY(table->item(1, 1)->text().isEmpty());

    // Every tick is one step of the filing's undo history.
    m_document->undoStack()->undo();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!medical->isChecked());
    QCOMPARE(table->item(0, 1)->text(), u"Yue-12345"_s);

    // "None of these" drops the others, and undo brings them back with their numbers.
    tick(none);
    QVERIFY(none->isChecked() && !education->isChecked());
    QVERIFY(!table->isVisible());
    QCOMPARE(m_document->filing().miniProgram.preApproval.size(), 1);
    QCOMPARE(m_document->filing().miniProgram.preApproval.at(0).type, u"none"_s);
    m_document->undoStack()->undo();
    QVERIFY(education->isChecked() && !none->isChecked());
    QCOMPARE(m_document->filing().miniProgram.preApproval.at(0).approvalNumber, u"Yue-12345"_s);

    // Clearing the last box leaves the list empty, which the checks report under the boxes.
    tick(education);
    QVERIFY(m_document->filing().miniProgram.preApproval.isEmpty());
    QVERIFY(!table->isVisible());
}

void TestEditors::regionCodeFinding_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("province code of four digits") << u"entity.region.province"_s << u"4400"_s << u"6-digit"_s;
    QTest::newRow("city code as province") << u"entity.region.province"_s << u"440300"_s << u"not a province code"_s;
    QTest::newRow("city in another province") << u"entity.region.city"_s << u"110100"_s << u"not a city"_s;
    QTest::newRow("district in another city") << u"entity.region.district"_s << u"440105"_s << u"not a district"_s;
}

void TestEditors::regionCodeFinding()
{
    QFETCH(QString, path);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    auto *page = show<EntityEditor>();
    auto *edit = page->findChild<QLineEdit *>(path);
    QVERIFY(edit);
    const QString before = edit->text();
    QVERIFY(findingsUnder(*page, path).isEmpty());

    retype(edit, typed);
    const QString shown = findingsUnder(*page, path);
    QVERIFY2(shown.contains(message), qPrintable(shown));

    retype(edit, before);
    QVERIFY(findingsUnder(*page, path).isEmpty());
    retype(edit, typed);
    m_document->undoStack()->undo();
    QCOMPARE(edit->text(), before);
    QVERIFY(findingsUnder(*page, path).isEmpty());
}

void TestEditors::smsTimestampFinding_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("verified");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("both times with +08:00")
        << u"2026-11-02T09:30:00+08:00"_s << u"2026-11-02T10:05:00+08:00"_s << QString() << QString();
    // As the phone shows it: a time in China, no zone typed.
    QTest::newRow("China time as the phone shows it")
        << u"2026-11-02 09:30"_s << u"2026-11-02 10:05"_s << QString() << QString();
    QTest::newRow("not a time") << u"2026-11-02 9h30"_s << QString() << u"filing.smsReceivedAt"_s << u"not a time"_s;
    QTest::newRow("verified before it arrived") << u"2026-11-02T09:30:00+08:00"_s << u"2026-11-02T08:00:00+08:00"_s
                                                << u"filing.smsVerifiedAt"_s << u"before it arrived"_s;
}

void TestEditors::smsTimestampFinding()
{
    QFETCH(QString, received);
    QFETCH(QString, verified);
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto *page = show<FilingProgressEditor>();
    auto *receivedEdit = page->findChild<QLineEdit *>(u"filing.smsReceivedAt"_s);
    auto *verifiedEdit = page->findChild<QLineEdit *>(u"filing.smsVerifiedAt"_s);
    QVERIFY(receivedEdit && verifiedEdit);
    QVERIFY(receivedEdit->placeholderText().contains(u"2026-12-02 09:30"_s));

    retype(receivedEdit, received);
    retype(verifiedEdit, verified);
    QCOMPARE(m_document->filing().filing.smsReceivedAt, received);
    QCOMPARE(m_document->filing().filing.smsVerifiedAt, verified);
    for (const QString &field : {u"filing.smsReceivedAt"_s, u"filing.smsVerifiedAt"_s}) {
        const QString shown = findingsUnder(*page, field);
        if (field == path)
            QVERIFY2(shown.contains(message), qPrintable(shown));
        else
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
    }
}

// The file keeps the SMS time with its offset; reopened, the field shows it as the clerk typed it, in
// China's time, whatever zone it was written in.
void TestEditors::smsTimeReadsAsInChina()
{
    auto *page = show<FilingProgressEditor>();
    auto *receivedEdit = page->findChild<QLineEdit *>(u"filing.smsReceivedAt"_s);
    QVERIFY(receivedEdit);
    m_document->setField(u"filing.smsReceivedAt"_s, u"2026-12-03T09:30:00+08:00"_s);
    QTRY_COMPARE(receivedEdit->text(), u"2026-12-03 09:30"_s);
    m_document->setField(u"filing.smsReceivedAt"_s, u"2026-12-03T01:30:00Z"_s);
    QTRY_COMPARE(receivedEdit->text(), u"2026-12-03 09:30"_s);
    m_document->setField(u"filing.smsReceivedAt"_s, u"2026-12-03 9h30"_s); // not a time: shown as typed
    QTRY_COMPARE(receivedEdit->text(), u"2026-12-03 9h30"_s);
}

void TestEditors::accessibleNamesInBothLanguages_data()
{
    QTest::addColumn<QString>("editor");

    QTest::newRow("certification") << u"certification"_s;
    QTest::newRow("filing: entity") << u"entity"_s;
    QTest::newRow("filing: mini program") << u"miniProgram"_s;
    QTest::newRow("filing: review and SMS") << u"progress"_s;
}

void TestEditors::accessibleNamesInBothLanguages()
{
    QFETCH(QString, editor);
    FormPage *page = nullptr;
    if (editor == u"certification"_s) {
        clearInvoiceSubmission();
        page = show<CertificationEditor>();
    } else if (editor == u"entity"_s) {
        page = show<EntityEditor>();
    } else if (editor == u"miniProgram"_s) {
        page = show<MiniProgramEditor>();
    } else {
        page = show<FilingProgressEditor>();
    }

    // Every control the clerk can reach: the bound inputs (named by their path), the edit inside a
    // secret field, the tables, their row choices and every button.
    auto controls = [&page] {
        QList<QWidget *> list;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            const QString name = w->objectName();
            const bool input = name.contains(u'.') && (!name.contains(u':') || name.endsWith(u":edit"_s));
            if (input || (qobject_cast<QAbstractButton *>(w) && !name.isEmpty())) // not Qt's own table corner
                list.append(w);
        }
        return list;
    };
    const QList<QWidget *> widgets = controls();
    QVERIFY(widgets.size() >= 6);
    QHash<QWidget *, QString> english;
    for (QWidget *w : widgets) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + u" has no accessible name"_s));
        english.insert(w, w->accessibleName());
    }
    const QString englishTitle = page->title();

    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // the widgets retranslate
    QVERIFY2(page->title() != englishTitle, "the page title has no Chinese translation");
    QStringList unchanged;
    for (QWidget *w : widgets) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        // A product's own term may be written the same in Chinese.
        const bool sameInBoth = english.value(w) == u"AppID"_s;
        if (w->accessibleName() == english.value(w) && !sameInBoth)
            unchanged.append(w->objectName() + u" \""_s + w->accessibleName() + u'"');
    }
    QVERIFY2(unchanged.isEmpty(), qPrintable(u"not translated: "_s + unchanged.join(u", "_s)));
    QCOMPARE(controls().size(), widgets.size());
}

void TestEditors::rolePickersShowNamesAndAddPeople()
{
    auto *page = show<EntityEditor>();
    auto *leader = page->findChild<QComboBox *>(u"entity.leader"_s);
    QVERIFY(leader);
    QStringList items;
    for (int i = 0; i < leader->count(); ++i)
        items << leader->itemText(i);
    QVERIFY2(items.contains(u"李明华"_s) && items.contains(u"王芳"_s), qPrintable(items.join(u" | "_s)));
    for (const QString &item : std::as_const(items))
        QVERIFY2(!item.contains(u"p1"_s) && !item.contains(u"p2"_s), qPrintable(item)); // never an id
    QCOMPARE(leader->currentText(), u"李明华"_s);

    // Two people of one name are told apart by a detail the clerk can check.
    m_document->setField(u"people[1].name"_s, u"李明华"_s);
    QStringList twins;
    for (int i = 0; i < leader->count(); ++i) {
        if (leader->itemText(i).startsWith(u"李明华"_s))
            twins << leader->itemText(i);
    }
    QCOMPARE(twins.size(), 2);
    QVERIFY2(twins.at(0) != twins.at(1), qPrintable(twins.join(u" | "_s)));
    QVERIFY2(twins.at(1).contains(u"ending"_s), qPrintable(twins.at(1)));

    // "Add person…" adds a person of that name and gives them the role, in one undo step.
    const int add = leader->findText(u"Add person…"_s);
    QVERIFY(add > 0);
    FormPage::setNextPersonName(u"赵敏"_s);
    const int undoSteps = m_document->undoStack()->count();
    leader->setCurrentIndex(add);
    Q_EMIT leader->activated(add);
    QCOMPARE(m_document->filing().people.size(), 3);
    QCOMPARE(m_document->filing().people.at(2).name, u"赵敏"_s);
    QCOMPARE(m_document->filing().entity.leader, m_document->filing().people.at(2).id);
    QCOMPARE(leader->currentText(), u"赵敏"_s);
    QCOMPARE(m_document->undoStack()->count(), undoSteps + 1);
    QCOMPARE(m_document->undoStack()->undoText(), u"Add 赵敏 as entity leader"_s);

    // On the People page the new person is selected, ready for their ID number.
    auto *people = show<PeopleEditor>();
    auto *admin = people->findChild<QComboBox *>(u"registration.administrator"_s);
    FormPage::setNextPersonName(u"周芷若"_s);
    const int addAdmin = admin->findText(u"Add person…"_s);
    admin->setCurrentIndex(addAdmin);
    Q_EMIT admin->activated(addAdmin);
    auto *list = people->findChild<QListWidget *>(u"peopleList"_s);
    QCOMPARE(list->currentRow(), 3);
    QCOMPARE(people->findChild<QLineEdit *>(u"name"_s)->text(), u"周芷若"_s);
}

// Every choice of a drop-down list is in view when it opens: none behind a scroll arrow.
void TestEditors::comboListsShowEveryChoice()
{
    // In Chinese, where a row's height comes from the CJK font.
    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    auto *page = show<PeopleEditor>();
    m_frame->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_frame.get()));
    const QList<QComboBox *> combos = page->findChildren<QComboBox *>();
    QVERIFY(!combos.isEmpty());
    for (QComboBox *combo : combos) {
        if (!combo->isVisible() || combo->count() > combo->maxVisibleItems())
            continue;
        combo->setCurrentIndex(0); // as on a blank filing: nothing chosen yet
        combo->setFocus(); // as when clicked: the focused frame is drawn differently
        QTRY_VERIFY(combo->hasFocus());
        combo->showPopup();
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        const QRect viewport = view->viewport()->rect();
        for (int row = 0; row < combo->count(); ++row) {
            const QRect item = view->visualRect(combo->model()->index(row, combo->modelColumn()));
            const int shown = qMax(0, qMin(item.bottom(), viewport.bottom()) - qMax(item.top(), viewport.top()) + 1);
            QVERIFY2(shown == item.height(),
                     qPrintable(
                         u"%1: \"%2\" is cut off (%3 of %4 px in view)"_s.arg(combo->objectName(), combo->itemText(row))
                             .arg(shown)
                             .arg(item.height())));
        }
        combo->hidePopup();
    }
}

void TestEditors::lettersPrintedSignedUploaded()
{
    auto *page = show<FilingProgressEditor>();
    const QString base = u"filing.letters.miniProgramLeaderAuthorization."_s;
    auto *printed = page->findChild<QLineEdit *>(base + u"printedOn"_s);
    auto *signedOn = page->findChild<QLineEdit *>(base + u"signedOn"_s);
    auto *uploaded = page->findChild<QLineEdit *>(base + u"uploadedOn"_s);
    QVERIFY(printed && signedOn && uploaded);
    // The sample's mini program leader is not the entity leader: that letter is needed, the other is not.
    QVERIFY(printed->isVisible());
    QVERIFY(!page->findChild<QLineEdit *>(u"filing.letters.entityLeaderAuthorization.printedOn"_s)->isVisible());
    QVERIFY(page->findChild<QLineEdit *>(u"filing.letters.preApprovalCommitment.uploadedOn"_s)->isVisible());

    auto step = [this] { return m_document->assessment().checklist().step(u"filing.authorizationLetters"_s); };
    QCOMPARE(step()->status, Step::Status::NotStarted);
    retype(printed, u"2026-11-24"_s);
    QCOMPARE(step()->status, Step::Status::InProgress);
    QVERIFY2(step()->reason.contains(u"signed and sealed"_s), qPrintable(step()->reason));
    retype(signedOn, u"2026-11-25"_s);
    retype(uploaded, u"2026-11-20"_s); // before it was signed: the clerk is told under the field
    QVERIFY2(findingsUnder(*page, base + u"uploadedOn"_s).contains(u"signed and sealed"_s),
             qPrintable(findingsUnder(*page, base + u"uploadedOn"_s)));
    retype(uploaded, u"2026-11-26"_s);
    QCOMPARE(findingsUnder(*page, base + u"uploadedOn"_s), QString());
    QCOMPARE(step()->status, Step::Status::Done);
}

void TestEditors::rejectionReasonShownWhenRejected()
{
    auto *page = show<FilingProgressEditor>();
    auto *reason = page->findChild<QPlainTextEdit *>(u"filing.platformRejectionReason"_s);
    QVERIFY(reason);
    QVERIFY(!reason->isVisible()); // nothing rejected, nothing to say
    QVERIFY(choose(page->findChild<QComboBox *>(u"filing.status"_s), u"platform_rejected"_s));
    QVERIFY(reason->isVisible());
    QVERIFY2(findingsUnder(*page, u"filing.platformRejectionReason"_s).contains(u"enter the reason"_s),
             qPrintable(findingsUnder(*page, u"filing.platformRejectionReason"_s)));
    retype(reason, u"名称与主体关联性不足"_s);
    QVERIFY2(findingsUnder(*page, u"filing.platformRejectionReason"_s).startsWith(u"○ "_s),
             qPrintable(findingsUnder(*page, u"filing.platformRejectionReason"_s)));
    QVERIFY(m_document->assessment()
                .checklist()
                .step(u"filing.platformReview"_s)
                ->reason.contains(u"名称与主体关联性不足"_s));
}

void TestEditors::smsCountdown()
{
    auto *page = show<FilingProgressEditor>();
    auto *countdown = page->findChild<QLabel *>(u"smsCountdown"_s);
    QVERIFY(countdown);
    QVERIFY2(countdown->text().contains(u"Starts when"_s), qPrintable(countdown->text()));
    // The clock says noon in China on 2026-11-27; the SMS came at 09:30 that morning.
    retype(page->findChild<QLineEdit *>(u"filing.smsReceivedAt"_s), u"2026-11-27 09:30"_s);
    QVERIFY2(!findingsUnder(*page, u"filing.smsReceivedAt"_s).contains(u"not a time"_s),
             qPrintable(findingsUnder(*page, u"filing.smsReceivedAt"_s)));
    QVERIFY2(countdown->text().contains(u"21 h 30 min left"_s), qPrintable(countdown->text()));
    QVERIFY2(countdown->text().contains(u"2026-11-28 09:30"_s), qPrintable(countdown->text()));
    // A day later the time is up, and the page says so.
    m_document->setClock(Clock::fixedAt(QDateTime(QDate(2026, 11, 28), QTime(10, 0), chinaTimeZone())));
    QVERIFY2(countdown->text().contains(u"ran out"_s), qPrintable(countdown->text()));
    retype(page->findChild<QLineEdit *>(u"filing.smsVerifiedAt"_s), u"2026-11-28 09:00"_s);
    QVERIFY2(countdown->text().contains(u"Answered"_s), qPrintable(countdown->text()));
}

void TestEditors::datePickerFillsTheField()
{
    auto *page = show<FilingProgressEditor>();
    auto *submitted = page->findChild<QLineEdit *>(u"filing.submittedOn"_s);
    QVERIFY(submitted->isClearButtonEnabled());
    auto *pick = submitted->findChild<QAction *>(u"filing.submittedOn:pick"_s);
    QVERIFY(pick);
    pick->trigger();
    QCalendarWidget *calendar = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *c = w->findChild<QCalendarWidget *>(u"datePicker"_s); c && w->isVisible())
            calendar = c;
    }
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), Today); // an empty field opens on today, by the document's clock
    Q_EMIT calendar->activated(QDate(2026, 11, 25));
    QCOMPARE(submitted->text(), u"2026-11-25"_s);
    QCOMPARE(m_document->filing().filing.submittedOn, u"2026-11-25"_s);
    // Typing still works, and clearing is "not yet".
    retype(submitted, u"2026-11-26"_s);
    QCOMPARE(m_document->filing().filing.submittedOn, u"2026-11-26"_s);
    submitted->clear();
    Q_EMIT submitted->textEdited(QString());
    QCOMPARE(m_document->filing().filing.submittedOn, QString());
}

void TestEditors::longTermInEitherLanguage()
{
    auto *page = show<PeopleEditor>();
    auto *validTo = page->findChild<QLineEdit *>(u"idValidTo"_s);
    QVERIFY(validTo);
    retype(validTo, u"长期"_s);
    QCOMPARE(m_document->filing().people.at(0).idValidTo, u"long-term"_s); // the interchange's word
    QCOMPARE(findingsUnder(*page, u"people[0].idValidTo"_s), QString());
    retype(validTo, u"long-term"_s);
    QCOMPARE(m_document->filing().people.at(0).idValidTo, u"long-term"_s);
    QCOMPARE(findingsUnder(*page, u"people[0].idValidTo"_s), QString());
    validTo->clearFocus(); // leaves the field
    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(validTo->text(), u"长期"_s);
}

void TestEditors::newFilingShowsToDosNotErrors()
{
    m_document->newFiling();
    auto *page = show<MiniProgramEditor>();
    const QString name = findingsUnder(*page, u"miniProgram.name"_s);
    QVERIFY2(name.startsWith(u"○ "_s), qPrintable(name)); // something to fill, not a mistake
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u":findings"_s))
            QVERIFY2(!label->text().contains(u"✖"_s), qPrintable(label->objectName() + u": "_s + label->text()));
    }
    QCOMPARE(m_document->assessment().errorCount(), 0);
    QCOMPARE(m_document->assessment().warningCount(), 0);
    // A value that is wrong is an error at once.
    retype(page->findChild<QLineEdit *>(u"miniProgram.name"_s), u"青禾小程序"_s);
    QVERIFY2(findingsUnder(*page, u"miniProgram.name"_s).startsWith(u"✖ "_s),
             qPrintable(findingsUnder(*page, u"miniProgram.name"_s)));
}

void TestEditors::undoTextInWords()
{
    auto *page = show<RegistrationEditor>();
    retype(page->findChild<QLineEdit *>(u"entity.name"_s), u"深圳市青禾科技有限公司"_s);
    QCOMPARE(m_document->undoStack()->undoText(), u"Edit entity name"_s);
    QVERIFY(LanguageManager::instance().setLanguage(u"zh_CN"_s));
    m_document->setField(u"entity.mailingAddress"_s, u"科苑路8号"_s);
    QCOMPARE(m_document->undoStack()->undoText(), u"修改通信地址"_s);
    m_document->setField(u"filing.letters.preApprovalCommitment.printedOn"_s, u"2026-11-24"_s);
    QVERIFY2(!m_document->undoStack()->undoText().contains(u"filing."_s),
             qPrintable(m_document->undoStack()->undoText()));
    QVERIFY2(m_document->undoStack()->undoText().startsWith(u"修改"_s),
             qPrintable(m_document->undoStack()->undoText()));
}

void TestEditors::oneLabelColumnAndNoJumps()
{
    auto *page = show<FilingProgressEditor>();
    // Every field label of the page ends at one x, section after section.
    QSet<int> rightEdges;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible())
            rightEdges.insert(label->geometry().right());
    }
    QVERIFY(rightEdges.size() == 1);
    // A message appearing under a field does not move the field below it.
    auto *submitted = page->findChild<QLineEdit *>(u"filing.submittedOn"_s);
    auto *approved = page->findChild<QLineEdit *>(u"filing.platformApprovedOn"_s);
    QCoreApplication::processEvents();
    const int before = approved->mapTo(page, QPoint()).y();
    retype(submitted, u"2026-13-01"_s);
    QCoreApplication::processEvents();
    QVERIFY(findingsUnder(*page, u"filing.submittedOn"_s).contains(u"not a date"_s));
    QCoreApplication::processEvents();
    QCOMPARE(approved->mapTo(page, QPoint()).y(), before);
}

void TestEditors::tabGoesDownThePage()
{
    auto *page = show<FilingProgressEditor>();
    m_frame->activateWindow();
    page->focusField();
    QVERIFY(QTest::qWaitForWindowActive(m_frame.get()));
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    // Each Tab moves to the next field below, never back up or into a field's inner buttons.
    int lastY = start->mapTo(page, QPoint()).y();
    QStringList visited{start->objectName()};
    for (int i = 0; i < 11; ++i) { // the sample shows 12 fields here: two letters, review, SMS, number
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now && page->isAncestorOf(now),
                 qPrintable(
                     visited.join(u" → "_s) + u" → "_s
                     + (now ? now->objectName() + QString::fromLatin1(now->metaObject()->className()) : u"nothing"_s)));
        const int y = now->mapTo(page, QPoint()).y();
        QVERIFY2(y > lastY, qPrintable(visited.join(u" → "_s) + u" → "_s + now->objectName()));
        QVERIFY2(now->objectName().contains(u'.'), qPrintable(now->objectName())); // a field, named by its path
        visited << now->objectName();
        lastY = y;
    }
    QCOMPARE(visited.constLast(), u"filing.recordNumber"_s);
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
