#pragma once

#include "letters/LetterWriter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrintDialog;
class QPrinter;
class QPushButton;
class QScrollArea;

namespace mpdesk {

class FilingDocument;
class LetterPreview;

/// The letters the filing needs and why (and those it does not), a preview of the chosen one, Print /
/// Export PDF for it, and Print All / Export All (one dialog each) for every letter to print: the needed
/// ones, and with "also the letters the stricter rule may ask for" those too, each saying why. A letter
/// that cannot be printed as it stands says what stops it, before anything is printed or exported.
class LettersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersPage)

public:
    explicit LettersPage(FilingDocument &document, QWidget *parent = nullptr);
    ~LettersPage() override;

    /// Titles of the letters listed as needed, in order.
    QStringList neededLetters() const;
    /// Titles of the letters listed as not needed.
    QStringList notNeededLetters() const;
    /// Chooses the letter shown, by manifest id (in any form LetterManifest::canonicalId() accepts).
    void selectLetter(const QString &letterId);
    /// What stops the shown letter; empty when it can be printed.
    QString problemText() const;
    /// Prints the shown letter on `printer` (the Print button does this after the print dialog).
    bool print(QPrinter &printer);
    /// Writes the shown letter as PDF to `path`.
    bool exportPdf(const QString &path);
    /// Titles of the letters Print All and Export All take, in order.
    QStringList lettersToPrint() const;
    /// Prints every letter to print on `printer`; a printer printing to a PDF file gets one file per
    /// letter in that file's folder, named after the letter (one letter: the file chosen).
    bool printAll(QPrinter &printer);
    /// Writes every letter to print as PDF in `folder`, named after the letter and the mini program;
    /// remembers the folder for the next time. Returns the paths written.
    QStringList exportAll(const QString &folder);
    /// The folder Export All offers first: the last one used.
    static QString lastExportFolder();
    /// The confirmation shown after printing or exporting; empty when there is none.
    QString confirmationText() const;
    int pageCount() const { return m_pageCount; }
    /// The preview's zoom in percent, fit width and fit page worked out for the page area.
    int zoomPercent() const;
    /// Where the shown letter stands (printed, signed and sealed, uploaded); empty for a letter not tracked.
    QString progressText() const;

Q_SIGNALS:
    /// The clerk wants to record the shown letter's progress; `path` is its first date not yet entered.
    void recordProgressRequested(const QString &path);
    /// The clerk wants the shown letter's signed scan: `path` is its slot on the materials page
    /// ("materials.mini_program_leader_authorization").
    void scanSlotRequested(const QString &path);
    /// The clerk wants to correct what stops the shown letter: `path` is the first such field.
    void fieldRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void renderCurrent();
    const LetterSpec *currentSpec() const;
    LetterWriter writer() const;
    QList<const LetterSpec *> specsToPrint() const;
    QStringList problemsOf(const QList<const LetterSpec *> &specs) const;
    /// What the confirmation line is about; its sentence is written from it in the current language.
    struct Confirmation
    {
        enum class Kind { None, Printed, Exported };
        Kind kind = Kind::None;
        QStringList items; ///< paths written, or the titles of the letters sent to the printer
        QStringList warnings; ///< as the letter writer gave them
    };
    void showConfirmation(Confirmation confirmation);
    void updateConfirmation();
    /// Where Export starts: the folder exported to last, else the filing's folder, else Documents.
    QString exportStartFolder() const;
    /// Print to file starts where Export does, under the letter's name.
    void suggestPrintFile(QPrintDialog &dialog, const QString &fileName) const;
    /// A letter was written into `folder`: Open Folder opens it.
    void wroteInto(const QString &folder);
    void zoomBy(int steps);
    void updateProgress();

    static constexpr int FitWidth = -1;
    static constexpr int FitPage = -2;

    FilingDocument &m_document;
    LetterPreview *m_preview = nullptr;
    QTimer m_rebuildTimer;
    QTimer m_fitTimer; ///< re-renders a fitted preview once resizing pauses
    bool m_toTop = false;
    QListWidget *m_letters = nullptr;
    QCheckBox *m_blankDate = nullptr;
    QCheckBox *m_alsoMayBeAsked = nullptr;
    QLabel *m_confirmation = nullptr;
    Confirmation m_confirmed;
    QPushButton *m_printAllButton = nullptr, *m_exportAllButton = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_fixProblem = nullptr;
    QString m_problemPath; ///< the first field that stops the shown letter
    QLabel *m_progress = nullptr;
    QPushButton *m_recordProgress = nullptr;
    QPushButton *m_showScan = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_pageImage = nullptr;
    QComboBox *m_zoom = nullptr;
    QPushButton *m_previous = nullptr, *m_next = nullptr, *m_printButton = nullptr, *m_exportButton = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_heading = nullptr;
    QByteArray m_pdf;
    int m_page = 0;
    int m_pageCount = 0;
    int m_request = 0;
    QString m_lastFolder;
};

} // namespace mpdesk
