#include "model/DateField.h"

#include "core/Normalize.h"
#include "core/Timezone.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

DateField::DateField(const QString &text) : m_text(text), m_date(parse(text)) { }

bool DateField::isLongTerm() const
{
    return Normalize::validity(m_text) == Normalize::longTerm();
}

QDate DateField::parse(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString code = Normalize::code(text);
    if (!re.match(code).hasMatch())
        return {};
    return QDate::fromString(code, Qt::ISODate);
}

TimestampField::TimestampField(const QString &text) : m_text(text), m_moment(parse(text)) { }

QString TimestampField::canonicalText() const
{
    static const QRegularExpression withOffset(u"(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!m_moment.isValid() || m_text.trimmed().contains(withOffset))
        return m_text;
    return m_moment.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

QDateTime TimestampField::parse(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString code = Normalize::code(text);
    static const QRegularExpression re(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (re.match(code).hasMatch())
        return QDateTime::fromString(code, Qt::ISODateWithMs);
    // What a clerk types from the SMS: "2026-12-02 09:30", a time in China. Normalize::code took the space.
    static const QRegularExpression local(u"^(\\d{4}-\\d{2}-\\d{2})T?(\\d{2}:\\d{2}(:\\d{2})?)$"_s);
    const auto m = local.match(code);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), m.captured(3).isEmpty() ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, chinaTimeZone());
}

} // namespace mpdesk
