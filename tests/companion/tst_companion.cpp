// The platform's pages as the clerk meets them: each page's fields in the platform's order with its labels,
// values written the way the page wants them, the clipboard that forgets a copied number, and the dock.

#include "companion/CompanionPanel.h"
#include "companion/CompanionRows.h"
#include "companion/PlatformPages.h"
#include "companion/SecureClipboard.h"
#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "mainwindow/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString leaderId = u"440305198503120028"_s; // the sample's entity leader (p1)
const QString contactId = u"440304199211083542"_s; // the sample's administrator and contact (p2)

QStringList labels(const QList<PlatformField> &rows)
{
    QStringList list;
    for (const PlatformField &row : rows)
        list.append(row.label);
    return list;
}

const PlatformField *rowLabelled(const QList<PlatformField> &rows, const QString &label)
{
    for (const PlatformField &row : rows) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

} // namespace

class TestCompanion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pagesInThePlatformsOrder_data();
    void pagesInThePlatformsOrder();
    void fieldsInThePlatformsOrder_data();
    void fieldsInThePlatformsOrder();
    void badDefinitionsAreRefused_data();
    void badDefinitionsAreRefused();
    void valuesAsThePageWantsThem();
    void vatInvoiceAndDelegatedLeaderAddFields();
    void secretsAreMaskedUnlessRevealed();
    void errorBlocksTheField();
    void secretOnTheClipboardIsMarkedAndCleared();
    void clipboardTheClerkChangedIsLeftAlone();
    void clearDelayFromTheSettings();
    void panelCopiesASecretFromTheDocument();
    void panelRefusesAFieldWithAnError();
    void closingThePanelClearsAPendingSecret();
    void panelCopyNextWalksThePage();
    void panelSwitchesLanguage();
    void mainWindowHasTheDock();

private:
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<FilingDocument> m_document;
};

void TestCompanion::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageManager::instance().setLanguage(u"en"_s);
}

void TestCompanion::init()
{
    LanguageManager::instance().setLanguage(u"en"_s);
    m_document.reset();
    m_store = std::make_unique<MemorySecretStore>();
    m_document = std::make_unique<FilingDocument>(*m_store);
    m_document->setClock(Clock::fixedOn(QDate(2026, 11, 27)));
    QVERIFY(m_document->open(samplePath).ok());
    clipboard()->clear();
}

void TestCompanion::pagesInThePlatformsOrder_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("the seven pages") << QStringList{u"registration"_s,       u"certification"_s, u"invoice"_s,
                                                    u"filing-entity"_s,      u"entity-leader"_s, u"mini-program"_s,
                                                    u"mini-program-leader"_s};
}

void TestCompanion::pagesInThePlatformsOrder()
{
    QFETCH(QStringList, ids);
    QCOMPARE(PlatformPages::shipped().pageIds(), ids);
}

