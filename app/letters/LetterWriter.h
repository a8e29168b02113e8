#pragma once

#include "core/Clock.h"
#include "letters/LetterData.h"
#include "letters/LetterManifest.h"
#include "letters/LetterProblem.h"
#include "letters/LetterTemplates.h"
#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;

namespace mpdesk {

/// A letter written as PDF, or the problems that stopped it.
struct WrittenLetter
{
    QByteArray pdf;
    int pageCount = 0;
    QString text; ///< the text drawn, in order
    LetterProblems problems;
    QStringList warnings; ///< written all the same, but the clerk should know (copied text may differ)
    QRectF sealZoneMm; ///< the square kept free for the seal, in mm from the top left of page sealPage
    int sealPage = 0;

    bool ok() const { return problems.isEmpty(); }
};

/// Fills a filing's letters from their templates and writes them as PDF/A-1b or to a printer. The
/// command line and the desktop application both write letters through this class.
class LetterWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LetterWriter)

public:
    /// Whether the letters carry the clock's date, or ____年__月__日 to fill in by hand.
    enum class DateLine { Today, Blank };

    /// `clock` gives the date printed on the letters and the moment each PDF says it was made.
    LetterWriter(const Filing &filing, const Clock &clock, const LetterTemplates &templates,
                 DateLine dateLine = DateLine::Today, const LetterManifest &manifest = LetterManifest::shipped());

    /// The filled template (HTML).
    Result<QString> fill(const LetterSpec &spec) const;
    /// What stops the letter: missing values, unavailable ID numbers, the validator's errors on printed
    /// values, and characters no installed font has.
    LetterProblems problems(const LetterSpec &spec, const Findings &findings) const;
    /// Characters of the filled letter that no installed font has, by person and field.
    LetterProblems missingGlyphs(const QString &text) const;

    /// Writes the letter as PDF/A-1b. Refuses (with problems) when a character would print as a box.
    WrittenLetter writePdf(const LetterSpec &spec) const;
    /// Paints the letter on a printer, as vector output at its resolution, on A4. A printer that prints
    /// to a PDF file gets the same file as writePdf(); its warnings, if any, go to `warnings`.
    Status print(const LetterSpec &spec, QPrinter &printer, QStringList *warnings = nullptr) const;
    /// True when `printer` is the print dialog's "Print to file": print() then writes writePdf()'s file.
    static bool printsToFile(const QPrinter &printer);

    /// "小程序负责人授权书-青禾记账助手.pdf" with characters Windows forbids in file names replaced, cut
    /// between whole characters to what the file systems take (SafeFile::fitFileName).
    static QString fileName(const LetterSpec &spec, const QString &miniProgramName);

private:
    const LetterTemplates &m_templates;
    Clock m_clock;
    LetterData m_data;
};

} // namespace mpdesk
