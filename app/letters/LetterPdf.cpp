#include "letters/LetterPdf.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QPageSize>
#include <QRawFont>

#if MPDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>
#include <memory>
#include <string>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLetterPdf, "mpdesk.letters.pdf", QtWarningMsg)

namespace mpdesk {

namespace {

using Glyph = ToUnicodeRepair::Glyph;

struct Failure
{
    QString reason;
};

template<typename T, void (*Destroy)(T *)>
struct Deleter
{
    void operator()(T *object) const { Destroy(object); }
};
using HbFace = std::unique_ptr<hb_face_t, Deleter<hb_face_t, hb_face_destroy>>;
using HbFont = std::unique_ptr<hb_font_t, Deleter<hb_font_t, hb_font_destroy>>;
using HbBlob = std::unique_ptr<hb_blob_t, Deleter<hb_blob_t, hb_blob_destroy>>;
using HbInput = std::unique_ptr<hb_subset_input_t, Deleter<hb_subset_input_t, hb_subset_input_destroy>>;
using HbPlan = std::unique_ptr<hb_subset_plan_t, Deleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

QByteArray bytesOf(hb_blob_t *blob)
{
    unsigned length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    return QByteArray(data, qsizetype(length));
}

// --- The faces: the program the layout measured ---

// The tables of one face, shown to HarfBuzz. Read from the font file, mapped into memory, where the
// file is known (fontconfig, as Qt finds fonts on Linux); otherwise as Qt reads them, each read once
// and kept: HarfBuzz asks for a table again and again while it subsets, and a CJK face's outlines are
// megabytes that Qt copies at every ask.
struct Tables
{
    QRawFont font;
    HbFace file;
    QHash<hb_tag_t, hb_blob_t *> read;

