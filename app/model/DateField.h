#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mpdesk {

/// A date of the filing: the text as it was typed or read, and the date it names, read once when the
/// text is set. Text that names no date is kept as it came (the validator says what is wrong with it)
/// and has a null date; empty text is "not known yet".
///
/// Set from text on purpose without `explicit`: a date field is assigned what the clerk typed.
class DateField
{
public:
    DateField() = default;
    DateField(const QString &text); // NOLINT(google-explicit-constructor)

    const QString &text() const { return m_text; }
    /// The date, or a null QDate when the text is empty or names no date.
    QDate date() const { return m_date; }
    bool isEmpty() const { return m_text.isEmpty(); }
    /// True when the text names a date that exists.
    bool isDate() const { return m_date.isValid(); }
    /// An ID's end of validity: the interchange's "long-term".
    bool isLongTerm() const;
    void clear() { *this = DateField(); }

    /// "YYYY-MM-DD", as a clerk may type it: full-width digits and spaces are read too. Null otherwise.
    static QDate parse(const QString &text);

    friend bool operator==(const DateField &a, const DateField &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    QDate m_date;
};

/// A moment of the filing (when the 12381 SMS came): the text and the moment it names, read once.
/// The clerk types a time in China ("2026-12-02 09:30"); files hold ISO 8601 with an offset.
class TimestampField
{
public:
    TimestampField() = default;
    TimestampField(const QString &text); // NOLINT(google-explicit-constructor): see DateField

    const QString &text() const { return m_text; }
    /// The moment, or an invalid QDateTime when the text is empty or names no time.
    QDateTime moment() const { return m_moment; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool isMoment() const { return m_moment.isValid(); }
    void clear() { *this = TimestampField(); }
    /// What a file keeps: ISO 8601 with its offset (China's, +08:00, for a time typed without one); text
    /// that names no moment, as it came.
    QString canonicalText() const;

    /// ISO 8601 with an offset or Z (2026-05-06T09:30:00+08:00), or a time in China without one
    /// ("2026-05-06 09:30", seconds optional, a space or T between date and time). Full-width digits and
    /// spaces are read too. Invalid otherwise.
    static QDateTime parse(const QString &text);

    friend bool operator==(const TimestampField &a, const TimestampField &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    QDateTime m_moment;
};

} // namespace mpdesk
