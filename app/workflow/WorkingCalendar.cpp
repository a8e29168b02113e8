#include "workflow/WorkingCalendar.h"

#include "core/DataFolder.h"
#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCalendar, "mpdesk.workflow.calendar")

namespace mpdesk {

namespace {

// Holiday files are small; anything larger is not one, and reading it whole would be pointless.
constexpr qint64 MaxHolidayFileSize = qint64{256} * 1024;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= 6;
}

} // namespace

const WorkingCalendar &WorkingCalendar::standard()
{
    static const WorkingCalendar calendar = fromFolders({u":/holidays"_s, userFolder()});
    return calendar;
}

QString WorkingCalendar::userFolder()
{
    return DataFolder::holidays();
}

WorkingCalendar WorkingCalendar::fromFolders(const QStringList &folders)
{
    WorkingCalendar calendar;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &file : files) {
            const Status loaded = calendar.loadFile(dir.filePath(file));
            if (!loaded) {
                qCWarning(lcCalendar) << loaded.error().text();
                calendar.m_loadErrors.append(loaded.error());
            }
        }
    }
    return calendar;
}

Status WorkingCalendar::loadFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Before opening: a pipe named 2027.json would block mpdesk's start for ever.
    if (const Status regular = SafeFile::checkInput(path); !regular)
        return Error{tr("The holiday file %1 cannot be read: %2.").arg(shown, regular.error().message), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The holiday file %1 cannot be read: %2.").arg(shown, file.errorString()), {}};
    if (file.size() > MaxHolidayFileSize)
        return Error{tr("The holiday file %1 is too large to be a holiday notice.").arg(shown), {}};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error{
            tr("The holiday file %1 is not valid JSON (%2). Download it again.")
                .arg(shown,
                     parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString()),
            {}};
    }
    const QJsonObject root = document.object();

    // The year is the file's own "year", or its name ("2027.json") when the key is absent.
    bool nameIsYear = false;
    const int yearFromName = QFileInfo(path).completeBaseName().toInt(&nameIsYear);
    const int year = root.value("year"_L1).toInt(nameIsYear ? yearFromName : 0);
    if (year < 1949 || year > 9999) {
        return Error{tr("The holiday file %1 names no year: add \"year\", or name the file after the year, for "
                        "example 2027.json.")
                         .arg(shown),
                     {}};
    }
    if (!root.value("days"_L1).isArray()) {
        return Error{tr("The holiday file %1 has no \"days\" list. It must follow the holiday-cn format.").arg(shown),
                     u"days"_s};
    }

    QHash<QDate, Day> days;
    const QJsonArray list = root.value("days"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QDate date = QDate::fromString(entry.value("date"_L1).toString(), Qt::ISODate);
        const QJsonValue off = entry.value("isOffDay"_L1);
        if (!date.isValid() || !off.isBool()) {
            return Error{tr("Entry %1 of the holiday file %2 needs a \"date\" (year-month-day) and \"isOffDay\" "
                            "(true or false).")
                             .arg(i + 1)
                             .arg(shown),
                         u"days[%1]"_s.arg(i)};
        }
        days.insert(date, Day{off.toBool(), entry.value("name"_L1).toString()});
    }

    m_days.removeIf([year](const QHash<QDate, Day>::iterator it) { return it.key().year() == year; });
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        m_days.insert(it.key(), it.value());
    if (days.isEmpty())
        m_years.remove(year);
    else
        m_years.insert(year);
    return Done{};
}

void WorkingCalendar::setYear(int year, const QHash<QDate, bool> &days)
{
    m_days.removeIf([year](const QHash<QDate, Day>::iterator it) { return it.key().year() == year; });
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        m_days.insert(it.key(), Day{it.value(), {}});
    if (days.isEmpty())
        m_years.remove(year);
    else
        m_years.insert(year);
}

bool WorkingCalendar::hasData(int year) const
{
    return m_years.contains(year);
}

QList<int> WorkingCalendar::yearsWithData() const
{
    return sorted(m_years);
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.cend())
        return !it->offDay;
    return !isWeekend(date);
}

QString WorkingCalendar::dayName(QDate date) const
{
    return m_days.value(date).name;
}

void WorkingCalendar::noteYear(int year, QSet<int> &missing) const
{
    if (!m_years.contains(year))
        missing.insert(year);
}

QList<int> WorkingCalendar::sorted(const QSet<int> &years)
{
    QList<int> list(years.cbegin(), years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

WorkingCalendar::Counted<QDate> WorkingCalendar::addWorkingDays(QDate date, int days) const
{
    if (!date.isValid())
        return {QDate(), {}};
    QSet<int> missing;
    const int step = days < 0 ? -1 : 1;
    QDate d = date;
    for (int left = days < 0 ? -days : days; left > 0;) {
        d = d.addDays(step);
        noteYear(d.year(), missing);
        if (isWorkingDay(d))
            --left;
    }
    return {d, sorted(missing)};
}

WorkingCalendar::Counted<int> WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return {0, {}};
    const bool backwards = to < from;
    const QDate first = backwards ? to : from;
    const QDate last = backwards ? from : to;
    QSet<int> missing;
    int count = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        noteYear(d.year(), missing);
        if (isWorkingDay(d))
            ++count;
    }
    return {backwards ? -count : count, sorted(missing)};
}

QString WorkingCalendar::missingDataWarning(const QList<int> &years)
{
    if (years.isEmpty())
        return {};
    QStringList names;
    for (int year : years)
        names.append(QString::number(year));
    return tr("The State Council's holiday notice for %1 is not loaded: weekends only were counted, so the date "
              "may be off by the holidays of that year. Add the notice's file to %2 when it is published.",
              nullptr, int(years.size()))
        .arg(QLocale().createSeparatedList(names), QDir::toNativeSeparators(userFolder()));
}

} // namespace mpdesk
