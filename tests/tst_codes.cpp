// The check-digit and format rules behind the validator, with real-world shapes of input.

#include "core/Normalize.h"
#include "model/DateField.h"
#include "model/FieldPath.h"
#include "model/Vocabulary.h"
#include "validation/Codes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using Verdict = Codes::Verdict;

Q_DECLARE_METATYPE(mpdesk::Codes::Verdict)

class TestCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditCode_data();
    void creditCode();
    void organisationCode_data();
    void organisationCode();
    void residentId_data();
    void residentId();
    void otherIds_data();
    void otherIds();
    void taxId_data();
    void taxId();
    void mobile_data();
    void mobile();
    void normalizeCode_data();
    void normalizeCode();
    void dates_data();
    void dates();
    void timestamps_data();
    void timestamps();
    void aDateKeepsWhatWasTyped();
    void keywordEnumsFollowTheVocabulary();
    void aKeywordKeepsWhatWasWritten();
    void fieldPaths();
};

static const QDate today(2026, 11, 27);

void TestCodes::creditCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("valid enterprise code") << u"91440300MA5G7QXK3Y"_s << Verdict::Valid;
    QTest::newRow("valid code ending in a digit") << u"91440300MA5H2L3N7R"_s << Verdict::Valid;
    QTest::newRow("a published example code") << u"91350100M000100Y43"_s << Verdict::Valid;
    QTest::newRow("typed with a full-width input method")
        << u"９１４４０３００ＭＡ５Ｇ７ＱＸＫ３Ｙ"_s << Verdict::Valid;
    QTest::newRow("lower case and spaces") << u" 91440300ma5g7qxk3y "_s << Verdict::Valid;
    QTest::newRow("wrong check character") << u"91440300MA5G7QXK3X"_s << Verdict::BadCheck;
    QTest::newRow("two characters swapped") << u"91440300MA5G7QKX3Y"_s << Verdict::BadCheck;
    QTest::newRow("17 characters") << u"91440300MA5G7QXK3"_s << Verdict::WrongLength;
    QTest::newRow("19 characters") << u"91440300MA5G7QXK3YY"_s << Verdict::WrongLength;
    QTest::newRow("letter O instead of zero") << u"914403OOMA5G7QXK3Y"_s << Verdict::BadCharacter;
    QTest::newRow("letter I is never used") << u"91440300MA5G7QIK3Y"_s << Verdict::BadCharacter;
    QTest::newRow("empty") << QString() << Verdict::WrongLength;
}

void TestCodes::creditCode()
{
    QFETCH(QString, typed);
    QFETCH(Verdict, verdict);
    QCOMPARE(Codes::creditCode(Normalize::code(typed)), verdict);
}

void TestCodes::organisationCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("embedded code checks") << u"91440300MA5G7QXK3Y"_s << Verdict::Valid;
    QTest::newRow("published example") << u"91350100M000100Y43"_s << Verdict::Valid;
    // Recomputing the outer check hides nothing: the inner check still fails.
    QTest::newRow("inner check wrong, outer right") << u"91440300MA5G7QXK42"_s << Verdict::BadCheck;
}

void TestCodes::organisationCode()
{
    QFETCH(QString, code);
    QFETCH(Verdict, verdict);
    if (verdict == Verdict::BadCheck)
        QCOMPARE(Codes::creditCode(code), Verdict::Valid);
    QCOMPARE(Codes::embeddedOrganisationCode(code), verdict);
}

void TestCodes::residentId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("valid, digit check") << u"440305198503120028"_s << Verdict::Valid;
    QTest::newRow("valid, X check") << u"11010519491231002X"_s << Verdict::Valid;
    QTest::newRow("lowercase x check digit") << u"11010519491231002x"_s << Verdict::Valid;
    QTest::newRow("full-width digits") << u"４４０３０５１９８５０３１２００２８"_s << Verdict::Valid;
    QTest::newRow("leap day 1988") << u"310115198802290062"_s << Verdict::Valid;
    QTest::newRow("leap day in a common year") << u"31011519890229006X"_s << Verdict::BadDate;
    QTest::newRow("month 13") << u"440305198513120021"_s << Verdict::BadDate;
    QTest::newRow("born in the future") << u"440305202712010019"_s << Verdict::BadDate;
    QTest::newRow("wrong check digit") << u"440305198503120027"_s << Verdict::BadCheck;
    QTest::newRow("old 15-digit number") << u"440305850312002"_s << Verdict::WrongLength;
    QTest::newRow("letter inside") << u"44030519850312A028"_s << Verdict::BadCharacter;
}

