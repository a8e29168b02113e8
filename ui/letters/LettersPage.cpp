#include "letters/LettersPage.h"

#include "common/Dialogs.h"
#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "document/FilingFields.h"
#include "i18n/Phrases.h"
#include "letters/LetterNeeds.h"
#include "letters/LetterPreview.h"
#include "letters/LetterTemplates.h"
#include "materials/MaterialSlots.h"
#include "storage/SafeFile.h"
#include "workflow/LetterRequirements.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int SpecIdRole = Qt::UserRole + 1;
constexpr int NeededRole = Qt::UserRole + 2;
constexpr int ToPrintRole = Qt::UserRole + 3; ///< needed, or may be asked for and the clerk wants those too

// Remembered for the desktop application only; the command line reads no settings.
constexpr auto ExportFolderKey = "letters/exportFolder";

const LetterTemplates &templates()
{
    static const LetterTemplates loaded;
    return loaded;
}

// The filing keeps a letter's progress under the manifest's id (the interchange format's); empty for a
// letter the workflow does not track.
QString progressIdOf(const LetterSpec &spec)
{
    for (const char *known : {LetterIds::MiniProgramLeaderAuthorization, LetterIds::EntityLeaderAuthorization,
                              LetterIds::PreApprovalCommitment}) {
        if (spec.id == QLatin1StringView(known))
            return spec.id;
    }
    return {};
}

// One line of the "cannot be printed yet" box, in the clerk's words: whose value and which field, never
// the field's path. The missing-value messages already name both.
QString clerkText(const LetterProblem &problem)
{
    if (problem.kind != LetterProblem::Kind::Finding || problem.path.isEmpty())
        return problem.message;
    const QString field = FilingFields::label(problem.path);
    if (field == problem.path) // a path with no label: the message alone says enough
        return problem.message;
    return problem.person.isEmpty() ? Phrases::labelled(field, problem.message)
                                    : LettersPage::tr("%1, %2: %3", "a person, their field, then what is wrong with it")
                                          .arg(problem.person, field, problem.message);
}

} // namespace

