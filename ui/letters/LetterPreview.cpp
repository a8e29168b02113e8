#include "letters/LetterPreview.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <poppler-qt6.h>

namespace mpdesk {

namespace {

struct PageImage
{
    QImage image;
    int pageCount = 0;
    QString error;
};

} // namespace

LetterPreview::LetterPreview(QObject *parent) : QObject(parent) { }

LetterPreview::~LetterPreview() = default;

QImage LetterPreview::renderPage(const QByteArray &pdf, int pageIndex, qreal dpi, int *pageCount, QString *error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked()) {
        if (error)
            *error = QCoreApplication::translate("LetterPreview", "The letter's PDF cannot be opened.");
        return {};
    }
    if (pageCount)
        *pageCount = document->numPages();
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> page = document->page(pageIndex);
    if (!page) {
        if (error)
            *error = QCoreApplication::translate("LetterPreview", "The letter has no page %1.").arg(pageIndex + 1);
        return {};
    }
    return page->renderToImage(dpi, dpi);
}

int LetterPreview::render(const QByteArray &pdf, int pageIndex, qreal dpi)
{
    const int id = m_nextId++;
    auto *watcher = new QFutureWatcher<PageImage>(this);
    connect(watcher, &QFutureWatcher<PageImage>::finished, this, [this, watcher, id, pageIndex] {
        const PageImage result = watcher->result();
        watcher->deleteLater();
        if (result.image.isNull())
            Q_EMIT failed(id, result.error);
        else
            Q_EMIT rendered(id, pageIndex, result.pageCount, result.image);
    });
    watcher->setFuture(QtConcurrent::run([pdf, pageIndex, dpi] {
        PageImage result;
        result.image = renderPage(pdf, pageIndex, dpi, &result.pageCount, &result.error);
        return result;
    }));
    return id;
}

} // namespace mpdesk
