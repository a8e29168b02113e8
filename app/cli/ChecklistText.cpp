#include "cli/ChecklistText.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

QString ChecklistText::of(const Checklist &checklist)
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

} // namespace mpdesk
