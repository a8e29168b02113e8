#include "WorkflowTestData.h"
#include "project/KnownFilingsFolder.h"
#include "secrets/FingerprintKey.h"
#include "secrets/LeaderFingerprint.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProjectFile.h"
#include "workflow/Checklist.h"
#include "workflow/LeaderReuse.h"
#include "workflow/WorkingCalendar.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using namespace WorkflowTestData;

namespace {

// Waits for the asynchronous key, as the application chains on it.
QByteArray obtainKey(SecretStore &store)
{
    std::optional<Result<QByteArray>> answer;
    FingerprintKey::obtain(store, [&](const Result<QByteArray> &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000) || !answer->ok())
        return {};
    return answer->value();
}

// Another entity's project whose mini program leader is `leaderId` with this ID number.
Filing otherEntity(const QString &idNumber, const char *creditCode)
{
    QJsonObject p = patch(R"({"projectId": "5d0c7a9e-1b2f-4e37-a1c4-2f6e9b8d3c71",
        "entity": {"name": "Other Co", "creditCode": ""},
        "miniProgram": {"name": "Other App", "leader": "p2"}})");
    QJsonObject entity = p.value(u"entity"_s).toObject();
    entity.insert(u"creditCode"_s, QString::fromLatin1(creditCode));
    p.insert(u"entity"_s, entity);
    Filing f = filing(sampleJson(), p);
    f.person(u"p2"_s)->idNumber.value = idNumber;
    return f;
}

} // namespace

