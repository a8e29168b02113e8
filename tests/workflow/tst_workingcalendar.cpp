#include "workflow/WorkingCalendar.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;

// The shipped notices (2025, 2026; 2027 an empty placeholder) through the same resources the app reads.
class TestWorkingCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_calendar = WorkingCalendar::fromFolders({u":/holidays"_s});
        QVERIFY2(m_calendar.loadErrors().isEmpty(), qPrintable(m_calendar.loadErrors().value(0).text()));
    }

    void yearsLoaded()
    {
        QCOMPARE(m_calendar.yearsWithData(), (QList<int>{2025, 2026}));
        QVERIFY(!m_calendar.hasData(2027)); // the file exists but lists no day: not published
        QVERIFY(!m_calendar.hasData(2028)); // no file at all
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("National Day 2026-10-01 (Thursday) off") << QDate(2026, 10, 1) << false;
        QTest::newRow("National Day 2026-10-07 (Wednesday) off") << QDate(2026, 10, 7) << false;
        QTest::newRow("make-up Sunday 2026-09-20 on") << QDate(2026, 9, 20) << true;
        QTest::newRow("make-up Saturday 2026-10-10 on") << QDate(2026, 10, 10) << true;
        QTest::newRow("ordinary Saturday 2026-10-17 off") << QDate(2026, 10, 17) << false;
        QTest::newRow("Spring Festival 2026-02-17 (Tuesday) off") << QDate(2026, 2, 17) << false;
        QTest::newRow("Spring Festival make-up Saturday 2026-02-14 on") << QDate(2026, 2, 14) << true;
        QTest::newRow("Spring Festival make-up Saturday 2026-02-28 on") << QDate(2026, 2, 28) << true;
        QTest::newRow("Dragon Boat Festival 2026-06-19 (Friday) off") << QDate(2026, 6, 19) << false;
        QTest::newRow("ordinary Tuesday 2026-03-03 on") << QDate(2026, 3, 3) << true;
        QTest::newRow("New Year make-up Sunday 2026-01-04 on") << QDate(2026, 1, 4) << true;
        QTest::newRow("2027-01-01 without a notice: an ordinary Friday") << QDate(2027, 1, 1) << true;
        QTest::newRow("2027-01-02 without a notice: Saturday off") << QDate(2027, 1, 2) << false;
        QTest::newRow("leap day 2028-02-29 without a notice: Tuesday") << QDate(2028, 2, 29) << true;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_calendar.isWorkingDay(date), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QList<int>>("yearsWithoutData");
        const QList<int> none;
        QTest::newRow("before National Day: Wed 09-30 + 1 skips Oct 1-7")
            << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8) << none;
        QTest::newRow("before National Day: Wed 09-30 + 2") << QDate(2026, 9, 30) << 2 << QDate(2026, 10, 9) << none;
        QTest::newRow("National Day: Fri 10-09 + 1 is make-up Saturday 10-10")
            << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10) << none;
        QTest::newRow("Fri 09-18 + 1 is make-up Sunday 09-20") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20) << none;
        QTest::newRow("Spring Festival: Fri 02-13 + 1 is make-up Saturday 02-14")
            << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14) << none;
        QTest::newRow("Spring Festival: Fri 02-13 + 2 skips 02-15..23")
            << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24) << none;
        QTest::newRow("Spring Festival: Fri 02-27 + 1 is make-up Saturday 02-28")
            << QDate(2026, 2, 27) << 1 << QDate(2026, 2, 28) << none;
        QTest::newRow("month end: Fri 2026-01-30 + 1 is Mon 02-02")
            << QDate(2026, 1, 30) << 1 << QDate(2026, 2, 2) << none;
        QTest::newRow("Labour Day: Thu 2026-04-30 + 1 is Wed 05-06")
            << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 6) << none;
        QTest::newRow("year end 2025 + 1 is make-up Sunday 2026-01-04")
            << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4) << none;
        QTest::newRow("invoice: 2026-10-20 + 8") << QDate(2026, 10, 20) << 8 << QDate(2026, 10, 30) << none;
        QTest::newRow("VAT invoice: 2026-10-20 + 30 across Nov")
            << QDate(2026, 10, 20) << 30 << QDate(2026, 12, 1) << none;
        QTest::newRow("into 2027 without a notice: Thu 2026-12-31 + 3")
            << QDate(2026, 12, 31) << 3 << QDate(2027, 1, 5) << QList<int>{2027};
        QTest::newRow("VAT invoice 2026-12-10 + 30 into 2027")
            << QDate(2026, 12, 10) << 30 << QDate(2027, 1, 21) << QList<int>{2027};
        QTest::newRow("leap year 2028 without a file: Mon 02-28 + 1")
            << QDate(2028, 2, 28) << 1 << QDate(2028, 2, 29) << QList<int>{2028};
        QTest::newRow("across 2027 into 2028")
            << QDate(2027, 12, 30) << 3 << QDate(2028, 1, 4) << QList<int>{2027, 2028};
        QTest::newRow("zero days: the date itself") << QDate(2026, 10, 3) << 0 << QDate(2026, 10, 3) << none;
        QTest::newRow("backwards: Thu 10-08 - 1 is Wed 09-30")
            << QDate(2026, 10, 8) << -1 << QDate(2026, 9, 30) << none;
        QTest::newRow("backwards: Mon 09-21 - 1 is make-up Sunday 09-20")
            << QDate(2026, 9, 21) << -1 << QDate(2026, 9, 20) << none;
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QFETCH(QList<int>, yearsWithoutData);
        const auto result = m_calendar.addWorkingDays(start, days);
        QCOMPARE(result.value, expected);
        QCOMPARE(result.yearsWithoutData, yearsWithoutData);
        if (days != 0 && m_calendar.isWorkingDay(start)) // inverse, counted from a working day
            QCOMPARE(m_calendar.workingDaysBetween(start, expected).value, days);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QList<int>>("yearsWithoutData");
        const QList<int> none;
        QTest::newRow("National Day week: 09-30 to 10-09") << QDate(2026, 9, 30) << QDate(2026, 10, 9) << 2 << none;
        QTest::newRow("National Day with make-up Saturday: 09-30 to 10-12")
            << QDate(2026, 9, 30) << QDate(2026, 10, 12) << 4 << none;
        QTest::newRow("Mid-Autumn with make-up Sunday: 09-18 to 09-30")
            << QDate(2026, 9, 18) << QDate(2026, 9, 30) << 8 << none;
        QTest::newRow("Spring Festival: 02-13 to 02-24") << QDate(2026, 2, 13) << QDate(2026, 2, 24) << 2 << none;
        QTest::newRow("Spring Festival to March: 02-13 to 03-02")
            << QDate(2026, 2, 13) << QDate(2026, 3, 2) << 7 << none;
        QTest::newRow("February 2026, both make-up Saturdays") << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 16 << none;
        QTest::newRow("a whole year, 2026") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 248 << none;
        QTest::newRow("into 2027 without a notice")
            << QDate(2026, 12, 31) << QDate(2027, 1, 8) << 6 << QList<int>{2027};
        QTest::newRow("February 2027 without a notice")
            << QDate(2027, 2, 1) << QDate(2027, 3, 1) << 20 << QList<int>{2027};
        QTest::newRow("leap February 2028 without a file")
            << QDate(2028, 2, 1) << QDate(2028, 3, 1) << 21 << QList<int>{2028};
        QTest::newRow("same day") << QDate(2026, 5, 6) << QDate(2026, 5, 6) << 0 << none;
        QTest::newRow("backwards over National Day") << QDate(2026, 10, 9) << QDate(2026, 9, 30) << -2 << none;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        QFETCH(QList<int>, yearsWithoutData);
        const auto result = m_calendar.workingDaysBetween(from, to);
        QCOMPARE(result.value, expected);
        QCOMPARE(result.yearsWithoutData, yearsWithoutData);
    }

    void warningNamesTheYears()
    {
        QVERIFY(WorkingCalendar::missingDataWarning({}).isEmpty());
        const QString text = WorkingCalendar::missingDataWarning({2027});
        QVERIFY2(text.contains(u"2027"_s), qPrintable(text));
        QVERIFY2(text.contains(u"not loaded"_s), qPrintable(text));
        QVERIFY2(text.contains(u"weekends only"_s), qPrintable(text));
    }

    // A user-added notice replaces the empty shipped one, and a broken file is reported, not fatal.
    void userFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile notice(dir.filePath(u"2027.json"_s));
        QVERIFY(notice.open(QIODevice::WriteOnly));
        notice.write(R"({"year": 2027, "papers": [], "days": [
            {"name": "New Year", "date": "2027-01-01", "isOffDay": true},
            {"name": "Make-up", "date": "2027-01-09", "isOffDay": false}]})");
        notice.close();
        QFile broken(dir.filePath(u"2029.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"year": 2029, "days": [)");
        broken.close();

        const WorkingCalendar calendar = WorkingCalendar::fromFolders({u":/holidays"_s, dir.path()});
        QVERIFY(calendar.hasData(2027));
        QVERIFY(!calendar.hasData(2029));
        QCOMPARE(calendar.loadErrors().size(), 1);
        QVERIFY2(calendar.loadErrors().at(0).message.contains(u"2029.json"_s),
                 qPrintable(calendar.loadErrors().at(0).message));
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 9)));
        const auto result = calendar.addWorkingDays(QDate(2026, 12, 31), 1);
        QCOMPARE(result.value, QDate(2027, 1, 4));
        QVERIFY(result.yearsWithoutData.isEmpty());
        // 2026 still comes from the shipped notice.
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10)));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("holidays");
        QTest::newRow("no days list") << QByteArray(R"({"year": 2030})");
        QTest::newRow("date not a date") << QByteArray(
            R"({"year": 2030, "days": [{"date": "2030-02-30", "isOffDay": true}]})");
        QTest::newRow("isOffDay as text")
            << QByteArray(R"({"year": 2030, "days": [{"date": "2030-02-01", "isOffDay": "yes"}]})");
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"2030.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        WorkingCalendar calendar;
        const Status loaded = calendar.loadFile(file.fileName());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"2030.json"_s), qPrintable(loaded.error().message));
        QVERIFY(!calendar.hasData(2030));
    }

private:
    WorkingCalendar m_calendar;
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