    ~Tables()
    {
        for (hb_blob_t *blob : std::as_const(read))
            hb_blob_destroy(blob);
    }
};

hb_blob_t *referenceTable(hb_face_t *, hb_tag_t tag, void *data)
{
    // Only what a font program in a PDF needs: outlines, metrics and the header tables. HarfBuzz, shown a
    // character map or shaping tables, would go through them to find characters and glyph variants for
    // the glyphs asked for (tens of thousands of entries in a CJK face), none of which a PDF font uses:
    // the page shows glyphs by code and the text map gives their characters.
    static const QList<hb_tag_t> used = [] {
        QList<hb_tag_t> tags;
        for (const char *name : {"CFF ", "glyf", "loca", "head", "hhea", "hmtx", "maxp", "OS/2", "post"})
            tags.append(hb_tag_from_string(name, 4));
        return tags;
    }();
    if (!used.contains(tag))
        return hb_blob_get_empty();
    auto *tables = static_cast<Tables *>(data);
    if (tables->file)
        return hb_face_reference_table(tables->file.get(), tag);
    auto known = tables->read.constFind(tag);
    if (known == tables->read.cend()) {
        const char name[5] = {char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag), 0};
        auto *table = new QByteArray(tables->font.fontTable(name));
        hb_blob_t *blob = hb_blob_create(table->constData(), uint(table->size()), HB_MEMORY_MODE_READONLY, table,
                                         [](void *bytes) { delete static_cast<QByteArray *>(bytes); });
        known = tables->read.insert(tag, blob);
    }
    return hb_blob_reference(*known);
}

// The face in its font file, mapped into memory, when fontconfig knows a file with a face of that
// PostScript name whose header is Qt's face's header (the same checksum, revision and dates).
HbFace fileFace([[maybe_unused]] const QByteArray &postscript, [[maybe_unused]] const QByteArray &header)
{
#if MPDESK_HAVE_FONTCONFIG
    if (postscript.isEmpty())
        return {};
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_POSTSCRIPT_NAME, reinterpret_cast<const FcChar8 *>(postscript.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, nullptr);
    FcFontSet *found = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    HbFace face;
    for (int i = 0; found && i < found->nfont && !face; ++i) {
        FcChar8 *file = nullptr;
        int index = 0;
        if (FcPatternGetString(found->fonts[i], FC_FILE, 0, &file) != FcResultMatch
            || FcPatternGetInteger(found->fonts[i], FC_INDEX, 0, &index) != FcResultMatch)
            continue;
        const HbBlob blob(hb_blob_create_from_file_or_fail(reinterpret_cast<const char *>(file)));
        if (!blob)
            continue;
        HbFace candidate(hb_face_create(blob.get(), uint(index & 0xFFFF)));
        const HbBlob head(hb_face_reference_table(candidate.get(), HB_TAG('h', 'e', 'a', 'd')));
        if (!header.isEmpty() && bytesOf(head.get()) == header)
            face = std::move(candidate);
    }
    if (found)
        FcFontSetDestroy(found);
    return face;
#else
    return {};
#endif
}

// Faces are read once per process, so that the next letter's subset is made from memory; a handful of
// faces at most. They hold fonts of Qt's, so they go before the application's font database does.
QMutex facesMutex;
QHash<QByteArray, std::shared_ptr<hb_face_t>> faces;

void forgetFaces()
{
    QMutexLocker lock(&facesMutex);
    faces.clear();
}

hb_face_t *sourceFace(const Glyph &glyph)
{
    static const bool forgottenOnExit = [] {
        qAddPostRoutine(forgetFaces);
        return true;
    }();
    Q_UNUSED(forgottenOnExit)
    // By the header as well as the name: two versions of one font share a PostScript name, not their glyphs.
    const QByteArray header = glyph.font.fontTable("head");
    const QByteArray key = glyph.postscript + '\0' + header;
    auto known = faces.constFind(key);
    if (known == faces.cend()) {
        if (faces.size() >= 8)
            faces.clear();
        hb_face_t *face =
            hb_face_create_for_tables(referenceTable, new Tables{glyph.font, fileFace(glyph.postscript, header), {}},
                                      [](void *tables) { delete static_cast<Tables *>(tables); });
        known = faces.insert(key, std::shared_ptr<hb_face_t>(face, hb_face_destroy));
    }
    return known->get();
}

// --- One face's subset ---

struct Subset
{
    QByteArray postscript;
    QByteArray program; ///< the CFF table (FontFile3) or a TrueType file (FontFile2)
    bool cff = false;
    QHash<quint32, uint> codeOfGlyph; ///< the face's glyph index → the code the page shows
    QMap<uint, int> widths; ///< code → advance in thousandths of the size
    QList<uint> codes; ///< every code the program has (CIDs of a CFF program, glyphs of a TrueType one)
    QMap<uint, QString> text; ///< code → the characters it was drawn for
    int bbox[4] = {0, 0, 0, 0};
    int ascent = 0;
    int descent = 0;
    int capHeight = 0;
};

// The CID of each glyph of a CID-keyed CFF program (its charset), or none for a name-keyed one, whose
// glyphs a PDF reader takes by index.
QList<uint> cidsOf(const QByteArray &font, unsigned glyphCount)
{
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0)
        throw Failure{u"FreeType cannot be started"_s};
    QList<uint> cids;
    FT_Face face = nullptr;
    if (FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte *>(font.constData()), FT_Long(font.size()), 0, &face)
        == 0) {
        FT_Bool keyed = 0;
        if (FT_Get_CID_Is_Internally_CID_Keyed(face, &keyed) == 0 && keyed) {
            cids.reserve(glyphCount);
            for (unsigned g = 0; g < glyphCount; ++g) {
                FT_UInt cid = 0;
                if (FT_Get_CID_From_Glyph_Index(face, g, &cid) != 0) {
                    cids.clear();
                    break;
                }
                cids.append(cid);
            }
        }
        FT_Done_Face(face);
    }
    FT_Done_FreeType(library);
    return cids;
}

int thousandths(hb_position_t units, unsigned unitsPerEm)
{
    return qRound(units * 1000.0 / unitsPerEm);
}

