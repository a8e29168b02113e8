// Moving a filing's ID and bank account numbers between memory and a SecretStore, and what the clerk is
// told when that fails. The store here is in memory; tst_keychain runs the same paths against the OS.

#include "secrets/MemorySecretStore.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

Q_DECLARE_METATYPE(mpdesk::SecretReply::Error)
Q_DECLARE_METATYPE(mpdesk::SecretStatus)

namespace {

Filing sample()
{
    Filing f = ProjectFile::read(QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json")).value();
    f.projectId = QUuid::createUuid();
    return f;
}

ProjectSecrets::Outcomes storeAll(SecretStore &store, const Filing &f)
{
    return SecretWait::run([&](ProjectSecrets::Done done) { ProjectSecrets::store(store, f, done); });
}

ProjectSecrets::Outcomes fetchAll(SecretStore &store, const Filing &f)
{
    return SecretWait::run([&](ProjectSecrets::Done done) { ProjectSecrets::fetch(store, f, done); });
}

// The filing as it is after a save and a reopen: references and masks, no values.
Filing reopened(const Filing &f)
{
    return ProjectFile::parse(ProjectFile::serialize(f, FilingJson::Secrets::References), u"test"_s).value();
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeAndFetchBack();
    void answersNeverArriveBeforeTheCallReturns();
    void keysAreNamespacedByProject();
    void failuresAreMarkedAndNamed_data();
    void failuresAreMarkedAndNamed();
    void lockedOrFrozenKeyringIsOneLine_data();
    void lockedOrFrozenKeyringIsOneLine();
    void removeDeletesEntries();
    void masks_data();
    void masks();
};

void TestSecrets::storeAndFetchBack()
{
    MemorySecretStore store;
    Filing f = sample();
    f.certification.invoice.bankAccount.value = u"6222021001123456789"_s;
    ProjectSecrets::assignReferences(f);
    const auto stored = storeAll(store, f);
    QCOMPARE(stored.size(), 3);
    for (const SecretReply &r : stored)
        QVERIFY(r.ok());

    Filing back = reopened(f);
    QVERIFY(back.people[0].idNumber.value.isEmpty());
    const auto fetched = fetchAll(store, back);
    ProjectSecrets::apply(back, fetched);
    QCOMPARE(back.people[0].idNumber.value, f.people[0].idNumber.value);
    QCOMPARE(back.people[1].idNumber.value, f.people[1].idNumber.value);
    QCOMPARE(back.certification.invoice.bankAccount.value, f.certification.invoice.bankAccount.value);
    QCOMPARE(back.people[0].idNumber.status, SecretStatus::Present);
    QVERIFY(ProjectSecrets::describeFailures(back, fetched).isEmpty());
}

void TestSecrets::answersNeverArriveBeforeTheCallReturns()
{
    MemorySecretStore store;
    bool answered = false;
    store.write(u"k"_s, u"v"_s, [&](const SecretReply &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestSecrets::keysAreNamespacedByProject()
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(SecretStore::keyFor(a, u"r"_s).startsWith(u"mpdesk/"_s + a.toString(QUuid::WithoutBraces)));
    QVERIFY(SecretStore::keyFor(a, u"r"_s) != SecretStore::keyFor(b, u"r"_s));

    // The same person in two projects: two entries, and deleting one project's leaves the other's.
    MemorySecretStore store;
    Filing one = sample();
    Filing two = sample();
    ProjectSecrets::assignReferences(one);
    ProjectSecrets::assignReferences(two);
    storeAll(store, one);
    storeAll(store, two);
    QCOMPARE(store.entries().size(), 4);
    SecretWait::run([&](ProjectSecrets::Done done) {
        ProjectSecrets::remove(store, one.projectId, ProjectSecrets::references(one), done);
    });
    QCOMPARE(store.entries().size(), 2);
    Filing back = reopened(two);
    ProjectSecrets::apply(back, fetchAll(store, back));
    QCOMPARE(back.people[0].idNumber.value, two.people[0].idNumber.value);
}

void TestSecrets::failuresAreMarkedAndNamed_data()
{
    QTest::addColumn<SecretReply::Error>("error");
    QTest::addColumn<SecretStatus>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("entry missing on this computer") << SecretReply::Error::NotFound << SecretStatus::NotOnThisComputer
                                                    << u"not on this computer — enter it again"_s;
    QTest::newRow("no keychain service") << SecretReply::Error::Unavailable << SecretStatus::Unreadable
                                         << u"cannot be reached"_s;
    QTest::newRow("access denied") << SecretReply::Error::AccessDenied << SecretStatus::Unreadable
                                   << u"refused mpdesk access"_s;
}

void TestSecrets::failuresAreMarkedAndNamed()
{
    QFETCH(SecretReply::Error, error);
    QFETCH(SecretStatus, status);
    QFETCH(QString, words);

    MemorySecretStore store;
    Filing f = sample();
    ProjectSecrets::assignReferences(f);
    storeAll(store, f);
    Filing back = reopened(f);
    if (error == SecretReply::Error::NotFound)
        store.remove(SecretStore::keyFor(f.projectId, f.people[1].idNumber.ref), [](const SecretReply &) {});
    else
        store.setFailure(error);
    const auto outcomes = fetchAll(store, back);
    ProjectSecrets::apply(back, outcomes);
    QCOMPARE(back.people[1].idNumber.status, status);
    QVERIFY(back.people[1].idNumber.isMissing());
    const QStringList lines = ProjectSecrets::describeFailures(back, outcomes);
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().startsWith(u"王芳, ID number (people[1].idNumber): "_s), qPrintable(lines.last()));
    QVERIFY2(lines.last().contains(words), qPrintable(lines.last()));
}

void TestSecrets::lockedOrFrozenKeyringIsOneLine_data()
{
    QTest::addColumn<SecretReply::Error>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("locked keyring") << SecretReply::Error::Locked
                                    << u"the keyring is locked: unlock it (e.g. log in again or open your keyring "
                                       "manager) and try again"_s;
    QTest::newRow("frozen keyring") << SecretReply::Error::TimedOut << u"did not answer in time"_s;
}

void TestSecrets::lockedOrFrozenKeyringIsOneLine()
{
    QFETCH(SecretReply::Error, error);
    QFETCH(QString, words);
    MemorySecretStore store;
    Filing f = sample();
    ProjectSecrets::assignReferences(f);
    storeAll(store, f);
    Filing back = reopened(f);
    store.setFailure(error);
    const auto outcomes = fetchAll(store, back);
    QCOMPARE(outcomes.size(), 2);
    // One unlock mends every number: the advice is given once, not once per number.
    const QStringList lines = ProjectSecrets::describeFailures(back, outcomes);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"all 2 ID and account numbers: "_s), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(words), qPrintable(lines.first()));
}

void TestSecrets::removeDeletesEntries()
{
    MemorySecretStore store;
    Filing f = sample();
    ProjectSecrets::assignReferences(f);
    storeAll(store, f);
    QCOMPARE(store.entries().size(), 2);
    const auto removed = SecretWait::run([&](ProjectSecrets::Done done) {
        ProjectSecrets::remove(store, f.projectId, ProjectSecrets::references(f), done);
    });
    QCOMPARE(removed.size(), 2);
    QVERIFY(store.entries().isEmpty());
}

void TestSecrets::masks_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("resident ID") << u"110105199001011232"_s << u"**************1232"_s;
    QTest::newRow("bank account") << u"6222021001123456789"_s << u"***************6789"_s;
    QTest::newRow("Taiwan permit, 8 digits") << u"12345678"_s << u"******78"_s;
    QTest::newRow("passport, 9 characters") << u"E12345678"_s << u"******678"_s;
    QTest::newRow("short passport") << u"E1234567"_s << u"******67"_s;
    QTest::newRow("too short to show anything") << u"12"_s << u"**"_s;
}

void TestSecrets::masks()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(FilingJson::mask(value), masked);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