LettersPage::LettersPage(FilingDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_preview(new LetterPreview(this))
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    m_letters = new QListWidget(this);
    m_letters->setObjectName(u"lettersList"_s);
    m_letters->setWordWrap(true);
    layout->addWidget(m_letters);

    // The dates of printing, signing and uploading are kept with the filing's progress; the letter says
    // where it stands and leads there, so that printing it is not where the clerk's trail ends.
    auto *progress = new QHBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"letterProgress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_recordProgress = new QPushButton(this);
    m_recordProgress->setObjectName(u"recordLetterProgress"_s);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_recordProgress);
    m_showScan = new QPushButton(this);
    m_showScan->setObjectName(u"showLetterScan"_s);
    progress->addWidget(m_showScan);
    layout->addLayout(progress);
    connect(m_showScan, &QPushButton::clicked, this, [this] {
        const QString slot = currentSpec() ? MaterialSlots::slotOfLetter(progressIdOf(*currentSpec())) : QString();
        if (!slot.isEmpty())
            Q_EMIT scanSlotRequested(u"materials."_s + slot);
    });
    connect(m_recordProgress, &QPushButton::clicked, this, [this] {
        const LetterSpec *spec = currentSpec();
        if (!spec)
            return;
        const QString id = progressIdOf(*spec);
        if (id.isEmpty())
            return;
        const LetterProgress done = m_document.filing().filing.letters.value(id);
        const char *step = done.printedOn.isEmpty() ? "printedOn" : done.signedOn.isEmpty() ? "signedOn" : "uploadedOn";
        Q_EMIT recordProgressRequested(u"filing.letters."_s + id + u'.' + QLatin1StringView(step));
    });

    auto *options = new QHBoxLayout;
    m_blankDate = new QCheckBox(this);
    m_blankDate->setObjectName(u"blankDateCheck"_s);
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(u"zoomCombo"_s);
    // Fit width and fit page (their texts are set in retranslate()), then fixed sizes.
    m_zoom->addItem(QString(), FitWidth);
    m_zoom->addItem(QString(), FitPage);
    for (int percent : {50, 75, 100, 125, 150, 200})
        m_zoom->addItem(QString::number(percent) + u'%', percent);
    m_zoom->setCurrentIndex(0);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_alsoMayBeAsked = new QCheckBox(this);
    m_alsoMayBeAsked->setObjectName(u"alsoMayBeAskedCheck"_s);
    options->addWidget(m_blankDate);
    options->addWidget(m_alsoMayBeAsked);
    options->addStretch();
    options->addWidget(m_zoom);
    options->addWidget(m_previous);
    options->addWidget(m_pageLabel);
    options->addWidget(m_next);
    layout->addLayout(options);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"letterProblems"_s);
    m_problems->setTextFormat(Qt::PlainText); // names and characters the clerk typed
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"background: #fdecea; color: #5f2120; border: 1px solid #e0a7a2; padding: 6px;"_s);
    m_problems->hide();
    m_fixProblem = new QPushButton(this);
    m_fixProblem->setObjectName(u"fixLetterProblem"_s);
    m_fixProblem->hide();
    connect(m_fixProblem, &QPushButton::clicked, this, [this] { Q_EMIT fieldRequested(m_problemPath); });
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problems, 1);
    problemRow->addWidget(m_fixProblem, 0, Qt::AlignTop);
    layout->addLayout(problemRow);

    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageImage = new QLabel(m_scroll);
    m_pageImage->setObjectName(u"letterPreview"_s);
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(false);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(100);
    connect(&m_fitTimer, &QTimer::timeout, this, &LettersPage::renderCurrent);

    auto *buttons = new QHBoxLayout;
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(u"printButton"_s);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_openFolder = new QPushButton(this);
    m_openFolder->setEnabled(false);
    m_printAllButton = new QPushButton(this);
    m_printAllButton->setObjectName(u"printAllButton"_s);
    m_exportAllButton = new QPushButton(this);
    m_exportAllButton->setObjectName(u"exportAllButton"_s);
    buttons->addWidget(m_printAllButton);
    buttons->addWidget(m_exportAllButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(u"lettersConfirmation"_s);
    m_confirmation->setTextFormat(Qt::PlainText); // paths hold what the clerk typed
    m_confirmation->setWordWrap(true);
    m_confirmation->hide();
    layout->addWidget(m_confirmation);

    // Ctrl+P on this page prints every letter to print, through one print dialog.
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, m_printAllButton, &QPushButton::click);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(300); // typing does not re-lay the letter on every key
    connect(&m_rebuildTimer, &QTimer::timeout, this, &LettersPage::rebuild);
    connect(&m_document, &FilingDocument::filingChanged, this, [this] {
        if (isVisible())
            m_rebuildTimer.start();
    });
    connect(m_letters, &QListWidget::currentRowChanged, this, [this] {
        m_page = 0;
        m_toTop = true; // each letter opens at its top
        rebuild();
    });
    connect(m_blankDate, &QCheckBox::toggled, this, &LettersPage::rebuild);
    connect(m_alsoMayBeAsked, &QCheckBox::toggled, this, &LettersPage::rebuild);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &LettersPage::renderCurrent);
    auto *zoomIn = new QShortcut(QKeySequence::ZoomIn, this);
    zoomIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomIn, &QShortcut::activated, this, [this] { zoomBy(1); });
    auto *zoomOut = new QShortcut(QKeySequence::ZoomOut, this);
    zoomOut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomOut, &QShortcut::activated, this, [this] { zoomBy(-1); });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_page = qMax(0, m_page - 1);
        renderCurrent();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_page = qMin(m_pageCount - 1, m_page + 1);
        renderCurrent();
    });
    connect(m_preview, &LetterPreview::rendered, this, [this](int id, int, int pages, const QImage &image) {
        if (id != m_request)
            return; // an older request, overtaken by a newer one
        m_pageCount = pages;
        m_pageImage->setPixmap(QPixmap::fromImage(image));
        m_pageImage->resize(image.size() / image.devicePixelRatio());
        if (std::exchange(m_toTop, false)) {
            m_scroll->verticalScrollBar()->setValue(0);
            m_scroll->horizontalScrollBar()->setValue(0);
        }
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
        m_previous->setEnabled(m_page > 0);
        m_next->setEnabled(m_page + 1 < m_pageCount);
    });
    connect(m_preview, &LetterPreview::failed, this, [this](int id, const QString &message) {
        if (id == m_request)
            m_pageImage->setText(message);
    });
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        if (const LetterSpec *spec = currentSpec())
            printer.setDocName(
                QFileInfo(LetterWriter::fileName(*spec, m_document.filing().miniProgram.name)).completeBaseName());
        QPrintDialog dialog(&printer, this);
        if (const LetterSpec *spec = currentSpec())
            suggestPrintFile(dialog, LetterWriter::fileName(*spec, m_document.filing().miniProgram.name));
        if (dialog.exec() == QDialog::Accepted)
            print(printer);
    });
    connect(m_printAllButton, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Letters"));
        QPrintDialog dialog(&printer, this);
        const QList<const LetterSpec *> specs = specsToPrint();
        // One letter is printed to the file chosen; several go beside it, each under its own name.
        suggestPrintFile(dialog,
                         specs.size() == 1
                             ? LetterWriter::fileName(*specs.constFirst(), m_document.filing().miniProgram.name)
                             : printer.docName() + u".pdf"_s);
        if (dialog.exec() == QDialog::Accepted)
            printAll(printer);
    });
    connect(m_exportAllButton, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::folderName(this, tr("Export all letters to a folder"), exportStartFolder());
        if (!folder.isEmpty())
            exportAll(folder);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const LetterSpec *spec = currentSpec();
        if (!spec)
            return;
        const QString name = LetterWriter::fileName(*spec, m_document.filing().miniProgram.name);
        const QString suggested = QDir(exportStartFolder()).filePath(name);
        const QString path = Dialogs::saveFileName(this, tr("Export the letter as PDF"), suggested, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder)); });
    retranslate();
}

