#include "cli/ExportCommand.h"
#include "letters/LetterData.h"
#include "letters/LetterLayout.h"
#include "letters/LetterManifest.h"
#include "letters/LetterNeeds.h"
#include "letters/LetterPdf.h"
#include "letters/LetterPreview.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWriter.h"
#include "letters/TemplateCheck.h"
#include "letters/ToUnicodeRepair.h"
#include "model/Vocabulary.h"
#include "storage/FilingJson.h"
#include "storage/ProjectFile.h"
#include "workflow/LetterRequirements.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

constexpr auto MiniProgramLeaderLetter = "miniProgramLeaderAuthorization";
constexpr auto EntityLeaderLetter = "entityLeaderAuthorization";
constexpr auto CommitmentLetter = "preApprovalCommitment";
const QDate LetterDate(2026, 11, 27);
constexpr qreal PointsPerMm = 72.0 / 25.4;

Filing sampleFiling()
{
    Result<Filing> loaded =
        ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/samples/sample-filing.json"_s);
    return loaded ? std::move(loaded).value() : Filing();
}

// A filing that needs all three letters: a third person is the entity leader.
Filing allLettersFiling()
{
    Filing filing = sampleFiling();
    Person leader = filing.people.at(1);
    leader.id = u"p3"_s;
    leader.name = u"\u8d75\u654f"_s;
    leader.idNumber.value = u"11010519491231002X"_s;
    filing.people.append(leader);
    filing.entity.leader = u"p3"_s;
    return filing;
}

QString withoutLineBreaks(QString text)
{
    return text.remove(u'\n').remove(u'\r').remove(u'\f');
}

// Poppler gives the gap of an ideographic space as one or more plain spaces.
QString withoutSpaces(QString text)
{
    return withoutLineBreaks(std::move(text)).remove(u' ').remove(QChar(0x3000));
}

QString popplerText(const QByteArray &pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    QString text;
    for (int i = 0; document && i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF());
    return text;
}

QString pdftotext(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"letter.pdf"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file.fileName(), u"-"_s});
    if (!process.waitForFinished(20000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Compares without ever printing an ID number: the message names the field only.
#define VERIFY_CONTAINS(haystack, needle, what)                                                                        \
    QVERIFY2(withoutLineBreaks(haystack).contains(needle), qPrintable(u"not found in the PDF text: "_s + (what)))

WrittenLetter write(const Filing &filing, const char *letterId, QDate date = LetterDate,
                    const QString &overrides = QString())
{
    const LetterTemplates templates(LetterManifest::shipped(), overrides);
    // An invalid date stands for a letter dated by hand.
    const LetterWriter writer(filing, Clock::fixedOn(date.isValid() ? date : LetterDate), templates,
                              date.isValid() ? LetterWriter::DateLine::Today : LetterWriter::DateLine::Blank);
    const LetterSpec *spec = LetterManifest::shipped().letter(QLatin1StringView(letterId));
    return spec ? writer.writePdf(*spec) : WrittenLetter();
}

} // namespace

class TestLetters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manifest();
    void oneLetterIdScheme();
    void letterNeeds_data();
    void letterNeeds();
    void pageAndFonts_data();
    void pageAndFonts();
    void fieldText_data();
    void fieldText();
    void textFidelityOverEveryCharacter();
    void wordBoxesInsideMargins_data();
    void wordBoxesInsideMargins();
    void sealBlock_data();
    void sealBlock();
    void clerkInputIsData_data();
    void clerkInputIsData();
    void rightToLeftNameKeepsExactMaps();
    void typedDirectionStaysInItsField_data();
    void typedDirectionStaysInItsField();
    void onePageOrBodyWithTheSeal_data();
    void onePageOrBodyWithTheSeal();
    void overflowContinuesOnPageTwo();
    void pdfA1b_data();
    void pdfA1b();
    void eachFaceIsEmbeddedOnceAsASubset();
    void pagesLookAsQtWouldDrawThem();
    void aFaceThatCannotBeSubsetIsRefused();
    void aTrueTypeFaceReadThroughQt();
    void theFileIsDatedByTheClock();
    void repairWarnsOnACutPdf();
    void repairReadsObjectStreams();
    void missingGlyph();
    void blankDate();
    void overrides_data();
    void overrides();
    void largeOverrideIsCheckedInOnePass();
    void sameInputSameOutput();
    void printToPrinter();
    void preview();
    void exportCommand_data();
    void exportCommand();
    void fileNames_data();
    void fileNames();
};

void TestLetters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!sampleFiling().people.isEmpty());
}

void TestLetters::manifest()
{
    const LetterManifest &manifest = LetterManifest::shipped();
    QCOMPARE(manifest.letters().size(), 3);
    const LetterTemplates templates(manifest, QString());
    for (const TemplateIssue &issue : templates.issues())
        qWarning() << issue.text();
    QVERIFY(templates.issues().isEmpty());
    for (const LetterSpec &spec : manifest.letters())
        QVERIFY2(!templates.source(spec.id).isEmpty(), qPrintable(spec.id));
    QVERIFY(!manifest.idTypeName(u"resident_id"_s).isEmpty());
}

// The manifest is where letter ids come from, in the interchange format's scheme: each id is the key
// of its progress in the filing's JSON, the workflow's id of the letter, and what the lookups take,
// however a caller spells it.
void TestLetters::oneLetterIdScheme()
{
    QFile schemaFile(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/schema/mpdesk-filing.schema.json"_s);
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const QString schema = QString::fromUtf8(schemaFile.readAll());
    const Filing sample = sampleFiling();
    const QList<LetterRequirements::Letter> workflow = LetterRequirements::forFiling(sample);
    const LetterManifest &manifest = LetterManifest::shipped();
    QCOMPARE(manifest.letters().size(), workflow.size());
    for (const LetterSpec &spec : manifest.letters()) {
        QCOMPARE(LetterManifest::canonicalId(spec.id), spec.id);
        for (const QString &spelling :
             {spec.id, LetterManifest::kebabId(spec.id), LetterManifest::kebabId(spec.id).replace(u'-', u'_')}) {
            QCOMPARE(LetterManifest::canonicalId(spelling), spec.id);
            QCOMPARE(manifest.letter(spelling), &spec);
        }
        // The workflow knows the letter by the same id, and the schema documents it.
        QCOMPARE(LetterRequirements::letter(sample, spec.id).id, spec.id);
        QVERIFY2(schema.contains(spec.id), qPrintable(spec.id));
        // Its progress is written under filing.letters.<id> and read back under it.
        Filing filing = sample;
        filing.filing.letters.insert(spec.id, LetterProgress{u"2026-11-27"_s, {}, {}, {}});
        const QJsonObject json = FilingJson::toJson(filing, FilingJson::Secrets::References);
        QVERIFY2(json.value(u"filing"_s).toObject().value(u"letters"_s).toObject().contains(spec.id),
                 qPrintable(spec.id));
        const Result<Filing> back = FilingJson::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back.value().filing.letters.value(spec.id).printedOn, u"2026-11-27"_s);
    }
    // A manifest in another scheme is refused with the id to write instead.
    const Result<LetterManifest> kebab = LetterManifest::parse(
        R"({"format": "mpdesk-letters", "version": 1, "letters": [{"id": "pre-approval-commitment", "title": "T",
            "template": "t.html", "condition": "always"}]})",
        u"letters.json"_s);
    QVERIFY(!kebab);
    QVERIFY(kebab.error().message.contains(u"preApprovalCommitment"_s));
}

