#pragma once

#include "materials/MaterialSlots.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace mpdesk {

class FilingDocument;
class MaterialRow;

/// The filing materials (材料): a row per upload slot, or per file in it, with a thumbnail, the facts
/// measured, the finding and Attach / Replace / Open / Remove; a file dropped on a row is attached.
/// "Prepare upload files" writes the upload pack into a folder the clerk chooses; "Delete the pack"
/// removes it. The project keeps only each file's path and the facts, never a copy.
class MaterialsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialsPage)

public:
    explicit MaterialsPage(FilingDocument &document, QWidget *parent = nullptr);

    QList<MaterialRow *> rows() const { return m_rows; }
    /// Attaches `path` to the slot of row `row` (replacing the file in it, if any).
    void attach(int row, const QString &path);
    void remove(int row);
    /// Asks for a folder and writes the pack there; the result is shown on the page.
    void prepareUploadFiles();
    void deletePack();
    QString packText() const;
    /// Brings the row of `path` into view and marks it: a slot ("materials.mini_program_leader_authorization")
    /// or an attached file ("materials[2].file"). Returns the row, or -1 when there is none.
    int showSlot(const QString &path);

Q_SIGNALS:
    /// The clerk wants the letter whose scan a row holds (LetterIds, e.g. "miniProgramLeaderAuthorization").
    void letterRequested(const QString &letterId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // A row: a slot, and the attached material shown in it (-1 for an empty slot).
    struct RowEntry
    {
        MaterialSlots::Slot slot;
        qsizetype material = -1;
    };

    void retranslate();
    void measure();
    void rebuild();
    /// Rebuilds now when shown; a hidden view catches up when it is shown instead of on every keystroke.
    void rebuildWhenShown();
    QString factsText(const MaterialFacts &facts, const QString &file) const;
    QPixmap thumbnail(const QString &absolutePath, const MaterialFacts &facts);
    QString folder() const;
    /// Where Attach starts for row `row`: beside the file it replaces, else where the clerk attached from
    /// last, else the filing's folder.
    QString attachFolder(int row) const;
    void updatePackText();

    /// What the pack line says, kept as data so that it reads in the language the clerk switches to.
    struct PackResult
    {
        enum class Kind { None, Written, Deleted };
        Kind kind = Kind::None;
        QString folder;
        int count = 0;
        QStringList problems; ///< as the pack reported them
    };

    FilingDocument &m_document;
    bool m_stale = false;
    QLabel *m_intro;
    QPushButton *m_prepare;
    QPushButton *m_deletePack;
    QLabel *m_packResult;
    QScrollArea *m_scroll;
    QString m_shownPath; ///< the path showSlot was last given: its row stays marked across rebuilds
    QVBoxLayout *m_rowsLayout;
    QList<MaterialRow *> m_rows;
    QList<RowEntry> m_entries;
    QString m_measuredKey; ///< the files and folder last measured, so that only a change re-reads them
    QString m_packFolder;
    QString m_lastAttachFolder;
    PackResult m_pack;
    QHash<QString, QPixmap> m_thumbnails; ///< by SHA-256; in memory only
};

} // namespace mpdesk
