// The document every editor works on: undo, the modified mark, re-checking, and the recovery copy that
// never holds a secret.

#include "document/FilingDocument.h"
#include "document/FilingFields.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProjectFile.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

bool hasFinding(const FilingDocument &doc, const QString &path)
{
    const Findings &f = doc.findings();
    return std::any_of(f.cbegin(), f.cend(), [&](const Finding &x) { return x.path == path; });
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
    void editsAreUndoableAndChecked();
    void typingMergesIntoOneUndoStep();
    void failedOpenChangesNothing();
    void importIsUnsavedWork();
    void saveClearsModifiedMark();
    void recoveryCopyHoldsNoSecrets();
    void restoreBringsBackUnsavedWork();
    void undoKeepsNumbersThatArrivedAfterAnEdit();
    void firstEditStartsRecoveryTimer();
    void destroyedWithUnsavedWork();
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s).removeRecursively();
}

void TestDocument::fieldsRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("entity name") << u"entity.name"_s << u"深圳市青禾数据科技股份有限公司"_s;
    QTest::newRow("person's mobile") << u"people[1].mobile"_s << u"13711112222"_s;
    QTest::newRow("person's ID number") << u"people[0].idNumber"_s << u"110105199001011232"_s;
    QTest::newRow("flag") << u"registration.emailUnused"_s << u"false"_s;
    QTest::newRow("number") << u"certification.nameChangesUsed"_s << u"1"_s;
    QTest::newRow("list, one per line") << u"miniProgram.serviceCategories"_s << u"工具 > 记账\n教育 > 在线教育"_s;
    QTest::newRow("bank account") << u"certification.invoice.bankAccount"_s << u"755912345610101"_s;
}

void TestDocument::fieldsRoundTrip()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    Filing f = ProjectFile::read(samplePath).value();
    QVERIFY(FilingFields::isKnown(path));
    QVERIFY(FilingFields::setText(f, path, value));
    QCOMPARE(FilingFields::text(f, path), value);
    QVERIFY(!FilingFields::setText(f, u"people[9].name"_s, u"x"_s));
    QVERIFY(!FilingFields::isKnown(u"entity.nickname"_s));
}

void TestDocument::editsAreUndoableAndChecked()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.open(samplePath).ok());
    QTRY_VERIFY(!doc.isModified());
    QVERIFY(!hasFinding(doc, u"entity.creditCode"_s));

    QSignalSpy changed(&doc, &FilingDocument::filingChanged);
    doc.setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s);
    QVERIFY(doc.isModified());
    QVERIFY(hasFinding(doc, u"entity.creditCode"_s));
    QVERIFY(!changed.isEmpty());

    doc.undoStack()->undo();
    QCOMPARE(doc.filing().entity.creditCode, u"91440300MA5G7QXK3Y"_s);
    QVERIFY(!hasFinding(doc, u"entity.creditCode"_s));
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.filing().entity.creditCode, u"91440300MA5G7QXK3X"_s);
}

void TestDocument::typingMergesIntoOneUndoStep()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    doc.setField(u"entity.name"_s, u"深"_s);
    doc.setField(u"entity.name"_s, u"深圳"_s);
    doc.setField(u"entity.name"_s, u"深圳市"_s);
    doc.setField(u"entity.creditCode"_s, u"9"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.filing().entity.name.isEmpty());
}

void TestDocument::failedOpenChangesNothing()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.open(samplePath).ok());
    doc.setField(u"entity.name"_s, u"未保存的修改"_s);
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.mpdesk"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"mpdesk\", \"version\": 7}");
    f.close();
    const Status opened = doc.open(bad);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(u"newer mpdesk"_s));
    QCOMPARE(doc.filing().entity.name, u"未保存的修改"_s);
    QCOMPARE(doc.path(), samplePath);
    QVERIFY(doc.isModified());
}

void TestDocument::importIsUnsavedWork()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.importInterchange(samplePath).ok());
    QVERIFY(doc.isModified());
    QVERIFY(doc.path().isEmpty());
    QVERIFY(!doc.filing().projectId.isNull());
}

void TestDocument::saveClearsModifiedMark()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.importInterchange(samplePath).ok());
    const QString path = dir.filePath(u"p.mpdesk"_s);
    bool saved = false;
    doc.save(path, [&](const Project::SaveReport &r) { saved = r.ok(); });
    QTRY_VERIFY(saved);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.path(), path);
    QCOMPARE(store.entries().size(), 2);
}

void TestDocument::recoveryCopyHoldsNoSecrets()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.importInterchange(samplePath).ok());
    doc.setField(u"people[0].idNumber"_s, u"110105199001011232"_s);
    doc.setField(u"certification.invoice.bankAccount"_s, u"6217003810026548793"_s);
    QVERIFY(doc.writeRecovery());
    QVERIFY(QFile::exists(doc.recoveryPath()));
    const QString folder = QFileInfo(doc.recoveryPath()).absolutePath();
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        const QByteArray bytes = readAll(it.next());
        QVERIFY(!bytes.contains("110105199001011232"));
        QVERIFY(!bytes.contains("440304199211083542"));
        QVERIFY(!bytes.contains("6217003810026548793"));
    }
    QVERIFY(FilingDocument::pendingRecoveries().contains(doc.recoveryPath()));
    doc.discardRecovery();
    QVERIFY(!QFile::exists(doc.recoveryPath()));
}