void TestCompanion::fieldsInThePlatformsOrder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("english");
    QTest::addColumn<QStringList>("paths");

    QTest::newRow("registration")
        << u"registration"_s
        << QStringList{u"邮箱"_s,     u"主体类型"_s,         u"企业名称"_s,         u"营业执照注册号"_s,
                       u"注册方式"_s, u"管理员身份证姓名"_s, u"管理员身份证号码"_s, u"管理员手机号码"_s}
        << QStringList{u"Email"_s,
                       u"Entity type"_s,
                       u"Enterprise name"_s,
                       u"Business licence number (credit code)"_s,
                       u"Verification method"_s,
                       u"Administrator's name"_s,
                       u"Administrator's ID number"_s,
                       u"Administrator's mobile"_s}
        << QStringList{u"registration.email"_s,
                       u"entity.type"_s,
                       u"entity.name"_s,
                       u"entity.creditCode"_s,
                       u"registration.verification.method"_s,
                       u"people[1].name"_s,
                       u"people[1].idNumber"_s,
                       u"people[1].mobile"_s};
    QTest::newRow("certification")
        << u"certification"_s
        << QStringList{u"认证主体类型"_s,   u"企业全称"_s,           u"统一社会信用代码"_s,   u"主体验证方式"_s,
                       u"认证联系人姓名"_s, u"认证联系人证件号码"_s, u"认证联系人手机号码"_s, u"认证联系人邮箱"_s}
        << QStringList{u"Entity type"_s,          u"Full enterprise name"_s, u"Unified social credit code"_s,
                       u"Primary verification"_s, u"Contact's name"_s,       u"Contact's ID number"_s,
                       u"Contact's mobile"_s,     u"Contact's email"_s}
        << QStringList{u"entity.type"_s,       u"entity.name"_s,
                       u"entity.creditCode"_s, u"certification.primaryVerification"_s,
                       u"people[1].name"_s,    u"people[1].idNumber"_s,
                       u"people[1].mobile"_s,  u"people[1].email"_s};
    QTest::newRow("invoice, electronic") << u"invoice"_s << QStringList{u"发票类型"_s, u"发票抬头"_s, u"税号"_s}
                                         << QStringList{u"Invoice type"_s, u"Invoice title"_s, u"Tax ID"_s}
                                         << QStringList{u"certification.invoice.type"_s,
                                                        u"certification.invoice.title"_s,
                                                        u"certification.invoice.taxId"_s};
    QTest::newRow("filing entity, leader is the legal representative")
        << u"filing-entity"_s << QStringList{u"备案省份"_s, u"备案城市"_s,     u"备案区县"_s, u"主体性质"_s,
                                             u"证件号码"_s, u"主办单位名称"_s, u"证件住所"_s, u"通讯地址"_s}
        << QStringList{u"Filing province"_s,     u"Filing city"_s,          u"Filing district"_s,
                       u"Entity type"_s,         u"Certificate number"_s,   u"Sponsor's name"_s,
                       u"Certificate address"_s, u"Communication address"_s}
        << QStringList{u"entity.region.province"_s,   u"entity.region.city"_s,
                       u"entity.region.district"_s,   u"entity.type"_s,
                       u"entity.creditCode"_s,        u"entity.name"_s,
                       u"entity.registeredAddress"_s, u"entity.mailingAddress"_s};
    const QStringList leaderLabels{u"负责人姓名"_s, u"手机号码"_s, u"电子邮件"_s,           u"应急联系电话"_s,
                                   u"证件类型"_s,   u"证件号码"_s, u"证件有效期开始日期"_s, u"证件有效期结束日期"_s};
    const QStringList leaderEnglish{u"Leader's name"_s,           u"Mobile"_s,     u"Email"_s,
                                    u"Emergency contact phone"_s, u"ID type"_s,    u"ID number"_s,
                                    u"ID valid from"_s,           u"ID valid to"_s};
    auto personPaths = [](int index) {
        QStringList paths;
        for (const char *key :
             {"name", "mobile", "email", "emergencyMobile", "idType", "idNumber", "idValidFrom", "idValidTo"})
            paths.append(u"people["_s + QString::number(index) + u"]."_s + QLatin1StringView(key));
        return paths;
    };
    QTest::newRow("entity leader") << u"entity-leader"_s << leaderLabels << leaderEnglish << personPaths(0);
    QTest::newRow("mini program") << u"mini-program"_s
                                  << QStringList{u"小程序名称"_s, u"服务内容类型"_s, u"前置审批项"_s, u"小程序备注"_s}
                                  << QStringList{u"Mini program name"_s, u"Service content types"_s,
                                                 u"Pre-approval items"_s, u"Description"_s}
                                  << QStringList{u"miniProgram.name"_s, u"miniProgram.serviceCategories"_s,
                                                 u"miniProgram.preApproval"_s, u"miniProgram.description"_s};
    QTest::newRow("mini program leader") << u"mini-program-leader"_s << leaderLabels << leaderEnglish << personPaths(1);
}

void TestCompanion::fieldsInThePlatformsOrder()
{
    QFETCH(QString, page);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, english);
    QFETCH(QStringList, paths);
    const PlatformPageSpec *spec = PlatformPages::shipped().page(page);
    QVERIFY(spec);
    const QList<PlatformField> rows =
        CompanionRows::of(m_document->filing(), m_document->findings(), *spec, CompanionRows::Secrets::Masked);
    QStringList gotEnglish, gotPaths;
    for (const PlatformField &row : rows) {
        gotEnglish.append(row.labelEn);
        gotPaths.append(row.path);
    }
    QCOMPARE(::labels(rows), labels);
    QCOMPARE(gotEnglish, english);
    QCOMPARE(gotPaths, paths);
}

