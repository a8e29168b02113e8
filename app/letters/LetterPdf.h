#pragma once

#include "core/Result.h"
#include "letters/LetterLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mpdesk {

/// Writes a laid-out letter as PDF/A-1b.
///
/// Each face the letter uses is embedded once, as a subset of the glyphs drawn made by HarfBuzz
/// (`hb-subset`): a CFF face as a CIDFontType0 font program, a TrueType face as CIDFontType2. Each glyph
/// is shown by its code at the place the layout gave it, and each font's text map is written from the
/// characters its glyphs were laid out for, so that copied text is the typed text, characters outside the
/// BMP included. qpdf assembles and writes the file: PDF 1.4 with a classic cross-reference table, XMP
/// metadata that agrees with the document information, and the sRGB output intent.
///
/// Qt's own PDF writer looks up every BMP code point in every face it embeds and rebuilds CFF outlines as
/// TrueType; this writer does neither, which is most of the time a letter takes to write.
class LetterPdf final
{
public:
    struct Info
    {
        QString title;
        QString creator;
        QDateTime created; ///< written in UTC
    };

    /// The PDF, or why it cannot be written this way (a face whose program cannot be read or subset, such
    /// as a variable or bitmap font): the caller then writes the letter with Qt's writer instead, so the
    /// reason is for the log, not for the clerk, and is not translated.
    static Result<QByteArray> write(const LetterLayout::Pages &pages, const Info &info);
};

} // namespace mpdesk
