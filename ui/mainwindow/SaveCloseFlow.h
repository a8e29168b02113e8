#pragma once

#include "project/Project.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace mpdesk {

class FilingDocument;

/// Saving, and what happens to unsaved work before it is closed or replaced: the unsaved-changes question
/// (Save / Discard / Cancel) and waiting for the keychain, so that what waited for the save (closing the
/// window, opening another file) runs only once the ID numbers are stored too, and not at all if the save
/// fails or the clerk cancels.
class SaveCloseFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveCloseFlow)

public:
    /// `window` parents the dialogs.
    SaveCloseFlow(FilingDocument &document, QWidget *window);

    /// Saves to the current project file, asking for a name when there is none.
    void save();
    /// Asks for a name and saves there; from an existing project that makes a copy with its own identity.
    void saveAs();
    /// Runs `then` at once when nothing is unsaved; otherwise asks, and runs it after the save has finished
    /// (keychain included) or at once when the clerk discards; never when the clerk cancels or the save fails.
    void whenDiscardable(std::function<void()> then);
    /// For the window's close: true when it may close now. False when the clerk cancelled, or when the work
    /// is being saved: `closeAgain` then runs once the save has finished.
    bool mayClose(std::function<void()> closeAgain);
    /// True while a save is waiting for the keychain with something queued after it.
    bool isWaitingForSave() const { return bool(m_afterSave); }

Q_SIGNALS:
    /// The file was written (the report says whether the keychain took every number).
    void saved(const QString &path, const Project::SaveReport &report);

private:
    QString documentName() const;
    void saveTo(const QString &path, bool asCopy);

    FilingDocument &m_document;
    QPointer<QWidget> m_window;
    std::function<void()> m_afterSave; ///< what waits for the save in progress
};

} // namespace mpdesk