void TestLetters::letterNeeds_data()
{
    QTest::addColumn<Filing>("filing");
    QTest::addColumn<QStringList>("needed");
    Filing sample = sampleFiling();
    QTest::newRow("sample: mini program leader differs from entity leader")
        << sample << QStringList{QLatin1StringView(MiniProgramLeaderLetter), QLatin1StringView(CommitmentLetter)};
    Filing same = sample;
    same.miniProgram.leader = same.entity.leader;
    QTest::newRow("same leader: no leader authorization letter")
        << same << QStringList{QLatin1StringView(CommitmentLetter)};
    QTest::newRow("entity leader is not the legal representative")
        << allLettersFiling()
        << QStringList{QLatin1StringView(MiniProgramLeaderLetter), QLatin1StringView(EntityLeaderLetter),
                       QLatin1StringView(CommitmentLetter)};
}

void TestLetters::letterNeeds()
{
    QFETCH(Filing, filing);
    QFETCH(QStringList, needed);
    QStringList actual;
    for (const LetterNeed &need : LetterNeeds::assess(filing)) {
        QVERIFY(!need.reason.isEmpty());
        if (need.needed)
            actual.append(need.spec.id);
    }
    QCOMPARE(actual, needed);
}

void TestLetters::pageAndFonts_data()
{
    QTest::addColumn<QString>("letter");
    QTest::newRow("mini program leader authorization") << QString::fromLatin1(MiniProgramLeaderLetter);
    QTest::newRow("entity leader authorization") << QString::fromLatin1(EntityLeaderLetter);
    QTest::newRow("pre-approval commitment") << QString::fromLatin1(CommitmentLetter);
}

void TestLetters::pageAndFonts()
{
    QFETCH(QString, letter);
    const WrittenLetter written = write(allLettersFiling(), qPrintable(letter));
    QVERIFY(written.ok());
    QCOMPARE(written.pageCount, 1);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
    QVERIFY(document);
    QCOMPARE(document->numPages(), 1);
    const QSizeF size = document->page(0)->pageSizeF();
    QVERIFY(qAbs(size.width() - 595.3) < 1.5 && qAbs(size.height() - 841.9) < 1.5);
    QCOMPARE(document->info(u"Title"_s), LetterManifest::shipped().letter(letter)->title);
    QVERIFY(document->info(u"Creator"_s).startsWith(u"mpdesk"_s));
    const QList<Poppler::FontInfo> fonts = document->fonts();
    QVERIFY(!fonts.isEmpty());
    for (const Poppler::FontInfo &font : fonts) {
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QVERIFY2(font.name().contains(u"Serif"_s) || font.name().contains(u"Song"_s), qPrintable(font.name()));
    }
}

void TestLetters::fieldText_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const Filing f = allLettersFiling();
    const Person *legal = f.person(f.entity.legalRepresentative);
    const Person *leader = f.person(f.miniProgram.leader);
    const Person *entityLeader = f.person(f.entity.leader);
    const QString date = u"2026\u5e7411\u670827\u65e5"_s;
    const QString mpl = QString::fromLatin1(MiniProgramLeaderLetter);
    const QString ela = QString::fromLatin1(EntityLeaderLetter);
    const QString pac = QString::fromLatin1(CommitmentLetter);
    for (const QString &letter : {mpl, ela, pac}) {
        const QByteArray l = letter.toLatin1();
        QTest::addRow("%s%s", l.constData(), ": entity name") << letter << u"entity name"_s << f.entity.name;
        QTest::addRow("%s%s", l.constData(), ": credit code") << letter << u"credit code"_s << f.entity.creditCode;
        QTest::addRow("%s%s", l.constData(), ": mini program name")
            << letter << u"mini program name"_s << f.miniProgram.name;
        QTest::addRow("%s%s", l.constData(), ": date") << letter << u"date"_s << date;
    }
    QTest::newRow("mini program leader letter: legal representative's name")
        << mpl << u"legal representative name"_s << legal->name;
    QTest::newRow("mini program leader letter: legal representative's ID number")
        << mpl << u"legal representative ID number"_s << legal->idNumber.value;
    QTest::newRow("mini program leader letter: leader's name") << mpl << u"leader name"_s << leader->name;
    QTest::newRow("mini program leader letter: leader's ID number")
        << mpl << u"leader ID number"_s << leader->idNumber.value;
    QTest::newRow("entity leader letter: entity leader's name") << ela << u"entity leader name"_s << entityLeader->name;
    QTest::newRow("entity leader letter: entity leader's ID number (with X)")
        << ela << u"entity leader ID number"_s << entityLeader->idNumber.value;
    QTest::newRow("mini program leader letter: ID type")
        << mpl << u"ID type"_s << LetterManifest::shipped().idTypeName(u"resident_id"_s);
}

void TestLetters::fieldText()
{
    QFETCH(QString, letter);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QVERIFY(!value.isEmpty());
    const WrittenLetter written = write(allLettersFiling(), qPrintable(letter));
    QVERIFY(written.ok());
    VERIFY_CONTAINS(popplerText(written.pdf), value, field + u" (Poppler)"_s);
    VERIFY_CONTAINS(pdftotext(written.pdf), value, field + u" (pdftotext)"_s);
}

