#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRawFont>
#include <QList>
#include <QStringList>

class QTextDocument;

namespace mpdesk {

/// Corrects the ToUnicode maps of a PDF written by QPdfWriter so that copied text is the text drawn.
///
/// Qt builds each map by asking, for every BMP code point in ascending order, which glyph the font
/// draws for it, and keeps the first code point per glyph. Fonts that share one glyph between code
/// points (CJK fonts map Kangxi radicals such as U+2F9D to the glyph of U+8EAB, and U+0009 to the
/// space) then give back the wrong character, and characters outside the BMP (CJK Extension B) get no
/// entry at all. Knowing the text that was drawn and the fonts it was drawn with, each glyph's code
/// point is chosen among the characters actually drawn, and glyphs without an entry are given theirs.
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
        char32_t character = 0;
    };

    /// Appends the glyphs of a laid-out document, in the order the document draws them: those of the
    /// lines whose top lies in [top, bottom) in document coordinates (one page of a paginated document).
    static void collect(const QTextDocument &document, QList<Glyph> &glyphs, qreal top = -1e300,
                        qreal bottom = 1e300);
    /// `glyphs`: everything drawn, in the order it was drawn.
    static Result<QByteArray> repair(const QByteArray &pdf, const QList<Glyph> &glyphs);
};

} // namespace mpdesk
