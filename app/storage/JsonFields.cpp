#include "storage/JsonFields.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace mpdesk {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, std::optional<Error> &error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{ }

QString JsonFieldReader::childPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

QJsonValue JsonFieldReader::take(QLatin1StringView key)
{
    m_read.insert(QString(key));
    return m_object.value(key);
}

QString JsonFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("nothing");
    }
}

void JsonFieldReader::fail(std::optional<Error> &error, const QString &path, const QString &expected,
                           const QJsonValue &found)
{
    if (error)
        return;
    error = Error{tr("expected %1 here but the file has %2. Correct this value in the file, or export the "
                     "filing again from the tool that wrote it.")
                      .arg(expected, describe(found)),
                  path};
}

QString JsonFieldReader::text(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isString())
        return v.toString();
    if (!v.isNull() && !v.isUndefined())
        fail(m_error, childPath(key), tr("text"), v);
    return {};
}

std::optional<bool> JsonFieldReader::flag(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isNull() && !v.isUndefined())
        fail(m_error, childPath(key), tr("true or false"), v);
    return std::nullopt;
}

std::optional<int> JsonFieldReader::integer(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isDouble()) {
        // Range-checked: a cast of 1e300 to int is undefined; toInteger() gives the default for it.
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (double(i) == v.toDouble() && i >= std::numeric_limits<int>::min() && i <= std::numeric_limits<int>::max())
            return int(i);
    }
    if (!v.isNull() && !v.isUndefined())
        fail(m_error, childPath(key), tr("a whole number"), v);
    return std::nullopt;
}

QJsonObject JsonFieldReader::object(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isNull() && !v.isUndefined())
        fail(m_error, childPath(key), tr("an object"), v);
    return {};
}

QJsonArray JsonFieldReader::array(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isNull() && !v.isUndefined())
        fail(m_error, childPath(key), tr("a list"), v);
    return {};
}

QJsonObject JsonFieldReader::unknownKeys() const
{
    QJsonObject rest;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

void JsonFieldWriter::text(QLatin1StringView key, const QString &value)
{
    m_object.insert(key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

void JsonFieldWriter::flag(QLatin1StringView key, std::optional<bool> value)
{
    m_object.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

void JsonFieldWriter::integer(QLatin1StringView key, std::optional<int> value)
{
    m_object.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

void JsonFieldWriter::value(QLatin1StringView key, const QJsonValue &value)
{
    m_object.insert(key, value);
}

void JsonFieldWriter::remove(QLatin1StringView key)
{
    m_object.remove(key);
}

} // namespace mpdesk