void TestCompanion::badDefinitionsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head =
        R"({"format": "mpdesk-platform-pages", "version": 1, "pages": [{"id": "p", "title": "页", "titleEn": "Page", "fields": [)";
    QTest::newRow("a field mpdesk does not know")
        << head + R"({"path": "entity.nickname", "label": "昵称", "labelEn": "Nickname", "format": "text"}]}]})"
        << u"\"entity.nickname\" is not a field mpdesk knows"_s;
    QTest::newRow("an unknown format") << head
            + R"({"path": "entity.name", "label": "名称", "labelEn": "Name", "format": "bold"}]}]})"
                                       << u"the format \"bold\" is not one of"_s;
    QTest::newRow("no English label") << head + R"({"path": "entity.name", "label": "名称", "format": "text"}]}]})"
                                      << u"needs a label and an English label"_s;
    QTest::newRow("not the format") << QByteArray(R"({"format": "mpdesk-letters", "version": 1})")
                                    << u"is not a list of platform pages of version 1"_s;
}

void TestCompanion::badDefinitionsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<PlatformPages> parsed = PlatformPages::parse(json, u"pages.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
}

void TestCompanion::valuesAsThePageWantsThem()
{
    m_document->setField(u"people[0].idValidTo"_s, u"long-term"_s);
    m_document->setField(u"certification.invoice.title"_s, QString());
    m_document->setField(u"people[0].mobile"_s, u"+86 138-0013-8000"_s);
    const Filing &filing = m_document->filing();
    const auto rows = [&](const QString &page) {
        return CompanionRows::of(filing, m_document->findings(), *PlatformPages::shipped().page(page),
                                 CompanionRows::Secrets::Masked);
    };
    const auto leader = rows(u"entity-leader"_s);
    QCOMPARE(rowLabelled(leader, u"证件有效期结束日期"_s)->value, u"长期"_s);
    QCOMPARE(rowLabelled(leader, u"证件有效期开始日期"_s)->value, u"2019-03-12"_s);
    QCOMPARE(rowLabelled(leader, u"证件类型"_s)->value, u"居民身份证"_s);
    QCOMPARE(rowLabelled(leader, u"手机号码"_s)->value, u"13800138000"_s);
    const auto entity = rows(u"filing-entity"_s);
    QCOMPARE(rowLabelled(entity, u"备案省份"_s)->value, u"广东省"_s);
    // The platform lists cities and districts by name; the code is in the note, to be sure of the choice.
    QCOMPARE(rowLabelled(entity, u"备案城市"_s)->value, u"深圳市"_s);
    QVERIFY2(rowLabelled(entity, u"备案城市"_s)->note.contains(u"440300"_s),
             qPrintable(rowLabelled(entity, u"备案城市"_s)->note));
    QCOMPARE(rowLabelled(entity, u"备案区县"_s)->value, u"南山区"_s);
    m_document->setField(u"entity.region.district"_s, u"440399"_s); // no such district: the code, as typed
    QCOMPARE(rowLabelled(rows(u"filing-entity"_s), u"备案区县"_s)->value, u"440399"_s);
    QCOMPARE(rowLabelled(entity, u"主体性质"_s)->value, u"企业"_s);
    // An empty invoice title is written as the entity's full name, exactly.
    QCOMPARE(rowLabelled(rows(u"invoice"_s), u"发票抬头"_s)->value, u"深圳市青禾数据科技有限公司"_s);
    const auto program = rows(u"mini-program"_s);
    QCOMPARE(rowLabelled(program, u"前置审批项"_s)->value, u"以上都不涉及"_s);
    QCOMPARE(rowLabelled(program, u"服务内容类型"_s)->value, u"工具 > 记账\n商业服务 > 企业管理"_s);
    QCOMPARE(rowLabelled(rows(u"registration"_s), u"注册方式"_s)->value, u"向腾讯公司小额打款验证"_s);
}

void TestCompanion::vatInvoiceAndDelegatedLeaderAddFields()
{
    m_document->setField(u"certification.invoice.type"_s, u"vat_special"_s);
    m_document->setField(u"entity.leader"_s, u"p2"_s);
    const Filing &filing = m_document->filing();
    const auto invoice = CompanionRows::of(filing, m_document->findings(), *PlatformPages::shipped().page(u"invoice"_s),
                                           CompanionRows::Secrets::Masked);
    QCOMPARE(labels(invoice),
             (QStringList{u"发票类型"_s, u"发票抬头"_s, u"税号"_s, u"企业地址"_s, u"企业电话"_s, u"开户银行"_s,
                          u"银行账号"_s, u"邮寄地址"_s, u"收件人"_s, u"收件人电话"_s}));
    QCOMPARE(rowLabelled(invoice, u"发票类型"_s)->value, u"增值税专用发票"_s);
    const auto entity =
        CompanionRows::of(filing, m_document->findings(), *PlatformPages::shipped().page(u"filing-entity"_s),
                          CompanionRows::Secrets::Masked);
    QCOMPARE(labels(entity).mid(8), (QStringList{u"法定代表人姓名"_s, u"法定代表人证件号码"_s}));
    QCOMPARE(entity.at(9).path, u"people[0].idNumber"_s);
    QCOMPARE(entity.at(9).value, u"**************0028"_s);
    QVERIFY(entity.at(9).masked && entity.at(9).known);
}

