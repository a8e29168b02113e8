#pragma once

#include "model/Filing.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// Reads and writes a filing's single-value fields by their path in the interchange format
/// ("entity.name", "people[1].mobile", "certification.invoice.bankAccount"), so that every editor binds
/// its widgets the same way and a finding finds its field. Flags read as "true"/"false", numbers as digits,
/// and "" is "not known yet".
class FilingFields final
{
    Q_DECLARE_TR_FUNCTIONS(FilingFields)

public:
    /// The field's name in the user's language, for undo texts and messages ("entity name"); for a
    /// person's field the person's own name is added by the caller. Unknown paths give the path.
    static QString label(const QString &path);
    /// Every single-value field outside the people list, sorted.
    static QStringList paths();
    /// Whether `path` names a field these functions handle.
    static bool isKnown(const QString &path);
    static QString text(const Filing &filing, const QString &path);
    /// Sets the value; returns false for an unknown path or a person index out of range.
    static bool setText(Filing &filing, const QString &path, const QString &value);
    /// The paths of one person's fields, in form order ("people[1].name", …).
    static QStringList personFields(qsizetype index);
    /// Whether the path holds a value kept in the keychain.
    static bool isSecret(const QString &path);
};

} // namespace mpdesk
