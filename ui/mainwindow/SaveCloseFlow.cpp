#include "mainwindow/SaveCloseFlow.h"

#include "common/Dialogs.h"
#include "document/FilingDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSaveClose, "mpdesk.ui.saveclose")

namespace mpdesk {

SaveCloseFlow::SaveCloseFlow(FilingDocument &document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{ }

QString SaveCloseFlow::documentName() const
{
    return m_document.path().isEmpty() ? tr("Untitled") : QFileInfo(m_document.path()).fileName();
}

void SaveCloseFlow::save()
{
    if (m_document.path().isEmpty() || !m_document.path().endsWith(u".mpdesk"_s)) {
        saveAs();
        return;
    }
    saveTo(m_document.path(), false);
}

void SaveCloseFlow::saveAs()
{
    QString suggested = m_document.path();
    if (suggested.isEmpty() || suggested.startsWith(u':'))
        suggested =
            (m_document.filing().miniProgram.name.isEmpty() ? tr("filing") : m_document.filing().miniProgram.name)
            + u".mpdesk"_s;
    else if (!suggested.endsWith(u".mpdesk"_s))
        suggested = QFileInfo(suggested).completeBaseName() + u".mpdesk"_s;
    // Beside the file it came from (an interchange file's project next to it); a new filing in Documents.
    suggested = QDir(Dialogs::startFolderFor(m_document.path())).filePath(QFileInfo(suggested).fileName());
    QString path = Dialogs::saveFileName(m_window, tr("Save the filing"), suggested, tr("mpdesk projects (*.mpdesk)"));
    if (path.isEmpty()) {
        m_afterSave = nullptr; // nothing saved: what waited for it does not happen
        return;
    }
    if (!path.endsWith(u".mpdesk"_s))
        path += u".mpdesk"_s;
    // A project saved under a new name from an existing one is a copy with its own identity.
    saveTo(path, !m_document.path().isEmpty() && m_document.path().endsWith(u".mpdesk"_s));
}

void SaveCloseFlow::saveTo(const QString &path, bool asCopy)
{
    QPointer<SaveCloseFlow> self(this);
    auto done = [self, path](const Project::SaveReport &report) {
        if (!self)
            return;
        if (!report.file.ok()) {
            self->m_afterSave = nullptr;
            qCInfo(lcSaveClose) << "save failed";
            Dialogs::warn(self->m_window, tr("The filing was not saved"), report.file.error().text());
            return;
        }
        Q_EMIT self->saved(path, report);
        // What waited for the save (close, open another file) runs once the keychain has answered too.
        if (auto next = std::exchange(self->m_afterSave, nullptr))
            next();
    };
    asCopy ? m_document.saveAs(path, done) : m_document.save(path, done);
}

void SaveCloseFlow::whenDiscardable(std::function<void()> then)
{
    if (!m_document.isModified()) {
        then();
        return;
    }
    switch (Dialogs::unsavedChanges(m_window, documentName())) {
    case Dialogs::Answer::Yes:
        // Saving finishes when the keychain answers: `then` runs after that, and not if the save fails.
        m_afterSave = std::move(then);
        save();
        return;
    case Dialogs::Answer::No:
        then();
        return;
    case Dialogs::Answer::Cancel:
        return;
    }
}

bool SaveCloseFlow::mayClose(std::function<void()> closeAgain)
{
    if (!m_document.isModified())
        return true;
    switch (Dialogs::unsavedChanges(m_window, documentName())) {
    case Dialogs::Answer::Yes:
        // Close once the keychain has answered too, or the numbers would not be stored.
        m_afterSave = std::move(closeAgain);
        save();
        return false;
    case Dialogs::Answer::No:
        m_document.discardRecovery();
        return true;
    case Dialogs::Answer::Cancel:
        return false;
    }
    return false;
}

} // namespace mpdesk