void TestCodes::residentId()
{
    QFETCH(QString, typed);
    QFETCH(Verdict, verdict);
    QCOMPARE(Codes::residentId(Normalize::code(typed), today), verdict);
}

void TestCodes::otherIds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("Hong Kong residence permit") << u"hk"_s << u"810000199506150017"_s << Verdict::Valid;
    QTest::newRow("residence permit with resident-ID prefix")
        << u"hk"_s << u"440305198503120028"_s << Verdict::BadPrefix;
    QTest::newRow("Taiwan residence permit prefix for HK") << u"tw"_s << u"810000199506150017"_s << Verdict::BadPrefix;
    QTest::newRow("HK/Macao permit, 8 digits") << u"hkpermit"_s << u"H12345678"_s << Verdict::Valid;
    QTest::newRow("HK/Macao permit, 10 digits") << u"hkpermit"_s << u"M1234567890"_s << Verdict::Valid;
    QTest::newRow("HK/Macao permit, wrong letter") << u"hkpermit"_s << u"K12345678"_s << Verdict::BadCharacter;
    QTest::newRow("HK/Macao permit, 9 digits") << u"hkpermit"_s << u"H123456789"_s << Verdict::WrongLength;
    QTest::newRow("Taiwan permit") << u"twpermit"_s << u"12345678"_s << Verdict::Valid;
    QTest::newRow("Taiwan permit with a letter") << u"twpermit"_s << u"1234567A"_s << Verdict::BadCharacter;
    QTest::newRow("passport") << u"passport"_s << u"E12345678"_s << Verdict::Valid;
    QTest::newRow("passport too short") << u"passport"_s << u"E123"_s << Verdict::WrongLength;
    QTest::newRow("foreign permanent residence, 15") << u"foreign"_s << u"USA110079120501"_s << Verdict::Valid;
    QTest::newRow("foreign permanent residence, 15 digits only")
        << u"foreign"_s << u"123110079120501"_s << Verdict::BadCharacter;
    QTest::newRow("foreign permanent residence, 16") << u"foreign"_s << u"USA1100791205011"_s << Verdict::WrongLength;
}

void TestCodes::otherIds()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(Verdict, verdict);
    Verdict actual = Verdict::Valid;
    if (type == u"hk"_s)
        actual = Codes::residencePermit(number, false, today);
    else if (type == u"tw"_s)
        actual = Codes::residencePermit(number, true, today);
    else if (type == u"hkpermit"_s)
        actual = Codes::hkMacaoPermit(number);
    else if (type == u"twpermit"_s)
        actual = Codes::taiwanPermit(number);
    else if (type == u"passport"_s)
        actual = Codes::passport(number);
    else
        actual = Codes::foreignPermanentResidence(number, today);
    QCOMPARE(actual, verdict);
}

void TestCodes::taxId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("15-digit tax ID of an old registration") << u"440301123456789"_s << Verdict::Valid;
    QTest::newRow("17 characters") << u"44030112345678901"_s << Verdict::Valid;
    QTest::newRow("18-character credit code") << u"91440300MA5G7QXK3Y"_s << Verdict::Valid;
    QTest::newRow("20 characters") << u"44030112345678901234"_s << Verdict::Valid;
    QTest::newRow("16 characters") << u"4403011234567890"_s << Verdict::WrongLength;
    QTest::newRow("punctuation") << u"91440300MA5G7QXK3-"_s << Verdict::BadCharacter;
}

void TestCodes::taxId()
{
    QFETCH(QString, typed);
    QFETCH(Verdict, verdict);
    QCOMPARE(Codes::taxId(Normalize::code(typed)), verdict);
}

void TestCodes::mobile_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"13800138000"_s << u"13800138000"_s << true;
    QTest::newRow("+86 with spaces") << u"+86 138 0013 8000"_s << u"13800138000"_s << true;
    QTest::newRow("dashes") << u"138-0013-8000"_s << u"13800138000"_s << true;
    QTest::newRow("0086 prefix") << u"008613800138000"_s << u"13800138000"_s << true;
    QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << u"13800138000"_s << true;
    QTest::newRow("starts 12") << u"12800138000"_s << u"12800138000"_s << false;
    QTest::newRow("ten digits") << u"1380013800"_s << u"1380013800"_s << false;
    QTest::newRow("landline") << u"0755-86001234"_s << u"075586001234"_s << false;
}

void TestCodes::mobile()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    QCOMPARE(Normalize::mobile(typed), normalized);
    QCOMPARE(Codes::isMobile(Normalize::mobile(typed)), valid);
}