LettersPage::~LettersPage() = default;

LetterWriter LettersPage::writer() const
{
    return LetterWriter(m_document.filing(), m_document.clock(), templates(),
                        m_blankDate->isChecked() ? LetterWriter::DateLine::Blank : LetterWriter::DateLine::Today);
}

const LetterSpec *LettersPage::currentSpec() const
{
    const QListWidgetItem *item = m_letters->currentItem();
    return item ? LetterManifest::shipped().letter(item->data(SpecIdRole).toString()) : nullptr;
}

void LettersPage::rebuild()
{
    const QString current =
        m_letters->currentItem() ? m_letters->currentItem()->data(SpecIdRole).toString() : QString();
    {
        const QSignalBlocker blocker(m_letters);
        m_letters->clear();
        for (const LetterNeed &need : LetterNeeds::assess(m_document.filing())) {
            auto *item = new QListWidgetItem(m_letters);
            const bool inCase = !need.needed && m_alsoMayBeAsked->isChecked() && !need.mayBeAsked.isEmpty();
            if (inCase)
                item->setText(tr("In case the reviewer asks for it: %1 — %2").arg(need.spec.title, need.mayBeAsked));
            else
                item->setText((need.needed ? tr("Needed: %1 — %2") : tr("Not needed: %1 — %2"))
                                  .arg(need.spec.title, need.reason));
            item->setData(SpecIdRole, need.spec.id);
            item->setData(NeededRole, need.needed);
            item->setData(ToPrintRole, need.needed || inCase);
            if (!need.needed && !inCase)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            if (need.spec.id == current)
                m_letters->setCurrentItem(item);
        }
        if (!m_letters->currentItem()) {
            for (int i = 0; i < m_letters->count(); ++i) {
                if (m_letters->item(i)->data(NeededRole).toBool()) {
                    m_letters->setCurrentRow(i);
                    break;
                }
            }
        }
    }
    // The list is as tall as its letters (up to eight lines), so that the preview keeps the rest of the page.
    int listHeight = 2 * m_letters->frameWidth() + 4;
    for (int i = 0; i < m_letters->count(); ++i)
        listHeight += m_letters->sizeHintForRow(i);
    m_letters->setFixedHeight(qMin(listHeight, m_letters->fontMetrics().lineSpacing() * 8));
    const LetterSpec *spec = currentSpec();
    m_pdf.clear();
    QStringList problems;
    QStringList warnings;
    if (spec) {
        const LetterWriter w = writer();
        LetterProblems found = w.problems(*spec, m_document.findings());
        if (found.isEmpty()) {
            WrittenLetter letter = w.writePdf(*spec);
            found = letter.problems;
            m_pdf = letter.pdf;
            warnings = letter.warnings;
        }
        for (const LetterProblem &p : std::as_const(found))
            problems.append(clerkText(p));
        m_problemPath = found.isEmpty() ? QString() : found.first().path;
    }
    if (!problems.isEmpty())
        m_problems->setText(tr("This letter cannot be printed yet:") + u'\n' + problems.join(u'\n'));
    else
        m_problems->setText(warnings.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty() || !warnings.isEmpty());
    m_fixProblem->setVisible(!problems.isEmpty() && !m_problemPath.isEmpty());
    updateProgress();
    m_printButton->setEnabled(!m_pdf.isEmpty());
    m_exportButton->setEnabled(!m_pdf.isEmpty());
    const bool anyToPrint = !lettersToPrint().isEmpty();
    m_printAllButton->setEnabled(anyToPrint);
    m_exportAllButton->setEnabled(anyToPrint);
    renderCurrent();
}

