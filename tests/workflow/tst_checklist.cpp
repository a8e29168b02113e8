#include "WorkflowTestData.h"
#include "workflow/Checklist.h"
#include "workflow/LetterRequirements.h"
#include "workflow/StepCatalogue.h"
#include "workflow/WorkingCalendar.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using namespace WorkflowTestData;

class TestChecklist final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_calendar = WorkingCalendar::fromFolders({u":/holidays"_s}); }

    // Each row of checklist-stages.json: a filing at some stage and the status (and reason) of its steps.
    void stepStatus_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reasonContains");
        const QJsonObject rows =
            readJson(QStringLiteral(MPDESK_SOURCE_DIR "/tests/workflow/data/checklist-stages.json"));
        QVERIFY(rows.size() > 10);
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            if (row.key().startsWith(u'_'))
                continue;
            const QJsonObject r = row.value().toObject();
            const QJsonObject base = r.value("base"_L1).toString() == u"empty"_s ? emptyJson() : sampleJson();
            const QJsonObject data = merged(base, r.value("patch"_L1).toObject());
            const QJsonObject expect = r.value("expect"_L1).toObject();
            for (auto e = expect.begin(); e != expect.end(); ++e) {
                const QJsonArray pair = e.value().toArray();
                QTest::addRow("%s / %s", qPrintable(row.key()), qPrintable(e.key()))
                    << data << e.key() << pair.at(0).toString() << pair.at(1).toString();
            }
        }
    }
    void stepStatus()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, stepId);
        QFETCH(QString, status);
        QFETCH(QString, reasonContains);
        const Filing f = filing(data, {});
        const Checklist list = assessed(f, m_calendar, noonInChina(QDate(2026, 11, 27))).checklist();
        const Step *step = list.step(stepId);
        QVERIFY2(step, qPrintable(stepId));
        QVERIFY(!step->reason.isEmpty());
        QVERIFY2(step->reason.contains(reasonContains), qPrintable(step->reason));
        QCOMPARE(Step::statusKeyword(step->status), status);
    }

    void everyStageAndStep()
    {
        const Filing f = filing(sampleJson(), {});
        const Checklist list = assessed(f, m_calendar, noonInChina(QDate(2026, 11, 27))).checklist();
        QStringList ids;
        for (const Step &s : list.steps())
            ids << s.id;
        const QStringList expected{u"people"_s,
                                   u"registration.email"_s,
                                   u"registration.entityType"_s,
                                   u"registration.businessLicence"_s,
                                   u"registration.administrator"_s,
                                   u"registration.verification"_s,
                                   u"registration.review"_s,
                                   u"certification.agreement"_s,
                                   u"certification.data"_s,
                                   u"certification.contact"_s,
                                   u"certification.invoice"_s,
                                   u"certification.fee"_s,
                                   u"certification.approval"_s,
                                   u"filing.entity"_s,
                                   u"filing.miniProgram"_s,
                                   u"filing.authorizationLetters"_s,
                                   u"filing.commitmentLetters"_s,
                                   u"filing.materials"_s,
                                   u"filing.platformReview"_s,
                                   u"filing.bureauReview"_s,
                                   u"filing.approved"_s,
                                   u"pitfall.nameCandidates"_s,
                                   u"pitfall.nameChanges"_s,
                                   u"pitfall.categories"_s,
                                   u"pitfall.renewal"_s,
                                   u"pitfall.sameAdministrator"_s,
                                   u"pitfall.leaderReuse"_s};
        QCOMPARE(ids, expected);
    }

    // The step catalogue is the one table of steps: in the enum's order (Checklist::step(StepId) and the
    // prerequisites index by it), keys unique, each step waiting only for steps before it, every step
    // with a title, and each step's key found again.
    void catalogueIsConsistent()
    {
        const QList<StepSpec> &specs = StepCatalogue::all();
        QCOMPARE(specs.size(), qsizetype(StepId::PitfallLeaderReuse) + 1);
        QSet<QString> keys;
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const StepSpec &spec = specs.at(i);
            QCOMPARE(qsizetype(spec.id), i);
            QVERIFY2(!keys.contains(spec.key), qPrintable(spec.key));
            keys.insert(spec.key);
            QVERIFY(!spec.translatedTitle().isEmpty());
            QCOMPARE(StepCatalogue::fromKey(spec.key), std::optional<StepId>(spec.id));
            for (StepId before : spec.prerequisites)
                QVERIFY2(qsizetype(before) < i, qPrintable(spec.key));
        }
        QVERIFY(!StepCatalogue::fromKey(u"filing.nothing"_s));

        const Checklist list =
            assessed(filing(sampleJson(), {}), m_calendar, noonInChina(QDate(2026, 11, 27))).checklist();
        QCOMPARE(list.step(StepId::FilingMaterials), list.step(u"filing.materials"_s));
        QCOMPARE(list.step(StepId::People)->title, u"People and roles"_s);
    }

    // Findings land on the step where the clerk fixes them, people's fields on their roles' steps.
    void findingsOnSteps_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("stepId");
        QTest::newRow("credit code on the business licence step")
            << patch(R"({"entity": {"creditCode": "91440300MA5G7QXK3X"}})") << u"entity.creditCode"_s
            << u"registration.businessLicence"_s;
        QTest::newRow("administrator's mobile on the administrator step") << patch(
            R"({"people": [{"id": "p1", "name": "A", "idType": "resident_id", "idNumber": "440305198503120028", "idValidFrom": "2019-03-12", "idValidTo": "2039-03-12", "mobile": "13800138000", "emergencyMobile": "13900139000", "email": "a@example.cn"},
                                     {"id": "p2", "name": "B", "idType": "resident_id", "idNumber": "440304199211083542", "idValidFrom": "2021-06-01", "idValidTo": "2041-06-01", "mobile": "1361234", "emergencyMobile": "13787654321", "email": "b@example.cn"}]})")
                                                                          << u"people[1].mobile"_s
                                                                          << u"registration.administrator"_s;
        QTest::newRow("name changes on their pitfall")
            << patch(R"({"certification": {"nameChangesUsed": 2}})") << u"certification.nameChangesUsed"_s
            << u"pitfall.nameChanges"_s;
        QTest::newRow("overdue certification on the approval step")
            << patch(R"({"certification": {"approvedOn": "2025-11-01"}})") << u"certification.approvedOn"_s
            << u"certification.approval"_s;
    }
    void findingsOnSteps()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, path);
        QFETCH(QString, stepId);
        const Filing f = filing(sampleJson(), patch);
        const Checklist list = assessed(f, m_calendar, noonInChina(QDate(2026, 11, 27))).checklist();
        const Step *step = list.step(stepId);
        QVERIFY(step);
        QVERIFY2(std::any_of(step->findings.cbegin(), step->findings.cend(),
                             [&](const Finding &x) { return x.path == path; }),
                 qPrintable(stepId));
    }

    void lettersNeeded_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("letterId");
        QTest::addColumn<int>("need");
        QTest::addColumn<bool>("stricter");
        const int needed = int(LetterRequirements::Need::Needed);
        const int notNeeded = int(LetterRequirements::Need::NotNeeded);
        const int unknown = int(LetterRequirements::Need::Unknown);
        const QJsonObject oneLeader = patch(R"({"miniProgram": {"leader": "p1"}})");
        const QJsonObject leaderNotLegal = patch(R"({"entity": {"leader": "p2"}})");
        const QJsonObject noRoles =
            patch(R"({"entity": {"leader": null, "legalRepresentative": null}, "miniProgram": {"leader": null}})");
        // p3 is p1 entered a second time: the ID number tells it is the same person.
        const QJsonObject sameTwice = patch(R"({"miniProgram": {"leader": "p3"}, "people": [
            {"id": "p1", "name": "A", "idType": "resident_id", "idNumber": "440305198503120028"},
            {"id": "p2", "name": "B", "idType": "resident_id", "idNumber": "440304199211083542"},
            {"id": "p3", "name": "A", "idType": "resident_id", "idNumber": "440305198503120028"}]})");
        QTest::newRow("sample: mini program leader differs from entity leader")
            << QJsonObject() << u"miniProgramLeaderAuthorization"_s << needed << false;
        QTest::newRow("sample: entity leader is the legal representative")
            << QJsonObject() << u"entityLeaderAuthorization"_s << notNeeded << false;
        QTest::newRow("one person in every role: no mini program letter")
            << oneLeader << u"miniProgramLeaderAuthorization"_s << notNeeded << false;
        QTest::newRow("leader is entity leader but not legal representative: stricter reading")
            << leaderNotLegal << u"miniProgramLeaderAuthorization"_s << notNeeded << true;
        QTest::newRow("entity leader not the legal representative: own letter")
            << leaderNotLegal << u"entityLeaderAuthorization"_s << needed << false;
        QTest::newRow("same person entered twice")
            << sameTwice << u"miniProgramLeaderAuthorization"_s << notNeeded << false;
        QTest::newRow("roles not chosen: unknown")
            << noRoles << u"miniProgramLeaderAuthorization"_s << unknown << false;
        QTest::newRow("roles not chosen: entity letter unknown")
            << noRoles << u"entityLeaderAuthorization"_s << unknown << false;
        QTest::newRow("commitment letter always") << oneLeader << u"preApprovalCommitment"_s << needed << false;
    }
    void lettersNeeded()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, letterId);
        QFETCH(int, need);
        QFETCH(bool, stricter);
        const Filing f = filing(sampleJson(), patch);
        const LetterRequirements::Letter letter = LetterRequirements::letter(f, letterId);
        QCOMPARE(letter.id, letterId);
        QCOMPARE(int(letter.need), need);
        QCOMPARE(letter.stricterReadingApplies, stricter);
        QVERIFY(!letter.reason.isEmpty());
        QVERIFY(!letter.title.isEmpty());
        QCOMPARE(letter.stricterReading.isEmpty(), !stricter);
    }

private:
    WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
