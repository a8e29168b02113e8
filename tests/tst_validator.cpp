// The validator on the bundled sample filing, one mistake at a time, as a clerk would make it.

#include "storage/ProjectFile.h"
#include "validation/Validator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace mpdesk;

using Mutation = std::function<void(Filing &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDate today(2026, 11, 27);

Filing sample()
{
    Result<Filing> loaded =
        ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json"));
    if (!loaded)
        qFatal("sample filing cannot be read: %s", qPrintable(loaded.error().text()));
    return std::move(loaded).value();
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.rule + u" @ "_s + f.line());
    return lines.join(u'\n');
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasNoFindings();
    void mistakes_data();
    void mistakes();
    void acceptedInput_data();
    void acceptedInput();
    void everyMessageIsComplete();
    void hostileText_data();
    void hostileText();
};

void TestValidator::sampleHasNoFindings()
{
    const Findings findings = Validator::validate(sample(), today);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestValidator::mistakes_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("isError");

    auto row = [](const char *name, Mutation m, const QString &path, const QString &rule, bool isError) {
        QTest::newRow(name) << m << path << rule << isError;
    };
    row(
        "credit code with wrong check character", [](Filing &f) { f.entity.creditCode = u"91440300MA5G7QXK3X"_s; },
        u"entity.creditCode"_s, u"creditCode.check"_s, true);
    row(
        "credit code too short", [](Filing &f) { f.entity.creditCode = u"91440300MA5G7QX"_s; }, u"entity.creditCode"_s,
        u"creditCode.length"_s, true);
    row(
        "credit code with letter O", [](Filing &f) { f.entity.creditCode = u"914403OOMA5G7QXK3Y"_s; },
        u"entity.creditCode"_s, u"creditCode.characters"_s, true);
    row(
        "credit code whose organisation code fails", [](Filing &f) { f.entity.creditCode = u"91440300MA5G7QXK42"_s; },
        u"entity.creditCode"_s, u"creditCode.organisation"_s, false);
    row(
        "ID number with wrong check digit", [](Filing &f) { f.people[0].idNumber.value = u"440305198503120027"_s; },
        u"people[0].idNumber"_s, u"idNumber.check"_s, true);
    row(
        "ID number with 29 February 1989", [](Filing &f) { f.people[1].idNumber.value = u"31011519890229006X"_s; },
        u"people[1].idNumber"_s, u"idNumber.birthDate"_s, true);
    row(
        "HK residence permit number without its prefix",
        [](Filing &f) { f.people[1].idType = u"hk_macao_residence"_s; }, u"people[1].idNumber"_s, u"idNumber.prefix"_s,
        true);
    row(
        "ID number not on this computer",
        [](Filing &f) {
            f.people[0].idNumber = SecretField{{}, u"440***********0028"_s, u"ref"_s, SecretStatus::NotOnThisComputer};
        },
        u"people[0].idNumber"_s, u"secret.missing"_s, true);
    row(
        "expired ID card", [](Filing &f) { f.people[0].idValidTo = u"2026-11-26"_s; }, u"people[0].idValidTo"_s,
        u"idValidity.expired"_s, true);
    row(
        "ID card expiring within 60 days", [](Filing &f) { f.people[0].idValidTo = u"2027-01-20"_s; },
        u"people[0].idValidTo"_s, u"idValidity.expiring"_s, false);
    row(
        "ID validity ends before it starts", [](Filing &f) { f.people[0].idValidTo = u"2018-01-01"_s; },
        u"people[0].idValidTo"_s, u"idValidity.order"_s, true);
    row(
        "ID validity date with slashes", [](Filing &f) { f.people[0].idValidFrom = u"2019/03/12"_s; },
        u"people[0].idValidFrom"_s, u"date"_s, true);
    row(
        "mobile with ten digits", [](Filing &f) { f.people[1].mobile = u"1361234567"_s; }, u"people[1].mobile"_s,
        u"mobile"_s, true);
    row(
        "emergency number is the person's own", [](Filing &f) { f.people[0].emergencyMobile = u"+86 138 0013 8000"_s; },
        u"people[0].emergencyMobile"_s, u"emergencyMobile.same"_s, true);
    row(
        "two people share an emergency number", [](Filing &f) { f.people[1].emergencyMobile = u"13900139000"_s; },
        u"people[1].emergencyMobile"_s, u"emergencyMobile.shared"_s, true);
    row(
        "emergency number is another person's mobile",
        [](Filing &f) { f.people[1].emergencyMobile = u"13800138000"_s; }, u"people[1].emergencyMobile"_s,
        u"emergencyMobile.shared"_s, true);
    row(
        "leader without an emergency number", [](Filing &f) { f.people[0].emergencyMobile.clear(); },
        u"people[0].emergencyMobile"_s, u"role.field"_s, false); // still to fill in, not a mistake
    row(
        "email without a domain", [](Filing &f) { f.people[0].email = u"liminghua@"_s; }, u"people[0].email"_s,
        u"email"_s, true);
    row(
        "two people with the same id", [](Filing &f) { f.people[1].id = u"p1"_s; }, u"people[1].id"_s,
        u"person.id.duplicate"_s, true);
    row(
        "role given to someone unknown", [](Filing &f) { f.miniProgram.leader = u"p9"_s; }, u"miniProgram.leader"_s,
        u"role.unknownPerson"_s, true);
    row(
        "no administrator chosen", [](Filing &f) { f.registration.administrator.clear(); },
        u"registration.administrator"_s, u"role.unassigned"_s, false);
    row(
        "unknown ID type", [](Filing &f) { f.people[0].idType = u"driving_licence"_s; }, u"people[0].idType"_s,
        u"keyword"_s, true);
    row(
        "registration email already used", [](Filing &f) { f.registration.emailUnused = false; },
        u"registration.emailUnused"_s, u"email.used"_s, true);
    row(
        "government paying by transfer", [](Filing &f) { f.entity.type = u"government"_s; },
        u"registration.verification.method"_s, u"verification.wechatOnly"_s, true);
    row(
        "approved before submitted", [](Filing &f) { f.registration.approvedOn = u"2026-10-01"_s; },
        u"registration.approvedOn"_s, u"date.order"_s, true);
    row(
        "invoice title differs from the entity name",
        [](Filing &f) { f.certification.invoice.title = u"深圳青禾数据科技有限公司"_s; },
        u"certification.invoice.title"_s, u"invoice.title"_s, true);
    row(
        "electronic invoice carrying a bank account",
        [](Filing &f) { f.certification.invoice.bankAccount.value = u"6222021001123456789"_s; },
        u"certification.invoice.bankAccount"_s, u"invoice.electronicExtra"_s, true);
    row(
        "electronic invoice carrying an address", [](Filing &f) { f.certification.invoice.address = u"科苑路8号"_s; },
        u"certification.invoice.address"_s, u"invoice.electronicExtra"_s, true);
    row(
        "tax ID of 16 characters", [](Filing &f) { f.certification.invoice.taxId = u"4403011234567890"_s; },
        u"certification.invoice.taxId"_s, u"invoice.taxId"_s, true);
    row(
        "VAT special invoice without bank name", [](Filing &f) { f.certification.invoice.type = u"vat_special"_s; },
        u"certification.invoice.bankName"_s, u"invoice.vatField"_s, false); // to fill in
    row(
        "VAT special invoice without a recipient", [](Filing &f) { f.certification.invoice.type = u"vat_special"_s; },
        u"certification.invoice.recipient"_s, u"invoice.vatField"_s, true);
    row(
        "VAT special invoice documents not ready", [](Filing &f) { f.certification.invoice.type = u"vat_special"_s; },
        u"certification.invoice.documentsReady"_s, u"invoice.documents"_s, false);
    row(
        "both name changes used", [](Filing &f) { f.certification.nameChangesUsed = 2; },
        u"certification.nameChangesUsed"_s, u"nameChanges.none"_s, false);
    row(
        "three name changes used", [](Filing &f) { f.certification.nameChangesUsed = 3; },
        u"certification.nameChangesUsed"_s, u"nameChanges.range"_s, true);
    row(
        "name containing the forbidden word", [](Filing &f) { f.miniProgram.name = u"青禾记账小程序"_s; },
        u"miniProgram.name"_s, u"miniProgram.name.forbidden"_s, true);
    row(
        "no name", [](Filing &f) { f.miniProgram.name.clear(); }, u"miniProgram.name"_s, u"miniProgram.name"_s,
        false); // to fill in
    row(
        "description of 19 characters", [](Filing &f) { f.miniProgram.description = QString(19, u'记'); },
        u"miniProgram.description"_s, u"miniProgram.description"_s, true);
    row(
        "description of 201 characters", [](Filing &f) { f.miniProgram.description = QString(201, u'记'); },
        u"miniProgram.description"_s, u"miniProgram.description"_s, true);
    row(
        "no service category", [](Filing &f) { f.miniProgram.serviceCategories.clear(); },
        u"miniProgram.serviceCategories"_s, u"miniProgram.categories"_s, false); // to fill in
    row(
        "six service categories", [](Filing &f) { f.miniProgram.serviceCategories = QStringList(6, u"工具"_s); },
        u"miniProgram.serviceCategories"_s, u"miniProgram.categories"_s, true);
    row(
        "only one candidate name", [](Filing &f) { f.miniProgram.nameCandidates.removeLast(); },
        u"miniProgram.nameCandidates"_s, u"pitfall.nameCandidates"_s, false);
    row(
        "chosen name's trademark in conflict",
        [](Filing &f) { f.miniProgram.nameCandidates[0].trademark = u"conflict"_s; },
        u"miniProgram.nameCandidates[0].trademark"_s, u"pitfall.trademark"_s, false);
    row(
        "pre-approval 'none' with education",
        [](Filing &f) {
            f.miniProgram.preApproval.append(PreApproval{u"education"_s, u"粤-12345号"_s, {}});
        },
        u"miniProgram.preApproval"_s, u"preApproval.noneAlone"_s, true);
    row(
        "education without approval number",
        [](Filing &f) {
            f.miniProgram.preApproval = {PreApproval{u"education"_s, {}, {}}};
        },
        u"miniProgram.preApproval[0].approvalNumber"_s, u"preApproval.number"_s, true);
    row(
        "education needs its approval document",
        [](Filing &f) {
            f.miniProgram.preApproval = {PreApproval{u"education"_s, u"粤-12345号"_s, {}}};
        },
        u"miniProgram.preApproval[0].type"_s, u"preApproval.document"_s, false);
    row(
        "pre-approval type not on the official list",
        [](Filing &f) {
            f.miniProgram.preApproval = {PreApproval{u"gaming"_s, u"1"_s, {}}};
        },
        u"miniProgram.preApproval[0].type"_s, u"keyword"_s, true);
    row(
        "record number without X", [](Filing &f) { f.filing.recordNumber = u"粤ICP备2024012345号-1"_s; },
        u"filing.recordNumber"_s, u"recordNumber.format"_s, true);
    row(
        "record number of another province", [](Filing &f) { f.filing.recordNumber = u"京ICP备2024012345号-1X"_s; },
        u"filing.recordNumber"_s, u"recordNumber.province"_s, false);
    row(
        "record number entered, status still in review",
        [](Filing &f) {
            f.filing.status = u"bureau_review"_s;
            f.filing.recordNumber = u"粤ICP备2024012345号-1X"_s;
        },
        u"filing.status"_s, u"recordNumber.status"_s, false);
    row(
        "SMS verified before it arrived",
        [](Filing &f) {
            f.filing.smsReceivedAt = u"2026-11-20T10:00:00+08:00"_s;
            f.filing.smsVerifiedAt = u"2026-11-20T09:00:00+08:00"_s;
        },
        u"filing.smsVerifiedAt"_s, u"date.order"_s, true);
    row(
        "SMS time that is no time", [](Filing &f) { f.filing.smsReceivedAt = u"2026-11-20 10h00"_s; },
        u"filing.smsReceivedAt"_s, u"timestamp"_s, true);
    row(
        "district of another city", [](Filing &f) { f.entity.region.district = u"440105"_s; },
        u"entity.region.district"_s, u"region.district"_s, true);
    row(
        "province code that is a city", [](Filing &f) { f.entity.region.province = u"440300"_s; },
        u"entity.region.province"_s, u"region.province"_s, true);
    row(
        "communication address with the province",
        [](Filing &f) { f.entity.mailingAddress = u"广东省深圳市南山区科苑路8号"_s; }, u"entity.mailingAddress"_s,
        u"mailingAddress.prefix"_s, false);
}

