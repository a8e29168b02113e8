#include "letters/LetterLayout.h"

#include "letters/LetterFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLetterLayout, "mpdesk.letters.layout", QtWarningMsg)

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
    // The scale depends only on the kind of device and its resolution: measured once per process for each.
    static QMutex mutex;
    static QHash<std::pair<int, int>, qreal> scales;
    const std::pair<int, int> key(device.devType(), device.logicalDpiY());
    {
        QMutexLocker lock(&mutex);
        const auto known = scales.constFind(key);
        if (known != scales.cend())
            return *known;
    }
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(&device);
    probe.setDocumentMargin(100);
    probe.setPlainText(u"x"_s);
    const qreal top = probe.documentLayout()->blockBoundingRect(probe.firstBlock()).top();
    const qreal scale = top > 0 ? top / 100 : 1;
    QMutexLocker lock(&mutex);
    scales.insert(key, scale);
    return scale;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Formats every block the same way whatever the template's HTML said: only the alignment and the
// heading level of the template are kept.
void formatBlocks(QTextDocument &document, const Units &units, bool signature, qreal bodyPointSize,
                  int lineHeightPercent)
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
        format.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        // A letter is a left-to-right document: a paragraph that starts with a typed right-to-left name
        // must not turn around (the layout would take the paragraph's direction from its first letter).
        format.setLayoutDirection(Qt::LeftToRight);
        QTextCharFormat characters;
        characters.setFontPointSize(bodyPointSize);
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
            format.setTextIndent(2 * units.pt(bodyPointSize));
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
    // Parsed once: the glyph check, the font choice and the writer all read the same text.
    m_drawnText = plainText(m_bodyHtml) + u'\n' + plainText(m_signatureHtml);
}

QString LetterLayout::pageFooter(const QString &entityName, int page, int pages)
{
    return entityName + u"\u3000\u7b2c "_s + QString::number(page) + u" \u9875 \u5171 "_s + QString::number(pages)
        + u" \u9875"_s;
}

namespace {

// The last block of a document with text in it.
QTextBlock lastTextBlock(const QTextDocument &document)
{
    QTextBlock block = document.lastBlock();
    while (block.isValid() && block.text().trimmed().isEmpty())
        block = block.previous();
    return block;
}

void prepare(QTextDocument &document, QPaintDevice &device, const QFont &font)
{
    document.setUndoRedoEnabled(false);
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setDefaultFont(font);
}

// Lays out the signature block at `width` and makes room for the seal: a circle centred on the
// entity's name and the date, clear of the signature line above, of the right margin, and inside the
// block so that the block's height includes it. Returns the seal's square in the block's coordinates.
QRectF layOutSignature(QTextDocument &signature, const Units &units, qreal width)
{
    signature.setTextWidth(width);
    const qreal radius = units.mm(LetterLayout::SealDiameterMm / 2 + LetterLayout::SealClearanceMm);
    const QTextBlock dateBlock = lastTextBlock(signature);
    const QTextBlock nameBlock = dateBlock.isValid() ? dateBlock.previous() : QTextBlock();
    if (!nameBlock.isValid())
        return {};
    signature.documentLayout()->documentSize(); // lays the blocks out
    QRectF names = linesRect(nameBlock).united(linesRect(dateBlock));
    const qreal rightShift = qMax<qreal>(0, names.center().x() + radius - width);
    const qreal above = nameBlock.previous().isValid() ? linesRect(nameBlock.previous()).bottom() : 0;
    const qreal topRoom =
        qMax<qreal>(0, above + units.mm(LetterLayout::SealClearanceMm) - (names.center().y() - radius));
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
    const qreal bottomRoom =
        qMax<qreal>(0, names.center().y() + radius - signature.documentLayout()->documentSize().height());
    QTextBlockFormat dateFormat = dateBlock.blockFormat();
    dateFormat.setBottomMargin(units.margin(bottomRoom));
    QTextCursor(dateBlock).setBlockFormat(dateFormat);
    names = linesRect(nameBlock).united(linesRect(dateBlock));
    return QRectF(names.center() - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
}

// The entity's name as the signature block prints it: the paragraph above the date, without the
// "（盖章）" mark after it.
QString entityNameOf(const QTextDocument &signature)
{
    const QTextBlock dateBlock = lastTextBlock(signature);
    QString name =
        dateBlock.isValid() && dateBlock.previous().isValid() ? dateBlock.previous().text().trimmed() : QString();
    const QString sealMark = u"\uff08\u76d6\u7ae0\uff09"_s;
    if (name.endsWith(sealMark))
        name.chop(sealMark.size());
    return name;
}

} // namespace

LetterLayout::Pages LetterLayout::layOut(QPagedPaintDevice &device) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const Units units{qreal(device.logicalDpiY()), marginScale(device)};
    const qreal contentWidth = units.mm(PageWidthMm - LeftMarginMm - RightMarginMm);
    const qreal contentHeight = units.mm(PageHeightMm - TopMarginMm - BottomMarginMm);
    const qreal signatureWidth = contentWidth * 0.62;
    const qreal gap = units.mm(SignatureGapMm);
    const QFont font = LetterFonts::font(m_drawnText, BodyPointSize);

