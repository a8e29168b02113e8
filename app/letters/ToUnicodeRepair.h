#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRawFont>
#include <QString>

class QPainter;
class QTextDocument;

namespace mpdesk {

/// Corrects the ToUnicode maps of a PDF written by QPdfWriter so that copied text is the text drawn.
///
/// Qt builds each map by asking, for every BMP code point in ascending order, which glyph the font
/// draws for it, and keeps the first code point per glyph. Fonts that share one glyph between code
/// points (CJK fonts map Kangxi radicals such as U+2F9D to the glyph of U+8EAB, and U+0009 to the
/// space) then give back the wrong character, and characters outside the BMP (CJK Extension B) get no
/// entry at all.
///
/// The PDF is read and written with qpdf (any cross-reference form, object streams included). The codes
/// each font shows, in the order the page contents show them, are paired with the glyphs the layout drew,
/// in drawing order; the pairing is accepted only when the counts agree and each code stands for one glyph
/// throughout. Each code's text is then the character that glyph was drawn for.
class ToUnicodeRepair final
{
    Q_DECLARE_TR_FUNCTIONS(ToUnicodeRepair)

public:
    /// One glyph as drawn, and the character it stands for.
    struct Glyph
    {
        QByteArray postscript; ///< the font's PostScript name, as the PDF's BaseFont gives it
        QRawFont font;
        quint32 glyph = 0;
        QString characters; ///< the character it was drawn for, or all those of a ligature
        /// Where the glyph stands: in the document's coordinates when collected, the page's once laid out.
        QPointF position;
    };

    /// The PDF with its text maps corrected, or unchanged with the reason they could not be.
    struct Outcome
    {
        QByteArray pdf;
        QString warning; ///< empty when every map was made exact

        bool exact() const { return warning.isEmpty(); }
    };

    /// Appends the glyphs of a laid-out document, line by line and left to right as they are to be drawn:
    /// those of the lines that meet [top, bottom] in document coordinates (one page of a paginated
    /// document). Bidi controls get none: they order the text and are not drawn.
    static void collect(const QTextDocument &document, QList<Glyph> &glyphs, qreal top = -1e300, qreal bottom = 1e300);
    /// Draws collected glyphs at their positions, in their order: what is drawn is what was collected.
    static void draw(QPainter &painter, const QList<Glyph> &glyphs);
    /// A text map (ToUnicode CMap) that gives each two-byte code the characters it stands for.
    static QByteArray textMap(const QMap<uint, QString> &characters);
    /// `glyphs`: everything drawn, in the order it was drawn. Never refuses: a PDF that cannot be
    /// corrected comes back as it was, with a warning that copied text may differ from the printed text.
    static Outcome repair(const QByteArray &pdf, const QList<Glyph> &glyphs);
};

} // namespace mpdesk