void TestValidator::mistakes()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(bool, isError);

    Filing filing = sample();
    mutate(filing);
    const Findings findings = Validator::validate(filing, today);
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.path == path && f.rule == rule; });
    QVERIFY2(it != findings.cend(),
             qPrintable(u"expected "_s + rule + u" at "_s + path + u", got:\n"_s + describe(findings)));
    QCOMPARE(it->isError(), isError);
    QVERIFY(!it->message.isEmpty());
}

void TestValidator::hostileText_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    auto row = [](const char *name, Mutation m, const QString &path, const QString &rule) {
        QTest::newRow(name) << m << path << rule;
    };
    const QString rlo = QString(QChar(0x202E));
    row(
        "right-to-left override in the entity name",
        [rlo](Filing &f) { f.entity.name = u"深圳市青禾"_s + rlo + u"数据科技有限公司"_s; }, u"entity.name"_s,
        u"text.hidden"_s);
    row(
        "zero-width space in the credit code", [](Filing &f) { f.entity.creditCode = u"91440300MA5G7\u200BQXK3Y"_s; },
        u"entity.creditCode"_s, u"text.hidden"_s);
    row(
        "left-to-right isolate in a person's name", [](Filing &f) { f.people[1].name = u"王\u2066芳"_s; },
        u"people[1].name"_s, u"text.hidden"_s);
    row(
        "byte order mark in an ID number",
        [](Filing &f) { f.people[0].idNumber.value = u"\uFEFF"_s + f.people[0].idNumber.value; },
        u"people[0].idNumber"_s, u"text.hidden"_s);
    row(
        "left-to-right mark in a mobile number", [](Filing &f) { f.people[0].mobile += u"\u200E"_s; },
        u"people[0].mobile"_s, u"text.hidden"_s);
    row(
        "word joiner in the registered address", [](Filing &f) { f.entity.registeredAddress += u"\u2060"_s; },
        u"entity.registeredAddress"_s, u"text.hidden"_s);
    row(
        "terminal escape in the mini program name", [](Filing &f) { f.miniProgram.name = u"青禾\x1b[2J记账"_s; },
        u"miniProgram.name"_s, u"text.hidden"_s);
    row(
        "DEL in the invoice title", [](Filing &f) { f.certification.invoice.title += QChar(0x7F); },
        u"certification.invoice.title"_s, u"text.hidden"_s);
    row(
        "pop directional formatting in the description", [](Filing &f) { f.miniProgram.description += u"\u202C"_s; },
        u"miniProgram.description"_s, u"text.hidden"_s);
    row(
        "entity name of 1,000,000 characters", [](Filing &f) { f.entity.name = QString(1000000, u'青'); },
        u"entity.name"_s, u"text.length"_s);
    row(
        "address of 201 characters", [](Filing &f) { f.entity.mailingAddress = QString(201, u'路'); },
        u"entity.mailingAddress"_s, u"text.length"_s);
    row(
        "person's name of 101 characters", [](Filing &f) { f.people[0].name = QString(101, u'王'); },
        u"people[0].name"_s, u"text.length"_s);
    row(
        "approval on 9999-12-31", [](Filing &f) { f.certification.approvedOn = u"9999-12-31"_s; },
        u"certification.approvedOn"_s, u"date.range"_s);
    row(
        "payment in 1999", [](Filing &f) { f.certification.paidOn = u"1999-12-31"_s; }, u"certification.paidOn"_s,
        u"date.range"_s);
    row(
        "SMS received in 2101", [](Filing &f) { f.filing.smsReceivedAt = u"2101-01-01T09:00:00+08:00"_s; },
        u"filing.smsReceivedAt"_s, u"date.range"_s);
    row(
        "ID valid until 2200", [](Filing &f) { f.people[0].idValidTo = u"2200-01-01"_s; }, u"people[0].idValidTo"_s,
        u"date.range"_s);
}

