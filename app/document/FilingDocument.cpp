#include "document/FilingDocument.h"

#include "document/FilingFields.h"
#include "model/FieldPath.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/ProjectSecrets.h"
#include "storage/ProjectFile.h"
#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDocument, "mpdesk.document")

namespace mpdesk {

/// An undoable change: the filing before and after. Filings are small and implicitly shared, so a
/// snapshot is cheaper and safer than an inverse for every kind of edit.
class FilingSnapshotCommand final : public QUndoCommand
{
public:
    FilingSnapshotCommand(FilingDocument *doc, FilingDocument::UndoText text, Filing before, Filing after,
                          QString mergePath)
        : QUndoCommand(text()), m_doc(doc), m_text(std::move(text)), m_before(std::move(before)),
          m_after(std::move(after)), m_mergePath(std::move(mergePath))
    { }

    void retranslate() { setText(m_text()); }

    void undo() override { m_doc->replaceFiling(m_before); }
    void redo() override { m_doc->replaceFiling(m_after); }
    int id() const override { return m_mergePath.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FilingSnapshotCommand *>(other);
        if (next->m_mergePath != m_mergePath)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    FilingDocument *m_doc;
    FilingDocument::UndoText m_text;
    Filing m_before, m_after;
    QString m_mergePath;
};

namespace {

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

// Beside each recovery copy: which file it belongs to.
QString sidecarOf(const QString &recoveryFile)
{
    return recoveryFile + u".json"_s;
}

} // namespace

FilingDocument::FilingDocument(SecretStore &store, QObject *parent) : QObject(parent), m_project(store)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // The first edit after opening or saving makes the stack unclean only after its redo() ran:
        // the recovery timer starts here, not in replaceFiling().
        if (clean)
            m_autosave.stop();
        else if (!m_autosave.isActive())
            m_autosave.start();
        Q_EMIT modifiedChanged(!clean);
    });
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveIntervalMs);
    connect(&m_autosave, &QTimer::timeout, this, &FilingDocument::writeRecovery);
    newFiling();
}

FilingDocument::~FilingDocument()
{
    // ~QUndoStack emits cleanChanged and indexChanged while it clears: nothing of that may reach this
    // half-destroyed document or the views connected to the stack (a window being destroyed around it).
    m_undo.blockSignals(true);
    blockSignals(true);
    m_autosave.stop();
}

void FilingDocument::replaceFiling(const Filing &filing)
{
    Filing current = filing;
    fillArrivedSecrets(current);
    m_project.setFiling(current);
    reassess();
    if (!m_undo.isClean() && !m_autosave.isActive())
        m_autosave.start();
    Q_EMIT filingChanged();
}

void FilingDocument::reassess()
{
    m_context.filingPath = path();
    m_assessment = Assessment::of(m_project.filing(), m_context);
    Q_EMIT assessmentChanged();
}

void FilingDocument::setFingerprintKey(const QByteArray &key)
{
    m_project.setFingerprintKey(key);
    m_context.fingerprintKey = key;
    reassess();
}

void FilingDocument::setKnownFilings(const QList<KnownFiling> &filings)
{
    m_context.knownFilings = filings;
    m_context.knownFilingsLoaded = true;
    reassess();
}

void FilingDocument::setMaterialFiles(const QHash<QString, MaterialFacts> &files)
{
    m_context.materialFiles = files;
    reassess();
}

void FilingDocument::setClock(const Clock &clock)
{
    m_context.clock = clock;
    reassess();
}

void FilingDocument::recordKnown()
{
    // A cache for the leader-reuse check of other filings: a failure to write it loses nothing typed.
    const Status recorded = KnownFilingsIndex().record(filing(), path());
    if (!recorded)
        qCWarning(lcDocument) << "index of known filings not updated:" << recorded.error().message;
}

void FilingDocument::rememberArrivedSecrets()
{
    for (const auto &entry : ProjectSecrets::entries(m_project.filing())) {
        if (!entry.field->ref.isEmpty() && entry.field->isKnown())
            m_arrivedSecrets.insert(entry.field->ref, entry.field->value);
    }
}

