#include "WorkflowTestData.h"
#include "assessment/Assessment.h"
#include "workflow/Deadlines.h"
#include "workflow/StepCatalogue.h"
#include "workflow/WorkingCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using namespace WorkflowTestData;

// Deadlines are dated in China; the suite runs with TZ=America/New_York to prove the machine's zone
// does not matter.
class TestDeadlines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_calendar = WorkingCalendar::fromFolders({u":/holidays"_s}); }

    void dates_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QList<int>>("yearsWithoutData");
        const QList<int> none;
        QTest::newRow("payment verification: 10 calendar days, holidays included")
            << patch(R"({"registration": {"verification": {"method": "payment", "startedOn": "2026-09-28"}}})")
            << u"payment-verification"_s << QDate(2026, 10, 8) << QDate() << none;
        QTest::newRow("electronic invoice: 8 working days across National Day")
            << patch(R"({"certification": {"approvedOn": "2026-09-30", "invoice": {"type": "electronic"}}})")
            << u"invoice-arrival"_s << QDate(2026, 10, 16) << QDate() << none;
        QTest::newRow("VAT invoice: 30 working days")
            << patch(R"({"certification": {"approvedOn": "2026-09-30", "invoice": {"type": "vat_special"}}})")
            << u"invoice-arrival"_s << QDate(2026, 11, 17) << QDate() << none;
        QTest::newRow("VAT invoice into 2027 without a notice")
            << patch(R"({"certification": {"approvedOn": "2026-12-10", "invoice": {"type": "vat_special"}}})")
            << u"invoice-arrival"_s << QDate(2027, 1, 21) << QDate() << QList<int>{2027};
        QTest::newRow("certification expiry one year on")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"certification-expiry"_s
            << QDate(2027, 10, 20) << QDate() << none;
        QTest::newRow("expiry reminder 3 months before")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"certification-expiry-reminder-3m"_s
            << QDate(2027, 7, 20) << QDate() << none;
        QTest::newRow("expiry reminder 2 months before")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"certification-expiry-reminder-2m"_s
            << QDate(2027, 8, 20) << QDate() << none;
        QTest::newRow("expiry reminder 1 month before")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"certification-expiry-reminder-1m"_s
            << QDate(2027, 9, 20) << QDate() << none;
        QTest::newRow("expiry reminder 7 days before")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"certification-expiry-reminder-7d"_s
            << QDate(2027, 10, 13) << QDate() << none;
        QTest::newRow("expiry of a leap-day approval")
            << patch(R"({"certification": {"approvedOn": "2024-02-29"}})") << u"certification-expiry"_s
            << QDate(2025, 2, 28) << QDate() << none;
        QTest::newRow("platform review: 1-2 working days after National Day")
            << patch(R"({"filing": {"submittedOn": "2026-09-30"}})") << u"platform-review"_s << QDate(2026, 10, 9)
            << QDate(2026, 10, 8) << none;
        QTest::newRow("verification call: Friday before a make-up Saturday")
            << patch(R"({"filing": {"submittedOn": "2026-10-09"}})") << u"verification-call"_s << QDate(2026, 10, 12)
            << QDate(2026, 10, 10) << none;
        QTest::newRow("platform review into 2027 without a notice")
            << patch(R"({"filing": {"submittedOn": "2026-12-30"}})") << u"platform-review"_s << QDate(2027, 1, 1)
            << QDate(2026, 12, 31) << QList<int>{2027};
        QTest::newRow("name changes reset next 1 January")
            << patch(R"({"certification": {"approvedOn": "2026-10-20"}})") << u"name-change-reset"_s
            << QDate(2027, 1, 1) << QDate() << none;
    }
    void dates()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, id);
        QFETCH(QDate, date);
        QFETCH(QDate, earliest);
        QFETCH(QList<int>, yearsWithoutData);
        const Filing f = filing(emptyJson(), data);
        const QList<Deadline> deadlines = Deadlines::compute(f, m_calendar, noonInChina(QDate(2026, 11, 27)));
        const Deadline *d = Deadlines::find(deadlines, id);
        QVERIFY2(d, qPrintable(id));
        QCOMPARE(d->date, date);
        QCOMPARE(d->earliest, earliest);
        QCOMPARE(d->yearsWithoutData, yearsWithoutData);
        QVERIFY(!d->isTimed());
        QVERIFY(!d->title.isEmpty());
        if (!yearsWithoutData.isEmpty()) {
            QVERIFY2(d->calendarWarning().contains(u"2027"_s), qPrintable(d->calendarWarning()));
        } else {
            QVERIFY(d->calendarWarning().isEmpty());
        }
    }

    void nothingWithoutDates()
    {
        const Filing f = filing(emptyJson(), {});
        QVERIFY(Deadlines::compute(f, m_calendar, noonInChina(QDate(2026, 11, 27))).isEmpty());
    }

    void smsDeadline_data()
    {
        QTest::addColumn<QString>("receivedAt");
        QTest::addColumn<QDateTime>("dueUtc");
        QTest::addColumn<QDate>("chinaDate");
        QTest::newRow("evening in Beijing")
            << u"2026-11-02T22:15:00+08:00"_s << QDateTime(QDate(2026, 11, 3), QTime(14, 15), Qt::UTC)
            << QDate(2026, 11, 3);
        // 17:30 UTC is already the next day in Beijing: the date shown is China's, not UTC's or New York's.
        QTest::newRow("given in UTC, past midnight in Beijing")
            << u"2026-11-02T17:30:00Z"_s << QDateTime(QDate(2026, 11, 3), QTime(17, 30), Qt::UTC) << QDate(2026, 11, 4);
    }
    void smsDeadline()
    {
        QFETCH(QString, receivedAt);
        QFETCH(QDateTime, dueUtc);
        QFETCH(QDate, chinaDate);
        const Filing f = filing(emptyJson(), QJsonObject{{u"filing"_s, QJsonObject{{u"smsReceivedAt"_s, receivedAt}}}});
        const auto deadlines = Deadlines::compute(f, m_calendar, noonInChina(QDate(2026, 11, 1)));
        const Deadline *d = Deadlines::find(deadlines, u"sms-verification"_s);
        QVERIFY(d);
        QVERIFY(d->isTimed());
        QCOMPARE(d->moment.toUTC(), dueUtc);
        QCOMPARE(d->date, chinaDate);
        QVERIFY2(d->when().contains(chinaDate.toString(Qt::ISODate)), qPrintable(d->when()));
    }

    void findings_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("rule"); // empty: no finding
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("path");
        const QJsonObject payment =
            patch(R"({"registration": {"verification": {"method": "payment", "startedOn": "2026-10-01"}}})");
        QTest::newRow("payment due in 4 days: nothing yet")
            << payment << noonInChina(QDate(2026, 10, 7)) << QString() << false << QString();
        QTest::newRow("payment due in 3 days: warning")
            << payment << noonInChina(QDate(2026, 10, 8)) << u"deadline.dueSoon"_s << false
            << u"registration.verification.startedOn"_s;
        QTest::newRow("payment due today: warning")
            << payment << noonInChina(QDate(2026, 10, 11)) << u"deadline.dueSoon"_s << false
            << u"registration.verification.startedOn"_s;
        QTest::newRow("payment overdue: error") << payment << noonInChina(QDate(2026, 10, 12)) << u"deadline.overdue"_s
                                                << true << u"registration.verification.startedOn"_s;
        QTest::newRow("payment completed: nothing")
            << merged(payment, patch(R"({"registration": {"verification": {"completedOn": "2026-10-05"}}})"))
            << noonInChina(QDate(2026, 10, 12)) << QString() << false << QString();
        const QJsonObject sms = patch(R"({"filing": {"smsReceivedAt": "2026-11-26T09:00:00+08:00"}})");
        QTest::newRow("SMS due tomorrow morning: warning")
            << sms << QDateTime(QDate(2026, 11, 26), QTime(20, 0), chinaTimeZone()) << u"deadline.dueSoon"_s << false
            << u"filing.smsReceivedAt"_s;
        QTest::newRow("SMS one minute late: error")
            << sms << QDateTime(QDate(2026, 11, 27), QTime(9, 1), chinaTimeZone()) << u"deadline.overdue"_s << true
            << u"filing.smsReceivedAt"_s;
        QTest::newRow("SMS answered: nothing")
            << merged(sms, patch(R"({"filing": {"smsVerifiedAt": "2026-11-26T10:00:00+08:00"}})"))
            << noonInChina(QDate(2026, 11, 28)) << QString() << false << QString();
        QTest::newRow("certification expired: error")
            << patch(R"({"certification": {"approvedOn": "2025-11-20"}})") << noonInChina(QDate(2026, 11, 21))
            << u"deadline.overdue"_s << true << u"certification.approvedOn"_s;
        QTest::newRow("invoice late: the platform's delay is no finding")
            << patch(R"({"certification": {"approvedOn": "2026-09-30", "invoice": {"type": "electronic"}}})")
            << noonInChina(QDate(2026, 11, 27)) << QString() << false << QString();
    }
    void findings()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QDateTime, now);
        QFETCH(QString, rule);
        QFETCH(bool, error);
        QFETCH(QString, path);
        const Filing f = filing(emptyJson(), data);
        const Findings found = Deadlines::findings(Deadlines::compute(f, m_calendar, now), now);
        if (rule.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).line()));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).rule, rule);
        QCOMPARE(found.at(0).isError(), error);
        QCOMPARE(found.at(0).path, path);
    }

    // A date reckoned in working days of a year without the State Council's notice says so where the
    // clerk reads it: the step that waits for it. It is no finding, as no correction of the filing clears it.
    void aReckoningWithoutHolidayDataSaysSo()
    {
        const Filing f =
            filing(sampleJson(), patch(R"({"filing": {"status": "platform_review", "submittedOn": "2030-06-03"}})"));
        const Assessment a = assessed(f, m_calendar, noonInChina(QDate(2030, 6, 4)));
        const Step *review = a.checklist().step(StepId::FilingPlatformReview);
        QVERIFY(review);
        QCOMPARE(review->status, Step::Status::InProgress);
        QVERIFY2(review->reason.contains(u"holiday notice for 2030 is not loaded"_s), qPrintable(review->reason));
        for (const Finding &finding : a.findings())
            QVERIFY2(!finding.message.contains(u"holiday notice"_s), qPrintable(finding.line()));
    }

private:
    WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
