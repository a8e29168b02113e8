#include "workflow/ChecklistReport.h"

#include "core/Timezone.h"
#include "workflow/WorkingCalendar.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

QDateTime ChecklistReport::momentFor(QDate today)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (!today.isValid() || inChina(now).date() == today)
        return now;
    return QDateTime(today, QTime(12, 0), chinaTimeZone());
}

QString ChecklistReport::text(const Checklist &checklist)
{
    QString out;
    std::optional<Step::Stage> stage;
    for (const Step &s : checklist.steps()) {
        if (stage != s.stage) {
            stage = s.stage;
            out += Step::stageName(s.stage) + u'\n';
        }
        out += u"  ["_s + Step::statusName(s.status) + u"] "_s + s.title;
        if (!s.reason.isEmpty())
            out += u": "_s + s.reason;
        if (!s.findings.isEmpty())
            out += u' ' + tr("(%n finding(s) below)", nullptr, int(s.findings.size()));
        out += u'\n';
    }
    return out;
}

Findings ChecklistReport::write(QTextStream &out, const Filing &filing, QDate today,
                                std::optional<LeaderReuse::Report> leaderReuse)
{
    const WorkingCalendar &calendar = WorkingCalendar::standard();
    const Checklist::Inputs inputs = Checklist::inputsFor(filing, calendar, momentFor(today), std::move(leaderReuse));
    out << text(Checklist::build(filing, inputs));
    for (const Error &e : calendar.loadErrors())
        out << tr("Holiday data: %1").arg(e.text()) << Qt::endl;
    out << Qt::endl;
    return inputs.findings;
}

} // namespace mpdesk
