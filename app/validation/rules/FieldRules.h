#pragma once

#include "model/DateField.h"
#include "model/Vocabulary.h"
#include "validation/FindingSink.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mpdesk {

/// The rules every area shares: closed vocabularies, dates and times, their order, and typed text.
class FieldRules final
{
public:
    /// A keyword of a closed set; empty is "not chosen yet". False when the value is not one of them.
    static bool keyword(FindingSink &sink, Vocabulary::Kind kind, const QString &path, const QString &value);
    /// A "YYYY-MM-DD" date in range; an invalid one is reported and comes back invalid (unknown).
    static QDate date(FindingSink &sink, const QString &path, const DateField &field);
    /// A time as typed in China, or ISO 8601 with an offset; an invalid one comes back invalid.
    static QDateTime timestamp(FindingSink &sink, const QString &path, const TimestampField &field);
    /// An event cannot come before the one it follows.
    static void notBefore(FindingSink &sink, const QString &laterPath, const DateField &later,
                          const QString &earlierPath, const DateField &earlier);
    /// No character that hides or reorders text, and a length that fits (maxLength < 0: any).
    static void text(FindingSink &sink, const QString &path, const QString &value, qsizetype maxLength,
                     bool lineBreaks = false);
    /// "people[2]" from "people" and 2.
    static QString at(const QString &path, qsizetype index);
};

} // namespace mpdesk