void TestCompanion::secretsAreMaskedUnlessRevealed()
{
    const PlatformPageSpec &page = *PlatformPages::shipped().page(u"mini-program-leader"_s);
    const auto masked = CompanionRows::of(m_document->filing(), {}, page, CompanionRows::Secrets::Masked);
    const PlatformField *number = rowLabelled(masked, u"证件号码"_s);
    QVERIFY(number->secret && number->masked && number->known);
    QCOMPARE(number->value, u"**************3542"_s);
    const auto revealed = CompanionRows::of(m_document->filing(), {}, page, CompanionRows::Secrets::Revealed);
    QCOMPARE(rowLabelled(revealed, u"证件号码"_s)->value, contactId);
    QVERIFY(!rowLabelled(revealed, u"证件号码"_s)->masked);
}

void TestCompanion::errorBlocksTheField()
{
    m_document->setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s); // wrong check character
    const auto rows =
        CompanionRows::of(m_document->filing(), m_document->findings(),
                          *PlatformPages::shipped().page(u"filing-entity"_s), CompanionRows::Secrets::Masked);
    const PlatformField *code = rowLabelled(rows, u"证件号码"_s);
    QVERIFY(code->isBlocked());
    QCOMPARE(code->blocking.first().path, u"entity.creditCode"_s);
    QVERIFY(!rowLabelled(rows, u"主办单位名称"_s)->isBlocked());
}

void TestCompanion::secretOnTheClipboardIsMarkedAndCleared()
{
    SecureClipboard secure;
    secure.setClearDelay(50);
    QSignalSpy cleared(&secure, &SecureClipboard::cleared);
    secure.setSecret(leaderId);
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), leaderId);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(mime->hasFormat(u"org.nspasteboard.ConcealedType"_s));
    QVERIFY(mime->hasFormat(u"ExcludeClipboardContentFromMonitorProcessing"_s));
    QCOMPARE(mime->data(u"CanIncludeInClipboardHistory"_s), QByteArray(4, '\0'));
    QCOMPARE(mime->data(u"CanUploadToCloudClipboard"_s), QByteArray(4, '\0'));
    QVERIFY(secure.isClearPending());
    QVERIFY(cleared.wait(2000));
    QCOMPARE(clipboard()->text(), QString());
    QVERIFY(!secure.isClearPending());
}

void TestCompanion::clipboardTheClerkChangedIsLeftAlone()
{
    SecureClipboard secure;
    secure.setClearDelay(50);
    QSignalSpy cleared(&secure, &SecureClipboard::cleared);
    secure.setSecret(leaderId);
    clipboard()->setText(u"something the clerk copied"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!secure.isClearPending(), 2000);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard()->text(), u"something the clerk copied"_s);
}

void TestCompanion::clearDelayFromTheSettings()
{
    QSettings settings;
    settings.remove(SecureClipboard::clearDelayKey());
    QCOMPARE(SecureClipboard().clearDelay(), 20 * 1000);
    settings.setValue(SecureClipboard::clearDelayKey(), 45);
    QCOMPARE(SecureClipboard().clearDelay(), 45 * 1000);
    settings.remove(SecureClipboard::clearDelayKey());
}

void TestCompanion::panelCopiesASecretFromTheDocument()
{
    CompanionPanel panel(*m_document);
    panel.clipboard().setClearDelay(50);
    panel.setPage(u"entity-leader"_s);
    const qsizetype index = labels(panel.rows()).indexOf(u"证件号码"_s);
    QVERIFY(index >= 0);
    // The window shows the masked form only.
    auto *value = panel.findChild<QLabel *>(u"companionValue:"_s + QString::number(index));
    QCOMPARE(value->text(), u"**************0028"_s);
    QVERIFY(value->toolTip().isEmpty());
    auto *copy = panel.findChild<QPushButton *>(u"companionCopy:"_s + QString::number(index));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard()->text(), leaderId);
    QCOMPARE(clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(!panel.status().contains(leaderId));
    QVERIFY(panel.status().contains(u"cleared"_s));
    QTRY_COMPARE_WITH_TIMEOUT(clipboard()->text(), QString(), 2000);
}

