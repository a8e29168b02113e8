#pragma once

#include "assessment/AssessmentContext.h"
#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/Checklist.h"
#include "workflow/Deadline.h"
#include "workflow/LeaderReuse.h"
#include "workflow/LetterRequirements.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace mpdesk {

/// Everything mpdesk says about a filing at one moment: the findings (validation, deadlines, leader
/// reuse, the order of dates across stages), the checklist with its statuses, the letters needed and the
/// deadlines. The desktop application's views and every command-line verb read this one answer.
class Assessment final
{
public:
    /// The assessment of an empty filing, at the context's moment.
    Assessment();

    static Assessment of(const Filing &filing, const AssessmentContext &context);

    /// The moment the filing was judged at, in Asia/Shanghai.
    QDateTime now() const { return m_now; }
    QDate today() const { return m_now.date(); }
    const Findings &findings() const { return m_findings; }
    /// The findings on exactly this field path.
    Findings findingsAt(const QString &path) const;
    qsizetype errorCount() const { return mpdesk::errorCount(m_findings); }
    qsizetype warningCount() const { return m_findings.size() - errorCount() - toDoCount(); }
    /// Fields still empty: what to fill, never counted as errors or warnings.
    qsizetype toDoCount() const { return mpdesk::toDoCount(m_findings); }

    const Checklist &checklist() const { return m_checklist; }
    const QList<Deadline> &deadlines() const { return m_deadlines; }
    const QList<LetterRequirements::Letter> &letters() const { return m_letters; }
    /// Absent when the filing's leader could not be compared with the known filings.
    const std::optional<LeaderReuse::Report> &leaderReuse() const { return m_leaderReuse; }
    /// The mini program leader's fingerprint for this filing ("" when unknown), to be saved with it.
    QString leaderFingerprint() const { return m_leaderFingerprint; }
    /// Problems with the holiday data the deadlines were reckoned on, translated.
    const QStringList &calendarProblems() const { return m_calendarProblems; }

private:
    QDateTime m_now;
    Findings m_findings;
    Checklist m_checklist;
    QList<Deadline> m_deadlines;
    QList<LetterRequirements::Letter> m_letters;
    std::optional<LeaderReuse::Report> m_leaderReuse;
    QString m_leaderFingerprint;
    QStringList m_calendarProblems;
};

} // namespace mpdesk