void TestLetters::textFidelityOverEveryCharacter()
{
    // Every character of the templates and of the sample's values, printed as the entity's name.
    QString characters;
    for (const LetterSpec &spec : LetterManifest::shipped().letters()) {
        QFile file(QStringLiteral(MPDESK_SOURCE_DIR) + u"/templates/"_s + spec.templateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        characters += QString::fromUtf8(file.readAll());
    }
    QFile sample(QStringLiteral(MPDESK_SOURCE_DIR) + u"/resources/samples/sample-filing.json"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    characters += QString::fromUtf8(sample.readAll());
    QString distinct;
    for (const char32_t c : characters.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        if (c > u' ' && c != u'<' && c != u'>' && c != u'&' && c != u'{' && c != u'}' && !distinct.contains(one))
            distinct += one;
    }
    // Kangxi radicals share glyphs with these ideographs in CJK fonts; they must come back as typed.
    distinct += u"\u8eab\u5c0f\u4eba\u9580\u9752\u6c11"_s;
    Filing filing = sampleFiling();
    filing.entity.name = distinct;
    const WrittenLetter written = write(filing, CommitmentLetter);
    QVERIFY(written.ok());
    const QString text = withoutLineBreaks(pdftotext(written.pdf));
    QVERIFY2(text.contains(distinct),
             "the entity name made of every template and sample character is not copied back exactly");
    for (const char32_t c : text.toUcs4())
        QVERIFY2(!(c >= 0x2E80 && c <= 0x2FDF),
                 qPrintable(u"radical code point U+%1 in the text"_s.arg(uint(c), 0, 16)));
}

void TestLetters::wordBoxesInsideMargins_data()
{
    QTest::addColumn<QString>("entityName");
    QTest::newRow("sample") << sampleFiling().entity.name;
    QTest::newRow("80-character company name") << QString(80, QChar(0x9F99));
    QTest::newRow("80 Latin letters without a space") << QString(80, u'W');
}

void TestLetters::wordBoxesInsideMargins()
{
    QFETCH(QString, entityName);
    Filing filing = allLettersFiling();
    filing.entity.name = entityName;
    for (const char *letter : {MiniProgramLeaderLetter, EntityLeaderLetter, CommitmentLetter}) {
        const WrittenLetter written = write(filing, letter);
        QVERIFY(written.ok());
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
        QVERIFY(document);
        const QRectF content(
            LetterLayout::LeftMarginMm * PointsPerMm - 0.5, LetterLayout::TopMarginMm * PointsPerMm - 0.5,
            (LetterLayout::PageWidthMm - LetterLayout::LeftMarginMm - LetterLayout::RightMarginMm) * PointsPerMm + 1,
            (LetterLayout::PageHeightMm - LetterLayout::TopMarginMm - LetterLayout::BottomMarginMm) * PointsPerMm + 1);
        for (int p = 0; p < document->numPages(); ++p) {
            for (const auto &box : document->page(p)->textList())
                QVERIFY2(content.contains(box->boundingBox()),
                         qPrintable(u"%1 on page %2 outside the margins"_s.arg(box->text()).arg(p + 1)));
        }
        VERIFY_CONTAINS(popplerText(written.pdf), entityName, u"entity name"_s);
    }
}

void TestLetters::sealBlock_data()
{
    wordBoxesInsideMargins_data();
}

void TestLetters::sealBlock()
{
    QFETCH(QString, entityName);
    Filing filing = sampleFiling();
    filing.entity.name = entityName;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY(written.ok());
    const QRectF zone = written.sealZoneMm;
    const qreal side = LetterLayout::SealDiameterMm + 2 * LetterLayout::SealClearanceMm;
    QVERIFY(qAbs(zone.width() - side) < 0.1 && qAbs(zone.height() - side) < 0.1);
    // On the page, right of the middle, and in its lower half.
    QVERIFY(zone.left() >= 0 && zone.right() <= LetterLayout::PageWidthMm - LetterLayout::RightMarginMm + 0.1);
    QVERIFY(zone.bottom() <= LetterLayout::PageHeightMm - LetterLayout::BottomMarginMm + 0.1);
    QVERIFY(zone.center().x() > LetterLayout::PageWidthMm / 2);

    // Only the entity's name, the seal mark and the date lie under the seal.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
    const QRectF zonePt(zone.topLeft() * PointsPerMm, zone.size() * PointsPerMm);
    const QString allowed = entityName + u"\uff08\u76d6\u7ae0\uff092026\u5e7411\u670827\u65e5"_s;
    int under = 0;
    for (const auto &box : document->page(written.sealPage)->textList()) {
        if (!box->boundingBox().intersects(zonePt))
            continue;
        ++under;
        QVERIFY2(allowed.contains(box->text()), qPrintable(u"\"%1\" lies under the seal"_s.arg(box->text())));
    }
    QVERIFY(under > 0);
}

void TestLetters::clerkInputIsData_data()
{
    QTest::addColumn<QString>("entityName");
    QTest::newRow("HTML markup") << u"<b>Bold</b><script>x</script>"_s;
    QTest::newRow("entity reference") << u"A&amp;B &lt; C"_s;
    QTest::newRow("template syntax") << u"{{entity.name}}{{#x}}{{/x}}"_s;
    QTest::newRow("quotes") << u"\"Q\" 'A'"_s;
    QTest::newRow("CJK Extension B character") << u"\u738b\U0002000B\U00020BB7"_s;
    QTest::newRow("letters a font may join into a ligature") << u"Office Affluent Waffle fjord"_s;
}

void TestLetters::clerkInputIsData()
{
    QFETCH(QString, entityName);
    Filing filing = sampleFiling();
    filing.entity.name = entityName;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY2(written.ok(), written.problems.isEmpty() ? "" : qPrintable(written.problems.constFirst().text()));
    QVERIFY(written.text.contains(entityName));
    VERIFY_CONTAINS(pdftotext(written.pdf), entityName, u"entity name as typed"_s);
    VERIFY_CONTAINS(popplerText(written.pdf), entityName, u"entity name as typed (Poppler)"_s);
}

namespace {

// An entity name of `length` characters, as a long registered name reads.
QString entityNameOfLength(qsizetype length)
{
    const QString pattern =
        u"\u9752\u79be\u6570\u5b57\u79d1\u6280\uff08\u6df1\u5733\uff09\u53d1\u5c55\u6709\u9650\u8d23\u4efb\u516c\u53f8"_s;
    QString name;
    while (name.size() < length)
        name += pattern;
    name.truncate(length);
    return name;
}

// A well-formed number for each ID type (never a real person's).
QString idNumberFor(const QString &idType)
{
    switch (KeywordField<IdType>(idType).value().value_or(IdType::ForeignPermanentResidence)) {
    case IdType::ResidentId:
    case IdType::HkMacaoResidence:
    case IdType::TaiwanResidence:
        return u"11010519491231002X"_s;
    case IdType::Passport:
        return u"E12345678"_s;
    case IdType::HkMacaoPermit:
        return u"H12345678"_s;
    case IdType::TaiwanPermit:
        return u"12345678"_s;
    case IdType::ForeignPermanentResidence:
        break;
    }
    return u"USA110089011201"_s;
}

// Every word Poppler finds lies in the text area; returns the first page's text that does not.
QString outsideTheMargins(const Poppler::Document &document)
{
    const QRectF content(
        LetterLayout::LeftMarginMm * PointsPerMm - 0.5, LetterLayout::TopMarginMm * PointsPerMm - 0.5,
        (LetterLayout::PageWidthMm - LetterLayout::LeftMarginMm - LetterLayout::RightMarginMm) * PointsPerMm + 1,
        (LetterLayout::PageHeightMm - LetterLayout::TopMarginMm - LetterLayout::BottomMarginMm) * PointsPerMm + 1);
    for (int p = 0; p < document.numPages(); ++p) {
        for (const auto &box : document.page(p)->textList()) {
            if (!content.contains(box->boundingBox()))
                return u"%1 on page %2"_s.arg(box->text()).arg(p + 1);
        }
    }
    return {};
}

// The page holding the seal also holds body text: some word above the signature block's first line.
bool sealPageHasBody(const Poppler::Document &document, int sealPage)
{
    const std::unique_ptr<Poppler::Page> page = document.page(sealPage);
    qreal signatureTop = 1e9;
    const auto boxes = page->textList();
    for (const auto &box : boxes) {
        if (box->text().startsWith(u"\u6cd5\u5b9a\u4ee3\u8868\u4eba\u7b7e\u5b57"_s)) // 法定代表人签字
            signatureTop = qMin(signatureTop, box->boundingBox().top());
    }
    for (const auto &box : boxes) {
        if (box->boundingBox().bottom() < signatureTop && box->text().contains(u"\u7279\u6b64"_s)) // 特此
            return true;
    }
    return false;
}

} // namespace

void TestLetters::onePageOrBodyWithTheSeal_data()
{
    QTest::addColumn<int>("nameLength");
    QTest::addColumn<QString>("idType");
    QTest::addColumn<bool>("onePage");
    for (const int length : {30, 60, 82}) {
        for (const QString &idType : Vocabulary::keywords(Vocabulary::Kind::IdType))
            QTest::addRow("%d-character name, %s", length, qPrintable(idType)) << length << idType << true;
    }
    QTest::addRow("300-character name, passport") << 300 << KeywordField<IdType>(IdType::Passport).text() << false;
}

void TestLetters::onePageOrBodyWithTheSeal()
{
    QFETCH(int, nameLength);
    QFETCH(QString, idType);
    QFETCH(bool, onePage);
    Filing filing = allLettersFiling();
    filing.entity.name = entityNameOfLength(nameLength);
    filing.miniProgram.name = entityNameOfLength(30);
    for (Person &person : filing.people) {
        person.name = u"\u6b27\u9633\u00b7\u963f\u5e03\u90fd\u70ed\u5408\u66fc\u00b7\u5e93\u5c14\u73ed"_s;
        person.idType = idType;
        person.idNumber.value = idNumberFor(idType);
    }
    for (const char *letter : {MiniProgramLeaderLetter, EntityLeaderLetter, CommitmentLetter}) {
        const WrittenLetter written = write(filing, letter);
        QVERIFY2(written.ok(), letter);
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
        QVERIFY(document);
        QCOMPARE(document->numPages(), written.pageCount);
        if (onePage)
            QVERIFY2(written.pageCount == 1, letter);
        QVERIFY2(sealPageHasBody(*document, written.sealPage), letter);
        const QString outside = outsideTheMargins(*document);
        QVERIFY2(outside.isEmpty(),
                 qPrintable(u"%1: %2 outside the margins"_s.arg(QLatin1StringView(letter), outside)));
        const QString text = withoutLineBreaks(popplerText(written.pdf));
        VERIFY_CONTAINS(text, filing.entity.name, u"entity name"_s);
        if (written.pageCount > 1) {
            for (int p = 0; p < written.pageCount; ++p) {
                VERIFY_CONTAINS(withoutSpaces(document->page(p)->text(QRectF())),
                                withoutSpaces(LetterLayout::pageFooter(filing.entity.name, p + 1, written.pageCount)),
                                u"footer of page %1"_s.arg(p + 1));
            }
        }
    }
}

// Right-to-left text is drawn in visual order; the text maps are still made from the glyphs as drawn
// (the repair does not fall back to a warning).
void TestLetters::rightToLeftNameKeepsExactMaps()
{
    Filing filing = sampleFiling();
    filing.entity.name = u"\u05e9\u05dc\u05d5\u05dd 12 \u9752\u79be"_s;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY(written.ok());
    QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(u'\n')));
    VERIFY_CONTAINS(popplerText(written.pdf), u"\uff08\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff1a"_s,
                    u"text after the name"_s);
}

