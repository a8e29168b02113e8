#include "WorkflowTestData.h"
#include "cli/CommandLine.h"
#include "secrets/MemorySecretStore.h"
#include "workflow/Deadlines.h"
#include "workflow/IcsExport.h"
#include "workflow/WorkingCalendar.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using namespace WorkflowTestData;

namespace {

struct Event
{
    QString uid, summary, status;
    bool allDay = false;
    QDate date;
    QDateTime start; // UTC, for timed events
};

// Reads the calendar back with libical's parser, as a calendar application would.
QList<Event> parse(const QByteArray &ics)
{
    QList<Event> events;
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    if (!cal)
        return events;
    for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        Event ev;
        ev.uid = QString::fromUtf8(icalcomponent_get_uid(e));
        ev.summary = QString::fromUtf8(icalcomponent_get_summary(e));
        ev.status = QString::fromUtf8(icalproperty_status_to_string(icalcomponent_get_status(e)));
        const icaltimetype start = icalcomponent_get_dtstart(e);
        ev.allDay = start.is_date;
        ev.date = QDate(start.year, start.month, start.day);
        if (!start.is_date) {
            ev.start = QDateTime::fromSecsSinceEpoch(
                icaltime_as_timet_with_zone(start, icaltimezone_get_utc_timezone()), Qt::UTC);
            if (!icaltime_is_utc(start))
                ev.start = QDateTime();
        }
        events.append(ev);
    }
    icalcomponent_free(cal);
    return events;
}