void TestCompanion::panelRefusesAFieldWithAnError()
{
    m_document->setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s);
    CompanionPanel panel(*m_document);
    panel.setPage(u"filing-entity"_s);
    const qsizetype index = labels(panel.rows()).indexOf(u"证件号码"_s);
    QVERIFY(index >= 0);
    auto *copy = panel.findChild<QPushButton *>(u"companionCopy:"_s + QString::number(index));
    QVERIFY(copy && !copy->isEnabled());
    auto *note = panel.findChild<QLabel *>(u"companionNote:"_s + QString::number(index));
    QVERIFY(note && note->text().contains(u"error"_s));
    clipboard()->setText(u"before"_s);
    panel.copyRow(int(index));
    QCOMPARE(clipboard()->text(), u"before"_s);
    QVERIFY(panel.status().contains(u"not copied"_s));
    // The clerk may copy it anyway.
    auto *anyway = panel.findChild<QPushButton *>(u"companionCopyAnyway:"_s + QString::number(index));
    QVERIFY(anyway);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QCOMPARE(clipboard()->text(), u"91440300MA5G7QXK3X"_s);
}

void TestCompanion::closingThePanelClearsAPendingSecret()
{
    auto panel = std::make_unique<CompanionPanel>(*m_document);
    panel->setPage(u"mini-program-leader"_s);
    panel->copyRow(int(labels(panel->rows()).indexOf(u"证件号码"_s)));
    QCOMPARE(clipboard()->text(), contactId);
    QVERIFY(panel->clipboard().isClearPending());
    panel.reset();
    QCOMPARE(clipboard()->text(), QString());
}

void TestCompanion::panelCopyNextWalksThePage()
{
    CompanionPanel panel(*m_document);
    panel.clipboard().setClearDelay(50);
    panel.setPage(u"mini-program-leader"_s);
    QCOMPARE(panel.nextRow(), 0);
    QStringList pasted;
    auto *next = panel.findChild<QPushButton *>(u"companionCopyNext"_s);
    for (int i = 0; i < 8; ++i) {
        QTest::mouseClick(next, Qt::LeftButton);
        pasted.append(clipboard()->text());
    }
    QCOMPARE(pasted,
             (QStringList{u"王芳"_s, u"13612345678"_s, u"wangfang@qinghe-data.example.cn"_s, u"13787654321"_s,
                          u"居民身份证"_s, contactId, u"2021-06-01"_s, u"2041-06-01"_s}));
    QCOMPARE(panel.nextRow(), -1);
    QVERIFY(!next->isEnabled());
}

void TestCompanion::panelSwitchesLanguage()
{
    CompanionPanel panel(*m_document);
    auto *chooser = panel.findChild<QComboBox *>(u"companionPageChooser"_s);
    panel.setPage(u"filing-entity"_s);
    QCOMPARE(chooser->currentText(), u"Filing: entity / 备案：主体信息"_s);
    auto *label = panel.findChild<QPushButton *>(u"companionCopyNext"_s);
    QCOMPARE(label->text(), u"Copy next (Ctrl+Shift+N)"_s);
    LanguageManager::instance().setLanguage(u"zh_CN"_s);
    // Qt posts the language change to every window.
    QTRY_COMPARE(chooser->currentText(), u"备案：主体信息"_s);
    QCOMPARE(label->text(), u"复制下一项（Ctrl+Shift+N）"_s);
    LanguageManager::instance().setLanguage(u"en"_s);
    QTRY_COMPARE(chooser->currentText(), u"Filing: entity / 备案：主体信息"_s);
}

void TestCompanion::mainWindowHasTheDock()
{
    auto window = std::make_unique<MainWindow>(m_store.get());
    QVERIFY(window->openFile(samplePath));
    auto *dock = window->findChild<QDockWidget *>(u"companionDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), u"Platform Pages"_s);
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isHidden());
    auto *panel = qobject_cast<CompanionPanel *>(dock->widget());
    QVERIFY(panel);
    panel->setPage(u"entity-leader"_s);
    panel->copyRow(int(labels(panel->rows()).indexOf(u"证件号码"_s)));
    QCOMPARE(clipboard()->text(), leaderId);
    // Closing the window takes the number off the clipboard, whatever order its parts go in.
    window.reset();
    QCOMPARE(clipboard()->text(), QString());
}

QTEST_MAIN(TestCompanion)
#include "tst_companion.moc"
