#include "letters/LetterWriter.h"

#include "letters/LetterFonts.h"
#include "letters/LetterLayout.h"
#include "letters/LetterPdf.h"
#include "letters/ToUnicodeRepair.h"
#include "storage/SafeFile.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

LetterWriter::LetterWriter(const Filing &filing, const Clock &clock, const LetterTemplates &templates,
                           DateLine dateLine, const LetterManifest &manifest)
    : m_templates(templates), m_clock(clock),
      m_data(filing, dateLine == DateLine::Today ? clock.today() : QDate(), manifest)
{ }

Result<QString> LetterWriter::fill(const LetterSpec &spec) const
{
    const QString source = m_templates.source(spec.id);
    if (source.isEmpty())
        return Error{tr("There is no template for the letter \"%1\".").arg(spec.id), {}};
    return m_data.render(source);
}

LetterProblems LetterWriter::missingGlyphs(const QString &text) const
{
    const QList<char32_t> missing = LetterFonts::missingCharacters(text);
    LetterProblems problems;
    if (missing.isEmpty())
        return problems;
    QList<char32_t> unexplained = missing;
    for (const LetterValue &v : m_data.values()) {
        QString characters;
        for (const char32_t c : missing) {
            if (v.value.contains(QString::fromUcs4(&c, 1))) {
                characters += QString::fromUcs4(&c, 1);
                unexplained.removeAll(c);
            }
        }
        if (characters.isEmpty())
            continue;
        QStringList codes;
        for (const char32_t c : characters.toUcs4())
            codes.append(u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper());
        const QString where = v.person.isEmpty() ? v.field : tr("%1 of %2").arg(v.field, v.person);
        problems.append({LetterProblem::Kind::MissingGlyphs, v.path, v.person, v.field, characters,
                         tr("No installed font has %1 (%2) in the %3; it would print as an empty box. Install a "
                            "font that has it, or write the letter by hand.")
                             .arg(characters, codes.join(u", "_s), where)});
    }
    if (!unexplained.isEmpty()) {
        const QString characters = QString::fromUcs4(unexplained.constData(), unexplained.size());
        problems.append({LetterProblem::Kind::MissingGlyphs,
                         {},
                         {},
                         {},
                         characters,
                         tr("No installed font has %1, which the letter template uses.").arg(characters)});
    }
    return problems;
}

LetterProblems LetterWriter::problems(const LetterSpec &spec, const Findings &findings) const
{
    LetterProblems list = m_data.problemsFor(spec, findings);
    const Result<QString> html = fill(spec);
    if (!html) {
        list.append({LetterProblem::Kind::Template, {}, {}, {}, {}, html.error().message});
        return list;
    }
    list.append(missingGlyphs(LetterLayout(html.value()).drawnText()));
    return list;
}

WrittenLetter LetterWriter::writePdf(const LetterSpec &spec) const
{
    WrittenLetter letter;
    const Result<QString> html = fill(spec);
    if (!html) {
        letter.problems.append({LetterProblem::Kind::Template, {}, {}, {}, {}, html.error().message});
        return letter;
    }
    const LetterLayout layout(html.value());
    letter.text = layout.drawnText();
    letter.problems = missingGlyphs(letter.text);
    if (!letter.ok())
        return letter;

    const QString creator = u"mpdesk "_s + QStringLiteral(MPDESK_VERSION);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(spec.title);
        writer.setCreator(creator);
        // Laid out for the PDF writer's resolution, and written with each face subset and embedded once.
        const LetterLayout::Pages pages = layout.layOut(writer);
        Result<QByteArray> pdf = LetterPdf::write(pages, {spec.title, creator, m_clock.now()});
        if (pdf) {
            letter.pdf = std::move(pdf).value();
            letter.pageCount = int(pages.pages.size());
        } else {
            // A face that cannot be subset (a variable or bitmap font): Qt's writer embeds it its own way
            // (and dates the file by the system clock: Qt 6.4's writer takes no creation date).
            letter.pageCount = LetterLayout::paint(writer, pages);
        }
    }
    if (letter.pdf.isEmpty()) {
        // The printed page is right whatever the text maps say: a map that cannot be corrected is a warning.
        ToUnicodeRepair::Outcome repaired = ToUnicodeRepair::repair(buffer.data(), layout.drawnGlyphs());
        if (!repaired.exact())
            letter.warnings.append(repaired.warning);
        letter.pdf = std::move(repaired.pdf);
    }
    letter.sealZoneMm = layout.sealZoneMm();
    letter.sealPage = layout.sealPage();
    return letter;
}

bool LetterWriter::printsToFile(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
}

Status LetterWriter::print(const LetterSpec &spec, QPrinter &printer, QStringList *warnings) const
{
    if (printsToFile(printer)) {
        // "Print to file" in the print dialog: the same PDF as Export, so that copied text is the typed
        // text (Qt's own PDF output maps some ideographs to Kangxi radicals).
        WrittenLetter letter = writePdf(spec);
        if (!letter.ok())
            return Error{letter.problems.constFirst().message, letter.problems.constFirst().path};
        // Through SafeFile like every export: a full disk or a link in the way leaves the old file and
        // says why, instead of an empty PDF.
        if (const Status written = SafeFile::write(printer.outputFileName(), letter.pdf); !written) {
            return Error{tr("%1 cannot be written: %2")
                             .arg(QDir::toNativeSeparators(printer.outputFileName()), written.error().message),
                         {}};
        }
        if (warnings)
            *warnings = letter.warnings;
        return Done{};
    }
    const Result<QString> html = fill(spec);
    if (!html)
        return html.error();
    const LetterLayout layout(html.value());
    const LetterProblems missing = missingGlyphs(layout.drawnText());
    if (!missing.isEmpty())
        return Error{missing.constFirst().message, missing.constFirst().path};
    // Paper coordinates: the layout keeps its own margins, whatever the printer's unprintable edge.
    printer.setFullPage(true);
    printer.setDocName(spec.title);
    layout.paint(printer);
    return Done{};
}

QString LetterWriter::fileName(const LetterSpec &spec, const QString &miniProgramName)
{
    QString name = spec.title + u'-' + miniProgramName.trimmed();
    static const QRegularExpression forbidden(u"[<>:\"/\\\\|?*\\x00-\\x1F]"_s);
    name.replace(forbidden, u"_"_s);
    // As long as the file system takes (255 bytes of UTF-8, 255 UTF-16 units on Windows) with ".pdf",
    // cut between whole characters; only then the trailing dots and spaces Windows drops.
    const QString extension = u".pdf"_s;
    name = SafeFile::fitFileName(name + extension);
    name.chop(extension.size());
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        name.prepend(u'_');
    return name + extension;
}

} // namespace mpdesk