QString LettersPage::progressText() const
{
    const LetterSpec *spec = currentSpec();
    if (!spec || !m_letters->currentItem()->data(ToPrintRole).toBool())
        return {}; // a letter not needed has nothing to record
    const QString id = progressIdOf(*spec);
    if (id.isEmpty())
        return {};
    const LetterProgress done = m_document.filing().filing.letters.value(id);
    const auto when = [](const DateField &date) { return date.isEmpty() ? tr("not yet") : date.text(); };
    return tr("This letter: printed %1 · signed and sealed %2 · uploaded %3")
        .arg(when(done.printedOn), when(done.signedOn), when(done.uploadedOn));
}

void LettersPage::updateProgress()
{
    const QString text = progressText();
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
    m_recordProgress->setVisible(!text.isEmpty());
    m_showScan->setVisible(!text.isEmpty());
}

void LettersPage::renderCurrent()
{
    if (m_pdf.isEmpty()) {
        m_pageImage->setPixmap(QPixmap());
        m_pageImage->clear();
        m_pageCount = 0;
        m_pageLabel->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    const qreal dpi = zoomPercent() / 100.0 * 96.0 * devicePixelRatioF();
    m_request = m_preview->render(m_pdf, m_page, dpi);
}

QStringList LettersPage::neededLetters() const
{
    QStringList list;
    for (int i = 0; i < m_letters->count(); ++i) {
        if (m_letters->item(i)->data(NeededRole).toBool())
            list.append(LetterManifest::shipped().letter(m_letters->item(i)->data(SpecIdRole).toString())->title);
    }
    return list;
}

QStringList LettersPage::notNeededLetters() const
{
    QStringList list;
    for (int i = 0; i < m_letters->count(); ++i) {
        if (!m_letters->item(i)->data(NeededRole).toBool())
            list.append(LetterManifest::shipped().letter(m_letters->item(i)->data(SpecIdRole).toString())->title);
    }
    return list;
}

void LettersPage::selectLetter(const QString &letterId)
{
    const QString id = LetterManifest::canonicalId(letterId);
    for (int i = 0; i < m_letters->count(); ++i) {
        if (m_letters->item(i)->data(SpecIdRole).toString() == id)
            m_letters->setCurrentRow(i);
    }
}

QString LettersPage::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

bool LettersPage::print(QPrinter &printer)
{
    const LetterSpec *spec = currentSpec();
    if (!spec || m_pdf.isEmpty()) {
        Dialogs::warn(this, tr("Cannot print"), problemText());
        return false;
    }
    // A warning about copied text is already on the page, above the preview of the same PDF.
    const Status printed = writer().print(*spec, printer);
    if (!printed) {
        Dialogs::warn(this, tr("Cannot print"), printed.error().message);
        return false;
    }
    // Said on the page, as Export does: a print dialog closes without a word.
    const bool toFile = LetterWriter::printsToFile(printer);
    if (toFile)
        wroteInto(QFileInfo(printer.outputFileName()).absolutePath());
    showConfirmation(
        {Confirmation::Kind::Printed, {toFile ? QDir::toNativeSeparators(printer.outputFileName()) : spec->title}, {}});
    return true;
}

bool LettersPage::exportPdf(const QString &path)
{
    if (m_pdf.isEmpty()) {
        Dialogs::warn(this, tr("Cannot export"), problemText());
        return false;
    }
    // Only a regular file, never through a link; a full disk is reported and leaves no partial letter.
    if (const Status written = SafeFile::write(path, m_pdf); !written) {
        Dialogs::warn(this, tr("Cannot export"),
                      tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    wroteInto(QFileInfo(path).absolutePath());
    QSettings().setValue(QLatin1StringView(ExportFolderKey), m_lastFolder);
    showConfirmation({Confirmation::Kind::Exported, {QDir::toNativeSeparators(path)}, {}});
    return true;
}

int LettersPage::zoomPercent() const
{
    const int chosen = m_zoom->currentData().toInt();
    if (chosen > 0)
        return chosen;
    // A4 at 100 % is 210 × 297 mm at 96 dpi; leave room for the frame and a scroll bar.
    const QSize room = m_scroll->viewport()->size() - QSize(24, 24);
    const qreal widthPercent = 100.0 * room.width() / (210 / 25.4 * 96);
    const qreal pagePercent = qMin(widthPercent, 100.0 * room.height() / (297 / 25.4 * 96));
    return qBound(10, int(chosen == FitWidth ? widthPercent : pagePercent), 400);
}

void LettersPage::zoomBy(int steps)
{
    const int current = zoomPercent();
    const int next = qBound(25, int(std::lround(current * std::pow(1.25, steps))), 400);
    int index = m_zoom->findData(next);
    if (index < 0) {
        m_zoom->addItem(QString::number(next) + u'%', next);
        index = m_zoom->count() - 1;
    }
    m_zoom->setCurrentIndex(index);
}

bool LettersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport()) {
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            // Ctrl+wheel zooms; the plain wheel scrolls, as everywhere.
            if (wheel->modifiers() & Qt::ControlModifier) {
                const int delta = wheel->angleDelta().y();
                if (delta != 0)
                    zoomBy(delta > 0 ? 1 : -1);
                return true;
            }
        } else if (event->type() == QEvent::Resize && m_zoom->currentData().toInt() < 0) {
            m_fitTimer.start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList LettersPage::lettersToPrint() const
{
    QStringList list;
    for (const LetterSpec *spec : specsToPrint())
        list.append(spec->title);
    return list;
}

QList<const LetterSpec *> LettersPage::specsToPrint() const
{
    QList<const LetterSpec *> list;
    for (int i = 0; i < m_letters->count(); ++i) {
        if (m_letters->item(i)->data(ToPrintRole).toBool())
            list.append(LetterManifest::shipped().letter(m_letters->item(i)->data(SpecIdRole).toString()));
    }
    list.removeAll(nullptr);
    return list;
}

QStringList LettersPage::problemsOf(const QList<const LetterSpec *> &specs) const
{
    const LetterWriter w = writer();
    QStringList problems;
    for (const LetterSpec *spec : specs) {
        for (const LetterProblem &p : w.problems(*spec, m_document.findings()))
            problems.append(Phrases::labelled(spec->title, clerkText(p)));
    }
    return problems;
}

bool LettersPage::printAll(QPrinter &printer)
{
    const QList<const LetterSpec *> specs = specsToPrint();
    const QStringList problems = problemsOf(specs);
    if (specs.isEmpty() || !problems.isEmpty()) {
        Dialogs::warn(this, tr("Cannot print"),
                      problems.isEmpty() ? tr("No letter is to be printed.") : problems.join(u'\n'));
        return false;
    }
    const LetterWriter w = writer();
    const bool toFile = LetterWriter::printsToFile(printer);
    const QString chosen = printer.outputFileName();
    QStringList done;
    for (const LetterSpec *spec : specs) {
        if (toFile && specs.size() > 1) {
            // One file per letter, beside the file chosen, named after the letter.
            printer.setOutputFileName(QFileInfo(chosen).absoluteDir().filePath(
                LetterWriter::fileName(*spec, m_document.filing().miniProgram.name)));
        }
        const Status printed = w.print(*spec, printer);
        if (!printed) {
            Dialogs::warn(this, tr("Cannot print"), Phrases::labelled(spec->title, printed.error().message));
            return false;
        }
        done.append(toFile ? QDir::toNativeSeparators(printer.outputFileName()) : spec->title);
    }
    if (toFile)
        wroteInto(QFileInfo(chosen).absolutePath());
    showConfirmation({Confirmation::Kind::Printed, done, {}});
    return true;
}

QStringList LettersPage::exportAll(const QString &folder)
{
    const QList<const LetterSpec *> specs = specsToPrint();
    const QStringList problems = problemsOf(specs);
    if (specs.isEmpty() || !problems.isEmpty()) {
        Dialogs::warn(this, tr("Cannot export"),
                      problems.isEmpty() ? tr("No letter is to be printed.") : problems.join(u'\n'));
        return {};
    }
    const LetterWriter w = writer();
    QStringList written;
    QStringList warnings;
    for (const LetterSpec *spec : specs) {
        const WrittenLetter letter = w.writePdf(*spec);
        if (!letter.ok()) {
            Dialogs::warn(this, tr("Cannot export"),
                          Phrases::labelled(spec->title, clerkText(letter.problems.constFirst())));
            return written;
        }
        const QString path = QDir(folder).filePath(LetterWriter::fileName(*spec, m_document.filing().miniProgram.name));
        // A link planted under the letter's predictable name is refused, not followed out of the folder.
        if (const Status saved = SafeFile::write(path, letter.pdf); !saved) {
            Dialogs::warn(this, tr("Cannot export"),
                          tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), saved.error().message));
            return written;
        }
        written.append(path);
        for (const QString &warning : letter.warnings)
            warnings.append(Phrases::labelled(spec->title, warning));
    }
    wroteInto(QDir(folder).absolutePath());
    QSettings().setValue(QLatin1StringView(ExportFolderKey), m_lastFolder);
    QStringList shown;
    for (const QString &path : std::as_const(written))
        shown.append(QDir::toNativeSeparators(path));
    showConfirmation({Confirmation::Kind::Exported, shown, warnings});
    return written;
}

QString LettersPage::lastExportFolder()
{
    return QSettings().value(QLatin1StringView(ExportFolderKey)).toString();
}

QString LettersPage::confirmationText() const
{
    return m_confirmation->isVisibleTo(this) ? m_confirmation->text() : QString();
}

void LettersPage::wroteInto(const QString &folder)
{
    m_lastFolder = folder;
    m_openFolder->setEnabled(true);
}

void LettersPage::showConfirmation(Confirmation confirmation)
{
    m_confirmed = std::move(confirmation);
    updateConfirmation();
}

void LettersPage::updateConfirmation()
{
    QString text;
    switch (m_confirmed.kind) {
    case Confirmation::Kind::None:
        break;
    case Confirmation::Kind::Printed:
        text = tr("Printed: %1").arg(m_confirmed.items.join(tr(", ", "between the letters or files of a list")));
        break;
    case Confirmation::Kind::Exported:
        text = tr("Exported: %1").arg(m_confirmed.items.join(tr(", ", "between the letters or files of a list")));
        break;
    }
    if (!text.isEmpty() && !m_confirmed.warnings.isEmpty())
        text += u'\n' + m_confirmed.warnings.join(u'\n');
    m_confirmation->setText(text);
    m_confirmation->setVisible(!text.isEmpty());
}

void LettersPage::suggestPrintFile(QPrintDialog &dialog, const QString &fileName) const
{
    // Qt's own print dialog (Linux) proposes printing to a file in the working folder; the letter's name in
    // the export folder instead. A platform's native dialog has no such field and keeps its own choice.
    if (auto *file = dialog.findChild<QLineEdit *>(u"filename"_s))
        file->setText(QDir::toNativeSeparators(QDir(exportStartFolder()).filePath(fileName)));
}

QString LettersPage::exportStartFolder() const
{
    const QString last = lastExportFolder();
    return !last.isEmpty() ? last : Dialogs::startFolderFor(m_document.path());
}

void LettersPage::retranslate()
{
    m_heading->setText(tr("Letters"));
    m_blankDate->setText(tr("Leave the date blank, to be filled in by hand"));
    m_previous->setText(tr("Previous page"));
    m_next->setText(tr("Next page"));
    m_printButton->setText(tr("Print…"));
    m_exportButton->setText(tr("Export PDF…"));
    m_printAllButton->setText(tr("Print All Letters…"));
    m_printAllButton->setToolTip(tr("Every letter to print, through one print dialog (Ctrl+P)"));
    m_exportAllButton->setText(tr("Export All Letters…"));
    m_recordProgress->setText(tr("Record printed / signed / uploaded…"));
    m_recordProgress->setToolTip(tr("Opens the filing page at this letter's dates"));
    m_showScan->setText(tr("Signed scan…"));
    m_fixProblem->setText(tr("Correct it…"));
    m_fixProblem->setToolTip(tr("Opens the step where the first of these values is entered"));
    m_showScan->setToolTip(tr("Opens the materials page at this letter's signed and sealed scan"));
    m_alsoMayBeAsked->setText(tr("Also print the letters the platform's stricter rule may ask for"));
    m_openFolder->setText(tr("Open Folder"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setItemText(m_zoom->findData(FitWidth), tr("Fit width"));
    m_zoom->setItemText(m_zoom->findData(FitPage), tr("Fit page"));
    m_zoom->setToolTip(tr("Zoom (Ctrl+wheel, Ctrl++ and Ctrl+-)"));
    m_letters->setAccessibleName(tr("Letters this filing needs"));
    m_pageImage->setAccessibleName(tr("Preview of the letter"));
    updateConfirmation();
    if (isVisible())
        rebuild();
}

void LettersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LettersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

} // namespace mpdesk
