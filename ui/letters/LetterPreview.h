#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>

namespace mpdesk {

/// Renders pages of a letter's PDF to images with Poppler, off the GUI thread. Each request opens its
/// own Poppler::Document in the worker thread, as Poppler documents are not thread-safe.
class LetterPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterPreview)

public:
    explicit LetterPreview(QObject *parent = nullptr);
    ~LetterPreview() override;

    /// Starts rendering page `pageIndex` (0-based) at `dpi`; rendered() or failed() follows with the
    /// returned request id.
    int render(const QByteArray &pdf, int pageIndex, qreal dpi);

    /// The same work, synchronously, in the calling thread (for the worker and for measurements).
    static QImage renderPage(const QByteArray &pdf, int pageIndex, qreal dpi, int *pageCount = nullptr,
                             QString *error = nullptr);

Q_SIGNALS:
    void rendered(int requestId, int pageIndex, int pageCount, const QImage &image);
    void failed(int requestId, const QString &message);

private:
    int m_nextId = 1;
};

} // namespace mpdesk
