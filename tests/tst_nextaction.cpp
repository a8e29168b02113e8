// What to do next, as the core reads it from the assessment: a pressing deadline first, then the first
// step the clerk can work on, then what blocks, then "all done".

#include "assessment/Assessment.h"
#include "assessment/FilingSummary.h"
#include "assessment/NextAction.h"
#include "i18n/LanguageManager.h"
#include "secrets/ProjectSecrets.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

NextAction nextFor(const Filing &filing, const QDate &today)
{
    AssessmentContext context;
    context.clock = Clock::fixedOn(today);
    context.knownFilingsLoaded = true;
    return NextAction::of(Assessment::of(filing, context));
}

Filing sample()
{
    return ProjectFile::read(samplePath).value();
}

} // namespace

class TestNextAction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageManager::instance().setLanguage(u"en"_s); }
    void aNewFilingStartsWithItsFirstStep();
    void aDeadlineComesFirst_data();
    void aDeadlineComesFirst();
    void theSmsCountsDownInHours();
    void aWrongValueIsToFix();
    void theSampleContinuesWithItsMiniProgram();
    void summaryOfAFileOnDisk();
};

void TestNextAction::aNewFilingStartsWithItsFirstStep()
{
    const Filing empty;
    AssessmentContext context;
    context.clock = Clock::fixedOn(QDate(2026, 11, 27));
    const Assessment assessment = Assessment::of(empty, context);
    const NextAction next = NextAction::of(assessment);
    // Whatever steps the checklist has, the first one not finished and not blocked comes first.
    const Step *first = nullptr;
    for (const Step &s : assessment.checklist().steps()) {
        if (!s.isFinished() && s.status != Step::Status::Blocked) {
            first = &s;
            break;
        }
    }
    QVERIFY(first);
    QCOMPARE(next.stepId, first->id);
    QCOMPARE(next.title, first->title);
    QVERIFY(!next.action.isEmpty());
    QVERIFY(next.due.isEmpty());
    QVERIFY(next.line().startsWith(u"Next: "_s + first->title + u" — "_s));
}

void TestNextAction::aDeadlineComesFirst_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("dueText");
    QTest::newRow("two days before") << QDate(2026, 11, 27) << int(NextAction::Kind::DueSoon)
                                     << u"by 2026-11-29 (in 2 days)"_s;
    QTest::newRow("on the day") << QDate(2026, 11, 29) << int(NextAction::Kind::DueSoon) << u"by 2026-11-29 (today)"_s;
    QTest::newRow("a day late") << QDate(2026, 11, 30) << int(NextAction::Kind::Overdue)
                                << u"overdue since 2026-11-29 (1 day ago)"_s;
}

void TestNextAction::aDeadlineComesFirst()
{
    QFETCH(QDate, today);
    QFETCH(int, kind);
    QFETCH(QString, dueText);
    Filing f = sample();
    f.registration.verification.method = u"payment"_s;
    f.registration.verification.startedOn = u"2026-11-19"_s;
    f.registration.verification.completedOn.clear();
    const NextAction next = nextFor(f, today);
    QCOMPARE(int(next.kind), kind);
    QCOMPARE(next.stepId, u"registration.verification"_s);
    QCOMPARE(next.action, u"Payment verification transfer due"_s);
    QVERIFY(next.why.contains(u"corporate bank account"_s));
    QCOMPARE(next.dueDate, QDate(2026, 11, 29));
    QCOMPARE(next.dueText(), dueText);
    QVERIFY(next.isUrgent());
}

// The 24 hours of the MIIT SMS: the card says hours and minutes, as the SMS field's countdown does.
void TestNextAction::theSmsCountsDownInHours()
{
    Filing f = sample();
    f.filing.status = u"bureau_review"_s;
    f.filing.smsReceivedAt = u"2026-12-03T09:30:00+08:00"_s;
    AssessmentContext context;
    context.clock = Clock::fixedAt(QDateTime(QDate(2026, 12, 3), QTime(11, 0), QTimeZone("Asia/Shanghai")));
    context.knownFilingsLoaded = true;
    NextAction next = NextAction::of(Assessment::of(f, context));
    QCOMPARE(next.stepId, u"filing.bureauReview"_s);
    QCOMPARE(next.dueText(), u"by 2026-12-04 09:30 (Beijing time), 22 h 30 min left"_s);

    // Two days and more ahead, days again; past it, overdue.
    context.clock = Clock::fixedAt(QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone("Asia/Shanghai")));
    next = NextAction::of(Assessment::of(f, context));
    QVERIFY2(next.dueText().startsWith(u"overdue since 2026-12-04 09:30"_s), qPrintable(next.dueText()));
}

void TestNextAction::aWrongValueIsToFix()
{
    Filing f = sample();
    f.entity.creditCode = u"91440300MA5G7QXK3X"_s; // wrong check character
    const NextAction next = nextFor(f, QDate(2026, 11, 27));
    QCOMPARE(next.kind, NextAction::Kind::Fix);
    QCOMPARE(next.path, u"entity.creditCode"_s);
    QVERIFY2(next.action.contains(u"\"Y\""_s), qPrintable(next.action));
}

void TestNextAction::theSampleContinuesWithItsMiniProgram()
{
    const NextAction next = nextFor(sample(), QDate(2026, 11, 27));
    QCOMPARE(next.kind, NextAction::Kind::Continue);
    QCOMPARE(next.stepId, u"filing.miniProgram"_s);
    QVERIFY(!next.isUrgent());
}

void TestNextAction::summaryOfAFileOnDisk()
{
    const FilingSummary summary = FilingSummary::of(samplePath, Clock::fixedOn(QDate(2026, 11, 27)));
    QVERIFY(summary.readable);
    QCOMPARE(summary.name, u"青禾记账助手"_s);
    QCOMPARE(summary.stage, u"Filing"_s);
    QCOMPARE(summary.next.stepId, u"filing.miniProgram"_s);

    // Saved as a project, its numbers are in the keychain, which a summary does not ask: the start page
    // says the same as for the file with the numbers in it, never "not on this computer".
    QTemporaryDir dir;
    Result<Filing> sample = ProjectFile::read(samplePath);
    QVERIFY(sample);
    Filing filing = std::move(sample).value();
    ProjectSecrets::assignReferences(filing);
    const QString project = dir.filePath(u"青禾.mpdesk"_s);
    QVERIFY(ProjectFile::write(filing, project));
    const FilingSummary projected = FilingSummary::of(project, Clock::fixedOn(QDate(2026, 11, 27)));
    QVERIFY(projected.readable);
    QCOMPARE(projected.stage, summary.stage);
    QCOMPARE(projected.next.stepId, summary.next.stepId);
    QCOMPARE(projected.next.action, summary.next.action);

    const FilingSummary missing =
        FilingSummary::of(dir.filePath(u"none.mpdesk"_s), Clock::fixedOn(QDate(2026, 11, 27)));
    QVERIFY(!missing.readable);
    QVERIFY(!missing.problem.isEmpty());
    QCOMPARE(missing.name, u"none"_s);
}

QTEST_GUILESS_MAIN(TestNextAction)
#include "tst_nextaction.moc"
