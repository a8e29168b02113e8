#pragma once

#include "assessment/Assessment.h"
#include "core/Clock.h"
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
    /// Everything mpdesk says about the current state: findings, checklist, letters, deadlines. Re-made on
    /// every change, on a language change and when the context (clock, known filings, key) changes.
    const Assessment &assessment() const { return m_assessment; }
    /// The assessment's findings, in the language they were made in.
    const Findings &findings() const { return m_assessment.findings(); }
    /// What is wrong with the keychain right now, for one banner; empty when nothing is.
    QString secretProblem() const { return m_secretProblem; }

    /// Sets one field (see FilingFields). Typing into the same field merges into one undo step.
    void setField(const QString &path, const QString &value);
    /// What an edit is called in the Edit menu, written in the current language whenever it is shown.
    using UndoText = std::function<QString()>;
    /// Any other change (adding a person, a list entry), as one undo step named `text`.
    void edit(const UndoText &text, const std::function<void(Filing &)> &change);
    /// The same with a name that is not translated (a test's, or one written by the clerk).
    void edit(const QString &text, const std::function<void(Filing &)> &change);
    /// The undo history's names in the current language (after a language switch).
    void retranslateUndoTexts();

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
    void setFingerprintKey(const QByteArray &key);
    /// The other filings this computer knows, for the leader-reuse check.
    void setKnownFilings(const QList<KnownFiling> &filings);
    /// The materials' files as measured now (MaterialFiles::measureAll), for the assessment; the
    /// materials page measures, since the assessment reads no file.
    void setMaterialFiles(const QHash<QString, MaterialFacts> &files);
    const QHash<QString, MaterialFacts> &materialFiles() const { return m_context.materialFiles; }
    /// How long unsaved work waits before the recovery copy is written (shorter in tests).
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }
    bool isAutosavePending() const { return m_autosave.isActive(); }
    /// Where "today" comes from (tests and a "what is due next week" view fix it).
    void setClock(const Clock &clock);
    Clock clock() const { return m_context.clock; }

    /// Re-makes the assessment, e.g. after the language changed or the day turned.
    void reassess();

    /// Where unsaved work of this document is kept until it is saved or discarded.
    QString recoveryPath() const;
    /// Writes the recovery copy now; returns false if it cannot be written.
    bool writeRecovery();
    void discardRecovery();
    /// Deletes a recovery copy and the files that go with it.
    static void removeRecoveryFiles(const QString &recoveryFile);
    /// Recovery copies left by a session that did not end cleanly.
    static QStringList pendingRecoveries();
    /// The file a recovery copy was made from; empty for a filing never saved.
    static QString recoveryOriginal(const QString &recoveryFile);
    /// Opens a recovery copy as unsaved work, attached to the file it was made from.
    Status restore(const QString &recoveryFile);

Q_SIGNALS:
    void filingChanged();
    /// The assessment was re-made; read assessment().
    void assessmentChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void secretProblemChanged(const QString &problem);

private:
    friend class FilingSnapshotCommand;
    void replaceFiling(const Filing &filing);
    UndoText undoText(const QString &path) const;
    void resetTo(const Filing &filing);
    void setSecretProblem(const QStringList &failures);
    void afterSave(const Project::SaveReport &report, const SaveDone &done);
    /// Numbers that arrived from the keychain after opening, by reference: an undo step made before they
    /// arrived gets them back instead of "not on this computer".
    void rememberArrivedSecrets();
    /// Records the open or saved filing in the index of known filings.
    void recordKnown();
    void fillArrivedSecrets(Filing &filing) const;

    // Declared first, destroyed last: the undo stack's signals on destruction may still reach the timer.
    QTimer m_autosave;
    Project m_project;
    AssessmentContext m_context;
    Assessment m_assessment;
    QHash<QString, QString> m_arrivedSecrets; ///< keychain reference -> value, in memory only
    QString m_secretProblem;
    QUndoStack m_undo;
};

} // namespace mpdesk