void FilingDocument::fillArrivedSecrets(Filing &filing) const
{
    if (m_arrivedSecrets.isEmpty())
        return;
    for (const auto &entry : ProjectSecrets::entries(filing)) {
        SecretField &field = *entry.field;
        if (field.value.isEmpty() && field.status != SecretStatus::Present && m_arrivedSecrets.contains(field.ref)) {
            field.value = m_arrivedSecrets.value(field.ref);
            field.status = SecretStatus::Present;
        }
    }
}

void FilingDocument::setField(const QString &path, const QString &value)
{
    if (FilingFields::text(filing(), path) == value)
        return;
    Filing after = filing();
    if (!FilingFields::setText(after, path, value)) {
        qCWarning(lcDocument) << "no such field" << path;
        return;
    }
    m_undo.push(new FilingSnapshotCommand(this, undoText(path), filing(), after, path));
}

FilingDocument::UndoText FilingDocument::undoText(const QString &path) const
{
    // In words, never the path: "Edit entity name", "Edit mobile of Zhang San". The person's name as it
    // was at the edit; the words in whatever language is current when shown.
    const std::optional<qsizetype> person = FieldPath::indexIn(u"people", path);
    if (!person)
        return [path] { return tr("Edit %1").arg(FilingFields::label(path)); };
    const qsizetype index = *person;
    const QString name = index < filing().people.size() ? filing().people.at(index).name.trimmed() : QString();
    return [path, name] {
        return name.isEmpty() ? tr("Edit %1 of a person").arg(FilingFields::label(path))
                              : tr("Edit %1 of %2").arg(FilingFields::label(path), name);
    };
}

void FilingDocument::edit(const UndoText &text, const std::function<void(Filing &)> &change)
{
    Filing after = filing();
    change(after);
    m_undo.push(new FilingSnapshotCommand(this, text, filing(), after, QString()));
}

void FilingDocument::edit(const QString &text, const std::function<void(Filing &)> &change)
{
    edit(UndoText([text] { return text; }), change);
}

void FilingDocument::retranslateUndoTexts()
{
    for (int i = 0; i < m_undo.count(); ++i) {
        // QUndoStack hands its commands out read-only; their names are ours to write again.
        if (auto *command = dynamic_cast<FilingSnapshotCommand *>(const_cast<QUndoCommand *>(m_undo.command(i))))
            command->retranslate();
    }
}

void FilingDocument::resetTo(const Filing &filing)
{
    m_undo.clear();
    m_arrivedSecrets.clear();
    m_project.setFiling(filing);
    reassess();
    m_autosave.stop();
    Q_EMIT filingChanged();
    Q_EMIT modifiedChanged(isModified());
    Q_EMIT pathChanged(path());
}

void FilingDocument::newFiling()
{
    discardRecovery();
    Filing empty;
    empty.filing.status = u"draft"_s;
    m_project.adopt(empty);
    setSecretProblem({});
    resetTo(m_project.filing());
}

Status FilingDocument::open(const QString &path)
{
    // Project::open changes nothing when the file cannot be read; the recovery copy of the work being
    // replaced goes only once the new file is open.
    const QString previousRecovery = filing().projectId.isNull() ? QString() : recoveryPath();
    QPointer<FilingDocument> self(this);
    const Status opened = m_project.open(path, [self](const QStringList &failures) {
        if (!self)
            return;
        self->setSecretProblem(failures);
        // Secret values arrive after the file: re-check with them, without making an undo step, and
        // keep them for the undo steps made before they arrived.
        self->rememberArrivedSecrets();
        self->reassess();
        Q_EMIT self->filingChanged();
    });
    if (!opened)
        return opened;
    removeRecoveryFiles(previousRecovery);
    setSecretProblem({});
    resetTo(m_project.filing());
    recordKnown();
    return Done{};
}

Status FilingDocument::importInterchange(const QString &path)
{
    Result<Filing> loaded = ProjectFile::read(path);
    if (!loaded)
        return loaded.error();
    discardRecovery();
    m_project.adopt(loaded.value());
    setSecretProblem({});
    resetTo(m_project.filing());
    // Nothing of it is saved yet: one undoable step marks the document modified.
    edit(tr("Import %1").arg(QDir::toNativeSeparators(path)), [](Filing &) {});
    return Done{};
}

void FilingDocument::afterSave(const Project::SaveReport &report, const SaveDone &done)
{
    if (report.file.ok()) {
        recordKnown();
        m_undo.setClean();
        discardRecovery();
        setSecretProblem(report.secretFailures);
        Q_EMIT pathChanged(path());
        // References and masks were assigned during the save.
        Q_EMIT filingChanged();
    }
    done(report);
}

