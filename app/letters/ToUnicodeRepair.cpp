#include "letters/ToUnicodeRepair.h"

#include <QGlyphRun>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcToUnicode, "mpdesk.letters.tounicode", QtWarningMsg)

namespace mpdesk {

namespace {

QString fromUtf16Hex(const QByteArray &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        text.append(QChar(char16_t((uchar(raw.at(i)) << 8) | uchar(raw.at(i + 1)))));
    return text;
}

QByteArray toUtf16Hex(const QString &characters)
{
    QByteArray hex;
    for (const QChar c : characters)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// --- Fonts ---
QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    auto u16 = [&table](qsizetype at) {
        return at + 1 < table.size() ? (uchar(table.at(at)) << 8) | uchar(table.at(at + 1)) : 0;
    };
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

// The codes each Type0 font shows, in the order the page contents show them.
class ShownCodes final : public QPDFObjectHandle::ParserCallbacks
{
public:
    ShownCodes(const QPDFObjectHandle &fonts, std::map<QPDFObjGen, std::vector<uint>> &codes)
        : m_fonts(fonts), m_codes(codes)
    { }

    void handleObject(QPDFObjectHandle object) override
    {
        if (!object.isOperator()) {
            m_operands.push_back(std::move(object));
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "Tf" && !m_operands.empty() && m_operands.front().isName()) {
            m_font = m_fonts.isDictionary() ? m_fonts.getKey(m_operands.front().getName()) : QPDFObjectHandle();
            m_twoByte = m_font.isDictionary() && m_font.getKey("/Subtype").isNameAndEquals("/Type0");
        } else if ((op == "Tj" || op == "'" || op == "\"") && !m_operands.empty() && m_operands.back().isString()) {
            show(m_operands.back().getStringValue());
        } else if (op == "TJ" && !m_operands.empty() && m_operands.back().isArray()) {
            for (QPDFObjectHandle item : m_operands.back().aitems()) {
                if (item.isString())
                    show(item.getStringValue());
            }
        }
        m_operands.clear();
    }
    void handleEOF() override { }

private:
    void show(const std::string &bytes)
    {
        if (!m_twoByte || !m_font.isIndirect())
            return;
        std::vector<uint> &codes = m_codes[m_font.getObjGen()];
        for (size_t i = 0; i + 1 < bytes.size(); i += 2)
            codes.push_back((uint(uchar(bytes[i])) << 8) | uchar(bytes[i + 1]));
    }

    QPDFObjectHandle m_fonts;
    std::map<QPDFObjGen, std::vector<uint>> &m_codes;
    std::vector<QPDFObjectHandle> m_operands;
    QPDFObjectHandle m_font;
    bool m_twoByte = false;
};

QByteArray withoutSubsetTag(std::string name)
{
    if (!name.empty() && name.front() == '/')
        name.erase(0, 1);
    if (name.size() > 7 && name[6] == '+')
        name.erase(0, 7);
    return QByteArray::fromStdString(name);
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isRightToLeft(const QString &characters)
{
    if (characters.isEmpty())
        return false;
    const QChar::Direction direction = QChar::direction(characters.at(0).isHighSurrogate() && characters.size() > 1
                                                            ? QChar::surrogateToUcs4(characters.at(0), characters.at(1))
                                                            : char32_t(characters.at(0).unicode()));
    return direction == QChar::DirR || direction == QChar::DirAL;
}

struct Failure
{
    QString reason;
};

// The corrected PDF; throws Failure or qpdf's exceptions.
QByteArray repaired(const QByteArray &pdfBytes, const QList<ToUnicodeRepair::Glyph> &glyphs)
{
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.setAttemptRecovery(false);
    pdf.processMemoryFile("letter.pdf", pdfBytes.constData(), size_t(pdfBytes.size()));

    std::map<QPDFObjGen, std::vector<uint>> shown;
    std::map<QPDFObjGen, QPDFObjectHandle> fonts;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle resources = page.getAttribute("/Resources", false);
        QPDFObjectHandle pageFonts = resources.isDictionary() ? resources.getKey("/Font") : QPDFObjectHandle();
        ShownCodes codes(pageFonts, shown);
        page.parseContents(&codes);
        if (pageFonts.isDictionary()) {
            for (auto [key, font] : pageFonts.ditems()) {
                if (font.isIndirect())
                    fonts.emplace(font.getObjGen(), font);
            }
        }
    }

    QHash<QByteArray, QList<const ToUnicodeRepair::Glyph *>> drawn;
    for (const ToUnicodeRepair::Glyph &glyph : glyphs)
        drawn[glyph.postscript].append(&glyph);

    bool changed = false;
    for (auto &[id, font] : fonts) {
        if (!font.getKey("/Subtype").isNameAndEquals("/Type0"))
            continue;
        const QByteArray name =
            withoutSubsetTag(font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : std::string());
        const std::vector<uint> &codes = shown[id];
        const QList<const ToUnicodeRepair::Glyph *> laidOut = drawn.value(name);
        if (codes.size() != size_t(laidOut.size())) {
            throw Failure{ToUnicodeRepair::tr("the PDF font %1 shows %2 glyphs where the layout drew %3")
                              .arg(QString::fromLatin1(name))
                              .arg(codes.size())
                              .arg(laidOut.size())};
        }
        QHash<uint, quint32> glyphOfCode;
        QHash<quint32, uint> codeOfGlyph;
        QMap<uint, QString> text;
        for (size_t i = 0; i < codes.size(); ++i) {
            const ToUnicodeRepair::Glyph &glyph = *laidOut.at(qsizetype(i));
            const auto known = glyphOfCode.constFind(codes[i]);
            const auto knownCode = codeOfGlyph.constFind(glyph.glyph);
            if ((known != glyphOfCode.cend() && *known != glyph.glyph)
                || (knownCode != codeOfGlyph.cend() && *knownCode != codes[i])) {
                throw Failure{
                    ToUnicodeRepair::tr("the PDF font %1 does not draw its glyphs in the order they were laid out")
                        .arg(QString::fromLatin1(name))};
            }
            glyphOfCode.insert(codes[i], glyph.glyph);
            codeOfGlyph.insert(glyph.glyph, codes[i]);
            // A glyph shared by two characters (a Kangxi radical and its ideograph) stands for the first drawn.
            if (!text.contains(codes[i]) && !glyph.characters.isEmpty())
                text.insert(codes[i], glyph.characters);
        }
        if (text.isEmpty())
            continue;
        const QByteArray cmap = ToUnicodeRepair::textMap(text);
        QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
        if (toUnicode.isStream()) {
            toUnicode.replaceStreamData(cmap.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        } else {
            font.replaceKey("/ToUnicode", pdf.newStream(cmap.toStdString()));
        }
        changed = true;
    }
    if (!changed)
        return pdfBytes;

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // PDF/A-1 wants a classic cross-reference table and no object streams.
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setNewlineBeforeEndstream(true);
    writer.setSuppressOriginalObjectIDs(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace

QByteArray ToUnicodeRepair::textMap(const QMap<uint, QString> &characters)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<uint> codes = characters.keys();
    for (qsizetype start = 0; start < codes.size(); start += 100) {
        const qsizetype count = qMin<qsizetype>(100, codes.size() - start);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype k = start; k < start + count; ++k) {
            out += '<' + QByteArray::number(codes.at(k), 16).rightJustified(4, '0').toUpper() + "> <"
                + toUtf16Hex(characters.value(codes.at(k))) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

void ToUnicodeRepair::collect(const QTextDocument &document, QList<Glyph> &glyphs, qreal top, qreal bottom)
{
    // Asking the layout for each character's glyphs gives them as laid out: after font fallback and after
    // the shaper's substitutions, which depend on the surrounding script (digits among Latin letters
    // take other glyphs than digits among ideographs).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            // Every line that meets the clip is drawn, as the document layout does.
            const qreal y = layout->position().y() + line.y();
            if (y + line.height() < top || y > bottom)
                continue;
            const qsizetype end = qMin<qsizetype>(text.size(), line.textStart() + line.textLength());
            // A line is drawn left to right, in visual order: right-to-left text comes out reversed
            // from its logical order, so the glyphs are sorted by where they stand.
            QList<Glyph> drawn;
            // A ligature is given for each of its characters: one glyph, standing for all of them.
            QHash<std::pair<qint64, quint32>, qsizetype> seen;
            for (qsizetype i = line.textStart(); i < end; ++i) {
                const bool pair =
                    text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
                const QString characters = text.mid(i, pair ? 2 : 1);
                const char32_t character =
                    pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
                // The line's own runs: the layout's would search every line of the block for each
                // character, which makes a long paragraph quadratic.
                const QList<QGlyphRun> runs = line.glyphRuns(int(i), pair ? 2 : 1);
                if (pair)
                    ++i;
                if (isBidiControl(character))
                    continue;
                bool joined = false;
                for (const QGlyphRun &run : runs) {
                    const QRawFont font = run.rawFont();
                    const QByteArray postscript = cachedPostscriptName(font);
                    const QList<quint32> indexes = run.glyphIndexes();
                    const QList<QPointF> positions = run.positions();
                    for (qsizetype g = 0; g < indexes.size(); ++g) {
                        const QPointF at = positions.value(g) + layout->position();
                        const std::pair<qint64, quint32> key(qRound64(at.x() * 64), indexes.at(g));
                        const auto known = seen.constFind(key);
                        if (known != seen.cend()) {
                            // The character shares a cluster drawn already: its first glyph stands for it too.
                            if (!joined) {
                                drawn[*known].characters += characters;
                                joined = true;
                            }
                            continue;
                        }
                        seen.insert(key, drawn.size());
                        drawn.append(Glyph{postscript, font, indexes.at(g), characters, at});
                    }
                }
            }
            std::stable_sort(drawn.begin(), drawn.end(),
                             [](const Glyph &a, const Glyph &b) { return a.position.x() < b.position.x(); });
            // Right-to-left words are drawn from the right, in the order they are read, as Qt's own
            // layout draws them: text extraction (Poppler, pdftotext) reads a word's direction from that.
            for (auto run = drawn.begin(); run != drawn.end();) {
                if (!isRightToLeft(run->characters)) {
                    ++run;
                    continue;
                }
                auto runEnd =
                    std::find_if(run, drawn.end(), [](const Glyph &g) { return !isRightToLeft(g.characters); });
                std::reverse(run, runEnd);
                run = runEnd;
            }
            glyphs.append(std::move(drawn));
        }
    }
}

void ToUnicodeRepair::draw(QPainter &painter, const QList<Glyph> &glyphs)
{
    // Consecutive glyphs of one font make one run, as the layout would draw them.
    for (qsizetype start = 0; start < glyphs.size();) {
        qsizetype end = start + 1;
        while (end < glyphs.size() && glyphs.at(end).font == glyphs.at(start).font
               && isRightToLeft(glyphs.at(end).characters) == isRightToLeft(glyphs.at(start).characters))
            ++end;
        QList<quint32> indexes;
        QList<QPointF> positions;
        indexes.reserve(end - start);
        positions.reserve(end - start);
        for (qsizetype g = start; g < end; ++g) {
            indexes.append(glyphs.at(g).glyph);
            positions.append(glyphs.at(g).position);
        }
        QGlyphRun run;
        run.setRawFont(glyphs.at(start).font);
        run.setGlyphIndexes(indexes);
        run.setPositions(positions);
        painter.drawGlyphRun(QPointF(), run);
        start = end;
    }
}

ToUnicodeRepair::Outcome ToUnicodeRepair::repair(const QByteArray &pdf, const QList<Glyph> &glyphs)
{
    QString reason;
    try {
        return {repaired(pdf, glyphs), {}};
    } catch (const Failure &failure) {
        reason = failure.reason;
    } catch (const std::exception &e) {
        reason = QString::fromLocal8Bit(e.what());
    }
    qCWarning(lcToUnicode) << "text maps not corrected:" << reason;
    return {pdf,
            tr("Text copied from this PDF may differ from the printed letter (%1). The printed page is "
               "right.")
                .arg(reason)};
}

} // namespace mpdesk