    QTextDocument body;
    QTextDocument signature;
    QRectF sealZone;
    // Reflow before breaking: line spacing first, then the body size, in small steps.
    struct Setting
    {
        int lineHeight;
        qreal pointSize;
    };
    static constexpr Setting settings[] = {{150, 14}, {140, 14},   {130, 14}, {125, 14},  {125, 13},
                                           {125, 12}, {125, 11.5}, {125, 11}, {125, 10.5}};
    bool fits = false;
    for (const Setting &setting : settings) {
        prepare(body, device, font);
        body.setHtml(m_bodyHtml);
        formatBlocks(body, units, false, setting.pointSize, setting.lineHeight);
        body.setTextWidth(contentWidth);
        prepare(signature, device, font);
        signature.setHtml(m_signatureHtml);
        formatBlocks(signature, units, true, setting.pointSize, setting.lineHeight);
        sealZone = layOutSignature(signature, units, signatureWidth);
        m_bodyPointSize = setting.pointSize;
        m_lineHeightPercent = setting.lineHeight;
        const qreal height =
            body.documentLayout()->documentSize().height() + gap + signature.documentLayout()->documentSize().height();
        if (height <= contentHeight) {
            fits = true;
            break;
        }
    }
    const qreal signatureHeight = signature.documentLayout()->documentSize().height();

    // More than a page even so: every page gets a footer, inside the margins, and the body's pages are
    // shorter by the footer's height.
    const QString entityName = entityNameOf(signature);
    QTextDocument footer;
    qreal pageHeight = contentHeight;
    if (!fits) {
        prepare(footer, device, LetterFonts::font(pageFooter(entityName, 1, 1), FooterPointSize));
        footer.setPlainText(pageFooter(entityName, 99, 99));
        QTextOption option(Qt::AlignHCenter);
        option.setTextDirection(Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        footer.setDefaultTextOption(option);
        footer.setTextWidth(contentWidth);
        pageHeight = contentHeight - footer.documentLayout()->documentSize().height() - units.mm(4);
        body.setPageSize(QSizeF(contentWidth, pageHeight));
    }
    // A fixed page height makes the layout move whole lines to the next page.
    auto bodyPages = [&body] { return qMax(1, body.pageCount()); };
    auto bodyEnd = [&] {
        const QRectF last = body.documentLayout()->blockBoundingRect(body.lastBlock());
        return last.bottom() - (bodyPages() - 1) * pageHeight;
    };
    if (!fits && bodyEnd() + gap + signatureHeight > pageHeight) {
        // The last paragraph goes to the next page with the signature block.
        const QTextBlock last = lastTextBlock(body);
        if (last.isValid() && last != body.firstBlock()) {
            QTextBlockFormat format = last.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(last).setBlockFormat(format);
        }
    }
    qreal signatureTop = bodyEnd() + gap;
    int pages = bodyPages();
    if (signatureTop + signatureHeight > pageHeight) {
        // The last paragraph and the signature block are taller than a page: only then does the block
        // stand alone.
        qCWarning(lcLetterLayout) << "the signature block does not fit with the last paragraph";
        signatureTop = 0;
        ++pages;
    }
    const QPointF signatureOrigin(units.mm(LeftMarginMm) + contentWidth - signatureWidth,
                                  units.mm(TopMarginMm) + signatureTop);
    m_sealPage = pages - 1;
    m_sealZoneMm = sealZone.isNull()
        ? QRectF()
        : QRectF((sealZone.x() + signatureOrigin.x()) * 25.4 / units.dpi,
                 (sealZone.y() + signatureOrigin.y()) * 25.4 / units.dpi, sealZone.width() * 25.4 / units.dpi,
                 sealZone.height() * 25.4 / units.dpi);

    // The glyphs are drawn from the list the text maps are made from, so that the two cannot differ; the
    // bidi controls that keep a typed value's direction inside its field order the text and draw nothing.
    Pages laidOut{units.dpi, QList<Page>(pages)};
    m_glyphs.clear();
    auto place = [&](int page, const QTextDocument &document, QPointF origin, QRectF clip) {
        QList<ToUnicodeRepair::Glyph> glyphs;
        if (clip.isNull())
            ToUnicodeRepair::collect(document, glyphs);
        else
            ToUnicodeRepair::collect(document, glyphs, clip.top(), clip.bottom());
        for (ToUnicodeRepair::Glyph &glyph : glyphs)
            glyph.position += origin;
        m_glyphs += glyphs;
        laidOut.pages[page].append({clip.isNull() ? QRectF() : clip.translated(origin), std::move(glyphs)});
    };
    for (int page = 0; page < pages; ++page) {
        if (page < bodyPages()) {
            // Inset a little: a line that merely touches the clip would put the last line of one page,
            // clipped away, into the next page's text as well.
            const QRectF clip(0, page * pageHeight + 1, contentWidth, pageHeight - 2);
            place(page, body, QPointF(units.mm(LeftMarginMm), units.mm(TopMarginMm) - page * pageHeight), clip);
        }
        if (page == pages - 1)
            place(page, signature, signatureOrigin, {});
        if (pages > 1) {
            footer.setPlainText(pageFooter(entityName, page + 1, pages));
            const qreal footerHeight = footer.documentLayout()->documentSize().height();
            place(page, footer, QPointF(units.mm(LeftMarginMm), units.mm(TopMarginMm) + contentHeight - footerHeight),
                  {});
        }
    }
    return laidOut;
}

int LetterLayout::paint(QPagedPaintDevice &device) const
{
    return paint(device, layOut(device));
}

int LetterLayout::paint(QPagedPaintDevice &device, const Pages &laidOut)
{
    QPainter painter(&device);
    painter.setPen(Qt::black);
    for (qsizetype page = 0; page < laidOut.pages.size(); ++page) {
        if (page > 0)
            device.newPage();
        for (const Block &block : laidOut.pages.at(page)) {
            painter.save();
            if (!block.clip.isNull())
                painter.setClipRect(block.clip);
            ToUnicodeRepair::draw(painter, block.glyphs);
            painter.restore();
        }
    }
    painter.end();
    return int(laidOut.pages.size());
}

} // namespace mpdesk
