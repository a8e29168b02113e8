#include "materials/MaterialFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace mpdesk {

Q_LOGGING_CATEGORY(lcMaterialFiles, "mpdesk.materials.files")

namespace {

// A phone's 50-megapixel photo needs about 200 MB decoded, over Qt's default limit of 128 MB.
void allowLargePhotos()
{
    static const bool once = [] {
        if (QImageReader::allocationLimit() < 512)
            QImageReader::setAllocationLimit(512);
        return true;
    }();
    Q_UNUSED(once)
}

// Formats Qt's plugins may not read on every platform, recognised by their first bytes so that the
// clerk hears "export as JPEG" rather than "not an image".
QString sniffOther(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return u"pdf"_s;
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            return u"avif"_s;
        if (brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim" || brand == "heis"
            || brand == "mif1" || brand == "msf1")
            return u"heic"_s;
    }
    return {};
}

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return nullptr;
    return doc;
}

int pointsToPixels(double points)
{
    return qRound(points / 72.0 * MaterialFiles::PdfDpi);
}

} // namespace

QString MaterialFiles::resolve(const QString &file, const QString &filingFolder)
{
    if (file.isEmpty())
        return {};
    if (QDir::isAbsolutePath(file) || filingFolder.isEmpty())
        return QDir::cleanPath(file);
    return QDir::cleanPath(QDir(filingFolder).filePath(file));
}

QString MaterialFiles::folderOf(const QString &filingPath)
{
    if (filingPath.isEmpty())
        return {};
    return QFileInfo(filingPath).absolutePath();
}

QString MaterialFiles::storedPath(const QString &absolutePath, const QString &filingFolder)
{
    const QString clean = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    if (filingFolder.isEmpty())
        return clean;
    const QString relative = QDir(filingFolder).relativeFilePath(clean);
    return relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative) ? clean : relative;
}

MaterialFacts MaterialFiles::measure(const QString &absolutePath, QDate today)
{
    allowLargePhotos();
    MaterialFacts facts;
    facts.checkedOn = today.toString(Qt::ISODate);
    const QFileInfo info(absolutePath);
    if (absolutePath.isEmpty() || !info.exists()) {
        facts.state = MaterialFacts::State::Missing;
        return facts;
    }
    if (!info.isFile()) {
        facts.state = MaterialFacts::State::Unreadable;
        facts.detail = tr("it is a folder, not a file");
        return facts;
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        facts.state = MaterialFacts::State::Unreadable;
        facts.detail = file.errorString();
        return facts;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        facts.state = MaterialFacts::State::Unreadable;
        facts.detail = file.errorString();
        return facts;
    }
    facts.state = MaterialFacts::State::Read;
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    facts.sizeBytes = file.size();
    file.seek(0);
    const QByteArray head = file.peek(32);
    file.close();

    const QString other = sniffOther(head);
    if (other == u"pdf"_s) {
        facts.format = other;
        if (const auto doc = openPdf(absolutePath)) {
            facts.pages = doc->numPages();
            if (facts.pages > 0) {
                const std::unique_ptr<Poppler::Page> page = doc->page(0);
                const QSizeF size = page ? page->pageSizeF() : QSizeF();
                facts.width = pointsToPixels(size.width());
                facts.height = pointsToPixels(size.height());
            }
        } else {
            facts.state = MaterialFacts::State::Unreadable;
            facts.detail = tr("the PDF is damaged or protected by a password");
        }
        return facts;
    }

    QImageReader reader(absolutePath);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QString format = QString::fromLatin1(reader.format()).toLower();
    if (format.isEmpty() || !reader.canRead()) {
        facts.format = other; // "heic", "avif" or "" (not an image)
        return facts;
    }
    facts.format = format == u"jpg"_s ? u"jpeg"_s : format;
    facts.pages = 1;
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    facts.width = size.width();
    facts.height = size.height();
    return facts;
}

QHash<QString, MaterialFacts> MaterialFiles::measureAll(const Filing &filing, const QString &filingFolder, QDate today)
{
    QHash<QString, MaterialFacts> out;
    for (const Material &m : filing.materials) {
        if (!m.file.isEmpty() && !out.contains(m.file))
            out.insert(m.file, measure(resolve(m.file, filingFolder), today));
    }
    return out;
}

Result<QImage> MaterialFiles::readImage(const QString &absolutePath, int page)
{
    allowLargePhotos();
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(absolutePath), file.errorString()),
                     QString()};
    const QByteArray head = file.peek(32);
    file.close();
    if (sniffOther(head) == u"pdf"_s) {
        const auto doc = openPdf(absolutePath);
        const std::unique_ptr<Poppler::Page> p = doc ? doc->page(page) : nullptr;
        if (!p)
            return Error{tr("Page %1 of %2 cannot be read.").arg(page + 1).arg(QDir::toNativeSeparators(absolutePath)),
                         QString()};
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        QImage image = p->renderToImage(PdfDpi, PdfDpi);
        if (image.isNull())
            return Error{
                tr("Page %1 of %2 cannot be rendered.").arg(page + 1).arg(QDir::toNativeSeparators(absolutePath)),
                QString()};
        return image;
    }
    QImageReader reader(absolutePath);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        qCDebug(lcMaterialFiles) << "cannot decode" << absolutePath << reader.errorString();
        return Error{
            tr("%1 cannot be read as an image: %2").arg(QDir::toNativeSeparators(absolutePath), reader.errorString()),
            QString()};
    }
    return image;
}

bool MaterialFiles::isUploadFormat(const QString &format)
{
    return format == u"jpeg"_s || format == u"png"_s;
}

bool MaterialFiles::isReadableFormat(const QString &format)
{
    return isUploadFormat(format) || format == u"tiff"_s || format == u"bmp"_s || format == u"webp"_s
        || format == u"pdf"_s;
}

QString MaterialFiles::formatName(const QString &format)
{
    return format.isEmpty() ? tr("unknown") : format.toUpper();
}

bool MaterialFiles::pixelsEnough(int width, int height)
{
    return std::min(width, height) >= MinShortSide && std::max(width, height) >= MinLongSide;
}

} // namespace mpdesk