void FilingDocument::save(const QString &path, SaveDone done)
{
    QPointer<FilingDocument> self(this);
    m_project.save(path, [self, done = std::move(done)](const Project::SaveReport &report) {
        if (self)
            self->afterSave(report, done);
    });
}

void FilingDocument::saveAs(const QString &path, SaveDone done)
{
    QPointer<FilingDocument> self(this);
    discardRecovery(); // the copy gets a new identity, hence a new recovery name
    m_project.saveAs(path, [self, done = std::move(done)](const Project::SaveReport &report) {
        if (self)
            self->afterSave(report, done);
    });
}

void FilingDocument::setSecretProblem(const QStringList &failures)
{
    QString problem;
    if (!failures.isEmpty()) {
        problem = tr("These numbers are not in the system keychain; they stay in this window until it closes "
                     "and are used for the letters, but they are not saved anywhere:")
            + u"\n"_s + failures.join(u'\n');
    }
    if (problem == m_secretProblem)
        return;
    m_secretProblem = problem;
    Q_EMIT secretProblemChanged(problem);
}

QString FilingDocument::recoveryPath() const
{
    return recoveryFolder() + u'/' + filing().projectId.toString(QUuid::WithoutBraces) + u".mpdesk"_s;
}

bool FilingDocument::writeRecovery()
{
    if (!isModified())
        return true;
    if (!QDir().mkpath(recoveryFolder()))
        return false;
    // References only: a recovery copy never holds an ID or account number.
    Filing copy = filing();
    const Status written = ProjectFile::write(copy, recoveryPath(), FilingJson::Secrets::References);
    if (!written) {
        qCWarning(lcDocument) << "recovery copy not written:" << written.error().message;
        return false;
    }
    QFile::remove(ProjectFile::backupPath(recoveryPath()));
    const Status sidecar =
        SafeFile::write(sidecarOf(recoveryPath()), QJsonDocument(QJsonObject{{u"path"_s, path()}}).toJson());
    if (!sidecar)
        qCWarning(lcDocument) << "recovery copy's origin not written:" << sidecar.error().message;
    return true;
}

void FilingDocument::discardRecovery()
{
    if (!filing().projectId.isNull())
        removeRecoveryFiles(recoveryPath());
}

void FilingDocument::removeRecoveryFiles(const QString &recoveryFile)
{
    if (recoveryFile.isEmpty())
        return;
    QFile::remove(recoveryFile);
    QFile::remove(ProjectFile::backupPath(recoveryFile));
    QFile::remove(sidecarOf(recoveryFile));
}

QStringList FilingDocument::pendingRecoveries()
{
    QStringList files;
    const QDir dir(recoveryFolder());
    for (const QString &name : dir.entryList({u"*.mpdesk"_s}, QDir::Files, QDir::Time))
        files.append(dir.filePath(name));
    return files;
}

QString FilingDocument::recoveryOriginal(const QString &recoveryFile)
{
    QFile sidecar(sidecarOf(recoveryFile));
    if (!sidecar.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(sidecar.readAll()).object().value("path"_L1).toString();
}

Status FilingDocument::restore(const QString &recoveryFile)
{
    Result<Filing> loaded = ProjectFile::read(recoveryFile);
    if (!loaded)
        return loaded.error();
    QFile sidecar(sidecarOf(recoveryFile));
    QString originalPath;
    if (sidecar.open(QIODevice::ReadOnly))
        originalPath = QJsonDocument::fromJson(sidecar.readAll()).object().value("path"_L1).toString();

    const Filing recovered = loaded.value();
    if (!originalPath.isEmpty() && QFileInfo::exists(originalPath)) {
        const Status opened = open(originalPath); // the saved state, with its secrets from the keychain
        if (!opened)
            return opened;
        // The secret values follow by reference: the keychain fetch started by open() fills them in.
        edit(tr("Restore unsaved work"), [recovered](Filing &f) { f = recovered; });
    } else {
        m_project.adopt(recovered);
        resetTo(m_project.filing());
        edit(tr("Restore unsaved work"), [](Filing &) {});
    }
    removeRecoveryFiles(recoveryFile);
    return Done{};
}

} // namespace mpdesk
