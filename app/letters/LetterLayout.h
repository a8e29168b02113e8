#pragma once

#include "letters/ToUnicodeRepair.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace mpdesk {

/// Lays out and paints one filled letter on A4 portrait pages: a centred title, body paragraphs with a
/// two-character first-line indent, and the signature block at the bottom right, kept whole, with room
/// for a round seal over the entity's name and the date.
///
/// A letter is meant to be one page: when it does not fit at 1.5 line spacing and 14 pt, the line spacing
/// goes down to 1.25 and then the body size to 10.5 pt. Only when even that does not fit does it break,
/// and then so that at least the last body paragraph stays with the signature block (a signature and
/// seal on a page without body text is sent back by reviewers), with "第 N 页 共 M 页" and the entity's
/// name in the footer of every page, inside the margins.
///
/// The filled template is HTML of a fixed shape: <h1> the title, <p> body paragraphs, <p align="left">
/// lines without indent, and from the first <p align="right"> on the signature block, whose last two
/// paragraphs are the entity's name and the date.
class LetterLayout final
{
public:
    static constexpr qreal PageWidthMm = 210;
    static constexpr qreal PageHeightMm = 297;
    static constexpr qreal LeftMarginMm = 28;
    static constexpr qreal RightMarginMm = 26;
    static constexpr qreal TopMarginMm = 30;
    static constexpr qreal BottomMarginMm = 25;
    static constexpr qreal BodyPointSize = 14;
    static constexpr qreal MinBodyPointSize = 10.5;
    static constexpr int LineHeightPercent = 150;
    static constexpr int MinLineHeightPercent = 125;
    static constexpr qreal FooterPointSize = 9;
    static constexpr qreal TitlePointSize = 20;
    static constexpr qreal SealDiameterMm = 42;
    static constexpr qreal SealClearanceMm = 2; ///< kept free around the seal
    static constexpr qreal SignatureGapMm = 12; ///< between the body and the signature block

    explicit LetterLayout(QString html);

    /// The text as it is drawn, in drawing order: body, then signature block.
    const QString &drawnText() const { return m_drawnText; }

    /// Glyphs drawn together, in device coordinates, inside `clip` (none when null).
    struct Block
    {
        QRectF clip;
        QList<ToUnicodeRepair::Glyph> glyphs;
    };
    using Page = QList<Block>;
    /// A letter laid out: its pages at the device's resolution, A4 from the top left corner.
    struct Pages
    {
        qreal dpi = 72;
        QList<Page> pages;
    };

    /// Sets the device to A4 portrait without margins and lays out every page for it, painting nothing.
    Pages layOut(QPagedPaintDevice &device) const;
    /// Lays out and paints every page on the device; returns the page count.
    int paint(QPagedPaintDevice &device) const;
    /// Paints pages layOut() made for this device; returns the page count.
    static int paint(QPagedPaintDevice &device, const Pages &laidOut);

    /// After layOut() or paint(): the square around the seal's circle (diameter SealDiameterMm plus the clearance on
    /// each side), in millimetres from the page's top left corner, and the page it is on (0-based).
    QRectF sealZoneMm() const { return m_sealZoneMm; }
    /// After layOut() or paint(): the glyphs drawn, in drawing order.
    const QList<ToUnicodeRepair::Glyph> &drawnGlyphs() const { return m_glyphs; }
    int sealPage() const { return m_sealPage; }
    /// After layOut() or paint(): the body size and line spacing (percent) the letter was set in.
    qreal bodyPointSize() const { return m_bodyPointSize; }
    int lineHeightPercent() const { return m_lineHeightPercent; }

    /// The footer of page `page` (1-based) of `pages`, after the entity's name. Letters are Chinese
    /// documents whatever language the application speaks.
    static QString pageFooter(const QString &entityName, int page, int pages);

private:
    QString m_bodyHtml;
    QString m_signatureHtml;
    QString m_drawnText;
    mutable QRectF m_sealZoneMm;
    mutable int m_sealPage = 0;
    mutable qreal m_bodyPointSize = BodyPointSize;
    mutable int m_lineHeightPercent = LineHeightPercent;
    mutable QList<ToUnicodeRepair::Glyph> m_glyphs;
};

} // namespace mpdesk
