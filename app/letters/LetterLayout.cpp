#include "letters/LetterLayout.h"

#include "letters/LetterFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

struct Units
{
    qreal dpi;
    qreal marginScale; ///< device pixels per unit of a block margin
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    /// A length in device pixels as a block margin: the layout scales margins (not indents) from
    /// screen pixels to the device.
    qreal margin(qreal devicePixels) const { return devicePixels / marginScale; }
};

qreal marginScale(QPaintDevice &device)
{
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(&device);
    probe.setDocumentMargin(100);
    probe.setPlainText(u"x"_s);
    const qreal top = probe.documentLayout()->blockBoundingRect(probe.firstBlock()).top();
    return top > 0 ? top / 100 : 1;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Formats every block the same way whatever the template's HTML said: only the alignment and the
// heading level of the template are kept.
void formatBlocks(QTextDocument &document, const Units &units, bool signature)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool explicitAlignment = format.hasProperty(QTextFormat::BlockAlignment);
        const Qt::Alignment alignment = format.alignment();
        const bool title = format.headingLevel() == 1;
        format.setTopMargin(0);
        format.setBottomMargin(0);
        format.setLeftMargin(0);
        format.setRightMargin(0);
        format.setTextIndent(0);
        format.setHeadingLevel(0);
        format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat characters;
        characters.setFontPointSize(LetterLayout::BodyPointSize);
        characters.setFontWeight(QFont::Normal);
        if (signature) {
            format.setAlignment(Qt::AlignRight);
        } else if (title) {
            format.setAlignment(Qt::AlignHCenter);
            format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            format.setBottomMargin(units.margin(units.mm(10)));
            characters.setFontPointSize(LetterLayout::TitlePointSize);
            characters.setFontWeight(QFont::Bold);
        } else if (explicitAlignment && (alignment & Qt::AlignLeft)) {
            format.setAlignment(Qt::AlignLeft);
        } else {
            // Left, not justified: the spread of justified ideographs reads as spaces when the text is copied.
            format.setAlignment(Qt::AlignLeft);
            // Qt 6.4 ignores CSS text-indent in em or pt; the indent is set here, two ideographs wide.
            format.setTextIndent(2 * units.pt(LetterLayout::BodyPointSize));
        }
        QTextCursor cursor(block);
        cursor.setBlockFormat(format);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(characters);
    }
}

// The natural text rectangle of a block's lines, in document coordinates.
QRectF linesRect(const QTextBlock &block)
{
    QRectF rect;
    const QTextLayout *layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i)
        rect = rect.united(layout->lineAt(i).naturalTextRect().translated(layout->position()));
    return rect;
}

} // namespace