void TestDocument::restoreBringsBackUnsavedWork()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QString recovery;
    {
        FilingDocument doc(store);
        QVERIFY(doc.importInterchange(samplePath).ok());
        bool saved = false;
        doc.save(path, [&](const Project::SaveReport &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        doc.setField(u"miniProgram.name"_s, u"青禾账本"_s);
        QVERIFY(doc.writeRecovery());
        recovery = doc.recoveryPath();
        // The session ends without saving or discarding, as after a crash.
    }
    FilingDocument next(store);
    QVERIFY(FilingDocument::pendingRecoveries().contains(recovery));
    QVERIFY(next.restore(recovery).ok());
    QCOMPARE(next.filing().miniProgram.name, u"青禾账本"_s);
    QCOMPARE(next.path(), path);
    QVERIFY(next.isModified());
    // The saved file's ID numbers come back from the keychain.
    QTRY_VERIFY(!next.filing().people[0].idNumber.value.isEmpty());
    QVERIFY(!QFile::exists(recovery));
}

void TestDocument::undoKeepsNumbersThatArrivedAfterAnEdit()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const QString path = dir.filePath(u"p.mpdesk"_s);
    {
        FilingDocument doc(store);
        QVERIFY(doc.importInterchange(samplePath).ok());
        bool saved = false;
        doc.save(path, [&](const Project::SaveReport &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
    }
    FilingDocument doc(store);
    QVERIFY(doc.open(path).ok());
    // The keychain has not answered yet: the clerk's first edit snapshots a filing without the numbers.
    QVERIFY(doc.filing().people[0].idNumber.value.isEmpty());
    const QString before = doc.filing().entity.name;
    doc.setField(u"entity.name"_s, u"深圳市青禾数据科技股份有限公司"_s);
    QTRY_VERIFY(!doc.filing().people[0].idNumber.value.isEmpty());
    const QString number = doc.filing().people[0].idNumber.value;

    doc.undoStack()->undo();
    QCOMPARE(doc.filing().entity.name, before);
    QCOMPARE(doc.filing().people[0].idNumber.value, number);
    QCOMPARE(doc.filing().people[0].idNumber.status, SecretStatus::Present);
    QVERIFY(!hasFinding(doc, u"people[0].idNumber"_s));
    doc.undoStack()->redo();
    QCOMPARE(doc.filing().entity.name, u"深圳市青禾数据科技股份有限公司"_s);
    QCOMPARE(doc.filing().people[0].idNumber.value, number);
}

void TestDocument::firstEditStartsRecoveryTimer()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    FilingDocument doc(store);
    QVERIFY(doc.open(samplePath).ok());
    doc.setAutosaveInterval(50);
    QVERIFY(!doc.isAutosavePending());
    // One edit after opening (a single paste) must be kept if mpdesk then crashes.
    doc.setField(u"miniProgram.name"_s, u"青禾账本"_s);
    QVERIFY(doc.isAutosavePending());
    QTRY_VERIFY(QFile::exists(doc.recoveryPath()));

    const QString path = dir.filePath(u"p.mpdesk"_s);
    bool saved = false;
    doc.save(path, [&](const Project::SaveReport &r) { saved = r.ok(); });
    QTRY_VERIFY(saved);
    QVERIFY(!doc.isAutosavePending());
    QVERIFY(!QFile::exists(doc.recoveryPath()));
    // And the first edit after saving, made as one undo step rather than by typing.
    doc.edit(u"Add a person"_s, [](Filing &f) { f.people.append(Person()); });
    QVERIFY(doc.isAutosavePending());
    QTRY_VERIFY(QFile::exists(doc.recoveryPath()));
    // Undoing back to the saved state stops it.
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isAutosavePending());
    doc.discardRecovery();
}

void TestDocument::destroyedWithUnsavedWork()
{
    // ~QUndoStack emits cleanChanged as it clears; nothing of that may reach the half-destroyed document
    // or a view listening to it (a Debug or sanitizer build aborts on it).
    MemorySecretStore store;
    QObject listener; // outlives the document, as a window's parts may
    bool deleting = false;
    int signalsWhileDeleting = 0;
    auto doc = std::make_unique<FilingDocument>(store);
    QVERIFY(doc->importInterchange(samplePath).ok());
    doc->setField(u"miniProgram.name"_s, u"青禾账本"_s);
    doc->discardRecovery();
    QVERIFY(doc->isModified());
    const auto count = [&] { signalsWhileDeleting += deleting ? 1 : 0; };
    connect(doc.get(), &FilingDocument::modifiedChanged, &listener, count);
    connect(doc.get(), &FilingDocument::filingChanged, &listener, count);
    connect(doc.get(), &FilingDocument::assessmentChanged, &listener, count);
    // The window's undo and redo actions listen to the stack itself.
    connect(doc->undoStack(), &QUndoStack::indexChanged, &listener, count);
    connect(doc->undoStack(), &QUndoStack::cleanChanged, &listener, count);
    deleting = true;
    doc.reset();
    QCOMPARE(signalsWhileDeleting, 0);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
