#include "assessment/DateOrder.h"

#include "model/DateField.h"
#include "validation/RuleCatalogue.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

Findings DateOrder::check(const Filing &filing)
{
    struct Rule
    {
        QString laterPath;
        DateField later;
        QString laterName;
        DateField earlier;
        QString earlierName;
    };
    const Rule rules[] = {
        {u"certification.approvedOn"_s, filing.certification.approvedOn, tr("certification approved"),
         filing.registration.submittedOn, tr("registration submitted")},
        {u"filing.submittedOn"_s, filing.filing.submittedOn, tr("filing submitted"), filing.certification.approvedOn,
         tr("certification approved")},
        {u"filing.submittedOn"_s, filing.filing.submittedOn, tr("filing submitted"), filing.registration.approvedOn,
         tr("registration approved")},
    };
    Findings out;
    for (const Rule &r : rules) {
        const QDate later = r.later.date();
        const QDate earlier = r.earlier.date();
        if (!later.isValid() || !earlier.isValid() || later >= earlier)
            continue;
        out.append(
            RuleCatalogue::finding(Finding::Severity::Warning, r.laterPath, RuleId::StageOrder,
                                   tr("The date %1 (%2) is before the date %3 (%4), which comes first in the process. "
                                      "Check both dates and correct the wrong one.")
                                       .arg(r.laterName, r.later.text(), r.earlierName, r.earlier.text())));
    }
    return out;
}

} // namespace mpdesk
