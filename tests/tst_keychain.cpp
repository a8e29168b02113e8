// The OS keychain for real: a Secret Service (GNOME Keyring) on a private D-Bus session, as .ci/dev
// starts it. The suite `withoutSessionBus` runs in a second process with no bus at all.

#include "secrets/KeychainSecretStore.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>

#include <signal.h>
#define MPDESK_SECRET_SERVICE 1
#endif

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString mpdeskExecutable = QStringLiteral(MPDESK_EXECUTABLE);

SecretReply call(const std::function<void(SecretStore::Callback)> &request)
{
    SecretReply result;
    SecretWait::run([&](ProjectSecrets::Done done) {
        request([&, done](const SecretReply &reply) {
            result = reply;
            done({});
        });
    });
    return result;
}

// Every file below `root` that contains any of `needles`, as "file: needle".
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.read(64 * 1024 * 1024);
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                hits.append(path + u": an ID number"_s);
        }
    }
    return hits;
}

struct Process
{
    int exitCode;
    QString out, err;
};

Process runMpdesk(const QStringList &args)
{
    QProcess p;
    p.setProgram(mpdeskExecutable);
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(60000))
        return {-1, {}, u"mpdesk did not finish"_s};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QList<QByteArray> sampleIdNumbers = {"440305198503120028", "440304199211083542"};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void removeAndNotFound();
    void manyEntries();
    void twoProjectsWithTheSamePerson();
    void importAndCheckInNewProcesses();
    void withoutSessionBus();
    void lockedKeyring();
    void frozenKeyring();

private:
    // Only in the keyring's own session (keychain-session.sh): the tests that lock or stop it.
    bool privateKeyring() const { return qEnvironmentVariableIsSet("MPDESK_PRIVATE_KEYRING"); }

    bool m_noBus = false;
    QString m_prefix = u"mpdesk-test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'/';
};

void TestKeychain::initTestCase()
{
    m_noBus = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    if (m_noBus)
        return; // only withoutSessionBus runs then
    KeychainSecretStore store;
    const SecretReply probe = call([&](auto cb) { store.write(m_prefix + u"probe"_s, u"x"_s, cb); });
    if (!probe.ok()) {
        QFAIL(qPrintable(u"No usable Secret Service on this D-Bus session (%1). Run the tests through "
                         "`bash .ci/dev test`, which starts an unlocked GNOME Keyring."_s.arg(probe.detail)));
    }
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("resident ID") << u"440305198503120028"_s;
    QTest::newRow("unicode") << u"护照 E1234567 ✓ 𠀀"_s;
    QTest::newRow("bank account with spaces") << u"6222 0210 0112 3456 789"_s;
    QTest::newRow("2000 characters") << QString(2000, u'9');
}

void TestKeychain::roundTrip()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    QFETCH(QString, value);
    KeychainSecretStore store;
    const QString key = m_prefix + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(call([&](auto cb) { store.write(key, value, cb); }).ok());
    const SecretReply read = call([&](auto cb) { store.read(key, cb); });
    QVERIFY(read.ok());
    QVERIFY2(read.value == value, "the value read back differs from the one written");
    QVERIFY(call([&](auto cb) { store.remove(key, cb); }).ok());
}

void TestKeychain::overwrite()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    KeychainSecretStore store;
    const QString key = m_prefix + u"overwrite"_s;
    QVERIFY(call([&](auto cb) { store.write(key, u"first"_s, cb); }).ok());
    QVERIFY(call([&](auto cb) { store.write(key, u"second"_s, cb); }).ok());
    QCOMPARE(call([&](auto cb) { store.read(key, cb); }).value, u"second"_s);
    QVERIFY(call([&](auto cb) { store.remove(key, cb); }).ok());
}

void TestKeychain::removeAndNotFound()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    KeychainSecretStore store;
    const QString key = m_prefix + u"removed"_s;
    QVERIFY(call([&](auto cb) { store.write(key, u"v"_s, cb); }).ok());
    QVERIFY(call([&](auto cb) { store.remove(key, cb); }).ok());
    QCOMPARE(call([&](auto cb) { store.read(key, cb); }).error, SecretReply::Error::NotFound);
    // Removing again is not an error: the entry is gone either way.
    QVERIFY(call([&](auto cb) { store.remove(key, cb); }).ok());
}

void TestKeychain::manyEntries()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    KeychainSecretStore store;
    Filing f = ProjectFile::read(samplePath).value();
    f.projectId = QUuid::createUuid();
    for (int i = 0; i < 30; ++i) {
        Person p;
        p.id = u"x"_s + QString::number(i);
        p.idNumber.value = u"ID-"_s + QString::number(i);
        f.people.append(p);
    }
    ProjectSecrets::assignReferences(f);
    const auto stored = SecretWait::run([&](auto done) { ProjectSecrets::store(store, f, done); });
    QCOMPARE(stored.size(), 32);
    Filing back = ProjectFile::parse(ProjectFile::serialize(f, FilingJson::Secrets::References), u"t"_s).value();
    ProjectSecrets::apply(back, SecretWait::run([&](auto done) { ProjectSecrets::fetch(store, back, done); }));
    for (qsizetype i = 0; i < f.people.size(); ++i)
        QVERIFY(back.people[i].idNumber.value == f.people[i].idNumber.value);
    const auto removed = SecretWait::run(
        [&](auto done) { ProjectSecrets::remove(store, f.projectId, ProjectSecrets::references(f), done); });
    for (const SecretReply &r : removed)
        QVERIFY(r.ok());
}

