// The one assessment of a filing: what it finds, where each finding is shown, and the core edit rules.

#include "CliRun.h"
#include "assessment/Assessment.h"
#include "cli/CommandLine.h"
#include "document/FilingEdits.h"
#include "document/FilingFields.h"
#include "model/Roles.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/MemorySecretStore.h"
#include "storage/FilingJson.h"
#include "storage/ProjectFile.h"
#include "workflow/Deadlines.h"
#include "workflow/WorkingCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
const QString brokenPath = QStringLiteral(MPDESK_TEST_DATA "/broken-filing.json");
const QDate Today(2026, 11, 27);

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Filing fromJson(const QJsonObject &json)
{
    auto result = FilingJson::fromJson(json);
    if (!result)
        qFatal("bad test filing: %s", qPrintable(result.error().text()));
    return std::move(result).value();
}

Assessment assess(const Filing &filing, QDate today = Today)
{
    AssessmentContext context;
    context.clock = Clock::fixedOn(today);
    context.knownFilingsLoaded = true;
    return Assessment::of(filing, context);
}

using Run = test::CliRun;

Run cli(const QStringList &args, SecretStore *store)
{
    return test::runCli(QStringList{u"--lang"_s, u"en"_s} + args, store);
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &json)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(json).toJson());
    return path;
}

} // namespace