void TestCodes::normalizeCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("ideographic space and full-width letters") << u"\u3000ａｂｃ１２３\u3000"_s << u"ABC123"_s;
    QTest::newRow("inner spaces") << u"9144 0300 MA5G"_s << u"91440300MA5G"_s;
    QTest::newRow("Chinese stays") << u"粤-12345号"_s << u"粤-12345号"_s;
}

void TestCodes::normalizeCode()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(Normalize::code(typed), normalized);
}

void TestCodes::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary date") << u"2026-05-06"_s << true;
    QTest::newRow("leap day") << u"2028-02-29"_s << true;
    QTest::newRow("not a leap year") << u"2026-02-29"_s << false;
    QTest::newRow("slashes") << u"2026/05/06"_s << false;
    QTest::newRow("no padding") << u"2026-5-6"_s << false;
    QTest::newRow("typed with full-width digits") << u"\uFF12\uFF10\uFF12\uFF16-05-06"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestCodes::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(DateField(text).isDate(), valid);
}

void TestCodes::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("moment"); // invalid: not a time
    QTest::addColumn<QString>("canonical"); // what a file keeps
    const QDateTime nineThirtyInChina(QDate(2026, 12, 2), QTime(1, 30), Qt::UTC);
    QTest::newRow("typed from the SMS, China time")
        << u"2026-12-02 09:30"_s << nineThirtyInChina << u"2026-12-02T09:30:00+08:00"_s;
    QTest::newRow("with seconds and a T")
        << u"2026-12-02T09:30:00"_s << nineThirtyInChina << u"2026-12-02T09:30:00+08:00"_s;
    QTest::newRow("full-width digits and space")
        << u"\uFF12\uFF10\uFF12\uFF16-12-02\u300009:30"_s << nineThirtyInChina << u"2026-12-02T09:30:00+08:00"_s;
    QTest::newRow("with its offset, kept as it is")
        << u"2026-12-02T09:30:00+08:00"_s << nineThirtyInChina << u"2026-12-02T09:30:00+08:00"_s;
    QTest::newRow("in UTC") << u"2026-12-02T01:30Z"_s << nineThirtyInChina << u"2026-12-02T01:30Z"_s;
    QTest::newRow("no such month") << u"2026-13-02 09:30"_s << QDateTime() << u"2026-13-02 09:30"_s;
    QTest::newRow("a date alone") << u"2026-12-02"_s << QDateTime() << u"2026-12-02"_s;
    QTest::newRow("words") << u"yesterday morning"_s << QDateTime() << u"yesterday morning"_s;
}

void TestCodes::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, moment);
    QFETCH(QString, canonical);
    const TimestampField field(text);
    QCOMPARE(field.text(), text);
    QCOMPARE(field.isMoment(), moment.isValid());
    if (moment.isValid())
        QCOMPARE(field.moment().toUTC(), moment);
    QCOMPARE(field.canonicalText(), canonical);
}

void TestCodes::aDateKeepsWhatWasTyped()
{
    const DateField typo(u"2026-02-30"_s);
    QCOMPARE(typo.text(), u"2026-02-30"_s);
    QVERIFY(!typo.isDate());
    QVERIFY(!typo.isEmpty());

    const DateField typed(u" 2026-05-06 "_s);
    QCOMPARE(typed.date(), QDate(2026, 5, 6));
    QCOMPARE(typed.text(), u" 2026-05-06 "_s);

    QVERIFY(DateField(u"long-term"_s).isLongTerm());
    QVERIFY(DateField(u"\u957F\u671F"_s).isLongTerm()); // 长期
    QVERIFY(!DateField(u"2040-01-01"_s).isLongTerm());
    QVERIFY(DateField().isEmpty());
}

namespace {

// Each enumerator is the keyword at its position in the vocabulary, and the last one is the last keyword.
template<typename E>
void checkKeywords(std::initializer_list<std::pair<E, const char *>> expected)
{
    const QStringList keywords = Vocabulary::keywords(KeywordField<E>::Kind);
    QCOMPARE(qsizetype(expected.size()), keywords.size());
    for (const auto &[value, keyword] : expected) {
        QCOMPARE(KeywordField<E>(value).text(), QString::fromLatin1(keyword));
        QCOMPARE(KeywordField<E>(QString::fromLatin1(keyword)).value(), std::optional<E>(value));
    }
}

} // namespace