const Event *byUid(const QList<Event> &events, const QString &uid)
{
    for (const Event &e : events) {
        if (e.uid == uid)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestCalendarExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_calendar = WorkingCalendar::fromFolders({u":/holidays"_s});
        m_filing = filing(sampleJson(), patch(R"({"projectId": "0f8b3c52-3a41-4c55-9d1e-6a0e2b7c9d10",
            "certification": {"approvedOn": "2026-09-30"},
            "filing": {"status": "bureau_review", "submittedOn": "2026-11-20", "platformApprovedOn": "2026-11-23",
                       "smsReceivedAt": "2026-11-27T09:30:00+08:00"}})"));
    }

    void eventsParseBack_data()
    {
        QTest::addColumn<QString>("deadlineId");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("utcStart");
        QTest::newRow("electronic invoice after National Day, all-day")
            << u"invoice-arrival"_s << true << QDate(2026, 10, 16) << QDateTime();
        QTest::newRow("certification expiry, all-day")
            << u"certification-expiry"_s << true << QDate(2027, 9, 30) << QDateTime();
        QTest::newRow("7-day reminder, all-day")
            << u"certification-expiry-reminder-7d"_s << true << QDate(2027, 9, 23) << QDateTime();
        QTest::newRow("3-month reminder, all-day")
            << u"certification-expiry-reminder-3m"_s << true << QDate(2027, 6, 30) << QDateTime();
        QTest::newRow("MIIT SMS, timed in UTC") << u"sms-verification"_s << false << QDate(2026, 11, 28)
                                                << QDateTime(QDate(2026, 11, 28), QTime(1, 30), Qt::UTC);
        QTest::newRow("platform review, all-day") << u"platform-review"_s << true << QDate(2026, 11, 24) << QDateTime();
    }
    void eventsParseBack()
    {
        QFETCH(QString, deadlineId);
        QFETCH(bool, allDay);
        QFETCH(QDate, date);
        QFETCH(QDateTime, utcStart);
        const QDateTime now = noonInChina(QDate(2026, 11, 27));
        const QList<Deadline> deadlines = Deadlines::compute(m_filing, m_calendar, now);
        const QList<Event> events = parse(IcsExport::calendar(m_filing, deadlines, now));
        QCOMPARE(events.size(), deadlines.size());
        const QString uid = deadlineId + u".0f8b3c52-3a41-4c55-9d1e-6a0e2b7c9d10@mpdesk"_s;
        const Event *e = byUid(events, uid);
        QVERIFY2(e, qPrintable(uid));
        QCOMPARE(e->allDay, allDay);
        if (allDay)
            QCOMPARE(e->date, date);
        else
            QCOMPARE(e->start, utcStart);
        QVERIFY2(e->summary.contains(u"青禾记账助手"_s), qPrintable(e->summary));
    }

    // Importing a later export must update the same events: same UIDs, whatever day it is made.
    void uidsStable()
    {
        const QDateTime day1 = noonInChina(QDate(2026, 11, 27));
        const QDateTime day2 = noonInChina(QDate(2026, 12, 3));
        QStringList first, second;
        for (const Event &e :
             parse(IcsExport::calendar(m_filing, Deadlines::compute(m_filing, m_calendar, day1), day1)))
            first << e.uid;
        Filing later = m_filing;
        later.filing.smsVerifiedAt = u"2026-11-27T10:00:00+08:00"_s;
        const QList<Event> events =
            parse(IcsExport::calendar(later, Deadlines::compute(later, m_calendar, day2), day2));
        for (const Event &e : events)
            second << e.uid;
        first.sort();
        second.sort();
        QCOMPARE(second, first);
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
        // The answered SMS is cancelled in the calendar rather than left behind.
        const Event *sms = byUid(events, u"sms-verification.0f8b3c52-3a41-4c55-9d1e-6a0e2b7c9d10@mpdesk"_s);
        QVERIFY(sms);
        QCOMPARE(sms->status, u"CANCELLED"_s);
    }

    void interchangeFileGetsStableIds()
    {
        Filing bare = m_filing;
        bare.projectId = QUuid();
        const QUuid id = IcsExport::calendarId(bare);
        QVERIFY(!id.isNull());
        QVERIFY(id != m_filing.projectId);
        Filing spaced = bare;
        spaced.entity.creditCode = u" 91440300ma5g7qxk3y "_s; // as typed: normalised before use
        QCOMPARE(IcsExport::calendarId(spaced), id);
        Filing other = bare;
        other.miniProgram.name = u"Another"_s;
        QVERIFY(IcsExport::calendarId(other) != id);
    }

    // The verb as the clerk runs it.
    void calendarVerb()
    {
        QTemporaryDir dir;
        const QString ics = dir.filePath(u"deadlines.ics"_s);
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        MemorySecretStore store;
        CommandLine cli(outStream, errStream, &store);
        cli.setClock(Clock::fixedOn(QDate(2026, 11, 27)));
        const int code = cli.run({u"mpdesk"_s, u"calendar"_s,
                                  QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json"), u"-o"_s,
                                  ics, u"--lang"_s, u"en"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"deadlines.ics"_s), qPrintable(out));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Event> events = parse(file.readAll());
        QVERIFY(!events.isEmpty());
        // The sample's electronic invoice: approved 2026-10-20, 8 working days.
        const auto invoice = std::find_if(events.cbegin(), events.cend(),
                                          [](const Event &e) { return e.uid.startsWith(u"invoice-arrival."_s); });
        QVERIFY(invoice != events.cend());
        QVERIFY(invoice->allDay);
        QCOMPARE(invoice->date, QDate(2026, 10, 30));

        const int missing = cli.run(
            {u"mpdesk"_s, u"calendar"_s, QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json")});
        QCOMPARE(missing, 2);
    }

    // `mpdesk check` shows every step with its status before the findings, and keeps its summary line.
    void checkShowsSteps()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        MemorySecretStore store;
        CommandLine cli(outStream, errStream, &store);
        cli.setClock(Clock::fixedOn(QDate(2026, 11, 27)));
        const QString sample = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
        QCOMPARE(cli.run({u"mpdesk"_s, u"check"_s, sample, u"--lang"_s, u"en"_s}), 0);
        const QStringList lines = out.split(u'\n');
        QVERIFY2(lines.contains(u"Registration"_s), qPrintable(out));
        QVERIFY2(lines.contains(u"Common pitfalls"_s), qPrintable(out));
        QVERIFY2(out.contains(u"  [done] Account email and verification code"_s), qPrintable(out));
        QVERIFY2(
            out.contains(u"  [not started] Authorization letters: Needed: Mini program leader authorization letter"_s),
            qPrintable(out));
        QVERIFY2(out.contains(u"  [blocked] Platform review: Waiting for:"_s), qPrintable(out));
        QVERIFY(out.indexOf(u"[done] Account email"_s) < out.indexOf(u"errors: 0"_s));
        QVERIFY2(out.trimmed().endsWith(u"sample-filing.json: errors: 0, warnings: 0."_s), qPrintable(out));
    }

private:
    WorkingCalendar m_calendar;
    Filing m_filing;
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