void TestValidator::hostileText()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, rule);

    Filing filing = sample();
    mutate(filing);
    const Findings findings = Validator::validate(filing, today);
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.path == path && f.rule == rule; });
    QVERIFY2(it != findings.cend(),
             qPrintable(u"expected "_s + rule + u" at "_s + path + u", got:\n"_s + describe(findings).left(2000)));
    QVERIFY(it->isError());
    // The message says what to do and never repeats the value (it may be an ID or account number).
    QVERIFY(!it->message.isEmpty());
    QVERIFY(!it->message.contains(filing.people[0].idNumber.value));
    QVERIFY(it->message.size() < 300);
}

void TestValidator::acceptedInput_data()
{
    QTest::addColumn<Mutation>("mutate");
    auto row = [](const char *name, Mutation m) { QTest::newRow(name) << m; };
    row("credit code typed full-width with spaces",
        [](Filing &f) { f.entity.creditCode = u" ９１４４０３００ＭＡ５Ｇ７ＱＸＫ３Ｙ "_s; });
    row("credit code in lower case", [](Filing &f) { f.entity.creditCode = u"91440300ma5g7qxk3y"_s; });
    row("ID number with lowercase x", [](Filing &f) { f.people[1].idNumber.value = u"11010519491231002x"_s; });
    row("ID born on a leap day", [](Filing &f) { f.people[1].idNumber.value = u"310115198802290062"_s; });
    row("ID valid long-term", [](Filing &f) { f.people[0].idValidTo = u"long-term"_s; });
    row("ID valid 长期, as the card says", [](Filing &f) { f.people[0].idValidTo = u"长期"_s; });
    row("SMS time as the phone shows it, China time", [](Filing &f) {
        f.filing.smsReceivedAt = u"2026-11-20 10:00"_s;
        f.filing.smsVerifiedAt = u"2026-11-20T10:30:00+08:00"_s;
    });
    row("mobile with +86 and dashes", [](Filing &f) { f.people[0].mobile = u"+86 138-0013-8000"_s; });
    row("15-digit tax ID", [](Filing &f) { f.certification.invoice.taxId = u"440301123456789"_s; });
    row("invoice title with surrounding spaces",
        [](Filing &f) { f.certification.invoice.title = u" 深圳市青禾数据科技有限公司 "_s; });
    row("record number of the filing's province",
        [](Filing &f) { f.filing.recordNumber = u"粤ICP备2024012345号-1X"_s; });
    row("complete VAT special invoice", [](Filing &f) {
        Invoice &inv = f.certification.invoice;
        inv.type = u"vat_special"_s;
        inv.address = u"深圳市南山区科苑路8号"_s;
        inv.phone = u"0755-86001234"_s;
        inv.bankName = u"招商银行深圳科技园支行"_s;
        inv.bankAccount.value = u"755912345610101"_s;
        inv.mailingAddress = u"深圳市南山区科苑路8号"_s;
        inv.recipient = u"王芳"_s;
        inv.recipientPhone = u"13612345678"_s;
        inv.documentsReady = true;
    });
    row("declared education with number", [](Filing &f) {
        f.miniProgram.preApproval = {PreApproval{u"education"_s, u"粤-12345号"_s, {}}};
    });
}