Subset subset(const QList<const Glyph *> &drawn)
{
    Subset result;
    result.postscript = drawn.constFirst()->postscript;
    QMutexLocker lock(&facesMutex);
    hb_face_t *source = sourceFace(*drawn.constFirst());

    HbInput input(hb_subset_input_create_or_fail());
    if (!input)
        throw Failure{u"out of memory"_s};
    hb_set_t *glyphs = hb_subset_input_glyph_set(input.get());
    for (const Glyph *glyph : drawn)
        hb_set_add(glyphs, glyph->glyph);
    // Outlines only: the page places every glyph itself, and hints are of no use at print resolution.
    hb_subset_input_set_flags(
        input.get(), HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    HbPlan plan(hb_subset_plan_create_or_fail(source, input.get()));
    HbFace out(plan ? hb_subset_plan_execute_or_fail(plan.get()) : nullptr);
    if (!out)
        throw Failure{u"the font %1 cannot be subset"_s.arg(QString::fromLatin1(result.postscript))};
    const hb_map_t *newGlyph = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    lock.unlock();

    const unsigned glyphCount = hb_face_get_glyph_count(out.get());
    const HbBlob cff(hb_face_reference_table(out.get(), HB_TAG('C', 'F', 'F', ' ')));
    const HbBlob glyf(hb_face_reference_table(out.get(), HB_TAG('g', 'l', 'y', 'f')));
    const HbBlob file(hb_face_reference_blob(out.get()));
    QList<uint> cids;
    if (hb_blob_get_length(cff.get()) > 0) {
        result.cff = true;
        result.program = bytesOf(cff.get());
        cids = cidsOf(bytesOf(file.get()), glyphCount);
    } else if (hb_blob_get_length(glyf.get()) > 0) {
        result.program = bytesOf(file.get());
    } else {
        // CFF2 (variable) and bitmap-only faces have no program a PDF/A-1 font can embed.
        throw Failure{
            u"the font %1 has neither CFF nor TrueType outlines"_s.arg(QString::fromLatin1(result.postscript))};
    }
    auto codeOf = [&cids](unsigned glyph) { return cids.isEmpty() ? glyph : cids.value(qsizetype(glyph)); };
    for (unsigned g = 0; g < glyphCount; ++g)
        result.codes.append(codeOf(g));

    const HbFont font(hb_font_create(out.get()));
    const unsigned unitsPerEm = qMax(1u, hb_face_get_upem(out.get()));
    bool first = true;
    for (const Glyph *glyph : drawn) {
        const hb_codepoint_t mapped = hb_map_get(newGlyph, glyph->glyph);
        if (mapped == HB_MAP_VALUE_INVALID)
            throw Failure{
                u"glyph %1 of %2 is not in its subset"_s.arg(glyph->glyph).arg(QString::fromLatin1(result.postscript))};
        const uint code = codeOf(mapped);
        result.codeOfGlyph.insert(glyph->glyph, code);
        if (result.widths.contains(code))
            continue;
        result.widths.insert(code, thousandths(hb_font_get_glyph_h_advance(font.get(), mapped), unitsPerEm));
        // A glyph drawn for two characters (a Kangxi radical and its ideograph share one) stands for the first.
        if (!glyph->characters.isEmpty())
            result.text.insert(code, glyph->characters);
        hb_glyph_extents_t extents{};
        if (hb_font_get_glyph_extents(font.get(), mapped, &extents) && extents.width != 0) {
            const int box[4] = {extents.x_bearing, extents.y_bearing + extents.height,
                                extents.x_bearing + extents.width, extents.y_bearing};
            for (int i = 0; i < 4; ++i) {
                const int value = thousandths(box[i], unitsPerEm);
                result.bbox[i] = first ? value : (i < 2 ? qMin(result.bbox[i], value) : qMax(result.bbox[i], value));
            }
            first = false;
        }
    }
    hb_position_t metric = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &metric))
        result.ascent = thousandths(metric, unitsPerEm);
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &metric))
        result.descent = thousandths(metric, unitsPerEm);
    result.capHeight = hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &metric)
        ? thousandths(metric, unitsPerEm)
        : result.ascent;
    return result;
}

