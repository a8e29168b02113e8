#include "workflow/steps/LetterSteps.h"

#include "i18n/Phrases.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

using Status = Step::Status;

StepVerdict LetterSteps::authorization(const StepContext &c)
{
    return letters(c, {LetterIds::EntityLeaderAuthorization, LetterIds::MiniProgramLeaderAuthorization});
}

StepVerdict LetterSteps::commitment(const StepContext &c)
{
    return letters(c, {LetterIds::PreApprovalCommitment});
}

// The step is done when every needed letter is uploaded (older files list them in lettersReady, without
// dates).
StepVerdict LetterSteps::letters(const StepContext &c, std::initializer_list<const char *> letterIds)
{
    const FilingStage &fs = c.filing().filing;
    QStringList toPrint, toSign, toUpload, ready, unknown, notes, notNeededNotes;
    for (const LetterRequirements::Letter &l : c.letters()) {
        if (std::none_of(letterIds.begin(), letterIds.end(),
                         [&](const char *k) { return l.id == QLatin1StringView(k); }))
            continue;
        const LetterProgress progress = fs.letters.value(l.id);
        switch (l.need) {
        case LetterRequirements::Need::Needed:
            if (!progress.uploadedOn.isEmpty() || fs.lettersReady.contains(l.id))
                ready << l.title;
            else if (!progress.signedOn.isEmpty())
                toUpload << l.title;
            else if (!progress.printedOn.isEmpty())
                toSign << l.title;
            else
                toPrint << l.title;
            notes << l.reason;
            break;
        case LetterRequirements::Need::Unknown:
            unknown << l.title;
            notes << l.reason;
            break;
        case LetterRequirements::Need::NotNeeded:
            notNeededNotes << Phrases::labelled(l.title, l.reason);
            if (l.stricterReadingApplies)
                notNeededNotes << l.stricterReading;
            break;
        }
    }
    const QString why = Phrases::sentences(notes + notNeededNotes);
    const bool started = !ready.isEmpty() || !toSign.isEmpty() || !toUpload.isEmpty();
    QStringList next;
    if (!toPrint.isEmpty())
        next << Checklist::tr("print %1").arg(StepContext::listText(toPrint));
    if (!toSign.isEmpty())
        next << Checklist::tr("have %1 signed and sealed").arg(StepContext::listText(toSign));
    if (!toUpload.isEmpty())
        next << Checklist::tr("upload %1").arg(StepContext::listText(toUpload));
    if (ready.isEmpty() && !started && toPrint.isEmpty() && unknown.isEmpty())
        return {Status::NotNeeded, why};
    if (!unknown.isEmpty() && !started && toPrint.isEmpty())
        return {Status::NotStarted, why};
    if (next.isEmpty() && unknown.isEmpty())
        return {Status::Done, Checklist::tr("Signed, sealed and uploaded: %1.").arg(StepContext::listText(ready))};
    if (started)
        return {Status::InProgress, Checklist::tr("Next: %1. %2").arg(StepContext::listText(next), why)};
    return {Status::NotStarted, Checklist::tr("Needed: %1. %2").arg(StepContext::listText(toPrint + unknown), why)};
}

} // namespace mpdesk
