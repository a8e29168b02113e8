#include "validation/rules/FieldRules.h"

#include "document/FilingFields.h"
#include "model/FieldPath.h"
#include "validation/HiddenCharacters.h"
#include "validation/Validator.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

bool FieldRules::keyword(FindingSink &sink, Vocabulary::Kind kind, const QString &path, const QString &value)
{
    if (value.isEmpty() || Vocabulary::contains(kind, value))
        return true;
    sink.error(path, RuleId::Keyword,
               Validator::tr("\"%1\" is not one of the allowed values (%2). Choose one of them.")
                   .arg(value, Vocabulary::listForMessage(kind)));
    return false;
}

QDate FieldRules::date(FindingSink &sink, const QString &path, const DateField &field)
{
    if (field.isEmpty())
        return {};
    const QString &value = field.text();
    const QDate d = field.date();
    if (!d.isValid()) {
        sink.error(
            path, RuleId::Date,
            Validator::tr("\"%1\" is not a date. Write it as year-month-day, for example 2026-05-06.").arg(value));
        return {};
    }
    // A year like 9999 is a typing slip; every date after it (deadlines, reminders) would be nonsense.
    const int first = path.endsWith(u".idValidFrom"_s) || path.endsWith(u".idValidTo"_s) ? Validator::FirstIdYear
                                                                                         : Validator::FirstYear;
    if (d.year() < first || d.year() > Validator::LastYear) {
        sink.error(path, RuleId::DateRange,
                   Validator::tr("The date %1 is not between %2 and %3. Check the year.")
                       .arg(value)
                       .arg(first)
                       .arg(Validator::LastYear));
        return {};
    }
    return d;
}

QDateTime FieldRules::timestamp(FindingSink &sink, const QString &path, const TimestampField &field)
{
    if (field.isEmpty())
        return {};
    const QString &value = field.text();
    const QDateTime t = field.moment();
    if (!t.isValid()) {
        sink.error(path, RuleId::Timestamp,
                   Validator::tr("\"%1\" is not a time. Write it as in China, for example 2026-05-06 09:30, or "
                                 "with its time zone: 2026-05-06T09:30:00+08:00.")
                       .arg(value));
        return {};
    }
    if (t.date().year() < Validator::FirstYear || t.date().year() > Validator::LastYear) {
        sink.error(path, RuleId::DateRange,
                   Validator::tr("The date %1 is not between %2 and %3. Check the year.")
                       .arg(value)
                       .arg(Validator::FirstYear)
                       .arg(Validator::LastYear));
        return {};
    }
    return t;
}

void FieldRules::notBefore(FindingSink &sink, const QString &laterPath, const DateField &later,
                           const QString &earlierPath, const DateField &earlier)
{
    const QDate a = later.date();
    const QDate b = earlier.date();
    if (a.isValid() && b.isValid() && a < b) {
        sink.error(laterPath, RuleId::DateOrder,
                   Validator::tr("This date (%1) is before %2 (%3), which must come first. Correct one of the two.")
                       .arg(later.text(), FilingFields::label(earlierPath),
                            earlier.text())); // the field in words, not its path
    }
}

void FieldRules::text(FindingSink &sink, const QString &path, const QString &value, qsizetype maxLength,
                      bool lineBreaks)
{
    if (value.isEmpty())
        return;
    const qsizetype hidden = HiddenCharacters::find(value, lineBreaks);
    if (hidden >= 0) {
        // Never the value itself: it may be an ID or account number.
        sink.error(path, RuleId::TextHidden,
                   Validator::tr("This field holds an invisible character (%1, at position %2) that can hide text "
                                 "or print it in reverse order on the letters. Delete the value and type it again.")
                       .arg(HiddenCharacters::codePoint(value, hidden))
                       .arg(hidden + 1));
    }
    if (maxLength > 0 && value.size() > maxLength) {
        sink.error(path, RuleId::TextLength,
                   Validator::tr("This field is %1 characters long; at most %2 fit. Shorten it.")
                       .arg(value.size())
                       .arg(maxLength));
    }
}

QString FieldRules::at(const QString &path, qsizetype index)
{
    return FieldPath::item(path, index);
}

} // namespace mpdesk
