#pragma once

#include "core/Result.h"
#include "model/Filing.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QString>

namespace mpdesk {

/// Reading the clerk's files: where a material's path points, what the file is (measured by content,
/// never by its name) and its image with the orientation applied. The document and the command line
/// measure here and hand the facts to the assessment, which reads no file itself.
class MaterialFiles final
{
    Q_DECLARE_TR_FUNCTIONS(MaterialFiles)

public:
    /// A PDF page is measured and rendered as a scanner at this resolution would give it.
    static constexpr int PdfDpi = 300;
    /// The platform's limits: JPG/JPEG/PNG, at most 2 MB (read as 2,000,000 bytes, which passes both
    /// the decimal and the binary reading), at least 720×1280 pixels in either orientation.
    static constexpr qint64 MaxBytes = 2'000'000;
    static constexpr int MinShortSide = 720;
    static constexpr int MinLongSide = 1280;

    /// `file` when absolute, else `file` under `filingFolder`.
    static QString resolve(const QString &file, const QString &filingFolder);
    /// The folder relative paths start from: the filing file's folder ("" when it has no file yet,
    /// which leaves relative paths relative to the working folder).
    static QString folderOf(const QString &filingPath);
    /// `absolutePath` as the filing stores it: relative to `filingFolder` when inside it, else absolute.
    static QString storedPath(const QString &absolutePath, const QString &filingFolder);

    /// Size, SHA-256, format by content, pixels with the EXIF orientation applied, PDF pages.
    static MaterialFacts measure(const QString &absolutePath, QDate today);
    /// Every attached file, keyed by `materials[].file` as written (AssessmentContext::materialFiles).
    static QHash<QString, MaterialFacts> measureAll(const Filing &filing, const QString &filingFolder, QDate today);

    /// The image (a PDF page rendered at PdfDpi) with its EXIF orientation applied.
    static Result<QImage> readImage(const QString &absolutePath, int page = 0);

    /// JPEG or PNG: what the platform takes as it is.
    static bool isUploadFormat(const QString &format);
    /// What mpdesk reads and converts: the upload formats plus TIFF, BMP, WebP and PDF.
    static bool isReadableFormat(const QString &format);
    /// The format's name for a sentence ("JPEG", "HEIC", …).
    static QString formatName(const QString &format);
    /// True when the pixel size meets the platform's minimum in either orientation.
    static bool pixelsEnough(int width, int height);
};

} // namespace mpdesk