void TestLetters::typedDirectionStaysInItsField_data()
{
    QTest::addColumn<QString>("entityName");
    QTest::newRow("Hebrew name ending in digits") << u"\u05e9\u05dc\u05d5\u05dd 12"_s;
    QTest::newRow("Arabic name with Arabic-Indic digits") << u"\u0634\u0631\u0643\u0629 \u0661\u0662\u0663"_s;
    QTest::newRow("right-to-left override left open") << u"\u202eAcme"_s;
    QTest::newRow("right-to-left embedding left open") << u"Acme\u202b"_s;
    QTest::newRow("right-to-left isolate left open") << u"\u2067\u05e9\u05dc\u05d5\u05dd"_s;
    QTest::newRow("pop directional isolate without an opener") << u"Acme\u2069\u2069"_s;
    QTest::newRow("right-to-left mark") << u"\u200fAcme 7"_s;
}

// What the clerk typed is data: its direction, its digits and any bidi control in it stay inside the
// field, so that the letter's own text around it reads in order, with nothing drawn for the controls.
// Read from Poppler's word boxes, character by character, left to right as printed (Poppler's own
// guess at the reading order of a line that starts with right-to-left text is not what is checked).
void TestLetters::typedDirectionStaysInItsField()
{
    QFETCH(QString, entityName);
    Filing filing = sampleFiling();
    filing.entity.name = entityName;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY(written.ok());
    QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(u'\n')));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
    QVERIFY(document);
    struct Printed
    {
        QChar character;
        QRectF box;
    };
    QList<Printed> printed;
    for (const auto &word : document->page(0)->textList()) {
        const QString text = word->text();
        for (qsizetype i = 0; i < text.size(); ++i)
            printed.append({text.at(i), word->charBoundingBox(int(i))});
    }
    for (const Printed &p : std::as_const(printed)) {
        const char32_t c = p.character.unicode();
        const bool control =
            c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        QVERIFY2(!control, qPrintable(u"U+%1 is printed"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper()));
    }
    // The line the name is on, left to right.
    const QChar label(0x7edf); // 统, of 统一社会信用代码
    const auto labelAt =
        std::find_if(printed.cbegin(), printed.cend(), [&](const Printed &p) { return p.character == label; });
    QVERIFY(labelAt != printed.cend());
    const qreal lineY = labelAt->box.center().y();
    QList<Printed> line;
    for (const Printed &p : std::as_const(printed)) {
        if (qAbs(p.box.center().y() - lineY) < 3)
            line.append(p);
    }
    std::sort(line.begin(), line.end(), [](const Printed &a, const Printed &b) { return a.box.left() < b.box.left(); });
    QString visual;
    for (const Printed &p : std::as_const(line))
        visual += p.character;
    const QString after =
        u"\uff08\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff1a"_s + filing.entity.creditCode + u"\uff09"_s;
    const qsizetype afterAt = visual.indexOf(after);
    QVERIFY2(afterAt > 0, qPrintable(u"the text after the name is out of order: "_s + visual));
    // Everything the name printed stands left of the text that follows it.
    const QString name = visual.left(afterAt);
    for (const QChar c : name)
        QVERIFY2(entityName.contains(c) || c.isSpace(), qPrintable(u"%1 printed inside the name's place"_s.arg(c)));
    // And the lines before and after read as the template has them.
    const QString text = withoutSpaces(popplerText(written.pdf));
    QVERIFY(text.contains(u"\u81f4\uff1a\u5fae\u4fe1\u516c\u4f17\u5e73\u53f0"_s)); // 致：微信公众平台
    QVERIFY(text.contains(u"\u201c"_s + filing.miniProgram.name + u"\u201d\u5c0f\u7a0b\u5e8f"_s)); // “…”小程序
}

void TestLetters::overflowContinuesOnPageTwo()
{
    Filing filing = sampleFiling();
    filing.miniProgram.preApproval.clear();
    for (int i = 0; i < 45; ++i)
        filing.miniProgram.preApproval.append({u"education"_s, u"A-%1"_s.arg(i), {}});
    const WrittenLetter written = write(filing, CommitmentLetter);
    QVERIFY(written.ok());
    QCOMPARE(written.pageCount, 2);
    QCOMPARE(written.sealPage, 1);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
    QVERIFY(document);
    QVERIFY(sealPageHasBody(*document, written.sealPage));
    QCOMPARE(outsideTheMargins(*document), QString());
    const QString text = popplerText(written.pdf);
    for (int i = 0; i < 45; ++i)
        VERIFY_CONTAINS(text, u"A-%1"_s.arg(i), u"approval number %1"_s.arg(i));
    for (int p = 0; p < 2; ++p) {
        VERIFY_CONTAINS(withoutSpaces(document->page(p)->text(QRectF())),
                        withoutSpaces(LetterLayout::pageFooter(filing.entity.name, p + 1, 2)), u"footer"_s);
    }
}

