// Opening, saving, "Save As" and forgetting a project keep the file and the keychain in step.

#include "project/Project.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

Filing sample()
{
    return ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json")).value();
}

Project::SaveReport save(Project &project, const QString &path, bool asCopy = false)
{
    Project::SaveReport report;
    SecretWait::until([&](std::function<void()> finish) {
        auto done = [&report, finish](const Project::SaveReport &r) {
            report = r;
            finish();
        };
        asCopy ? project.saveAs(path, done) : project.save(path, done);
    });
    return report;
}

QStringList open(Project &project, const QString &path)
{
    QStringList failures;
    SecretWait::until([&](std::function<void()> finish) {
        const Status opened = project.open(path, [&failures, finish](const QStringList &f) {
            failures = f;
            finish();
        });
        if (!opened) {
            failures = {opened.error().text()};
            finish();
        }
    });
    return failures;
}

QStringList forget(Project &project)
{
    QStringList failures;
    SecretWait::until([&](std::function<void()> finish) {
        project.forget([&failures, finish](const Project::ForgetReport &report) {
            failures = report.failures;
            finish();
        });
    });
    return failures;
}

// A new project made from the sample and saved at `path`.
Project::SaveReport adoptSampleAndSave(Project &project, const QString &path)
{
    project.adopt(sample());
    return save(project, path);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndReopen();
    void removingAPersonDeletesTheirEntry();
    void saveAsMakesAnIndependentCopy();
    void forgetDeletesEveryEntry();
    void keychainFailureStillSavesTheFile();
    void failedWriteTouchesNothing();
};

void TestProject::saveAndReopen()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    Project project(store);
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QVERIFY(adoptSampleAndSave(project, path).ok());
    QCOMPARE(store.entries().size(), 2);
    QVERIFY(!readAll(path).contains("440305198503120028"));

    Project reopened(store);
    QVERIFY(open(reopened, path).isEmpty());
    QCOMPARE(reopened.filing().projectId, project.filing().projectId);
    QVERIFY(reopened.filing().people[0].idNumber.value == sample().people[0].idNumber.value);
}

void TestProject::removingAPersonDeletesTheirEntry()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    Project project(store);
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QVERIFY(adoptSampleAndSave(project, path).ok());

    Project reopened(store);
    QVERIFY(open(reopened, path).isEmpty());
    const QString removedKey =
        SecretStore::keyFor(reopened.filing().projectId, reopened.filing().people[1].idNumber.ref);
    QVERIFY(store.entries().contains(removedKey));
    reopened.filing().people.removeLast();
    QVERIFY(save(reopened, path).ok());
    QVERIFY(!store.entries().contains(removedKey));
    QCOMPARE(store.entries().size(), 1);
}

void TestProject::saveAsMakesAnIndependentCopy()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    Project project(store);
    const QString original = dir.filePath(u"a.mpdesk"_s);
    QVERIFY(adoptSampleAndSave(project, original).ok());
    const QUuid firstId = project.filing().projectId;

    const QString copy = dir.filePath(u"b.mpdesk"_s);
    QVERIFY(save(project, copy, true).ok());
    QVERIFY(project.filing().projectId != firstId);
    QCOMPARE(project.path(), copy);
    QCOMPARE(store.entries().size(), 4);

    // Forgetting the copy leaves the original whole.
    QVERIFY(forget(project).isEmpty());
    Project first(store);
    QVERIFY(open(first, original).isEmpty());
    QVERIFY(first.filing().people[1].idNumber.value == sample().people[1].idNumber.value);
}

void TestProject::forgetDeletesEveryEntry()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    Project project(store);
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QVERIFY(adoptSampleAndSave(project, path).ok());
    forget(project);
    QVERIFY(store.entries().isEmpty());

    Project reopened(store);
    const QStringList failures = open(reopened, path);
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures.first().contains(u"not on this computer"_s), qPrintable(failures.first()));
    QCOMPARE(reopened.filing().people[0].idNumber.status, SecretStatus::NotOnThisComputer);
}

void TestProject::keychainFailureStillSavesTheFile()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    store.setFailure(SecretReply::Error::Unavailable);
    Project project(store);
    project.adopt(sample());
    const QString path = dir.filePath(u"p.mpdesk"_s);
    const Project::SaveReport report = save(project, path);
    QVERIFY(report.file.ok());
    QCOMPARE(report.secretFailures.size(), 2);
    QVERIFY(report.secretFailures.first().startsWith(u"李明华, ID number"_s));
    // The values typed stay in memory for this session.
    QVERIFY(project.filing().people[0].idNumber.value == sample().people[0].idNumber.value);
    QVERIFY(!readAll(path).contains("440305198503120028"));
}

void TestProject::failedWriteTouchesNothing()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    Project project(store);
    const QString path = dir.filePath(u"p.mpdesk"_s);
    QVERIFY(adoptSampleAndSave(project, path).ok());
    const QByteArray before = readAll(path);
    const auto entriesBefore = store.entries();

    project.filing().people[0].idNumber.value = u"110105199001011232"_s;
    QVERIFY(QDir(dir.path()).mkpath(ProjectFile::backupPath(path) + u"/blocked"_s));
    const Project::SaveReport report = save(project, path);
    QVERIFY(!report.file.ok());
    QCOMPARE(readAll(path), before);
    QCOMPARE(store.entries(), entriesBefore);
    QCOMPARE(project.filing().people[0].idNumber.value, u"110105199001011232"_s);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
