// Renders the application icon (an SVG) into everything the installers need:
//   OUTDIR/mpdesk-<N>.png           square PNGs for the Linux icon theme and the AppStream metadata
//   OUTDIR/mpdesk.ico               Windows icon (PNG-compressed entries, 16 to 256 pixels)
//   OUTDIR/mpdesk.iconset/          macOS icon set, turned into mpdesk.icns by iconutil on macOS
// Usage: mpdesk_render_icons ICON.svg OUTDIR

#include <QCoreApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

// An ICO file whose entries are PNG images, as Windows reads them since Vista.
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(png(render(svg, size)));
    QByteArray out;
    auto u16 = [&out](quint16 v) { v = qToLittleEndian(v); out.append(reinterpret_cast<const char *>(&v), 2); };
    auto u32 = [&out](quint32 v) { v = qToLittleEndian(v); out.append(reinterpret_cast<const char *>(&v), 4); };
    u16(0);
    u16(1);
    u16(quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const char side = char(sizes.at(i) >= 256 ? 0 : sizes.at(i));
        out.append(side);
        out.append(side);
        out.append(char(0)); // colours in the palette
        out.append(char(0)); // reserved
        u16(1);              // colour planes
        u16(32);             // bits per pixel
        u32(quint32(images.at(i).size()));
        u32(offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: mpdesk_render_icons ICON.svg OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(u"mpdesk.iconset"_s))
        return 1;

    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        if (!write(out.filePath(u"mpdesk-%1.png"_s.arg(size)), png(render(svg, size))))
            return 1;
    }
    if (!write(out.filePath(u"mpdesk.ico"_s), ico(svg, {16, 24, 32, 48, 64, 128, 256})))
        return 1;
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = out.filePath(u"mpdesk.iconset/icon_%1x%1"_s.arg(size));
        if (!write(base + u".png"_s, png(render(svg, size))) || !write(base + u"@2x.png"_s, png(render(svg, 2 * size))))
            return 1;
    }
    return 0;
}