class TestAssessment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDeadlineFromARejectedDate_data();
    void noDeadlineFromARejectedDate();
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(KnownFilingsIndex::defaultFile());
    }

    void overduePaymentVerificationNamesItsField()
    {
        QJsonObject json = readJson(samplePath);
        QJsonObject registration = json.value("registration"_L1).toObject();
        registration.insert(u"verification"_s,
                            QJsonObject{{u"method"_s, u"payment"_s},
                                        {u"startedOn"_s, u"2026-09-28"_s},
                                        {u"completedOn"_s, QJsonValue()}});
        registration.insert(u"submittedOn"_s, u"2026-09-28"_s);
        registration.insert(u"approvedOn"_s, QJsonValue());
        json.insert(u"registration"_s, registration);
        QTemporaryDir dir;
        const QString path = writeJson(dir, u"payment.json"_s, json);
        MemorySecretStore store;

        const Run overdue = cli({u"check"_s, u"--today"_s, u"2026-10-20"_s, path}, &store);
        QCOMPARE(overdue.exitCode, 1);
        QVERIFY2(overdue.out.contains(u"\nregistration.verification.startedOn: error: Overdue since 2026-10-08"_s),
                 qPrintable(overdue.out));
        QVERIFY2(overdue.out.contains(u"[blocked] Entity verification"_s), qPrintable(overdue.out));

        // The same filing a week earlier: due soon, a warning, exit 0; --now takes a time in China.
        const Run early = cli({u"check"_s, u"--now"_s, u"2026-10-06 09:30"_s, path}, &store);
        QCOMPARE(early.exitCode, 0);
        QVERIFY2(early.out.contains(u"registration.verification.startedOn: warning: Due 2026-10-08"_s),
                 qPrintable(early.out));

        const Run bad = cli({u"check"_s, u"--today"_s, u"2026-13-01"_s, path}, &store);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--today"_s), qPrintable(bad.err));
        QCOMPARE(cli({u"import"_s, u"--today"_s, u"2026-10-01"_s, path, u"-o"_s, dir.filePath(u"x.mpdesk"_s)}, &store)
                     .exitCode,
                 2);
        QCOMPARE(cli({u"export"_s, path, u"-o"_s, QString()}, &store).exitCode, 2);
    }

    void nothingIsUnassigned_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("the sample") << readJson(samplePath);
        QTest::newRow("the broken sample") << readJson(brokenPath);
        QTest::newRow("an empty filing") << QJsonObject{{u"format"_s, u"mpdesk"_s}, {u"version"_s, 1}};
        QJsonObject extraPerson = readJson(brokenPath);
        QJsonArray people = extraPerson.value("people"_L1).toArray();
        people.append(QJsonObject{{u"id"_s, u"p9"_s},
                                  {u"name"_s, u"No Role"_s},
                                  {u"idType"_s, u"resident_id"_s},
                                  {u"idNumber"_s, u"123"_s},
                                  {u"mobile"_s, u"1"_s},
                                  {u"email"_s, u"x"_s}});
        extraPerson.insert(u"people"_s, people);
        QTest::newRow("a person without a role, with errors") << extraPerson;
    }

    void nothingIsUnassigned()
    {
        QFETCH(QJsonObject, json);
        const Assessment a = assess(fromJson(json));
        QVERIFY(!a.checklist().steps().isEmpty());
        for (const Finding &f : a.checklist().unassigned())
            qWarning() << "unassigned:" << f.line();
        QVERIFY(a.checklist().unassigned().isEmpty());
    }

    // Every field, given a wrong value, gives findings that a step owns.
    void everyFieldIsOwnedByAStep_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        for (const QString &path : FilingFields::paths()) {
            for (const QString &value : {u"x"_s, u"9999-12-31"_s, u"1900-01-01"_s, u"false"_s, u"-5"_s})
                QTest::newRow(qPrintable(path + u" = "_s + value)) << path << value;
        }
        for (const QString &key :
             {u"people[0].name"_s, u"people[0].idNumber"_s, u"people[0].idValidTo"_s, u"people[0].mobile"_s,
              u"people[1].emergencyMobile"_s, u"people[1].email"_s, u"people[1].idType"_s}) {
            QTest::newRow(qPrintable(key + u" = x"_s)) << key << u"x"_s;
        }
    }

    void everyFieldIsOwnedByAStep()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        Filing f = fromJson(readJson(samplePath));
        QVERIFY(FilingFields::setText(f, path, value));
        const Assessment a = assess(f);
        for (const Finding &finding : a.checklist().unassigned())
            qWarning() << "unassigned:" << finding.line();
        QVERIFY(a.checklist().unassigned().isEmpty());
        // And every finding names a field mpdesk knows, so the window can show it under that field.
        for (const Finding &finding : a.findings()) {
            const bool known = FilingFields::isKnown(finding.path)
                || finding.path.startsWith(u"miniProgram.nameCandidates"_s)
                || finding.path.startsWith(u"miniProgram.preApproval"_s) || finding.path == u"people"_s
                || finding.path.startsWith(u"miniProgram.serviceCategories"_s)
                || finding.path.startsWith(u"filing.lettersReady"_s)
                || finding.path.startsWith(u"materials"_s); // shown on the materials page, row by slot
            QVERIFY2(known, qPrintable(finding.line()));
        }
    }

    void datesInOrderAcrossStages()
    {
        Filing f = fromJson(readJson(samplePath));
        f.certification.approvedOn = u"2026-10-01"_s; // before registration was submitted on 2026-10-09
        f.filing.submittedOn = u"2026-09-30"_s; // before certification approval
        const Assessment a = assess(f);
        Findings order;
        for (const Finding &finding : a.findings()) {
            if (finding.rule == u"date.stageOrder"_s)
                order.append(finding);
        }
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(0).path, u"certification.approvedOn"_s);
        QVERIFY(!order.at(0).isError());
        QVERIFY2(order.at(0).message.contains(u"certification approved (2026-10-01)"_s)
                     && order.at(0).message.contains(u"registration submitted (2026-10-09)"_s),
                 qPrintable(order.at(0).message));
        QCOMPARE(order.at(1).path, u"filing.submittedOn"_s);
        QVERIFY(order.at(1).message.contains(u"certification approved"_s));
    }

    void nameChangeCountOfAnySize()
    {
        for (int used : {std::numeric_limits<int>::min(), -1, 0, 1, 2, 3, std::numeric_limits<int>::max()}) {
            Filing f = fromJson(readJson(samplePath));
            f.certification.nameChangesUsed = used;
            const Assessment a = assess(f);
            const Step *s = a.checklist().step(u"pitfall.nameChanges"_s);
            QVERIFY(s);
            if (used >= 2)
                QCOMPARE(s->status, Step::Status::Blocked);
            else
                QVERIFY2(s->reason.contains(u"%1 of 2"_s.arg(used <= 0 ? 2 : 1)), qPrintable(s->reason));
        }
    }

    void hugeNumbersInAFileAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("nameChangesUsed 1e300") << u"nameChangesUsed"_s << 1e300;
        QTest::newRow("nameChangesUsed 2^40") << u"nameChangesUsed"_s << 1099511627776.0;
        QTest::newRow("nameChangesUsed 1.5") << u"nameChangesUsed"_s << 1.5;
        QTest::newRow("version 1e300") << u"version"_s << 1e300;
    }

    void hugeNumbersInAFileAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QJsonObject json = readJson(samplePath);
        if (key == u"version"_s) {
            json.insert(key, value);
        } else {
            QJsonObject c = json.value("certification"_L1).toObject();
            c.insert(key, value);
            json.insert(u"certification"_s, c);
        }
        const auto result = FilingJson::fromJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().path.endsWith(key), qPrintable(result.error().text()));
    }

    void removingAPersonClearsTheirRoles()
    {
        Filing f = fromJson(readJson(samplePath));
        const QString leader = f.entity.leader;
        const qsizetype index = f.personIndex(leader);
        QVERIFY(index >= 0);
        const QList<Roles::Role> held = Roles::heldBy(f, leader);
        QVERIFY(!held.isEmpty());
        FilingEdits::removePerson(f, index);
        QCOMPARE(f.personIndex(leader), -1);
        for (Roles::Role role : held)
            QVERIFY2(Roles::holder(f, role).isEmpty(), qPrintable(Roles::path(role)));
        const QString id = FilingEdits::addPerson(f);
        QCOMPARE(f.people.last().id, id);
        QCOMPARE(f.people.last().idType, u"resident_id"_s);
    }

    void invoiceTypeClearsWhatItDoesNotCarry()
    {
        Filing f = fromJson(readJson(samplePath));
        Invoice &inv = f.certification.invoice;
        inv.title.clear();
        inv.bankName = u"Bank"_s;
        inv.address = u"Somewhere"_s;
        FilingEdits::setInvoiceType(f, u"electronic"_s);
        QCOMPARE(inv.type, u"electronic"_s);
        QVERIFY(inv.bankName.isEmpty() && inv.address.isEmpty());
        QCOMPARE(inv.title, f.entity.name);
        QVERIFY(FilingEdits::invoiceCarries(u"vat_special"_s, u"bankAccount"_s));
        QVERIFY(!FilingEdits::invoiceCarries(u"electronic"_s, u"bankAccount"_s));
        FilingEdits::setInvoiceType(f, u"none"_s);
        QVERIFY(inv.title.isEmpty() && inv.taxId.isEmpty());
    }

    void newNameCandidateIsUnchecked()
    {
        Filing f;
        FilingEdits::addNameCandidate(f, u"青禾"_s);
        QCOMPARE(f.miniProgram.nameCandidates.size(), 1);
        QCOMPARE(f.miniProgram.nameCandidates.at(0).trademark, u"unchecked"_s);
    }

    void samePersonEnteredTwiceNeedsNoTip()
    {
        Filing f = fromJson(readJson(samplePath));
        QVERIFY(FilingEdits::administratorDiffersFromEntityLeader(f));
        // The administrator entered a second time under another id, with the entity leader's ID number.
        const Person *leader = f.person(f.entity.leader);
        QVERIFY(leader);
        Person twin = *leader;
        twin.id = u"p7"_s;
        f.people.append(twin);
        f.registration.administrator = twin.id;
        f.miniProgram.leader = twin.id;
        QVERIFY(!FilingEdits::administratorDiffersFromEntityLeader(f));
        const Assessment a = assess(f);
        const Step *tip = a.checklist().step(u"pitfall.sameAdministrator"_s);
        QVERIFY(tip);
        QCOMPARE(tip->status, Step::Status::Done);
    }

    // Only a filing submitted on a real date makes the tip moot: text that names no date is the
    // submission date's own error, and the administrator can still be made the entity leader.
    void aSubmissionDateThatIsNoDateKeepsTheTip()
    {
        Filing f = fromJson(readJson(samplePath));
        QVERIFY(FilingEdits::administratorDiffersFromEntityLeader(f));
        f.filing.status = u"draft"_s;
        f.filing.submittedOn = u"2026-02-30"_s;
        const Assessment notADate = assess(f);
        const Step *tip = notADate.checklist().step(u"pitfall.sameAdministrator"_s);
        QVERIFY(tip);
        QCOMPARE(tip->status, Step::Status::InProgress);
        f.filing.submittedOn = u"2026-02-27"_s;
        const Assessment submitted = assess(f);
        const Step *moot = submitted.checklist().step(u"pitfall.sameAdministrator"_s);
        QVERIFY(moot);
        QCOMPARE(moot->status, Step::Status::NotNeeded);
    }

    void theClockDecidesAndNothingElse()
    {
        const Filing f = fromJson(readJson(samplePath));
        // The sample's certification runs to 2027-10-20: before then renewal is in order, after it is overdue.
        const Assessment now = assess(f, QDate(2026, 11, 27));
        const Assessment later = assess(f, QDate(2029, 3, 1));
        const Step *before = now.checklist().step(u"pitfall.renewal"_s);
        const Step *after = later.checklist().step(u"pitfall.renewal"_s);
        QVERIFY(before && after);
        QCOMPARE(before->status, Step::Status::Done);
        QCOMPARE(after->status, Step::Status::Blocked);
        QCOMPARE(assess(f, QDate(2026, 11, 27)).today(), QDate(2026, 11, 27));
    }
};