void TestKeychain::twoProjectsWithTheSamePerson()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    KeychainSecretStore store;
    Filing one = ProjectFile::read(samplePath).value();
    Filing two = one;
    one.projectId = QUuid::createUuid();
    two.projectId = QUuid::createUuid();
    ProjectSecrets::assignReferences(one);
    ProjectSecrets::assignReferences(two);
    SecretWait::run([&](auto done) { ProjectSecrets::store(store, one, done); });
    SecretWait::run([&](auto done) { ProjectSecrets::store(store, two, done); });
    // Forgetting one project leaves the other's entries alone.
    SecretWait::run(
        [&](auto done) { ProjectSecrets::remove(store, one.projectId, ProjectSecrets::references(one), done); });
    Filing back = ProjectFile::parse(ProjectFile::serialize(two, FilingJson::Secrets::References), u"t"_s).value();
    const auto outcomes = SecretWait::run([&](auto done) { ProjectSecrets::fetch(store, back, done); });
    ProjectSecrets::apply(back, outcomes);
    QVERIFY(back.people[0].idNumber.value == two.people[0].idNumber.value);
    Filing gone = ProjectFile::parse(ProjectFile::serialize(one, FilingJson::Secrets::References), u"t"_s).value();
    const auto missing = SecretWait::run([&](auto done) { ProjectSecrets::fetch(store, gone, done); });
    QCOMPARE(missing.value(one.people[0].idNumber.ref).error, SecretReply::Error::NotFound);
    SecretWait::run(
        [&](auto done) { ProjectSecrets::remove(store, two.projectId, ProjectSecrets::references(two), done); });
}

void TestKeychain::importAndCheckInNewProcesses()
{
    if (m_noBus)
        QSKIP("no session bus in this run");
    QTemporaryDir dir;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    const Process imported = runMpdesk({u"import"_s, samplePath, u"-o"_s, project, u"--lang"_s, u"en"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"2 ID and account numbers stored"_s), qPrintable(imported.out));

    // Another process reads the numbers back from the keychain: the check passes the ID checks.
    const Process checked = runMpdesk({u"check"_s, project, u"--lang"_s, u"en"_s});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));

    // Nowhere on disk in plaintext: not in the project folder, not under HOME (the keyring is encrypted).
    QVERIFY2(filesContaining(dir.path(), sampleIdNumbers).isEmpty(),
             qPrintable(filesContaining(dir.path(), sampleIdNumbers).join(u'\n')));
    const QString home = QDir::homePath();
    QVERIFY2(home != u"/root"_s && home != u"/"_s, "the keychain tests need a throw-away HOME (see .ci/dev)");
    QVERIFY2(filesContaining(home, sampleIdNumbers).isEmpty(),
             qPrintable(filesContaining(home, sampleIdNumbers).join(u'\n')));

    // Forgetting the project empties the keychain of it: the next check cannot read the numbers.
    const Process forgotten = runMpdesk({u"forget"_s, project, u"--lang"_s, u"en"_s});
    QVERIFY2(forgotten.exitCode == 0, qPrintable(forgotten.err));
    const Process after = runMpdesk({u"check"_s, project, u"--lang"_s, u"en"_s});
    QCOMPARE(after.exitCode, 3);
    QVERIFY2(after.err.contains(u"王芳, ID number (people[1].idNumber): not on this computer"_s),
             qPrintable(after.err));
}

void TestKeychain::withoutSessionBus()
{
    if (!m_noBus)
        QSKIP("runs in its own process without DBUS_SESSION_BUS_ADDRESS (ctest: tst_keychain_without_bus)");
    KeychainSecretStore store;
    const SecretReply reply = call([&](auto cb) { store.write(m_prefix + u"x"_s, u"v"_s, cb); });
    QCOMPARE(reply.error, SecretReply::Error::Unavailable);
    QVERIFY(SecretMessages::explain(reply).contains(u"GNOME Keyring"_s));

    QTemporaryDir dir;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    const Process imported = runMpdesk({u"import"_s, samplePath, u"-o"_s, project, u"--lang"_s, u"en"_s});
    QCOMPARE(imported.exitCode, 3);
    QVERIFY2(imported.err.contains(u"李明华, ID number"_s), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(u"keychain cannot be reached"_s), qPrintable(imported.err));
    QVERIFY2(QFile::exists(project), "the project is saved even without a keychain");
    QVERIFY(filesContaining(dir.path(), sampleIdNumbers).isEmpty());

    const Process checked = runMpdesk({u"check"_s, project, u"--lang"_s, u"en"_s});
    QCOMPARE(checked.exitCode, 3);
    QVERIFY2(checked.err.contains(u"李明华, ID number (people[0].idNumber)"_s), qPrintable(checked.err));
}