class TestLeaderReuse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyIsMadeOnceAndKept()
    {
        MemorySecretStore store;
        const QByteArray first = obtainKey(store);
        QCOMPARE(first.size(), FingerprintKey::KeyBytes);
        QCOMPARE(obtainKey(store), first);
        QVERIFY(store.entries().contains(FingerprintKey::entryName()));
    }

    void keyUnavailableIsAnError()
    {
        MemorySecretStore store;
        store.setFailure(SecretReply::Error::Unavailable);
        std::optional<Result<QByteArray>> answer;
        FingerprintKey::obtain(store, [&](const Result<QByteArray> &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().message.isEmpty());
    }

    void fingerprintHidesTheNumber()
    {
        MemorySecretStore store;
        const QByteArray key = obtainKey(store);
        Filing f = filing(sampleJson(), {});
        QVERIFY(LeaderFingerprint::update(f, key));
        const QString print = f.miniProgram.leaderFingerprint;
        QCOMPARE(print.size(), 64); // hex SHA-256
        QVERIFY(!print.contains(u"440304199211083542"_s));
        QVERIFY(!LeaderFingerprint::update(f, key)); // unchanged
        // Another key gives another fingerprint: without the keychain's key nothing can be matched.
        Filing g = f;
        QVERIFY(LeaderFingerprint::update(g, QByteArray(32, 'k')));
        QVERIFY(g.miniProgram.leaderFingerprint != print);
        // Typed with a lowercase x or spaces, the same number gives the same fingerprint.
        Person p = *f.person(u"p2"_s);
        Person typed = p;
        typed.idNumber.value = u" 440304199211083542 "_s;
        QCOMPARE(LeaderFingerprint::of(key, typed), LeaderFingerprint::of(key, p));
    }

    void acrossTwoProjects_data()
    {
        QTest::addColumn<QString>("otherLeaderId");
        QTest::addColumn<QString>("otherCreditCode");
        QTest::addColumn<int>("conflicts");
        QTest::newRow("same leader under another entity") << u"440304199211083542"_s << u"91110108MA01ABCD2X"_s << 1;
        QTest::newRow("same leader, same entity (a second mini program)")
            << u"440304199211083542"_s << u"91440300MA5G7QXK3Y"_s << 0;
        QTest::newRow("another leader under another entity") << u"110101199003074514"_s << u"91110108MA01ABCD2X"_s << 0;
    }
    void acrossTwoProjects()
    {
        QFETCH(QString, otherLeaderId);
        QFETCH(QString, otherCreditCode);
        QFETCH(int, conflicts);
        MemorySecretStore store;
        const QByteArray key = obtainKey(store);
        QVERIFY(!key.isEmpty());

        // Both projects as files, the way the recent projects list knows them: no ID numbers inside.
        QTemporaryDir dir;
        Filing mine = filing(sampleJson(), patch(R"({"projectId": "0f8b3c52-3a41-4c55-9d1e-6a0e2b7c9d10"})"));
        Filing other = otherEntity(otherLeaderId, otherCreditCode.toLatin1().constData());
        LeaderFingerprint::update(mine, key);
        LeaderFingerprint::update(other, key);
        const QString minePath = dir.filePath(u"mine.mpdesk"_s);
        const QString otherPath = dir.filePath(u"other.mpdesk"_s);
        QVERIFY(ProjectFile::write(mine, minePath).ok());
        QVERIFY(ProjectFile::write(other, otherPath).ok());
        QFile otherFile(otherPath);
        QVERIFY(otherFile.open(QIODevice::ReadOnly));
        const QByteArray otherText = otherFile.readAll();
        QVERIFY(otherText.contains("\"leaderFingerprint\""));
        QVERIFY(!otherText.contains(otherLeaderId.toLatin1()));

        const KnownFilingsFolder::Read known =
            KnownFilingsFolder::files({minePath, otherPath, dir.filePath(u"gone.mpdesk"_s)}, key);
        const LeaderReuse::Report report = LeaderReuse::check(mine, known.filings);
        QCOMPARE(known.notes.size(), 1); // the missing file is skipped, not fatal
        QVERIFY(report.checked);
        QCOMPARE(report.conflicts.size(), conflicts);

        const WorkingCalendar calendar = WorkingCalendar::fromFolders({u":/holidays"_s});
        const Checklist list = assessed(mine, calendar, noonInChina(QDate(2026, 11, 27)), known.filings).checklist();
        const Step *step = list.step(u"pitfall.leaderReuse"_s);
        QVERIFY(step);
        if (conflicts) {
            QCOMPARE(step->status, Step::Status::Blocked);
            QVERIFY2(step->reason.contains(u"Other App"_s) && step->reason.contains(u"Other Co"_s),
                     qPrintable(step->reason));
            QCOMPARE(step->findings.size(), 1);
            QVERIFY(step->findings.at(0).isError());
            QCOMPARE(step->findings.at(0).path, u"miniProgram.leader"_s);
        } else {
            QCOMPARE(step->status, Step::Status::Done);
            QVERIFY(step->findings.isEmpty());
        }
    }

    void notCheckedWithoutFingerprint()
    {
        const Filing f = filing(sampleJson(), {});
        KnownFiling other;
        other.path = u"/elsewhere/other.mpdesk"_s;
        other.entityName = u"Other Co"_s;
        other.leaderFingerprint = u"00ff"_s;
        const LeaderReuse::Report report = LeaderReuse::check(f, {other});
        QVERIFY(!report.checked); // there is something to compare with, but no fingerprint to compare
        QCOMPARE(report.compared, 1);
    }

    void nothingToCompareWith()
    {
        // No other filing on this computer: the leader cannot be in use elsewhere, fingerprint or not.
        const Filing f = filing(sampleJson(), {});
        const LeaderReuse::Report report = LeaderReuse::check(f, {});
        QVERIFY(report.checked);
        QVERIFY(report.conflicts.isEmpty());
        const Filing noLeader = filing(sampleJson(), patch(R"({"miniProgram": {"leader": null}})"));
        QVERIFY(!LeaderReuse::check(noLeader, {}).checked);
    }
};

QTEST_GUILESS_MAIN(TestLeaderReuse)
#include "tst_leaderreuse.moc"
