#pragma once

#include "assessment/Assessment.h"
#include "core/Timezone.h"
#include "model/Filing.h"
#include "storage/FilingJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Filings for the workflow suites: the bundled sample or an empty filing, with a JSON patch merged in.
namespace WorkflowTestData {

inline QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject sampleJson()
{
    return readJson(QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json"));
}

inline QJsonObject emptyJson()
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("mpdesk")}, {QStringLiteral("version"), 1}};
}

inline mpdesk::Filing filing(const QJsonObject &base, const QJsonObject &patch)
{
    auto result = mpdesk::FilingJson::fromJson(merged(base, patch));
    if (!result)
        qFatal("bad test filing: %s", qPrintable(result.error().text()));
    return std::move(result).value();
}

inline QJsonObject patch(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("bad patch: %s", qPrintable(error.errorString()));
    return doc.object();
}

/// Noon in China on that day: the tests' fixed "now".
inline QDateTime noonInChina(QDate day)
{
    return QDateTime(day, QTime(12, 0), mpdesk::chinaTimeZone());
}

// The assessment at `now` on `calendar`; leader reuse compared with `known` when given.
inline mpdesk::Assessment assessed(const mpdesk::Filing &f, const mpdesk::WorkingCalendar &calendar,
                                   const QDateTime &now, std::optional<QList<mpdesk::KnownFiling>> known = std::nullopt)
{
    mpdesk::AssessmentContext context;
    context.clock = mpdesk::Clock::fixedAt(now);
    context.calendar = &calendar;
    if (known) {
        context.knownFilings = *known;
        context.knownFilingsLoaded = true;
    }
    return mpdesk::Assessment::of(f, context);
}

} // namespace WorkflowTestData