// --- PDF objects ---

QByteArray number(qreal value)
{
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

QByteArray hexCode(uint code)
{
    return QByteArray::number(code, 16).rightJustified(4, '0').toUpper();
}

// qCompress writes the length in four bytes before a zlib stream, which is what FlateDecode reads.
QByteArray deflated(const QByteArray &data)
{
    return qCompress(data).mid(4);
}

QPDFObjectHandle deflatedStream(QPDF &pdf, const QByteArray &compressed)
{
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
    stream.replaceStreamData(compressed.toStdString(), QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
    return stream;
}

QPDFObjectHandle flateStream(QPDF &pdf, const QByteArray &data)
{
    return deflatedStream(pdf, deflated(data));
}

// The sRGB profile of the output intent, read and compressed once: every letter carries the same bytes.
const QByteArray &deflatedProfile()
{
    static const QByteArray profile = [] {
        QFile file(u":/letters/sRGB2014.icc"_s);
        return file.open(QIODevice::ReadOnly) ? deflated(file.readAll()) : QByteArray();
    }();
    return profile;
}

// A subset's name starts with six capital letters of its own (ISO 32000 9.6.4), here from its glyphs.
QByteArray subsetTag(const Subset &subset)
{
    size_t hash = qHash(subset.postscript);
    for (auto code = subset.widths.keyBegin(); code != subset.widths.keyEnd(); ++code)
        hash = hash * 31 + *code;
    QByteArray tag;
    for (int i = 0; i < 6; ++i) {
        tag += char('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

QPDFObjectHandle fontObject(QPDF &pdf, const Subset &subset)
{
    const std::string name = "/" + QByteArray(subsetTag(subset) + '+' + subset.postscript).toStdString();
    QPDFObjectHandle program = flateStream(pdf, subset.program);
    if (subset.cff)
        program.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/CIDFontType0C"));
    else
        program.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(subset.program.size()));

    // PDF/A-1 asks a subset CIDFont to say which CIDs its program has.
    uint lastCode = 0;
    for (const uint code : subset.codes)
        lastCode = qMax(lastCode, code);
    QByteArray cidSet(qsizetype(lastCode / 8 + 1), '\0');
    for (const uint code : subset.codes)
        cidSet[qsizetype(code / 8)] = char(uchar(cidSet.at(qsizetype(code / 8))) | (0x80 >> (code % 8)));

    QPDFObjectHandle descriptor = QPDFObjectHandle::newDictionary();
    descriptor.replaceKey("/Type", QPDFObjectHandle::newName("/FontDescriptor"));
    descriptor.replaceKey("/FontName", QPDFObjectHandle::newName(name));
    descriptor.replaceKey("/Flags", QPDFObjectHandle::newInteger(4)); // symbolic: its own glyph set
    descriptor.replaceKey("/FontBBox",
                          QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(subset.bbox[0]),
                                                      QPDFObjectHandle::newInteger(subset.bbox[1]),
                                                      QPDFObjectHandle::newInteger(subset.bbox[2]),
                                                      QPDFObjectHandle::newInteger(subset.bbox[3])}));
    descriptor.replaceKey("/ItalicAngle", QPDFObjectHandle::newInteger(0));
    descriptor.replaceKey("/Ascent", QPDFObjectHandle::newInteger(subset.ascent));
    descriptor.replaceKey("/Descent", QPDFObjectHandle::newInteger(subset.descent));
    descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(subset.capHeight));
    descriptor.replaceKey("/StemV", QPDFObjectHandle::newInteger(80));
    descriptor.replaceKey(subset.cff ? "/FontFile3" : "/FontFile2", pdf.makeIndirectObject(program));
    descriptor.replaceKey("/CIDSet", pdf.makeIndirectObject(flateStream(pdf, cidSet)));

    QPDFObjectHandle widths = QPDFObjectHandle::newArray();
    for (auto width = subset.widths.cbegin(); width != subset.widths.cend(); ++width) {
        widths.appendItem(QPDFObjectHandle::newInteger(width.key()));
        widths.appendItem(QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(width.value())}));
    }
    QPDFObjectHandle cidFont = QPDFObjectHandle::newDictionary();
    cidFont.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    cidFont.replaceKey("/Subtype", QPDFObjectHandle::newName(subset.cff ? "/CIDFontType0" : "/CIDFontType2"));
    cidFont.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
    cidFont.replaceKey("/CIDSystemInfo",
                       QPDFObjectHandle::parse("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"));
    cidFont.replaceKey("/FontDescriptor", pdf.makeIndirectObject(descriptor));
    cidFont.replaceKey("/W", widths);
    if (!subset.cff)
        cidFont.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));

    QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
    font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type0"));
    font.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
    font.replaceKey("/Encoding", QPDFObjectHandle::newName("/Identity-H"));
    font.replaceKey("/DescendantFonts", QPDFObjectHandle::newArray({pdf.makeIndirectObject(cidFont)}));
    font.replaceKey("/ToUnicode", pdf.makeIndirectObject(flateStream(pdf, ToUnicodeRepair::textMap(subset.text))));
    return pdf.makeIndirectObject(font);
}