namespace {

// Qt's PDF of a letter before its text maps are corrected, and the glyphs laid out for it.
struct Intermediate
{
    QByteArray pdf;
    QList<ToUnicodeRepair::Glyph> glyphs;
    QString text;
};

Intermediate intermediate(const Filing &filing)
{
    const LetterTemplates templates(LetterManifest::shipped());
    const LetterWriter writer(filing, Clock::fixedOn(LetterDate), templates);
    const Result<QString> html =
        writer.fill(*LetterManifest::shipped().letter(QLatin1StringView(MiniProgramLeaderLetter)));
    if (!html)
        return {};
    const LetterLayout layout(html.value());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setResolution(1200);
        layout.paint(pdf);
    }
    return {buffer.data(), layout.drawnGlyphs(), layout.drawnText()};
}

} // namespace

void TestLetters::pdfA1b_data()
{
    QTest::addColumn<QString>("entityName");
    QTest::addColumn<int>("approvals");
    QTest::newRow("sample") << sampleFiling().entity.name << 0;
    QTest::newRow("CJK Extension B name, three pages") << u"\u738b\U0002000B\U00020BB7\u6709\u9650\u516c\u53f8"_s << 60;
}

// What PDF/A-1b asks of the file, read back with qpdf: PDF 1.4 with a classic cross-reference table,
// XMP metadata that says PDF/A-1b and agrees with the document information, an output intent with its
// profile, every font embedded with a text map, no transparency, no encryption.
void TestLetters::pdfA1b()
{
    QFETCH(QString, entityName);
    QFETCH(int, approvals);
    Filing filing = sampleFiling();
    filing.entity.name = entityName;
    for (int i = 0; i < approvals; ++i)
        filing.miniProgram.preApproval.append({u"education"_s, u"A-%1"_s.arg(i), {}});
    const WrittenLetter written = write(filing, CommitmentLetter);
    QVERIFY(written.ok());
    QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(u'\n')));
    QVERIFY(written.pdf.startsWith("%PDF-1.4"));
    QVERIFY(!written.pdf.contains("/ObjStm") && !written.pdf.contains("/XRefStm")
            && !written.pdf.contains("/Type /XRef"));

    QPDF pdf;
    pdf.processMemoryFile("letter.pdf", written.pdf.constData(), size_t(written.pdf.size()));
    QVERIFY(!pdf.isEncrypted());
    QVERIFY(!pdf.getTrailer().hasKey("/Encrypt"));
    QVERIFY(pdf.getTrailer().getKey("/ID").isArray());

    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    auto infoText = [&info](const char *key) { return QString::fromStdString(info.getKey(key).getUTF8Value()); };
    QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
    QVERIFY(metadata.isStream());
    const std::shared_ptr<Buffer> xmpData = metadata.getStreamData();
    const QString xmp =
        QString::fromUtf8(reinterpret_cast<const char *>(xmpData->getBuffer()), qsizetype(xmpData->getSize()));
    QVERIFY(xmp.contains(u"pdfaid:part=\"1\""_s) && xmp.contains(u"pdfaid:conformance=\"B\""_s));
    QCOMPARE(infoText("/Title"), LetterManifest::shipped().letter(QLatin1StringView(CommitmentLetter))->title);
    QVERIFY(xmp.contains(u">"_s + infoText("/Title") + u"</rdf:li>"_s));
    QVERIFY(xmp.contains(u"xmp:CreatorTool=\""_s + infoText("/Creator") + u'"'));
    QVERIFY(xmp.contains(u"pdf:Producer=\""_s + infoText("/Producer") + u'"'));
    const QString created = infoText("/CreationDate"); // D:YYYYMMDDHHmmSSZ
    QVERIFY(created.size() >= 16);
    const QString xmpCreated = u"%1-%2-%3T%4:%5:%6"_s.arg(created.mid(2, 4), created.mid(6, 2), created.mid(8, 2),
                                                          created.mid(10, 2), created.mid(12, 2), created.mid(14, 2));
    QVERIFY2(xmp.contains(u"xmp:CreateDate=\""_s + xmpCreated), qPrintable(xmpCreated));

    bool pdfaIntent = false;
    QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
    QVERIFY(intents.isArray());
    for (QPDFObjectHandle intent : intents.aitems()) {
        if (intent.getKey("/S").isNameAndEquals("/GTS_PDFA1") && intent.getKey("/DestOutputProfile").isStream())
            pdfaIntent = true;
    }
    QVERIFY(pdfaIntent);

    int fonts = 0;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QVERIFY(!page.getObjectHandle().getKey("/Group").isDictionary());
        QPDFObjectHandle resources = page.getAttribute("/Resources", false);
        for (auto [name, font] : resources.getKey("/Font").ditems()) {
            ++fonts;
            QVERIFY2(font.getKey("/ToUnicode").isStream(), name.c_str());
            QPDFObjectHandle simple = font.getKey("/Subtype").isNameAndEquals("/Type0")
                ? font.getKey("/DescendantFonts").getArrayItem(0)
                : font;
            QPDFObjectHandle descriptor = simple.getKey("/FontDescriptor");
            QVERIFY2(descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream()
                         || descriptor.getKey("/FontFile3").isStream(),
                     name.c_str());
        }
        for (auto [name, state] : resources.getKey("/ExtGState").ditems()) {
            if (state.hasKey("/SMask"))
                QVERIFY2(state.getKey("/SMask").isNameAndEquals("/None"), name.c_str());
            for (const char *alpha : {"/CA", "/ca"}) {
                if (state.hasKey(alpha))
                    QCOMPARE(state.getKey(alpha).getNumericValue(), 1.0);
            }
            if (state.hasKey("/BM"))
                QVERIFY(state.getKey("/BM").isNameAndEquals("/Normal")
                        || state.getKey("/BM").isNameAndEquals("/Compatible"));
        }
        for (auto [name, object] : resources.getKey("/XObject").ditems())
            QVERIFY2(!object.getDict().hasKey("/SMask") && !object.getDict().hasKey("/Group"), name.c_str());
    }
    QVERIFY(fonts > 0);
}

// Each face a letter uses is embedded once, as a subset of the glyphs drawn: a letter of one page is tens
// of kilobytes, not megabytes of CJK outlines, and no reader has to pick between two copies of a face.
void TestLetters::eachFaceIsEmbeddedOnceAsASubset()
{
    Filing filing = sampleFiling();
    // Characters outside the BMP and one with a Kangxi look-alike (身) among them.
    filing.entity.name = u"\u8eab\u738b\U0002000B\U00020BB7\u6709\u9650\u516c\u53f8"_s;
    const WrittenLetter written = write(filing, CommitmentLetter);
    QVERIFY(written.ok());
    QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(u'\n')));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(written.pdf);
    QVERIFY(document);
    const QList<Poppler::FontInfo> fonts = document->fonts();
    QVERIFY(!fonts.isEmpty());
    QStringList faces;
    for (const Poppler::FontInfo &font : fonts) {
        QVERIFY2(font.isEmbedded() && font.isSubset(), qPrintable(font.name()));
        const QString face = font.name().mid(font.name().indexOf(u'+') + 1);
        QVERIFY2(!faces.contains(face), qPrintable(face));
        faces.append(face);
    }
    QVERIFY2(written.pdf.size() < 200'000, qPrintable(QString::number(written.pdf.size())));
    VERIFY_CONTAINS(popplerText(written.pdf), filing.entity.name, u"entity name (Poppler)"_s);
    VERIFY_CONTAINS(pdftotext(written.pdf), filing.entity.name, u"entity name (pdftotext)"_s);
}

