#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mpdesk {

/// One thing a check found: how bad it is, which field, and a sentence saying what to do.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    /// ToDo: a field nobody has filled yet (not a mistake; it never fails a check).
    enum class Severity { Warning, Error, ToDo };

    Severity severity = Severity::Error;
    QString path; ///< field path in the interchange format, e.g. "people[1].idNumber"
    QString message; ///< translated when the finding was made
    QString rule; ///< stable identifier of the rule, e.g. "creditCode.check"

    bool isError() const { return severity == Severity::Error; }
    bool isToDo() const { return severity == Severity::ToDo; }
    /// "error", "warning" or "to do" in the user's language.
    QString severityText() const;
    /// One line: path, severity, message.
    QString line() const;
};

using Findings = QList<Finding>;

/// How many findings are errors.
qsizetype errorCount(const Findings &findings);
/// How many findings are things still to fill in.
qsizetype toDoCount(const Findings &findings);
/// How many findings are warnings (neither errors nor things to fill in).
qsizetype warningCount(const Findings &findings);

} // namespace mpdesk
