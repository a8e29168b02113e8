#pragma once

#include "core/Result.h"
#include "model/Filing.h"
#include "project/Project.h"
#include "validation/Finding.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace mpdesk {

class SecretStore;

/// The filing the clerk is working on: every edit goes through here, so each can be undone, marks the
/// document modified and re-runs the checks. Opening and saving go through Project, so the keychain is
/// kept in step; a recovery copy (without secrets) is written while there is unsaved work.
class FilingDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilingDocument)

public:
    /// How long unsaved work waits before it is written to the recovery file.
    static constexpr int AutosaveIntervalMs = 30 * 1000;

    explicit FilingDocument(SecretStore &store, QObject *parent = nullptr);
    ~FilingDocument() override;

    const Filing &filing() const { return m_project.filing(); }
    QString path() const { return m_project.path(); }
    bool isModified() const { return !m_undo.isClean(); }
    QUndoStack *undoStack() { return &m_undo; }
    /// The findings of the current state, in the language they were made in (re-made on a language change).
    const Findings &findings() const { return m_findings; }
    /// What is wrong with the keychain right now, for one banner; empty when nothing is.
    QString secretProblem() const { return m_secretProblem; }

    /// Sets one field (see FilingFields). Typing into the same field merges into one undo step.
    void setField(const QString &path, const QString &value);
    /// Any other change (adding a person, a list entry), as one undo step named `text`.
    void edit(const QString &text, const std::function<void(Filing &)> &change);

    /// An empty filing, not yet saved anywhere.
    void newFiling();
    /// Opens a project or interchange file; a failed open changes nothing.
    Status open(const QString &path);
    /// Starts a new, unsaved project from an interchange file.
    Status importInterchange(const QString &path);
    using SaveDone = std::function<void(const Project::SaveReport &)>;
    void save(const QString &path, SaveDone done);
    void saveAs(const QString &path, SaveDone done);

    /// The key of the leader fingerprints (from the keychain); saving then records the mini program
    /// leader's fingerprint, so other projects can find the leader reused under another entity.
    void setFingerprintKey(const QByteArray &key) { m_project.setFingerprintKey(key); }

    /// Re-runs the checks, e.g. after the language changed.
    void revalidate();

    /// Where unsaved work of this document is kept until it is saved or discarded.
    QString recoveryPath() const;
    /// Writes the recovery copy now; returns false if it cannot be written.
    bool writeRecovery();
    void discardRecovery();
    /// Deletes a recovery copy and the files that go with it.
    static void removeRecoveryFiles(const QString &recoveryFile);
    /// Recovery copies left by a session that did not end cleanly.
    static QStringList pendingRecoveries();
    /// Opens a recovery copy as unsaved work, attached to the file it was made from.
    Status restore(const QString &recoveryFile);

Q_SIGNALS:
    void filingChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void secretProblemChanged(const QString &problem);

private:
    friend class FilingSnapshotCommand;
    void replaceFiling(const Filing &filing);
    void resetTo(const Filing &filing);
    void setSecretProblem(const QStringList &failures);
    void afterSave(const Project::SaveReport &report, const SaveDone &done);

    Project m_project;
    QUndoStack m_undo;
    Findings m_findings;
    QString m_secretProblem;
    QTimer m_autosave;
};

} // namespace mpdesk