LetterLayout::LetterLayout(QString html)
{
    static const QRegularExpression signatureStart(u"<p\\s+align\\s*=\\s*[\"']?right"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = signatureStart.match(html);
    if (match.hasMatch()) {
        m_bodyHtml = html.left(match.capturedStart());
        m_signatureHtml = html.mid(match.capturedStart());
    } else {
        m_bodyHtml = std::move(html);
    }
}

QString LetterLayout::drawnText() const
{
    return plainText(m_bodyHtml) + u'\n' + plainText(m_signatureHtml);
}

int LetterLayout::paint(QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    const Units units{qreal(device.logicalDpiY()), marginScale(device)};
    const qreal contentWidth = units.mm(PageWidthMm - LeftMarginMm - RightMarginMm);
    const qreal contentHeight = units.mm(PageHeightMm - TopMarginMm - BottomMarginMm);
    const QFont font = LetterFonts::font(drawnText(), BodyPointSize);

    QTextDocument body;
    body.setUndoRedoEnabled(false);
    body.documentLayout()->setPaintDevice(&device);
    body.setDocumentMargin(0);
    body.setDefaultFont(font);
    body.setHtml(m_bodyHtml);
    formatBlocks(body, units, false);
    // A fixed page height makes the layout move whole lines to the next page.
    body.setPageSize(QSizeF(contentWidth, contentHeight));
    const int bodyPages = qMax(1, body.pageCount());
    const QRectF lastBlock = body.documentLayout()->blockBoundingRect(body.lastBlock());
    const qreal bodyEnd = lastBlock.bottom() - (bodyPages - 1) * contentHeight;

    QTextDocument signature;
    signature.setUndoRedoEnabled(false);
    signature.documentLayout()->setPaintDevice(&device);
    signature.setDocumentMargin(0);
    signature.setDefaultFont(font);
    signature.setHtml(m_signatureHtml);
    formatBlocks(signature, units, true);
    const qreal signatureWidth = contentWidth * 0.62;
    signature.setTextWidth(signatureWidth);

    // Room for the seal: a circle centred on the entity's name and the date, clear of the signature line
    // above, of the right margin, and inside the block so that the block's height includes it.
    const qreal radius = units.mm(SealDiameterMm / 2 + SealClearanceMm);
    QTextBlock dateBlock = signature.lastBlock();
    while (dateBlock.isValid() && dateBlock.text().trimmed().isEmpty())
        dateBlock = dateBlock.previous();
    const QTextBlock nameBlock = dateBlock.isValid() ? dateBlock.previous() : QTextBlock();
    QRectF sealZone;
    if (nameBlock.isValid()) {
        signature.documentLayout()->documentSize(); // lays the block out
        QRectF names = linesRect(nameBlock).united(linesRect(dateBlock));
        const qreal rightShift = qMax<qreal>(0, names.center().x() + radius - signatureWidth);
        const qreal above = nameBlock.previous().isValid() ? linesRect(nameBlock.previous()).bottom() : 0;
        const qreal topRoom = qMax<qreal>(0, above + units.mm(SealClearanceMm) - (names.center().y() - radius));
        for (QTextBlock block : {nameBlock, dateBlock}) {
            QTextBlockFormat format = block.blockFormat();
            format.setRightMargin(units.margin(rightShift));
            QTextCursor(block).setBlockFormat(format);
        }
        QTextBlockFormat nameFormat = nameBlock.blockFormat();
        nameFormat.setTopMargin(units.margin(topRoom));
        QTextCursor(nameBlock).setBlockFormat(nameFormat);
        signature.documentLayout()->documentSize();
        names = linesRect(nameBlock).united(linesRect(dateBlock));
        const qreal bottomRoom = qMax<qreal>(0, names.center().y() + radius - signature.documentLayout()->documentSize().height());
        QTextBlockFormat dateFormat = dateBlock.blockFormat();
        dateFormat.setBottomMargin(units.margin(bottomRoom));
        QTextCursor(dateBlock).setBlockFormat(dateFormat);
        names = linesRect(nameBlock).united(linesRect(dateBlock));
        sealZone = QRectF(names.center() - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    }
    const qreal signatureHeight = signature.documentLayout()->documentSize().height();

    // The block is never split: it goes below the body if it fits there, else at the top of a new page.
    qreal signatureTop = bodyEnd + units.mm(SignatureGapMm);
    int pages = bodyPages;
    if (signatureTop + signatureHeight > contentHeight) {
        signatureTop = 0;
        ++pages;
    }
    const QPointF signatureOrigin(units.mm(LeftMarginMm) + contentWidth - signatureWidth, units.mm(TopMarginMm) + signatureTop);
    m_sealPage = pages - 1;
    m_sealZoneMm = sealZone.isNull() ? QRectF()
                                     : QRectF((sealZone.x() + signatureOrigin.x()) * 25.4 / units.dpi,
                                              (sealZone.y() + signatureOrigin.y()) * 25.4 / units.dpi,
                                              sealZone.width() * 25.4 / units.dpi,
                                              sealZone.height() * 25.4 / units.dpi);

    m_glyphs.clear();
    ToUnicodeRepair::collect(body, m_glyphs);
    ToUnicodeRepair::collect(signature, m_glyphs);

    QPainter painter(&device);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        if (page < bodyPages) {
            painter.save();
            painter.translate(units.mm(LeftMarginMm), units.mm(TopMarginMm) - page * contentHeight);
            const QRectF clip(0, page * contentHeight, contentWidth, contentHeight);
            painter.setClipRect(clip);
            context.clip = clip;
            body.documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    painter.save();
    painter.translate(signatureOrigin);
    QAbstractTextDocumentLayout::PaintContext signatureContext;
    signatureContext.palette.setColor(QPalette::Text, Qt::black);
    signature.documentLayout()->draw(&painter, signatureContext);
    painter.restore();
    painter.end();
    return pages;
}

} // namespace mpdesk
