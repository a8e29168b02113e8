#include "materials/MaterialPack.h"

#include "i18n/Phrases.h"
#include "materials/MaterialCheck.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialSlots.h"
#include "storage/SafeFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mpdesk {

Q_LOGGING_CATEGORY(lcMaterialPack, "mpdesk.materials.pack", QtInfoMsg)

namespace {

// Qualities tried in turn: high enough for the reviewer to read an ID number, low enough to fit.
constexpr int Qualities[] = {92, 85, 78, 70, 62, 55};
constexpr int LowestQuality = 55;

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

// JPEG has no transparency: what was transparent becomes white paper, not black.
QImage flatten(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, image);
    painter.end();
    return out;
}

// Refuses to follow or replace anything but a regular file, so that the pack only ever adds regular
// files inside its folder.
std::optional<QString> writeFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString target = QDir(folder).filePath(name);
    const QFileInfo info(target);
    if (info.isSymLink()) {
        if (!QFile::remove(target))
            return MaterialPack::tr("%1 is a link that cannot be removed.").arg(QDir::toNativeSeparators(target));
    } else if (info.exists() && !info.isFile()) {
        return MaterialPack::tr("%1 is in the way (not a file): move it and prepare the files again.")
            .arg(QDir::toNativeSeparators(target));
    }
    if (const Status written = SafeFile::write(target, bytes); !written)
        return MaterialPack::tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(target), written.error().message);
    return std::nullopt;
}

QStringList readManifest(const QString &folder)
{
    QFile file(QDir(folder).filePath(MaterialPack::manifestName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        // Only plain names: a manifest never sends remove() outside the folder.
        if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u".."_s && name != u"."_s)
            names << name;
    }
    return names;
}

void removeListed(const QString &folder, const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = QDir(folder).filePath(name);
        const QFileInfo info(path);
        if (info.isFile() && !info.isSymLink())
            QFile::remove(path);
    }
}

} // namespace

QString MaterialPack::indexName()
{
    return u"上传文件清单.txt"_s;
}

QString MaterialPack::manifestName()
{
    return u".mpdesk-pack"_s;
}

Result<MaterialPack::Encoded> MaterialPack::fitJpeg(const QImage &source)
{
    QImage image = flatten(source);
    const int shortSide = std::min(image.width(), image.height());
    const int longSide = std::max(image.width(), image.height());
    // The smallest scale that keeps the platform's minimum size.
    const double minScale =
        std::max(double(MaterialFiles::MinShortSide) / shortSide, double(MaterialFiles::MinLongSide) / longSide);
    double scale = 1.0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        QByteArray smallest;
        for (const int quality : Qualities) {
            QByteArray bytes = encodeJpeg(image, quality);
            if (bytes.isEmpty())
                return Error{tr("The image cannot be encoded as JPEG."), QString()};
            if (bytes.size() <= MaterialFiles::MaxBytes)
                return Encoded{bytes, image.size(), quality};
            smallest = std::move(bytes);
        }
        if (scale <= minScale + 1e-9)
            break;
        // Bytes grow about with the pixel count: aim a little under the limit.
        const double wanted = std::sqrt(double(MaterialFiles::MaxBytes) / double(smallest.size())) * 0.9;
        scale = std::max(minScale, scale * std::min(wanted, 0.9));
        const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                         std::max(1, int(std::ceil(source.height() * scale))));
        image = flatten(source).scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        qCDebug(lcMaterialPack) << "scaled to" << image.size() << "at quality" << LowestQuality;
    }
    return Error{tr("Even at the smallest size the platform allows it stays over 2 MB: scan it again in colour at "
                    "300 dpi with less background, or save it as a JPEG of normal quality."),
                 QString()};
}

