// Filing materials: the slots, the checks on real files made here, the upload pack and the project file.

#include "CliRun.h"
#include "assessment/Assessment.h"
#include "cli/CommandLine.h"
#include "materials/MaterialCheck.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialPack.h"
#include "materials/MaterialSlots.h"
#include "secrets/MemorySecretStore.h"
#include "storage/FilingJson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QDate Today(2026, 11, 27);

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A phone photo: noise does not compress, so a 12-megapixel JPEG stays far over 2 MB.
QImage noisePhoto(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0x00ffffffu);
    }
    return image;
}

// A JPEG as a phone writes it held sideways: the pixels landscape, EXIF orientation 6 (turn 90° clockwise
// to show). The stored top half is red, so shown upright the right half is red.
QByteArray rotatedPhoneJpeg()
{
    QImage image(1280, 720, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QPainter(&image).fillRect(0, 0, 1280, 360, Qt::red);
    QByteArray jpeg = encode(image, "jpeg", 90);
    QByteArray tiff("MM\0*\0\0\0\x08", 8);
    tiff += QByteArray("\0\x01", 2); // one IFD entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 12); // Orientation, SHORT, 1, value 6
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xff\xe1", 2);
    const int length = int(payload.size()) + 2;
    app1 += char(length >> 8);
    app1 += char(length & 0xff);
    app1 += payload;
    jpeg.insert(2, app1); // right after SOI
    return jpeg;
}

void writePdfScan(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter(&writer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.fillRect(QRect(100, 100, 900, 300), QColor(200, 30, 30));
        painter.drawText(QPoint(150, 600), u"Page "_s + QString::number(p + 1));
    }
}

QJsonObject material(const QString &slot, const QString &file, const QString &person = {})
{
    QJsonObject o{{u"slot"_s, slot}, {u"file"_s, file}};
    o.insert(u"person"_s, person.isEmpty() ? QJsonValue() : QJsonValue(person));
    return o;
}

Filing fromJson(const QJsonObject &json)
{
    auto result = FilingJson::fromJson(json);
    if (!result)
        qFatal("bad test filing: %s", qPrintable(result.error().text()));
    return std::move(result).value();
}

using Run = test::CliRun;

Run cli(const QStringList &args, const QString &language = u"en"_s)
{
    MemorySecretStore store;
    return test::runCli(QStringList{u"--lang"_s, language} + args, &store);
}

bool hasFinding(const Findings &findings, const QString &path, const QString &rule)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &f) { return f.path == path && f.rule == rule; });
}

} // namespace

