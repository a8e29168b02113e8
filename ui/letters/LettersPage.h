#pragma once

#include "letters/LetterWriter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QScrollArea;

namespace mpdesk {

class FilingDocument;
class LetterPreview;

/// The letters the filing needs and why (and those it does not), a preview of the chosen one, and
/// Print / Export PDF. A letter that cannot be printed as it stands says what stops it, before anything
/// is printed or exported.
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
    /// Chooses the letter shown, by manifest id.
    void selectLetter(const QString &letterId);
    /// What stops the shown letter; empty when it can be printed.
    QString problemText() const;
    /// Prints the shown letter on `printer` (the Print button does this after the print dialog).
    bool print(QPrinter &printer);
    /// Writes the shown letter as PDF to `path`.
    bool exportPdf(const QString &path);
    int pageCount() const { return m_pageCount; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void renderCurrent();
    const LetterSpec *currentSpec() const;
    LetterWriter writer() const;

    FilingDocument &m_document;
    LetterPreview *m_preview = nullptr;
    QTimer m_rebuildTimer;
    QListWidget *m_letters = nullptr;
    QCheckBox *m_blankDate = nullptr;
    QLabel *m_problems = nullptr;
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