void TestKeychain::lockedKeyring()
{
#ifndef MPDESK_SECRET_SERVICE
    QSKIP("a Secret Service (GNOME Keyring) fault");
#else
    if (m_noBus || !privateKeyring())
        QSKIP("locks the keyring: runs in a session of its own (ctest: tst_keychain_lockedKeyring)");
    KeychainSecretStore store;
    const QString key = m_prefix + u"locked"_s;
    QVERIFY(call([&](auto cb) { store.write(key, u"v"_s, cb); }).ok());
    QTemporaryDir dir;
    const QString project = dir.filePath(u"qinghe.mpdesk"_s);
    const Process imported = runMpdesk({u"import"_s, samplePath, u"-o"_s, project, u"--lang"_s, u"en"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // As after a screen lock or a keyring manager's "Lock": the items are hidden until it is unlocked.
    QDBusMessage lock = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    const SecretReply read = call([&](auto cb) { store.read(key, cb); });
    QCOMPARE(read.error, SecretReply::Error::Locked);
    QCOMPARE(SecretMessages::explain(read),
             u"the keyring is locked: unlock it (e.g. log in again or open your keyring manager) and try again"_s);

    const Process checked = runMpdesk({u"check"_s, project, u"--lang"_s, u"en"_s});
    QCOMPARE(checked.exitCode, 3);
    // One line for the locked keyring and what to do, not the same advice once per number.
    QVERIFY2(checked.err.contains(u"  all 2 ID and account numbers: the keyring is locked: unlock it"_s),
             qPrintable(checked.err));
    QCOMPARE(checked.err.count(u"keyring is locked"_s), 1);
    QVERIFY2(!checked.err.contains(u"王芳, ID number"_s), qPrintable(checked.err));
    QVERIFY2(!checked.err.contains(u"not on this computer — enter it again"_s), qPrintable(checked.err));

    const Process zh = runMpdesk({u"check"_s, project, u"--lang"_s, u"zh_CN"_s});
    QCOMPARE(zh.exitCode, 3);
    QVERIFY2(zh.err.contains(u"密钥环已锁定"_s), qPrintable(zh.err));
    QCOMPARE(zh.err.count(u"密钥环已锁定"_s), 1);
    QVERIFY2(zh.err.contains(u"全部 2 个证件号码和账号"_s), qPrintable(zh.err));

    // Forgetting deletes nothing while the keyring is locked, and says so.
    const Process forgotten = runMpdesk({u"forget"_s, project, u"--lang"_s, u"en"_s});
    QCOMPARE(forgotten.exitCode, 3);
    QVERIFY2(!forgotten.out.contains(u"Deleted"_s), qPrintable(forgotten.out));
    QVERIFY2(forgotten.err.contains(u"Nothing was deleted from the keychain"_s), qPrintable(forgotten.err));
    QCOMPARE(forgotten.err.count(u"the keyring is locked"_s), 1);
#endif
}

void TestKeychain::frozenKeyring()
{
#ifndef MPDESK_SECRET_SERVICE
    QSKIP("a Secret Service (GNOME Keyring) fault");
#else
    if (m_noBus || !privateKeyring())
        QSKIP("stops the keyring daemon: runs in a session of its own (ctest: tst_keychain_frozenKeyring)");
    const uint daemon = QDBusConnection::sessionBus().interface()->servicePid(u"org.freedesktop.secrets"_s);
    QVERIFY(daemon > 1);
    // Leave nothing behind: the daemon goes on and then ends whatever happens below.
    const auto release = qScopeGuard([daemon] {
        ::kill(pid_t(daemon), SIGCONT);
        ::kill(pid_t(daemon), SIGTERM);
    });
    QCOMPARE(::kill(pid_t(daemon), SIGSTOP), 0);

    KeychainSecretStore store;
    store.setDeadline(std::chrono::seconds(1));
    QList<SecretReply> replies;
    QElapsedTimer elapsed;
    elapsed.start();
    SecretWait::until([&](std::function<void()> finish) {
        for (int i = 0; i < 10; ++i) {
            store.read(m_prefix + u"frozen"_s + QString::number(i), [&replies, finish](const SecretReply &r) {
                replies.append(r);
                if (replies.size() == 10)
                    finish();
            });
        }
    });
    // Ten D-Bus timeouts one after the other would take 250 s; the deadline answers all of them at once.
    QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(replies.size(), 10);
    for (const SecretReply &r : std::as_const(replies))
        QCOMPARE(r.error, SecretReply::Error::TimedOut);
    QVERIFY2(SecretMessages::explain(replies.first()).contains(u"did not answer in time"_s),
             qPrintable(SecretMessages::explain(replies.first())));
    // Later requests do not wait again.
    QCOMPARE(call([&](auto cb) { store.read(m_prefix + u"later"_s, cb); }).error, SecretReply::Error::TimedOut);
#endif
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