Result<MaterialPack::Report> MaterialPack::write(const Filing &filing, const QString &filingFolder,
                                                 const QString &folder, QDate today)
{
    if (folder.isEmpty())
        return Error{tr("Choose a folder for the upload files."), QString()};
    if (!QDir().mkpath(folder))
        return Error{tr("The folder %1 cannot be made: choose another.").arg(QDir::toNativeSeparators(folder)),
                     QString()};
    if (!QFileInfo(folder).isDir())
        return Error{
            tr("%1 is not a folder: choose a folder for the upload files.").arg(QDir::toNativeSeparators(folder)),
            QString()};

    Report report;
    report.folder = QDir(folder).absolutePath();
    removeListed(folder, readManifest(folder)); // an earlier pack's files would be mistaken for this one's

    const QList<MaterialSlots::Slot> slotList = MaterialSlots::forFiling(filing);
    QHash<QString, int> countInSlot; // slot path -> files so far, for numbering the "other" attachments
    QStringList written;
    QSet<QString> usedNames;

    for (qsizetype i = 0; i < filing.materials.size(); ++i) {
        const Material &m = filing.materials.at(i);
        const QString path = MaterialCheck::filePath(i);
        const auto slot = MaterialSlots::of(filing, m);
        if (!slot) {
            report.problems.append(
                {path, m.slot, tr("Not packed: the slot is not one of this filing's (see mpdesk check).")});
            continue;
        }
        if (slot->need == MaterialSlots::Need::NotNeeded)
            continue; // a scan of a letter not needed is not uploaded
        const QString absolute = MaterialFiles::resolve(m.file, filingFolder);
        const MaterialFacts facts = MaterialFiles::measure(absolute, today);
        auto problem = [&](const QString &message) { report.problems.append({path, slot->title, message}); };
        if (facts.state == MaterialFacts::State::Missing) {
            problem(tr("%1 is not there: attach it again.").arg(QDir::toNativeSeparators(m.file)));
            continue;
        }
        if (facts.state != MaterialFacts::State::Read) {
            problem(tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(m.file), facts.detail));
            continue;
        }
        if (facts.format.isEmpty()) {
            problem(tr("%1 is not an image nor a PDF: attach the photo or scan itself.")
                        .arg(QDir::toNativeSeparators(m.file)));
            continue;
        }
        if (!MaterialFiles::isReadableFormat(facts.format)) {
            problem(tr("%1 is a %2 image mpdesk cannot read: export it as JPEG and attach that.")
                        .arg(QDir::toNativeSeparators(m.file), MaterialFiles::formatName(facts.format)));
            continue;
        }
        if (!MaterialFiles::pixelsEnough(facts.width, facts.height)) {
            problem(tr("%1 is %2×%3 pixels, under the platform's %4×%5: scan it again at 300 dpi (a copy is never "
                       "scaled up).")
                        .arg(QDir::toNativeSeparators(m.file))
                        .arg(facts.width)
                        .arg(facts.height)
                        .arg(MaterialFiles::MinShortSide)
                        .arg(MaterialFiles::MinLongSide));
            continue;
        }

        const int pages = std::max(1, facts.pages);
        for (int page = 0; page < pages; ++page) {
            QByteArray bytes;
            QString extension;
            QSize size;
            if (facts.format == u"png"_s && pages == 1 && facts.sizeBytes <= MaterialFiles::MaxBytes) {
                QFile original(absolute);
                if (!original.open(QIODevice::ReadOnly)) {
                    problem(
                        tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(m.file), original.errorString()));
                    break;
                }
                bytes = original.readAll();
                extension = u".png"_s;
                size = QSize(facts.width, facts.height);
            } else {
                const Result<QImage> image = MaterialFiles::readImage(absolute, page);
                if (!image) {
                    problem(image.error().message);
                    break;
                }
                const Result<Encoded> encoded = fitJpeg(image.value());
                if (!encoded) {
                    problem(Phrases::labelled(QDir::toNativeSeparators(m.file), encoded.error().message));
                    break;
                }
                bytes = encoded.value().bytes;
                size = encoded.value().size;
                extension = u".jpg"_s;
            }
            int &count = countInSlot[slot->path()];
            ++count;
            for (const QString &uploadName : slot->uploadNames) {
                QString name = uploadName;
                if (slot->maxFiles > 1)
                    name += u'-' + QString::number(count);
                if (pages > 1)
                    name += u"-第"_s + QString::number(page + 1) + u"页"_s;
                else if (slot->maxFiles == 1 && count > 1)
                    name += u'-' + QString::number(count);
                while (usedNames.contains(name))
                    name += u'+';
                usedNames.insert(name);
                name += extension;
                if (const auto failed = writeFile(folder, name, bytes)) {
                    problem(*failed);
                    continue;
                }
                written << name;
                report.written.append({path, name, size.width(), size.height(), qint64(bytes.size())});
            }
        }
    }

    for (const MaterialSlots::Slot &slot : slotList) {
        if (slot.need != MaterialSlots::Need::Needed)
            continue;
        if (std::none_of(filing.materials.cbegin(), filing.materials.cend(),
                         [&](const Material &m) { return slot.holds(m); }))
            report.problems.append({slot.path(), slot.title, tr("Nothing attached. %1").arg(slot.reason)});
    }

    QString index;
    index += tr("Upload files for the filing of %1, prepared on %2.")
                 .arg(filing.miniProgram.name.isEmpty() ? tr("the mini program") : filing.miniProgram.name,
                      today.toString(Qt::ISODate))
        + u"\n"_s;
    index += tr("These files show ID cards: delete them once they are uploaded.") + u"\n\n"_s;
    index += tr("In this folder:") + u'\n';
    for (const Output &o : std::as_const(report.written))
        index += u"  "_s + o.fileName + u"  ("_s + QString::number(o.width) + u'x' + QString::number(o.height) + u", "_s
            + Phrases::dataSize(o.sizeBytes) + u")\n"_s;
    if (report.written.isEmpty())
        index += u"  "_s + tr("(nothing)") + u'\n';
    if (!report.problems.isEmpty()) {
        index += u'\n' + tr("Still missing or to be done:") + u'\n';
        for (const Problem &p : std::as_const(report.problems))
            index += u"  "_s + p.title + u": "_s + p.message + u'\n';
    }
    if (const auto failed = writeFile(folder, indexName(), index.toUtf8()))
        return Error{*failed, QString()};
    written << indexName();
    if (const auto failed = writeFile(folder, manifestName(), written.join(u'\n').toUtf8() + '\n'))
        return Error{*failed, QString()};
    return report;
}

Status MaterialPack::remove(const QString &folder)
{
    if (!QFileInfo(QDir(folder).filePath(manifestName())).isFile())
        return Error{tr("%1 holds no upload files prepared by mpdesk; nothing was deleted.")
                         .arg(QDir::toNativeSeparators(folder)),
                     QString()};
    removeListed(folder, readManifest(folder));
    QFile::remove(QDir(folder).filePath(manifestName()));
    QDir().rmdir(folder); // only when empty: the clerk's own files stay
    return Done{};
}

} // namespace mpdesk