void TestCodes::keywordEnumsFollowTheVocabulary()
{
    checkKeywords<EntityType>({{EntityType::Enterprise, "enterprise"},
                               {EntityType::IndividualBusiness, "individual_business"},
                               {EntityType::Government, "government"},
                               {EntityType::Media, "media"},
                               {EntityType::Other, "other"},
                               {EntityType::Individual, "individual"}});
    checkKeywords<IdType>({{IdType::ResidentId, "resident_id"},
                           {IdType::Passport, "passport"},
                           {IdType::HkMacaoPermit, "hk_macao_permit"},
                           {IdType::TaiwanPermit, "taiwan_permit"},
                           {IdType::ForeignPermanentResidence, "foreign_permanent_residence"},
                           {IdType::HkMacaoResidence, "hk_macao_residence"},
                           {IdType::TaiwanResidence, "taiwan_residence"}});
    checkKeywords<VerificationMethod>(
        {{VerificationMethod::Payment, "payment"}, {VerificationMethod::Wechat, "wechat"}});
    checkKeywords<PrimaryVerification>({{PrimaryVerification::BankTransfer, "bank_transfer"},
                                        {PrimaryVerification::LegalPersonFace, "legal_person_face"},
                                        {PrimaryVerification::ElectronicLicense, "electronic_license"}});
    checkKeywords<InvoiceType>({{InvoiceType::None, "none"},
                                {InvoiceType::Electronic, "electronic"},
                                {InvoiceType::VatSpecial, "vat_special"}});
    checkKeywords<Trademark>(
        {{Trademark::Unchecked, "unchecked"}, {Trademark::Clear, "clear"}, {Trademark::Conflict, "conflict"}});
    checkKeywords<FilingStatus>({{FilingStatus::Draft, "draft"},
                                 {FilingStatus::PlatformReview, "platform_review"},
                                 {FilingStatus::PlatformRejected, "platform_rejected"},
                                 {FilingStatus::BureauReview, "bureau_review"},
                                 {FilingStatus::BureauRejected, "bureau_rejected"},
                                 {FilingStatus::Filed, "filed"}});
    checkKeywords<PreApprovalType>({{PreApprovalType::News, "news"},
                                    {PreApprovalType::Publishing, "publishing"},
                                    {PreApprovalType::Education, "education"},
                                    {PreApprovalType::Medical, "medical"},
                                    {PreApprovalType::DrugsDevices, "drugs_devices"},
                                    {PreApprovalType::Bulletin, "bulletin"},
                                    {PreApprovalType::Culture, "culture"},
                                    {PreApprovalType::Broadcast, "broadcast"},
                                    {PreApprovalType::RideHailing, "ride_hailing"},
                                    {PreApprovalType::InternetFinance, "internet_finance"},
                                    {PreApprovalType::OffCampusTraining, "off_campus_training"},
                                    {PreApprovalType::None, "none"}});
}

void TestCodes::aKeywordKeepsWhatWasWritten()
{
    const KeywordField<FilingStatus> unknown(u"approved"_s); // not one of the statuses
    QCOMPARE(unknown.text(), u"approved"_s);
    QVERIFY(!unknown.isKnown());
    QVERIFY(!unknown.value());
    QVERIFY(!(unknown == FilingStatus::Filed));
    QCOMPARE(unknown.label(), u"approved"_s);

    const KeywordField<FilingStatus> filed(u"filed"_s);
    QVERIFY(filed == FilingStatus::Filed);
    QCOMPARE(filed.label(), u"Filed"_s);
    QVERIFY(KeywordField<FilingStatus>().isEmpty());
    QVERIFY(!KeywordField<FilingStatus>().value());
}

void TestCodes::fieldPaths()
{
    QCOMPARE(FieldPath::item(u"people"_s, 2), u"people[2]"_s);
    QCOMPARE(FieldPath::item(u"materials"_s, 0, u"file"_s), u"materials[0].file"_s);
    QCOMPARE(FieldPath::indexIn(u"people", u"people[12].mobile"), std::optional<qsizetype>(12));
    QCOMPARE(FieldPath::indexIn(u"people", u"people[3]"), std::optional<qsizetype>(3));
    QCOMPARE(FieldPath::keyIn(u"people", u"people[12].mobile"), u"mobile"_s);
    QCOMPARE(FieldPath::keyIn(u"people", u"people[3]"), QString());
    for (const char16_t *other : {u"people", u"people[]", u"people[x].mobile", u"people[1]x", u"peoples[1].name",
                                  u"entity.name", u"materials[1].file"})
        QVERIFY2(!FieldPath::indexIn(u"people", other), qPrintable(QString::fromUtf16(other)));
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