void TestValidator::acceptedInput()
{
    QFETCH(Mutation, mutate);
    Filing filing = sample();
    mutate(filing);
    const Findings findings = Validator::validate(filing, today);
    QVERIFY2(errorCount(findings) == 0, qPrintable(describe(findings)));
}

void TestValidator::everyMessageIsComplete()
{
    // A filing full of mistakes: every message is a sentence with its placeholders filled.
    Filing filing;
    filing.people.append(Person{});
    filing.people[0].id = u"p1"_s;
    filing.people[0].idType = u"resident_id"_s;
    filing.people[0].idNumber.value = u"123"_s;
    filing.people[0].mobile = u"1"_s;
    filing.entity.leader = u"p1"_s;
    filing.entity.creditCode = u"9144"_s;
    filing.certification.invoice.type = u"vat_special"_s;
    filing.miniProgram.preApproval = {PreApproval{u"news"_s, {}, {}}, PreApproval{u"none"_s, {}, {}}};
    const Findings findings = Validator::validate(filing, today);
    QVERIFY(findings.size() > 20);
    for (const Finding &f : findings) {
        QVERIFY2(!f.path.isEmpty(), qPrintable(f.line()));
        QVERIFY2(!f.rule.isEmpty(), qPrintable(f.line()));
        QVERIFY2(!f.message.contains(u'%'), qPrintable(f.line()));
        QVERIFY2(f.message.endsWith(u'.') || f.message.endsWith(u')'), qPrintable(f.line()));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