void TestAssessment::noDeadlineFromARejectedDate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("deadline");
    QTest::newRow("certification approved in 9999")
        << u"certification.approvedOn"_s << u"9999-12-31"_s << u"certification-expiry"_s;
    QTest::newRow("certification approved in 1999")
        << u"certification.approvedOn"_s << u"1999-10-20"_s << u"certification-expiry"_s;
    QTest::newRow("certification approved before it was paid")
        << u"certification.approvedOn"_s << u"2026-10-01"_s << u"certification-expiry"_s;
    QTest::newRow("filing submitted in 2150") << u"filing.submittedOn"_s << u"2150-01-01"_s << u"platform-review"_s;
    QTest::newRow("SMS received in 1990")
        << u"filing.smsReceivedAt"_s << u"1990-01-01T10:00:00+08:00"_s << u"sms-verification"_s;
    QTest::newRow("payment verification started in 1999")
        << u"registration.verification.startedOn"_s << u"1999-10-09"_s << u"payment-verification"_s;
}

void TestAssessment::noDeadlineFromARejectedDate()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, deadline);
    const QStringList keys = path.split(u'.');
    const auto withValue = [&keys](const QString &v) {
        // Sets the nested key, object by object.
        const std::function<void(QJsonObject &, qsizetype)> set = [&](QJsonObject &o, qsizetype i) {
            if (i == keys.size() - 1) {
                o[keys[i]] = v;
                return;
            }
            QJsonObject inner = o[keys[i]].toObject();
            set(inner, i + 1);
            o[keys[i]] = inner;
        };
        QJsonObject json = readJson(samplePath);
        set(json, 0);
        return fromJson(json);
    };
    // A plausible date gives the deadline, so what is tested below can fail.
    const QString plausible = path == u"filing.smsReceivedAt"_s ? u"2026-11-26T10:00:00+08:00"_s : u"2026-10-20"_s;
    QVERIFY(Deadlines::find(assess(withValue(plausible)).deadlines(), deadline));

    const Assessment a = assess(withValue(value));
    const Findings there = a.findingsAt(path);
    QVERIFY2(std::any_of(there.cbegin(), there.cend(), [](const Finding &f) { return f.isError(); }),
             "the validator accepts this date");
    const Deadline *shown = Deadlines::find(a.deadlines(), deadline);
    QVERIFY2(!shown, qPrintable(shown ? shown->when() : QString()));
    for (const Deadline &d : a.deadlines())
        QVERIFY2(d.path != path, qPrintable(d.id));
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