class TestMaterials final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder; // the filings' folder; the files sit in a sub-folder with Chinese and spaces
    QString m_photo, m_rotated, m_scan, m_pdf, m_png, m_text, m_heic;

    QString file(const QString &name) const { return m_folder + u"/材料 扫描/"_s + name; }

    // A filing next to the files, the sample's people and roles, with `materials`.
    QString writeFiling(const QString &name, const QJsonArray &materials, bool oneLeader) const
    {
        QJsonObject json = readJson(samplePath);
        if (oneLeader) {
            QJsonObject mp = json.value("miniProgram"_L1).toObject();
            mp.insert(u"leader"_s, u"p1"_s);
            json.insert(u"miniProgram"_s, mp);
        }
        json.insert(u"materials"_s, materials);
        const QString path = m_folder + u'/' + name;
        writeBytes(path, QJsonDocument(json).toJson());
        return path;
    }

    QHash<QString, QByteArray> originalHashes() const
    {
        QHash<QString, QByteArray> out;
        for (const QString &p : {m_photo, m_rotated, m_scan, m_pdf, m_png, m_text, m_heic})
            out.insert(p, sha256(p));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(u"备案 项目"_s);
        QVERIFY(QDir().mkpath(m_folder + u"/材料 扫描"_s));
        m_photo = file(u"营业执照 照片.jpg"_s);
        writeBytes(m_photo, encode(noisePhoto(4000, 3000), "jpeg", 95));
        m_rotated = file(u"身份证 正面.jpg"_s);
        writeBytes(m_rotated, rotatedPhoneJpeg());
        m_scan = file(u"small scan.png"_s);
        QImage small(600, 400, QImage::Format_RGB32);
        small.fill(Qt::white);
        writeBytes(m_scan, encode(small, "png"));
        m_pdf = file(u"承诺书 扫描.pdf"_s);
        writePdfScan(m_pdf, 2);
        m_png = file(u"反面.png"_s);
        QImage fits(800, 1400, QImage::Format_RGB32);
        fits.fill(QColor(240, 240, 230));
        QPainter(&fits).fillRect(50, 50, 400, 200, Qt::darkGreen);
        writeBytes(m_png, encode(fits, "png"));
        m_text = file(u"notes.jpg"_s);
        writeBytes(m_text, "These are notes, not a photo.\n");
        m_heic = file(u"IMG_0001.HEIC"_s);
        writeBytes(m_heic,
                   QByteArray("\0\0\0\x18"
                              "ftypheic\0\0\0\0mif1heic",
                              24)
                       + QByteArray(100, 'x'));
    }

    void measuresByContentWithOrientation()
    {
        QVERIFY(QFileInfo(m_photo).size() > 2 * MaterialFiles::MaxBytes);
        const MaterialFacts photo = MaterialFiles::measure(m_photo, Today);
        QCOMPARE(photo.format, u"jpeg"_s);
        QCOMPARE(QSize(photo.width, photo.height), QSize(4000, 3000));
        QCOMPARE(photo.sha256, QString::fromLatin1(sha256(m_photo)));
        QCOMPARE(photo.checkedOn, u"2026-11-27"_s);

        const MaterialFacts rotated = MaterialFiles::measure(m_rotated, Today);
        QCOMPARE(QSize(rotated.width, rotated.height), QSize(720, 1280)); // EXIF applied: portrait

        const MaterialFacts pdf = MaterialFiles::measure(m_pdf, Today);
        QCOMPARE(pdf.format, u"pdf"_s);
        QCOMPARE(pdf.pages, 2);
        QVERIFY(qAbs(pdf.width - 2480) <= 1 && qAbs(pdf.height - 3508) <= 1); // A4 at 300 dpi

        QCOMPARE(MaterialFiles::measure(m_text, Today).format, QString());
        QCOMPARE(MaterialFiles::measure(m_heic, Today).format, u"heic"_s);
        QCOMPARE(MaterialFiles::measure(file(u"gone.jpg"_s), Today).state, MaterialFacts::State::Missing);
    }

    void tiffBmpAndWebpAreReadThroughThePlugins()
    {
        QImage image(800, 1300, QImage::Format_RGB32);
        image.fill(Qt::gray);
        for (const char *format : {"tiff", "bmp", "webp"}) {
            QVERIFY2(QImageReader::supportedImageFormats().contains(format), format);
            const QString path = file(u"scan."_s + QString::fromLatin1(format));
            writeBytes(path, encode(image, format, 90));
            const MaterialFacts facts = MaterialFiles::measure(path, Today);
            QCOMPARE(facts.format, QString::fromLatin1(format));
            QCOMPARE(QSize(facts.width, facts.height), QSize(800, 1300));
        }
    }

    void packDoneWhen()
    {
        const QJsonArray materials{material(u"business_licence"_s, u"材料 扫描/营业执照 照片.jpg"_s),
                                   material(u"id_front"_s, m_rotated, u"p1"_s),
                                   material(u"id_back"_s, u"材料 扫描/反面.png"_s, u"p1"_s),
                                   material(u"pre_approval_commitment"_s, u"材料 扫描/承诺书 扫描.pdf"_s)};
        const QString filing = writeFiling(u"完整 备案.json"_s, materials, true);
        const auto before = originalHashes();
        const QString out = m_dir.filePath(u"上传 文件"_s);

        const Run run = cli({u"pack"_s, filing, u"-o"_s, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        const QStringList expected{u"营业执照.jpg"_s,
                                   u"主体负责人-身份证人像面.jpg"_s,
                                   u"小程序负责人-身份证人像面.jpg"_s,
                                   u"主体负责人-身份证国徽面.png"_s,
                                   u"小程序负责人-身份证国徽面.png"_s,
                                   u"前置审批承诺书-盖章扫描件-第1页.jpg"_s,
                                   u"前置审批承诺书-盖章扫描件-第2页.jpg"_s};
        for (const QString &name : expected) {
            const QString path = QDir(out).filePath(name);
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(name));
            QVERIFY2(run.out.contains(name), qPrintable(run.out));
            const MaterialFacts facts = MaterialFiles::measure(path, Today);
            QVERIFY2(MaterialFiles::isUploadFormat(facts.format), qPrintable(name));
            QVERIFY2(facts.sizeBytes <= MaterialFiles::MaxBytes, qPrintable(name));
            QVERIFY2(MaterialFiles::pixelsEnough(facts.width, facts.height), qPrintable(name));
        }
        // The photo was made smaller without going under the platform's minimum.
        const MaterialFacts licence = MaterialFiles::measure(QDir(out).filePath(u"营业执照.jpg"_s), Today);
        QCOMPARE(licence.format, u"jpeg"_s);
        QVERIFY(licence.width <= 4000 && licence.height <= 3000);
        QVERIFY(qAbs(licence.width * 3 - licence.height * 4) <= 4); // proportions kept
        // The rotated photo stands upright, and carries no orientation for a viewer to apply again.
        const QImage upright(QDir(out).filePath(u"小程序负责人-身份证人像面.jpg"_s));
        QCOMPARE(upright.size(), QSize(720, 1280));
        QVERIFY(qRed(upright.pixel(700, 640)) > 200 && qBlue(upright.pixel(700, 640)) < 60);
        QVERIFY(qBlue(upright.pixel(20, 640)) > 200 && qRed(upright.pixel(20, 640)) < 60);
        // The PNG that fits is kept as it is.
        QCOMPARE(readBytes(QDir(out).filePath(u"主体负责人-身份证国徽面.png"_s)), readBytes(m_png));
        // The index lists the files; nothing but regular files in the folder.
        const QString index = QString::fromUtf8(readBytes(QDir(out).filePath(MaterialPack::indexName())));
        QVERIFY(index.contains(u"营业执照.jpg"_s));
        QVERIFY(!index.contains(u"Still missing"_s));
        QDirIterator it(out, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            QVERIFY2(info.isFile() && !info.isSymLink(), qPrintable(info.fileName()));
        }
        QCOMPARE(originalHashes(), before);

        // The window's facts and findings come from the same assessment as check.
        Filing f = fromJson(readJson(filing));
        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        context.materialFiles = MaterialFiles::measureAll(f, MaterialFiles::folderOf(filing), Today);
        const Assessment a = Assessment::of(f, context);
        QVERIFY(a.checklist().unassigned().isEmpty());
        const Step *step = a.checklist().step(u"filing.materials"_s);
        QVERIFY(step);
        QCOMPARE(step->status, Step::Status::Done);
        QVERIFY(hasFinding(a.findings(), u"materials[0].file"_s, u"materials.fileSize"_s));
        QVERIFY(hasFinding(a.findings(), u"materials[3].file"_s, u"materials.format"_s));

        // Deleting the pack removes what it wrote, and the folder with it.
        QVERIFY(MaterialPack::remove(out).ok());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(originalHashes(), before);
    }

    void packNamesWhatCannotFit()
    {
        const QJsonArray materials{material(u"business_licence"_s, m_scan),
                                   material(u"id_front"_s, m_text, u"p1"_s),
                                   material(u"id_back"_s, m_png, u"p1"_s),
                                   material(u"id_front"_s, m_photo, u"p2"_s),
                                   material(u"id_back"_s, m_photo, u"p2"_s),
                                   material(u"other_mini_program"_s, m_heic),
                                   material(u"id_front"_s, u"材料 扫描/gone.jpg"_s, u"p1"_s)};
        const QString filing = writeFiling(u"问题 备案.json"_s, materials, false);
        const auto before = originalHashes();
        const QString out = m_dir.filePath(u"pack 2"_s);

        const Run run = cli({u"pack"_s, filing, u"-o"_s, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"materials[0].file: Business licence: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"600×400"_s));
        QVERIFY(run.err.contains(u"scan it again at 300 dpi"_s));
        QVERIFY(run.err.contains(u"materials.mini_program_leader_authorization: "_s));
        QVERIFY(run.err.contains(u"export it as JPEG"_s));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(u"营业执照.jpg"_s))); // never a blurry copy
        const QString index = QString::fromUtf8(readBytes(QDir(out).filePath(MaterialPack::indexName())));
        QVERIFY(index.contains(u"600×400"_s));
        QCOMPARE(originalHashes(), before);

        // check measures the files too and says the same, with the field path.
        const Run check = cli({u"check"_s, filing});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(u"materials[0].file: error: small scan.png is 600×400 pixels"_s),
                 qPrintable(check.out));

        Filing f = fromJson(readJson(filing));
        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        context.materialFiles = MaterialFiles::measureAll(f, MaterialFiles::folderOf(filing), Today);
        const Assessment a = Assessment::of(f, context);
        const Findings &all = a.findings();
        QVERIFY(hasFinding(all, u"materials[0].file"_s, u"materials.pixels"_s));
        QVERIFY(hasFinding(all, u"materials[1].file"_s, u"materials.notImage"_s));
        QVERIFY(hasFinding(all, u"materials[4].file"_s, u"materials.duplicate"_s));
        QVERIFY(hasFinding(all, u"materials[5].file"_s, u"materials.format"_s));
        QVERIFY(hasFinding(all, u"materials[6].file"_s, u"materials.missing"_s));
        QVERIFY(hasFinding(all, u"materials.id_front.p1"_s, u"materials.tooMany"_s));
        QVERIFY(hasFinding(all, u"materials.mini_program_leader_authorization"_s, u"materials.slotEmpty"_s));
        QVERIFY(a.checklist().unassigned().isEmpty());
        QCOMPARE(a.checklist().step(u"filing.materials"_s)->status, Step::Status::Blocked);
        QVERIFY(MaterialPack::remove(out).ok());
    }

    void aLetterScanIsNeededOnlyWhileTheLetterIs()
    {
        QJsonObject json = readJson(samplePath);
        json.insert(u"materials"_s, QJsonArray{material(u"mini_program_leader_authorization"_s, m_png)});
        Filing f = fromJson(json);
        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        QVERIFY(!hasFinding(Assessment::of(f, context).findings(), u"materials[0].slot"_s, u"materials.notNeeded"_s));
        f.miniProgram.leader = u"p1"_s; // the entity leader takes the role: no letter, no scan
        const Findings after = Assessment::of(f, context).findings();
        QVERIFY(hasFinding(after, u"materials[0].slot"_s, u"materials.notNeeded"_s));
        QVERIFY(!hasFinding(after, u"materials.mini_program_leader_authorization"_s, u"materials.slotEmpty"_s));
    }

    // The day a scan came into the filing is the day mpdesk measured it on attaching it (its saved
    // checkedOn); a scan attached before its letter was printed cannot be of the printed letter.
    void aScanAttachedBeforeItsLetterWasPrinted()
    {
        Filing f = fromJson(readJson(samplePath));
        Material scan;
        scan.slot = u"mini_program_leader_authorization"_s;
        scan.file = u"材料 扫描/反面.png"_s;
        scan.facts = MaterialFiles::measure(m_png, QDate(2026, 11, 20));
        f.materials.append(scan);
        f.filing.letters.insert(u"miniProgramLeaderAuthorization"_s,
                                LetterProgress{u"2026-11-24"_s, u"2026-11-25"_s, QString(), {}});
        const QString path = m_folder + u"/扫描 顺序.json"_s;
        writeBytes(path, QJsonDocument(FilingJson::toJson(f, FilingJson::Secrets::Inline)).toJson());

        const QString expected =
            u"materials[0].file: warning: Mini program leader authorization letter: signed and sealed scan (反面.png) "
            "was attached on 2026-11-20, before the letter was printed on 2026-11-24: it cannot be a scan of the "
            "printed, signed and sealed letter. Attach the scan of the "
            "signed and sealed letter, or correct the day it was printed."_s;
        const Run check = cli({u"check"_s, path, u"--today"_s, u"2026-11-27"_s});
        QVERIFY2(check.out.contains(expected), qPrintable(check.out));
        const Run zh = cli({u"check"_s, path, u"--today"_s, u"2026-11-27"_s}, u"zh_CN"_s);
        QVERIFY2(zh.out.contains(
                     u"materials[0].file: 警告: 小程序负责人授权书：签字盖章扫描件（反面.png）于 2026-11-20 添加，"
                     "早于该文件的打印日期 2026-11-24"_s),
                 qPrintable(zh.out));

        // The same finding in the assessment the window reads; the letter is marked signed: no to-do.
        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        Findings findings = Assessment::of(f, context).findings();
        QVERIFY(hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforePrinted"_s));
        QVERIFY(!hasFinding(findings, u"filing.letters.miniProgramLeaderAuthorization.signedOn"_s,
                            u"materials.scanUnsigned"_s));

        // Attached after printing but before signing: it cannot show the signature.
        f.materials[0].facts.checkedOn = u"2026-11-24"_s;
        findings = Assessment::of(f, context).findings();
        QVERIFY(!hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforePrinted"_s));
        QVERIFY(hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforeSigned"_s));

        // Attached again after signing: in order.
        f.materials[0].facts.checkedOn = u"2026-11-26"_s;
        findings = Assessment::of(f, context).findings();
        QVERIFY(!hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforePrinted"_s));
        QVERIFY(!hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforeSigned"_s));

        // A scan saved without facts has no known day: nothing is said about its order.
        f.materials[0].facts = MaterialFacts{};
        f.filing.letters[u"miniProgramLeaderAuthorization"_s].printedOn = u"2026-11-26"_s;
        f.filing.letters[u"miniProgramLeaderAuthorization"_s].signedOn = u"2026-11-26"_s;
        findings = Assessment::of(f, context).findings();
        QVERIFY(!hasFinding(findings, u"materials[0].file"_s, u"materials.scanBeforePrinted"_s));
    }

    void aScanOfALetterNotMarkedSignedIsAToDo()
    {
        QJsonObject json = readJson(samplePath);
        json.insert(u"materials"_s, QJsonArray{material(u"mini_program_leader_authorization"_s, m_png)});
        const QString path = m_folder + u"/未签 扫描.json"_s;
        writeBytes(path, QJsonDocument(json).toJson());

        const Run check = cli({u"check"_s, path, u"--today"_s, u"2026-11-27"_s});
        QVERIFY2(
            check.out.contains(u"filing.letters.miniProgramLeaderAuthorization.signedOn: to do: Mini program leader "
                               "authorization letter: signed and sealed scan (反面.png) is attached, but the letter "
                               "is not marked signed and sealed: if the scan shows the signed and sealed letter, enter "
                               "the day it was signed; if not, "
                               "attach that scan instead."_s),
            qPrintable(check.out));
        const Run zh = cli({u"check"_s, path, u"--today"_s, u"2026-11-27"_s}, u"zh_CN"_s);
        QVERIFY2(zh.out.contains(u"filing.letters.miniProgramLeaderAuthorization.signedOn: 待填写: "_s)
                     && zh.out.contains(u"尚未标记为已签字盖章"_s),
                 qPrintable(zh.out));

        // A to-do, not an error: the letter's checklist step carries it, and marking it signed clears it.
        Filing f = fromJson(json);
        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        Assessment a = Assessment::of(f, context);
        const Finding *todo = nullptr;
        for (const Finding &finding : a.findings()) {
            if (finding.rule == u"materials.scanUnsigned"_s)
                todo = &finding;
        }
        QVERIFY(todo);
        QVERIFY(todo->isToDo());
        const Step *step = a.checklist().step(u"filing.authorizationLetters"_s);
        QVERIFY(step);
        QVERIFY(std::any_of(step->findings.cbegin(), step->findings.cend(),
                            [](const Finding &x) { return x.rule == u"materials.scanUnsigned"_s; }));
        f.filing.letters.insert(u"miniProgramLeaderAuthorization"_s,
                                LetterProgress{u"2026-11-25"_s, u"2026-11-26"_s, QString(), {}});
        a = Assessment::of(f, context);
        QVERIFY(std::none_of(a.findings().cbegin(), a.findings().cend(),
                             [](const Finding &x) { return x.rule == u"materials.scanUnsigned"_s; }));
    }

    void moreThanTenOthersAndAChangedFile()
    {
        Filing f = fromJson(readJson(samplePath));
        for (int i = 0; i < 11; ++i) {
            Material m;
            m.slot = u"other_entity"_s;
            m.file = m_png;
            f.materials.append(m);
        }
        const QString copy = file(u"changes.png"_s);
        QFile::copy(m_png, copy);
        Material changing;
        changing.slot = u"other_mini_program"_s;
        changing.file = copy;
        changing.facts = MaterialFiles::measure(copy, Today);
        f.materials.append(changing);
        QImage other(800, 1400, QImage::Format_RGB32);
        other.fill(Qt::black);
        writeBytes(copy, encode(other, "png"));

        AssessmentContext context;
        context.clock = Clock::fixedOn(Today);
        context.materialFiles = MaterialFiles::measureAll(f, QString(), Today);
        const Findings findings = Assessment::of(f, context).findings();
        QVERIFY(hasFinding(findings, u"materials.other_entity"_s, u"materials.tooMany"_s));
        QVERIFY(hasFinding(findings, u"materials[11].file"_s, u"materials.changed"_s));
        // Without a fresh measurement the saved facts are judged, and nothing is said to have changed.
        context.materialFiles.clear();
        QVERIFY(!hasFinding(Assessment::of(f, context).findings(), u"materials[11].file"_s, u"materials.changed"_s));
    }

    void theProjectKeepsOnlyPathsAndFacts()
    {
        QJsonObject json = readJson(samplePath);
        QJsonObject m = material(u"business_licence"_s, m_photo);
        m.insert(u"fromNewerMpdesk"_s, 7);
        json.insert(u"materials"_s, QJsonArray{m});
        Filing f = fromJson(json);
        f.materials[0].facts = MaterialFiles::measure(m_photo, Today);
        const QByteArray without =
            QJsonDocument(FilingJson::toJson(fromJson(readJson(samplePath)), FilingJson::Secrets::References)).toJson();
        const QJsonObject saved = FilingJson::toJson(f, FilingJson::Secrets::References);
        const QByteArray with = QJsonDocument(saved).toJson();
        QVERIFY2(with.size() - without.size() < 1000, QByteArray::number(with.size() - without.size()).constData());

        const QJsonObject stored = saved.value("materials"_L1).toArray().at(0).toObject();
        QCOMPARE(stored.value("fromNewerMpdesk"_L1).toInt(), 7);
        QCOMPARE(stored.value("measured"_L1).toObject().value("sha256"_L1).toString(),
                 QString::fromLatin1(sha256(m_photo)));
        QCOMPARE(stored.value("measured"_L1).toObject().value("width"_L1).toInt(), 4000);

        const Filing back = fromJson(saved);
        QCOMPARE(back.materials.size(), 1);
        QCOMPARE(back.materials[0].file, m_photo);
        QCOMPARE(back.materials[0].facts.sha256, f.materials[0].facts.sha256);
        QCOMPARE(back.materials[0].facts.sizeBytes, QFileInfo(m_photo).size());
        QVERIFY(back.materials[0].facts.isRead());
        const QJsonObject again = FilingJson::toJson(back, FilingJson::Secrets::References);
        QCOMPARE(QJsonDocument(again.value("materials"_L1).toArray()).toJson(),
                 QJsonDocument(saved.value("materials"_L1).toArray()).toJson());
        // A filing without materials is written as before.
        QVERIFY(
            !FilingJson::toJson(fromJson(readJson(samplePath)), FilingJson::Secrets::Inline).contains("materials"_L1));
    }

    // The index is dated by the command's clock, as check judges by it: --today fixes the day.
    void packIndexIsDatedByTheClock()
    {
        const QString filing =
            writeFiling(u"日期 备案.json"_s, QJsonArray{material(u"id_back"_s, m_png, u"p1"_s)}, true);
        const QString out = m_dir.filePath(u"pack dated"_s);
        const Run run = cli({u"pack"_s, filing, u"-o"_s, out, u"--today"_s, u"2026-10-20"_s});
        QCOMPARE(run.exitCode, 1); // most slots are still empty
        const QString index = QString::fromUtf8(readBytes(QDir(out).filePath(MaterialPack::indexName())));
        QVERIFY2(index.startsWith(u"Upload files for the filing of "_s)
                     && index.contains(u", prepared on 2026-10-20."_s),
                 qPrintable(index));
        QVERIFY(MaterialPack::remove(out).ok());

        const Run moment = cli({u"pack"_s, filing, u"-o"_s, out, u"--now"_s, u"2026-10-21T23:30+08:00"_s});
        QVERIFY(QString::fromUtf8(readBytes(QDir(out).filePath(MaterialPack::indexName())))
                    .contains(u", prepared on 2026-10-21."_s));
        QVERIFY(MaterialPack::remove(out).ok());

        const Run bad = cli({u"pack"_s, filing, u"-o"_s, out, u"--today"_s, u"20 October"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--today: \"20 October\" is not a date."_s), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void packRefusesBadArguments()
    {
        QCOMPARE(cli({u"pack"_s, samplePath}).exitCode, 2);
        QVERIFY(cli({u"pack"_s, samplePath}).err.contains(u"add -o DIR"_s));
        QCOMPARE(cli({u"pack"_s, m_text, u"-o"_s, m_dir.filePath(u"x"_s)}).exitCode, 2);
        QCOMPARE(cli({u"pack"_s, samplePath, u"-o"_s, m_png}).exitCode, 2); // a file, not a folder
        QVERIFY(!MaterialPack::remove(m_folder).ok()); // not a pack: nothing deleted
        QVERIFY(QFileInfo::exists(m_png));
    }
};

QTEST_MAIN(TestMaterials)
#include "tst_materials.moc"