// The codes on the page show the glyphs the layout chose: the letter looks as Qt's own PDF writer draws
// the same layout (which copies text wrongly, but draws it right).
void TestLetters::pagesLookAsQtWouldDrawThem()
{
    Filing filing = sampleFiling();
    filing.entity.name = u"\u8eab\u738b\U0002000B\U00020BB7 Qinghe (Shenzhen) 2026 \u6709\u9650\u516c\u53f8"_s;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY(written.ok());
    auto render = [](const QByteArray &pdf) {
        return LetterPreview::renderPage(pdf, 0, 100).convertToFormat(QImage::Format_Grayscale8);
    };
    const QImage ours = render(written.pdf);
    const QImage qt = render(intermediate(filing).pdf);
    // The two rasterise their fonts' edges a little differently (CFF against Qt's TrueType rebuild), so
    // they are compared by the ink in each square millimetre: a glyph that is not the one laid out
    // changes that of several.
    auto squaresThatDiffer = [](const QImage &a, const QImage &b) {
        constexpr int Side = 4; // pixels at 100 dpi: 1 mm
        int count = 0;
        for (int top = 0; top + Side <= qMin(a.height(), b.height()); top += Side) {
            for (int left = 0; left + Side <= qMin(a.width(), b.width()); left += Side) {
                int difference = 0;
                for (int y = top; y < top + Side; ++y) {
                    for (int x = left; x < left + Side; ++x)
                        difference += int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x]);
                }
                count += std::abs(difference) > 64 * Side * Side;
            }
        }
        return count;
    };
    QCOMPARE(ours.size(), qt.size());
    QCOMPARE(squaresThatDiffer(ours, qt), 0);
    // The comparison sees one character changed (王 → 张, in the body and in the signature block).
    Filing other = filing;
    other.entity.name.replace(u"\u738b"_s, u"\u5f20"_s);
    QVERIFY(squaresThatDiffer(ours, render(intermediate(other).pdf)) > 0);
}

// A face whose program cannot be had (here: no face at all) is refused with a reason, so that the letter
// is written by Qt's writer instead of not at all.
void TestLetters::aFaceThatCannotBeSubsetIsRefused()
{
    LetterLayout::Pages pages;
    pages.dpi = 1200;
    ToUnicodeRepair::Glyph glyph;
    glyph.postscript = "NoSuchFace-Regular";
    glyph.glyph = 3;
    glyph.characters = u"\u738b"_s;
    glyph.position = QPointF(100, 100);
    pages.pages.append({LetterLayout::Block{{}, {glyph}}});
    const Result<QByteArray> pdf = LetterPdf::write(pages, {u"T"_s, u"mpdesk"_s, QDateTime()});
    QVERIFY(!pdf);
    QVERIFY2(pdf.error().message.contains(u"NoSuchFace-Regular"_s), qPrintable(pdf.error().message));
}

namespace {

// The first of `candidates` that exists: a TrueType font each platform's test machine has (Debian's
// fonts-dejavu-core, Windows' and macOS' Arial).
QString firstFile(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

const QString TrueTypeRegular =
    firstFile({u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s, u"C:/Windows/Fonts/arial.ttf"_s,
               u"/System/Library/Fonts/Supplemental/Arial.ttf"_s});
const QString TrueTypeBold =
    firstFile({u"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"_s, u"C:/Windows/Fonts/arialbd.ttf"_s,
               u"/System/Library/Fonts/Supplemental/Arial Bold.ttf"_s});

// `text` in the font file at `fontFile`, one line at 14 pt, written by LetterPdf under `postscript`.
Result<QByteArray> lineInFont(const QString &fontFile, const QByteArray &postscript, const QString &text)
{
    QFile file(fontFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{fontFile + u" cannot be read"_s, {}};
    const QRawFont font(file.readAll(), 14 * 1200 / 72.0);
    const QList<quint32> indexes = font.glyphIndexesForString(text);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(indexes);
    LetterLayout::Block block;
    QPointF at(2000, 2000);
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        block.glyphs.append({postscript, font, indexes.at(i), text.mid(i, 1), at});
        at += advances.at(i);
    }
    const LetterLayout::Pages pages{1200, {LetterLayout::Page{block}}};
    return LetterPdf::write(pages, {u"T"_s, u"mpdesk"_s, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)});
}

int inkOf(const QByteArray &pdf)
{
    const QImage page = LetterPreview::renderPage(pdf, 0, 100).convertToFormat(QImage::Format_Grayscale8);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            ink += page.constScanLine(y)[x] < 128;
    }
    return ink;
}

} // namespace

// A face fontconfig does not know (as every face on Windows and macOS) is read through Qt; a TrueType
// face (as SimSun and Songti are) is embedded as a CIDFontType2 subset.
void TestLetters::aTrueTypeFaceReadThroughQt()
{
    QVERIFY2(!TrueTypeRegular.isEmpty() && !TrueTypeBold.isEmpty(), "needs Debian fonts-dejavu-core");
    const QString text = u"Qinghe 2026"_s;
    // A PostScript name fontconfig has no file for.
    const Result<QByteArray> regular = lineInFont(TrueTypeRegular, "mpdesk-unknown-TrueType", text);
    QVERIFY2(regular, qPrintable(regular ? QString() : regular.error().message));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(regular.value());
    QVERIFY(document);
    const QList<Poppler::FontInfo> fonts = document->fonts();
    QCOMPARE(fonts.size(), 1);
    QCOMPARE(fonts.constFirst().type(), Poppler::FontInfo::CIDTrueType);
    QVERIFY(fonts.constFirst().isEmbedded() && fonts.constFirst().isSubset());
    QCOMPARE(popplerText(regular.value()).trimmed(), text);
    QCOMPARE(pdftotext(regular.value()).trimmed(), text);
    const int regularInk = inkOf(regular.value());
    QVERIFY2(regularInk > 100, qPrintable(QString::number(regularInk)));

    // Another face under the same PostScript name (two versions of one font) is read as itself, not
    // taken for the face read before: the bold line prints bold.
    const Result<QByteArray> bold = lineInFont(TrueTypeBold, "mpdesk-unknown-TrueType", text);
    QVERIFY(bold);
    QCOMPARE(popplerText(bold.value()).trimmed(), text);
    const int boldInk = inkOf(bold.value());
    QVERIFY2(boldInk > regularInk * 6 / 5, qPrintable(u"%1 against %2"_s.arg(boldInk).arg(regularInk)));
}

