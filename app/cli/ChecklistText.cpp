#include "cli/ChecklistText.h"

#include "i18n/Phrases.h"

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
        QString line = s.reason.isEmpty() ? s.title : Phrases::labelled(s.title, s.reason);
        if (!s.findings.isEmpty())
            line = tr("%1 (%n finding(s) below)", "a step, then how many findings are listed for it",
                      int(s.findings.size()))
                       .arg(line);
        out += u"  ["_s + Step::statusName(s.status) + u"] "_s + line + u'\n';
    }
    return out;
}

} // namespace mpdesk
