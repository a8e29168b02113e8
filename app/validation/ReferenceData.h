#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// Facts about China the checks need (province codes, names and record-number abbreviations), read
/// from resources/data/reference.json so that the data is not hidden in code.
class ReferenceData final
{
public:
    struct Province
    {
        QString code, name, abbreviation;
    };

    static const ReferenceData &instance();

    /// The province of a 6-digit code (any code within it), or nullptr.
    const Province *province(const QString &code) const;
    /// Every abbreviation an ICP record number may start with.
    QStringList abbreviations() const;
    QStringList forbiddenNameWords() const { return m_forbiddenNameWords; }
    QString recordNumberSuffix() const { return m_recordNumberSuffix; }
    /// An example value for messages, e.g. example("recordNumber").
    QString example(const QString &what) const { return m_examples.value(what); }

private:
    ReferenceData();

    QHash<QString, Province> m_provinces; // by two-digit prefix
    QStringList m_forbiddenNameWords;
    QString m_recordNumberSuffix;
    QHash<QString, QString> m_examples;
};

} // namespace mpdesk