// The moment a letter's PDF says it was made is the clock's, as its printed date is: `--today` and the
// tests give both, and nothing reads the wall clock behind them.
void TestLetters::theFileIsDatedByTheClock()
{
    const QDateTime moment(QDate(2026, 11, 27), QTime(9, 30), QTimeZone(8 * 3600));
    const LetterTemplates templates(LetterManifest::shipped(), QString());
    const LetterWriter writer(sampleFiling(), Clock::fixedAt(moment), templates);
    const WrittenLetter written =
        writer.writePdf(*LetterManifest::shipped().letter(QLatin1StringView(CommitmentLetter)));
    QVERIFY(written.ok());
    QPDF pdf;
    pdf.processMemoryFile("letter.pdf", written.pdf.constData(), size_t(written.pdf.size()));
    QCOMPARE(QString::fromStdString(pdf.getTrailer().getKey("/Info").getKey("/CreationDate").getUTF8Value()),
             u"D:20261127013000Z"_s);
    VERIFY_CONTAINS(QString::fromLatin1(written.pdf), u"xmp:CreateDate=\"2026-11-27T01:30:00Z\""_s, u"XMP"_s);
    VERIFY_CONTAINS(pdftotext(written.pdf), u"2026\u5e7411\u670827\u65e5"_s, u"printed date"_s);
}

void TestLetters::repairWarnsOnACutPdf()
{
    Filing filing = sampleFiling();
    filing.entity.name = u"\u738b\U0002000B\U00020BB7\u6709\u9650\u516c\u53f8"_s;
    const Intermediate letter = intermediate(filing);
    QVERIFY(!letter.pdf.isEmpty() && !letter.glyphs.isEmpty());
    const QByteArray cut = letter.pdf.left(letter.pdf.size() * 2 / 3);
    const ToUnicodeRepair::Outcome outcome = ToUnicodeRepair::repair(cut, letter.glyphs);
    QVERIFY(!outcome.exact());
    QCOMPARE(outcome.pdf, cut); // the letter is still written, as it was
    QVERIFY2(outcome.warning.contains(u"may differ"_s), qPrintable(outcome.warning));
}

void TestLetters::repairReadsObjectStreams()
{
    Filing filing = sampleFiling();
    // Characters outside the BMP have no entry in Qt's own maps: only a working repair gives them back.
    filing.entity.name = u"\u738b\U0002000B\U00020BB7\u6709\u9650\u516c\u53f8"_s;
    const Intermediate letter = intermediate(filing);
    QVERIFY(!letter.pdf.isEmpty());
    QVERIFY(!withoutLineBreaks(popplerText(letter.pdf)).contains(filing.entity.name));

    QPDF pdf;
    pdf.processMemoryFile("qt.pdf", letter.pdf.constData(), size_t(letter.pdf.size()));
    QPDFWriter rewrite(pdf);
    rewrite.setOutputMemory();
    rewrite.setObjectStreamMode(qpdf_o_generate);
    rewrite.write();
    const std::shared_ptr<Buffer> buffer = rewrite.getBufferSharedPointer();
    const QByteArray packed(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    QVERIFY(packed.contains("/ObjStm"));

    const ToUnicodeRepair::Outcome outcome = ToUnicodeRepair::repair(packed, letter.glyphs);
    QVERIFY2(outcome.exact(), qPrintable(outcome.warning));
    VERIFY_CONTAINS(popplerText(outcome.pdf), filing.entity.name, u"entity name"_s);
    VERIFY_CONTAINS(pdftotext(outcome.pdf), filing.entity.name, u"entity name (pdftotext)"_s);
}

void TestLetters::missingGlyph()
{
    Filing filing = sampleFiling();
    // A private-use code point, as legacy systems use for rare name characters: no font has a glyph for it.
    const QString rare = u"\U000F0001"_s;
    filing.people[1].name = u"\u738b"_s + rare;
    const WrittenLetter written = write(filing, MiniProgramLeaderLetter);
    QVERIFY(!written.ok());
    QVERIFY(written.pdf.isEmpty());
    const LetterProblem &problem = written.problems.constFirst();
    QCOMPARE(problem.kind, LetterProblem::Kind::MissingGlyphs);
    QCOMPARE(problem.characters, rare);
    QCOMPARE(problem.path, u"people[1].name"_s);
    QCOMPARE(problem.person, filing.people[1].name);
    QVERIFY(problem.message.contains(u"U+F0001"_s));
}

void TestLetters::blankDate()
{
    const WrittenLetter written = write(sampleFiling(), CommitmentLetter, QDate());
    QVERIFY(written.ok());
    VERIFY_CONTAINS(pdftotext(written.pdf), u"____\u5e74__\u6708__\u65e5"_s, u"blank date"_s);
}

void TestLetters::overrides_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("used");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expectedText");
    const QString good = u"<h1>T</h1>\n<p>Override {{entity.creditCode}} for {{miniProgram.name}}</p>\n"
                         "<p align=\"right\">{{entity.name}}</p>\n<p align=\"right\">{{date.year}}</p>\n"_s;
    QTest::newRow("good override is used") << good << true << 0 << u"Override "_s + sampleFiling().entity.creditCode;
    QTest::newRow("unknown placeholder on line 3")
        << u"<h1>T</h1>\n<p>x</p>\n<p>{{entity.nmae}}</p>\n"_s << false << 3 << QString();
    QTest::newRow("section never closed")
        << u"<h1>T</h1>\n{{#preApproval.items}}\n<p>{{type}}</p>\n"_s << false << 2 << QString();
    QTest::newRow("unescaped value") << u"<h1>T</h1>\n\n\n<p>{{{entity.name}}}</p>\n"_s << false << 4 << QString();
}

void TestLetters::overrides()
{
    QFETCH(QString, source);
    QFETCH(bool, used);
    QFETCH(int, line);
    QFETCH(QString, expectedText);
    QTemporaryDir folder;
    const LetterSpec *spec = LetterManifest::shipped().letter(QLatin1StringView(CommitmentLetter));
    QFile file(QDir(folder.path()).filePath(spec->templateFile));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(source.toUtf8());
    file.close();
    const LetterTemplates templates(LetterManifest::shipped(), folder.path());
    QCOMPARE(templates.isOverridden(spec->id), used);
    if (used) {
        QVERIFY(templates.issues().isEmpty());
        const WrittenLetter written = write(sampleFiling(), CommitmentLetter, LetterDate, folder.path());
        QVERIFY(written.ok());
        VERIFY_CONTAINS(popplerText(written.pdf), expectedText, u"override text"_s);
    } else {
        QVERIFY(!templates.issues().isEmpty());
        const TemplateIssue &issue = templates.issues().constFirst();
        QCOMPARE(issue.line, line);
        QVERIFY(issue.file.endsWith(spec->templateFile));
        QVERIFY(templates.origin(spec->id).startsWith(u':'));
    }
}

// A 240 KB override, deeply nested and many lines long: checked in one pass (the check once took
// seconds per hundred kilobytes), with the right line for the one unknown placeholder at its end.
void TestLetters::largeOverrideIsCheckedInOnePass()
{
    constexpr int Depth = 8000;
    constexpr int Lines = 4000;
    QString source;
    for (int i = 0; i < Depth; ++i)
        source += u"{{#entity}}"_s;
    source += u"{{name}}"_s;
    for (int i = 0; i < Depth; ++i)
        source += u"{{/entity}}"_s;
    source += u'\n';
    for (int i = 0; i < Lines; ++i)
        source += u"{{entity.name}}\n"_s;
    source += u"{{nope}}"_s;
    QVERIFY(source.size() > 200 * 1024);
    const TemplateCheck check(LetterData::knownNames(), LetterData::listItems());
    const TemplateIssues issues = check.check(source, u"big.html"_s);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().line, Lines + 2);
    QVERIFY(issues.constFirst().message.contains(u"nope"_s));
}

