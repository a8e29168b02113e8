#pragma once

#include "core/Result.h"
#include "model/Filing.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

namespace mpdesk {

/// The upload pack: an upload-ready copy of every attached material in a folder the clerk chose, each
/// named by its slot as the platform's page names it, and a short index of what is in it and what is
/// still missing. Copies are oriented, JPEG (a PNG that already fits is kept), at most 2 MB and never
/// scaled up. The originals are only read. The pack holds ID images, so remove() deletes it after upload.
class MaterialPack final
{
    Q_DECLARE_TR_FUNCTIONS(MaterialPack)

public:
    /// The index the clerk reads, and the list of written files that remove() trusts.
    static QString indexName();
    static QString manifestName();

    struct Output
    {
        QString path; ///< the material's field path, "materials[2].file"
        QString fileName; ///< inside the pack's folder
        int width = 0, height = 0;
        qint64 sizeBytes = 0;
    };
    struct Problem
    {
        QString path; ///< a material's or a slot's field path
        QString title; ///< the slot, translated
        QString message; ///< translated: what is wrong and what to do
    };
    struct Report
    {
        QString folder;
        QList<Output> written;
        QList<Problem> problems; ///< files that cannot be made to fit, and needed slots with nothing in them
        bool complete() const { return problems.isEmpty(); }
    };

    /// Writes the pack into `folder` (made when missing), replacing an earlier pack there. An Error only
    /// when the folder cannot be used at all; per-file trouble is in Report::problems.
    static Result<Report> write(const Filing &filing, const QString &filingFolder, const QString &folder, QDate today);
    /// Deletes the files an earlier write() put in `folder`, then the folder when it is left empty.
    static Status remove(const QString &folder);

    /// One image made to fit: JPEG bytes at most MaterialFiles::MaxBytes, scaled down only when quality
    /// alone does not get there, never below the platform's minimum size. An Error when it cannot fit.
    struct Encoded
    {
        QByteArray bytes;
        QSize size;
        int quality = 0;
    };
    static Result<Encoded> fitJpeg(const QImage &image);
};

} // namespace mpdesk