// The page's contents: each glyph shown by its code where the layout put it, black, in its block's clip.
QByteArray pageContents(const LetterLayout::Page &page, qreal dpi, qreal pageHeight,
                        const QHash<QByteArray, int> &fontNumbers, const QList<Subset> &subsets)
{
    const qreal toPoints = 72.0 / dpi;
    QByteArray out;
    for (const LetterLayout::Block &block : page) {
        if (block.glyphs.isEmpty())
            continue;
        out += "q\n";
        if (!block.clip.isNull()) {
            out += number(block.clip.left() * toPoints) + ' ' + number(pageHeight - block.clip.bottom() * toPoints)
                + ' ' + number(block.clip.width() * toPoints) + ' ' + number(block.clip.height() * toPoints)
                + " re W n\n";
        }
        out += "0 0 0 rg\nBT\n";
        int font = -1;
        qreal size = -1;
        for (const Glyph &glyph : block.glyphs) {
            const int number_ = fontNumbers.value(glyph.postscript);
            const qreal glyphSize = glyph.font.pixelSize() * toPoints;
            if (number_ != font || !qFuzzyCompare(glyphSize, size)) {
                font = number_;
                size = glyphSize;
                out += "/F" + QByteArray::number(font) + ' ' + number(size) + " Tf\n";
            }
            out += "1 0 0 1 " + number(glyph.position.x() * toPoints) + ' '
                + number(pageHeight - glyph.position.y() * toPoints) + " Tm <"
                + hexCode(subsets.at(font).codeOfGlyph.value(glyph.glyph)) + "> Tj\n";
        }
        out += "ET\nQ\n";
    }
    return out;
}

QByteArray xmpDate(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s).toLatin1();
}

QByteArray metadata(const LetterPdf::Info &info, const QString &producer)
{
    const QDateTime created = info.created.toUTC();
    auto xml = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    return "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
           "      <dc:title>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">"
        + xml(info.title)
        + "</rdf:li>\n        </rdf:Alt>\n      </dc:title>\n    </rdf:Description>\n"
          "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" xmp:CreatorTool=\""
        + xml(info.creator) + "\" xmp:CreateDate=\"" + xmpDate(created) + "\" xmp:ModifyDate=\"" + xmpDate(created)
        + "\"/>\n"
          "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" pdf:Producer=\""
        + xml(producer)
        + "\"/>\n"
          "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" "
          "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
          "  </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
}

