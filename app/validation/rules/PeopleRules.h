#pragma once

#include "model/Filing.h"
#include "validation/FindingSink.h"

#include <QDate>

namespace mpdesk {

/// Each person's rules: a unique id, the ID type and number, the ID's validity on `today`, mobiles,
/// emergency numbers nobody else uses, and the email.
class PeopleRules final
{
public:
    static void check(const Filing &filing, QDate today, FindingSink &sink);
    /// The name the clerk knows; never an id or a path, which mean nothing to them.
    static QString who(const Person &p, qsizetype index);

private:
    static void idNumber(const Filing &filing, const Person &p, const QString &base, QDate today, FindingSink &sink);
    static QString formatHint(std::optional<IdType> type, const QString &typeName);
    static void idValidity(const Person &p, const QString &base, QDate today, FindingSink &sink);
};

} // namespace mpdesk