void TestLetters::sameInputSameOutput()
{
    const WrittenLetter first = write(sampleFiling(), MiniProgramLeaderLetter);
    const WrittenLetter second = write(sampleFiling(), MiniProgramLeaderLetter);
    QCOMPARE(pdftotext(first.pdf), pdftotext(second.pdf));
    QCOMPARE(LetterPreview::renderPage(first.pdf, 0, 40), LetterPreview::renderPage(second.pdf, 0, 40));
}

void TestLetters::printToPrinter()
{
    QTemporaryDir folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(u"printed.pdf"_s));
    const LetterTemplates templates(LetterManifest::shipped(), QString());
    Filing filing = sampleFiling();
    // 身 and 小 come back as Kangxi radicals from Qt's own PDF output; Extension B has no map entry there.
    filing.entity.name = u"\u8eab\u5c0f\u738b\U0002000B\U00020BB7\u6709\u9650\u516c\u53f8"_s;
    const LetterWriter writer(filing, Clock::fixedOn(LetterDate), templates);
    QVERIFY(writer.print(*LetterManifest::shipped().letter(QLatin1StringView(MiniProgramLeaderLetter)), printer).ok());
    QFile file(printer.outputFileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    // Vector output: the page carries text, not an image of it.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    QVERIFY(document);
    QCOMPARE(document->numPages(), 1);
    QVERIFY(document->page(0)->textList().size() > 10);
    QVERIFY(!document->fonts().isEmpty());
    // "Print to file" copies back what was typed, like Export.
    for (const QString &text : {popplerText(pdf), pdftotext(pdf)}) {
        VERIFY_CONTAINS(text, filing.entity.name, u"entity name"_s);
        VERIFY_CONTAINS(text, u"\u5c0f\u7a0b\u5e8f\u8d1f\u8d23\u4eba\u6388\u6743\u4e66"_s, u"title"_s);
    }
}

void TestLetters::preview()
{
    const WrittenLetter written = write(sampleFiling(), CommitmentLetter);
    LetterPreview preview;
    QSignalSpy rendered(&preview, &LetterPreview::rendered);
    const int id = preview.render(written.pdf, 0, 96);
    QVERIFY(rendered.wait(10000));
    QCOMPARE(rendered.at(0).at(0).toInt(), id);
    QCOMPARE(rendered.at(0).at(2).toInt(), 1);
    const QImage image = rendered.at(0).at(3).value<QImage>();
    QVERIFY(qAbs(image.width() - 794) <= 1 && qAbs(image.height() - 1123) <= 1);
    QSignalSpy failed(&preview, &LetterPreview::failed);
    preview.render(written.pdf, 5, 96);
    QVERIFY(failed.wait(10000));
}

void TestLetters::exportCommand_data()
{
    QTest::addColumn<Filing>("filing");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("files");
    QTest::addColumn<bool>("all");
    Filing sample = sampleFiling();
    QTest::newRow("sample: two letters") << sample << 0 << 2 << false;
    Filing same = sample;
    same.miniProgram.leader = same.entity.leader;
    QTest::newRow("same leader: commitment letter only") << same << 0 << 1 << false;
    QTest::newRow("same leader, legal representative, --all: nothing more") << same << 0 << 1 << true;
    // One person leads both and is not the legal representative: the process guide needs the entity
    // leader letter; the platform's stricter rule may also ask for the mini program leader letter.
    Filing oneLeader = sample;
    oneLeader.entity.leader = oneLeader.miniProgram.leader;
    QTest::newRow("one leader, not the legal representative") << oneLeader << 0 << 2 << false;
    QTest::newRow("one leader, not the legal representative, --all") << oneLeader << 0 << 3 << true;
    Filing noCode = sample;
    noCode.entity.creditCode.clear();
    QTest::newRow("no credit code: letters blocked") << noCode << 1 << 0 << false;
    Filing rare = sample;
    rare.people[1].name = u"\u738b\U000F0001"_s;
    QTest::newRow("character no font has: exit 4") << rare << 4 << 1 << false;
    Filing secret = sample;
    secret.people[1].idNumber = SecretField{{}, u"440***********3542"_s, u"ref"_s, SecretStatus::NotOnThisComputer};
    QTest::newRow("ID number not on this computer: exit 3") << secret << 3 << 1 << false;
}

void TestLetters::exportCommand()
{
    QFETCH(Filing, filing);
    QFETCH(int, exitCode);
    QFETCH(int, files);
    QFETCH(bool, all);
    QTemporaryDir folder;
    const QString input = folder.filePath(u"filing.json"_s);
    QVERIFY(ProjectFile::write(filing, input, FilingJson::Secrets::Inline).ok());
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QString output = folder.filePath(u"letters"_s);
    // The interchange file holds the numbers inline: the command never asks the keychain.
    CommandContext context(out, err, nullptr, Clock::fixedOn(LetterDate));
    ExportCommand command(context);
    CommandArguments arguments;
    arguments.positional = {input};
    arguments.output = output;
    arguments.outputGiven = true;
    arguments.allLetters = all;
    if (!filing.people[1].idNumber.isMissing()) {
        QCOMPARE(int(command.execute(arguments)), exitCode);
    } else {
        // The interchange file holds values inline; a missing secret is met through the writer itself.
        const LetterTemplates templates(LetterManifest::shipped(), QString());
        const LetterWriter writer(filing, Clock::fixedOn(LetterDate), templates);
        const LetterProblems problems =
            writer.problems(*LetterManifest::shipped().letter(QLatin1StringView(MiniProgramLeaderLetter)), {});
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const LetterProblem &p) { return p.kind == LetterProblem::Kind::SecretUnavailable; }));
        return;
    }
    const QStringList written = QDir(output).entryList({u"*.pdf"_s});
    QCOMPARE(written.size(), files);
    for (const QString &name : written)
        QVERIFY2(outText.contains(name), qPrintable(name));
    if (exitCode == 4)
        QVERIFY(errText.contains(u"U+F0001"_s));
    const QString miniProgramLetter =
        LetterManifest::shipped().letter(QLatin1StringView(MiniProgramLeaderLetter))->title;
    if (exitCode == 0 && files == 1)
        QVERIFY(outText.contains(miniProgramLetter));
    if (files == 3) {
        // The letter written in case says why it might be asked for.
        QVERIFY(outText.contains(u"in case the reviewer asks for it: "_s + miniProgramLetter));
        QVERIFY(outText.contains(u"legal representative"_s));
    }
}

void TestLetters::fileNames_data()
{
    QTest::addColumn<QString>("miniProgram");
    QTest::addColumn<QString>("expectedSuffix");
    QTest::newRow("plain") << u"Qinghe"_s << u"-Qinghe.pdf"_s;
    QTest::newRow("characters Windows forbids") << u"a<b>:c/d\\e|f?g*h\"i"_s << u"-a_b__c_d_e_f_g_h_i.pdf"_s;
    QTest::newRow("trailing dot and space") << u"name. "_s << u"-name.pdf"_s;
}

void TestLetters::fileNames()
{
    QFETCH(QString, miniProgram);
    QFETCH(QString, expectedSuffix);
    const LetterSpec *spec = LetterManifest::shipped().letter(QLatin1StringView(CommitmentLetter));
    const QString name = LetterWriter::fileName(*spec, miniProgram);
    QVERIFY2(name.endsWith(expectedSuffix), qPrintable(name));
    QVERIFY(name.startsWith(spec->title));
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
