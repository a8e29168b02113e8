#include "letters/ToUnicodeRepair.h"

#include <QFont>
#include <QGlyphRun>
#include <QMutex>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcToUnicode, "mpdesk.letters.tounicode", QtWarningMsg)

namespace mpdesk {

namespace {

// --- The few PDF structures Qt writes: a classic xref table, direct objects, plain dictionaries. ---

struct PdfFile
{
    QByteArray bytes;
    QMap<int, qsizetype> offsets; // object number -> offset of "n 0 obj"
    qsizetype xrefOffset = -1;

    QByteArray object(int number) const
    {
        const qsizetype start = offsets.value(number, -1);
        if (start < 0)
            return {};
        qsizetype end = xrefOffset;
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
            if (it.value() > start && it.value() < end)
                end = it.value();
        }
        return bytes.mid(start, end - start);
    }
};

bool parseXref(PdfFile &pdf)
{
    const qsizetype at = pdf.bytes.lastIndexOf("startxref");
    if (at < 0)
        return false;
    const QList<QByteArray> tail = pdf.bytes.mid(at + 9, 32).simplified().split(' ');
    bool ok = false;
    pdf.xrefOffset = tail.value(0).toLongLong(&ok);
    if (!ok || !pdf.bytes.mid(pdf.xrefOffset).startsWith("xref"))
        return false;
    const qsizetype trailer = pdf.bytes.indexOf("trailer", pdf.xrefOffset);
    if (trailer < 0)
        return false;
    const QList<QByteArray> tokens = pdf.bytes.mid(pdf.xrefOffset + 4, trailer - pdf.xrefOffset - 4).simplified().split(' ');
    qsizetype i = 0;
    while (i + 1 < tokens.size()) {
        const int first = tokens.at(i).toInt();
        const int count = tokens.at(i + 1).toInt();
        i += 2;
        for (int n = 0; n < count && i + 2 < tokens.size() + 1; ++n, i += 3) {
            if (tokens.value(i + 2) == "n")
                pdf.offsets.insert(first + n, tokens.at(i).toLongLong());
        }
    }
    return !pdf.offsets.isEmpty();
}

QByteArray dictionaryOf(const QByteArray &object)
{
    const qsizetype stream = object.indexOf("stream");
    return stream < 0 ? object : object.left(stream);
}

int reference(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression re(u"/"_s + QLatin1StringView(key) + u"\\s+(\\d+)\\s+0\\s+R"_s);
    const QRegularExpressionMatch match = re.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QByteArray nameValue(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression re(u"/"_s + QLatin1StringView(key) + u"\\s*/([^\\s/<>\\[\\]()]+)"_s);
    const QRegularExpressionMatch match = re.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray streamData(const PdfFile &pdf, const QByteArray &object)
{
    const QByteArray dictionary = dictionaryOf(object);
    qsizetype start = object.indexOf("stream", dictionary.size());
    if (start < 0)
        return {};
    start += 6;
    if (object.mid(start, 1) == "\r")
        ++start;
    if (object.mid(start, 1) == "\n")
        ++start;
    qsizetype length = -1;
    const int lengthRef = reference(dictionary, "Length");
    if (lengthRef >= 0) {
        const QByteArray lengthObject = pdf.object(lengthRef);
        const QList<QByteArray> parts = lengthObject.simplified().split(' ');
        length = parts.value(3).toLongLong();
    } else {
        static const QRegularExpression re(u"/Length\\s+(\\d+)"_s);
        const QRegularExpressionMatch match = re.match(QString::fromLatin1(dictionary));
        if (match.hasMatch())
            length = match.captured(1).toLongLong();
    }
    if (length < 0) {
        const qsizetype end = object.indexOf("endstream", start);
        length = end < 0 ? 0 : end - start;
    }
    QByteArray data = object.mid(start, length);
    if (dictionary.contains("/FlateDecode")) {
        // qUncompress wants the expected size first; it grows the buffer when the guess is short.
        QByteArray prefixed(4, '\0');
        const quint32 guess = quint32(qMax<qsizetype>(data.size() * 8, 1024));
        prefixed[0] = char(guess >> 24);
        prefixed[1] = char(guess >> 16);
        prefixed[2] = char(guess >> 8);
        prefixed[3] = char(guess);
        data = qUncompress(prefixed + data);
    }
    return data;
}

// --- ToUnicode CMaps ---

QString fromUtf16Hex(const QByteArray &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        text.append(QChar(char16_t((uchar(raw.at(i)) << 8) | uchar(raw.at(i + 1)))));
    return text;
}

QByteArray toUtf16Hex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

QMap<uint, QString> parseCMap(const QByteArray &cmap)
{
    QMap<uint, QString> map;
    static const QRegularExpression token(u"<([0-9A-Fa-f]*)>|\\[|\\]|(begin|end)(bfrange|bfchar)"_s);
    enum class Section { None, Range, Char } section = Section::None;
    QList<QString> pending; // hex strings of the current entry; "[" starts an array
    bool inArray = false;
    QStringList array;
    auto it = token.globalMatch(QString::fromLatin1(cmap));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString whole = m.captured(0);
        if (!m.captured(2).isEmpty()) {
            const bool begin = m.captured(2) == u"begin"_s;
            section = !begin ? Section::None : (m.captured(3) == u"bfrange"_s ? Section::Range : Section::Char);
            pending.clear();
            continue;
        }
        if (section == Section::None)
            continue;
        if (whole == u"["_s) {
            inArray = true;
            array.clear();
            continue;
        }
        if (whole == u"]"_s) {
            inArray = false;
            const uint low = pending.value(0).toUInt(nullptr, 16);
            for (qsizetype k = 0; k < array.size(); ++k)
                map.insert(low + uint(k), fromUtf16Hex(array.at(k).toLatin1()));
            pending.clear();
            continue;
        }
        if (inArray) {
            array.append(m.captured(1));
            continue;
        }
        pending.append(m.captured(1));
        if (section == Section::Char && pending.size() == 2) {
            map.insert(pending.at(0).toUInt(nullptr, 16), fromUtf16Hex(pending.at(1).toLatin1()));
            pending.clear();
        } else if (section == Section::Range && pending.size() == 3) {
            const uint low = pending.at(0).toUInt(nullptr, 16);
            const uint high = pending.at(1).toUInt(nullptr, 16);
            const QString first = fromUtf16Hex(pending.at(2).toLatin1());
            for (uint cid = low; cid <= high && !first.isEmpty(); ++cid) {
                QString dst = first;
                dst.back() = QChar(char16_t(dst.back().unicode() + (cid - low)));
                map.insert(cid, dst);
            }
            pending.clear();
        }
    }
    return map;
}

QByteArray writeCMap(const QMap<uint, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<uint> cids = map.keys();
    for (qsizetype start = 0; start < cids.size(); start += 100) {
        const qsizetype count = qMin<qsizetype>(100, cids.size() - start);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype k = start; k < start + count; ++k) {
            out += '<' + QByteArray::number(cids.at(k), 16).rightJustified(4, '0').toUpper() + "> <"
                + toUtf16Hex(map.value(cids.at(k))) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

// --- Fonts ---

QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    auto u16 = [&table](qsizetype at) { return at + 1 < table.size() ? (uchar(table.at(at)) << 8) | uchar(table.at(at + 1)) : 0; };
    const int count = u16(2);
    const int storage = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + i * 12;
        if (u16(record + 6) != 6)
            continue;
        const int platform = u16(record);
        const QByteArray raw = table.mid(storage + u16(record + 10), u16(record + 8));
        if (platform == 3 || platform == 0)
            return fromUtf16Hex(raw.toHex()).toLatin1();
        return raw;
    }
    return {};
}

quint32 glyphOf(const QRawFont &font, char32_t ucs4)
{
    const QString text = QString::fromUcs4(&ucs4, 1);
    quint32 glyphs[2] = {0, 0};
    int count = 2;
    if (!font.glyphIndexesForChars(text.constData(), int(text.size()), glyphs, &count) || count < 1)
        return 0;
    return glyphs[0];
}

QByteArray cachedPostscriptName(const QRawFont &font)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> names;
    const QString key = font.familyName() + u'|' + font.styleName();
    QMutexLocker lock(&mutex);
    auto name = names.find(key);
    if (name == names.end())
        name = names.insert(key, postscriptName(font));
    return *name;
}

// What one PDF font drew: its glyphs with the character each stands for, in order of first use.
struct FontUse
{
    QRawFont font;
    QList<std::pair<quint32, char32_t>> glyphs;
    QHash<quint32, char32_t> character;
};

} // namespace