QByteArray written(const LetterLayout::Pages &laidOut, const LetterPdf::Info &info)
{
    // Each face's glyphs, in the order they are drawn.
    QHash<QByteArray, int> fontNumbers;
    QList<QList<const Glyph *>> drawn;
    for (const LetterLayout::Page &page : laidOut.pages) {
        for (const LetterLayout::Block &block : page) {
            for (const Glyph &glyph : block.glyphs) {
                auto number = fontNumbers.constFind(glyph.postscript);
                if (number == fontNumbers.cend()) {
                    number = fontNumbers.insert(glyph.postscript, int(drawn.size()));
                    drawn.append(QList<const Glyph *>());
                }
                drawn[*number].append(&glyph);
            }
        }
    }
    QList<Subset> subsets;
    subsets.reserve(drawn.size());
    for (const QList<const Glyph *> &glyphs : std::as_const(drawn))
        subsets.append(subset(glyphs));

    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
    for (qsizetype i = 0; i < subsets.size(); ++i)
        fonts.replaceKey("/F" + std::to_string(i), fontObject(pdf, subsets.at(i)));
    QPDFObjectHandle resources = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    resources.replaceKey("/Font", fonts);
    resources.replaceKey("/ProcSet", QPDFObjectHandle::parse("[/PDF /Text]"));

    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    QPDFPageDocumentHelper pages(pdf);
    for (const LetterLayout::Page &page : laidOut.pages) {
        QPDFObjectHandle object = QPDFObjectHandle::newDictionary();
        object.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
        object.replaceKey("/MediaBox",
                          QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(0, 0, a4.width(), a4.height())));
        object.replaceKey("/Resources", resources);
        object.replaceKey("/Contents",
                          pdf.makeIndirectObject(
                              flateStream(pdf, pageContents(page, laidOut.dpi, a4.height(), fontNumbers, subsets))));
        pages.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(object)), false);
    }

    const QString producer = u"mpdesk "_s + QStringLiteral(MPDESK_VERSION) + u" (qpdf "_s
        + QString::fromStdString(QPDF::QPDFVersion()) + u", HarfBuzz "_s + QString::fromLatin1(hb_version_string())
        + u')';
    const QDateTime created = info.created.toUTC();
    QPDFObjectHandle documentInfo = QPDFObjectHandle::newDictionary();
    documentInfo.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(info.title.toStdString()));
    documentInfo.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(info.creator.toStdString()));
    documentInfo.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(producer.toStdString()));
    documentInfo.replaceKey("/CreationDate",
                            QPDFObjectHandle::newString("D:" + created.toString(u"yyyyMMddHHmmss'Z'"_s).toStdString()));
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(documentInfo));

    // The metadata stream is not compressed: PDF/A-1 wants it readable without decoding.
    QPDFObjectHandle xmp = QPDFObjectHandle::newStream(&pdf, metadata(info, producer).toStdString());
    xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", pdf.makeIndirectObject(xmp));

    if (deflatedProfile().isEmpty())
        throw Failure{u"the sRGB colour profile is missing"_s};
    QPDFObjectHandle icc = deflatedStream(pdf, deflatedProfile());
    icc.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    icc.getDict().replaceKey("/Alternate", QPDFObjectHandle::newName("/DeviceRGB"));
    QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/RegistryName", QPDFObjectHandle::newString("http://www.color.org"));
    intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB2014 (ICC, IEC 61966-2-1)"));
    intent.replaceKey("/DestOutputProfile", pdf.makeIndirectObject(icc));
    pdf.getRoot().replaceKey("/OutputIntents", QPDFObjectHandle::newArray({pdf.makeIndirectObject(intent)}));

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // PDF/A-1 is PDF 1.4 with a classic cross-reference table, no object streams, and an end of line
    // before each endstream. The streams are written as they were made (compressed here, the metadata not).
    writer.setMinimumPDFVersion("1.4");
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setCompressStreams(false);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setNewlineBeforeEndstream(true);
    writer.setDeterministicID(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace

Result<QByteArray> LetterPdf::write(const LetterLayout::Pages &pages, const Info &info)
{
    QString reason;
    try {
        return written(pages, info);
    } catch (const Failure &failure) {
        reason = failure.reason;
    } catch (const std::exception &e) {
        reason = QString::fromLocal8Bit(e.what());
    }
    qCInfo(lcLetterPdf) << "not written with embedded subsets:" << reason;
    return Error{reason, {}};
}

} // namespace mpdesk
