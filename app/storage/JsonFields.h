#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace mpdesk {

/// Reads the known keys of one JSON object with type checks, and hands back the keys it did not read.
/// The first type error is kept with its field path; reading goes on so that callers stay simple.
class JsonFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    JsonFieldReader(const QJsonObject &object, QString path, std::optional<Error> &error);

    QString text(QLatin1StringView key);
    std::optional<bool> flag(QLatin1StringView key);
    std::optional<int> integer(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    /// The path of a child key, for nested readers.
    QString childPath(QLatin1StringView key) const;
    /// The keys not read so far, kept so a newer mpdesk's data survives a save.
    QJsonObject unknownKeys() const;

    /// Records a type error at `path` unless one was recorded before.
    static void fail(std::optional<Error> &error, const QString &path, const QString &expected,
                     const QJsonValue &found);
    static QString describe(const QJsonValue &value);

private:
    QJsonValue take(QLatin1StringView key);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
    QSet<QString> m_read;
};

/// Writes known keys over the unknown ones kept from the file; "not known yet" becomes null.
class JsonFieldWriter final
{
public:
    explicit JsonFieldWriter(const QJsonObject &unknownKeys) : m_object(unknownKeys) { }

    void text(QLatin1StringView key, const QString &value);
    void flag(QLatin1StringView key, std::optional<bool> value);
    void integer(QLatin1StringView key, std::optional<int> value);
    void value(QLatin1StringView key, const QJsonValue &value);
    /// Removes a key: used for secrets that must not reach the file.
    void remove(QLatin1StringView key);
    QJsonObject object() const { return m_object; }

private:
    QJsonObject m_object;
};

} // namespace mpdesk