void ToUnicodeRepair::collect(const QTextDocument &document, QList<Glyph> &glyphs, qreal top, qreal bottom)
{
    // Asking the layout for each character's glyphs gives them as drawn: after font fallback and after
    // the shaper's substitutions, which depend on the surrounding script (digits among Latin letters
    // take other glyphs than digits among ideographs).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            const qreal y = layout->position().y() + line.y();
            if (y < top || y >= bottom)
                continue;
            const qsizetype end = qMin<qsizetype>(text.size(), line.textStart() + line.textLength());
            for (qsizetype i = line.textStart(); i < end; ++i) {
                const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
                const char32_t character = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
                const QList<QGlyphRun> runs = layout->glyphRuns(int(i), pair ? 2 : 1);
                if (pair)
                    ++i;
                for (const QGlyphRun &run : runs) {
                    const QRawFont font = run.rawFont();
                    const QByteArray postscript = cachedPostscriptName(font);
                    for (const quint32 glyph : run.glyphIndexes())
                        glyphs.append({postscript, font, glyph, character});
                }
            }
        }
    }
}

Result<QByteArray> ToUnicodeRepair::repair(const QByteArray &pdfBytes, const QList<Glyph> &glyphs)
{
    PdfFile pdf{pdfBytes, {}, -1};
    if (!parseXref(pdf))
        return Error{tr("The PDF writer produced a file this version cannot correct (no cross-reference table)."), {}};

    QHash<QByteArray, FontUse> uses;
    for (const Glyph &drawn : glyphs) {
        if (drawn.glyph == 0)
            continue;
        FontUse &use = uses[drawn.postscript];
        if (!use.font.isValid())
            use.font = drawn.font;
        if (!use.character.contains(drawn.glyph)) {
            use.character.insert(drawn.glyph, drawn.character);
            use.glyphs.append({drawn.glyph, drawn.character});
        }
    }

    QHash<int, QByteArray> replacements;
    for (auto it = pdf.offsets.cbegin(); it != pdf.offsets.cend(); ++it) {
        const QByteArray fontDict = dictionaryOf(pdf.object(it.key()));
        if (!fontDict.contains("/Type0"))
            continue;
        const int toUnicodeRef = reference(fontDict, "ToUnicode");
        if (toUnicodeRef < 0)
            continue;
        QByteArray baseFont = nameValue(fontDict, "BaseFont");
        if (baseFont.size() > 7 && baseFont.at(6) == '+')
            baseFont = baseFont.mid(7);

        const auto use = uses.constFind(baseFont);
        if (use == uses.cend())
            return Error{tr("The PDF font %1 cannot be matched to the fonts the letter was laid out with, so its "
                            "text cannot be made exact.").arg(QString::fromLatin1(baseFont)), {}};

        QMap<uint, QString> map = parseCMap(streamData(pdf, pdf.object(toUnicodeRef)));
        bool changed = false;
        QSet<quint32> accounted;

        // Pass 1: an entry names the first code point whose glyph is the one drawn; the character drawn
        // with that glyph is what it stands for.
        for (auto entry = map.begin(); entry != map.end(); ++entry) {
            const QList<uint> ucs = entry.value().toUcs4();
            if (entry.key() == 0 || ucs.size() != 1)
                continue;
            const quint32 glyph = glyphOf(use->font, ucs.front());
            const auto drawn = use->character.constFind(glyph);
            if (glyph == 0 || drawn == use->character.cend())
                continue;
            accounted.insert(glyph);
            if (*drawn != ucs.front()) {
                qCDebug(lcToUnicode) << "glyph" << glyph << Qt::hex << ucs.front() << "->" << uint(*drawn);
                entry.value() = QString::fromUcs4(&*drawn, 1);
                changed = true;
            }
        }

        // Pass 2: glyphs no BMP code point leads to (characters outside the BMP, glyphs the shaper
        // substituted) have no entry. Qt numbers a font's glyphs in the order they are first drawn.
        QList<uint> unmapped;
        const int descendant = [&] {
            static const QRegularExpression re(u"/DescendantFonts\\s*\\[\\s*(\\d+)\\s+0\\s+R"_s);
            const QRegularExpressionMatch m = re.match(QString::fromLatin1(fontDict));
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        }();
        const int descriptor = reference(dictionaryOf(pdf.object(descendant)), "FontDescriptor");
        const int cidSetRef = reference(dictionaryOf(pdf.object(descriptor)), "CIDSet");
        const QByteArray cidSet = cidSetRef >= 0 ? streamData(pdf, pdf.object(cidSetRef)) : QByteArray();
        for (qsizetype byte = 0; byte < cidSet.size(); ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                const uint cid = uint(byte * 8 + bit);
                if ((uchar(cidSet.at(byte)) & (0x80 >> bit)) && cid != 0 && !map.contains(cid))
                    unmapped.append(cid);
            }
        }
        if (!unmapped.isEmpty()) {
            QList<char32_t> pending;
            for (const auto &[glyph, character] : use->glyphs) {
                if (!accounted.contains(glyph))
                    pending.append(character);
            }
            if (pending.size() != unmapped.size())
                return Error{tr("The PDF font %1 has %2 glyphs without text where %3 were expected; the letter "
                                "is not written, as its text could not be copied exactly.")
                                 .arg(QString::fromLatin1(baseFont))
                                 .arg(unmapped.size())
                                 .arg(pending.size()),
                             {}};
            for (qsizetype k = 0; k < unmapped.size(); ++k)
                map.insert(unmapped.at(k), QString::fromUcs4(&pending.at(k), 1));
            changed = true;
        }

        if (changed) {
            const QByteArray cmap = writeCMap(map);
            replacements.insert(toUnicodeRef, QByteArray::number(toUnicodeRef) + " 0 obj\n<< /Length "
                                                  + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap
                                                  + "\nendstream\nendobj\n");
        }
    }
    if (replacements.isEmpty())
        return pdfBytes;

    // Write the objects again in their order, with the corrected maps, and a new cross-reference table.
    QList<std::pair<qsizetype, int>> order;
    for (auto it = pdf.offsets.cbegin(); it != pdf.offsets.cend(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end());
    QByteArray out = pdf.bytes.left(order.front().first);
    QMap<int, qsizetype> newOffsets;
    for (const auto &[offset, number] : std::as_const(order)) {
        newOffsets.insert(number, out.size());
        out += replacements.contains(number) ? replacements.value(number) : pdf.object(number);
    }
    const qsizetype xref = out.size();
    const int size = pdf.offsets.lastKey() + 1;
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n) {
        if (newOffsets.contains(n))
            out += QByteArray::number(newOffsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 00000 f \n";
    }
    const qsizetype trailerStart = pdf.bytes.indexOf("trailer", pdf.xrefOffset);
    const qsizetype trailerEnd = pdf.bytes.indexOf("startxref", trailerStart);
    out += pdf.bytes.mid(trailerStart, trailerEnd - trailerStart);
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace mpdesk
