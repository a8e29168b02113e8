#include "materials/LetterScans.h"

#include "materials/MaterialCheck.h"
#include "materials/MaterialSlots.h"
#include "validation/RuleCatalogue.h"
#include "workflow/LetterRequirements.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString LetterScans::signedPath(const QString &letterId)
{
    return u"filing.letters."_s + letterId + u".signedOn"_s;
}

Findings LetterScans::check(const Filing &filing)
{
    Findings out;
    QSet<QString> toMark; // letters already told to be marked signed: one to-do per letter
    for (qsizetype i = 0; i < filing.materials.size(); ++i) {
        const Material &m = filing.materials.at(i);
        const QString letterId = MaterialSlots::letterOf(m.slot);
        if (letterId.isEmpty() || m.file.trimmed().isEmpty())
            continue;
        const auto slot = MaterialSlots::of(filing, m);
        const QString slotTitle = slot ? slot->title : m.slot;
        const QString name = QFileInfo(m.file).fileName().isEmpty() ? m.file : QFileInfo(m.file).fileName();
        const LetterProgress progress = filing.filing.letters.value(letterId);
        const QDate printed = progress.printedOn.date();
        const QDate signedOn = progress.signedOn.date();

        const QDate attached = m.facts.isRead() ? m.facts.checkedOn.date() : QDate();
        if (attached.isValid() && printed.isValid() && attached < printed) {
            out.append(RuleCatalogue::finding(
                Finding::Severity::Warning, MaterialCheck::filePath(i), RuleId::MaterialsScanBeforePrinted,
                tr("%1 (%2) was attached on %3, before the letter was printed on %4: it cannot be a "
                   "scan of the printed, signed and sealed letter. Attach the scan of the signed and "
                   "sealed letter, or correct the day it was printed.")
                    .arg(slotTitle, name, m.facts.checkedOn.text(), progress.printedOn.text())));
        } else if (attached.isValid() && signedOn.isValid() && attached < signedOn) {
            out.append(RuleCatalogue::finding(
                Finding::Severity::Warning, MaterialCheck::filePath(i), RuleId::MaterialsScanBeforeSigned,
                tr("%1 (%2) was attached on %3, before the letter was signed and sealed on %4: it "
                   "cannot show the signature and seal. Attach the scan of the signed and sealed "
                   "letter, or correct the day it was signed.")
                    .arg(slotTitle, name, m.facts.checkedOn.text(), progress.signedOn.text())));
        }

        // A scan of a letter that is not needed is already said to be not needed, and a letter already
        // uploaded has gone past signing: nothing to mark.
        const bool uploaded =
            !progress.uploadedOn.text().trimmed().isEmpty() || filing.filing.lettersReady.contains(letterId);
        const bool needed = LetterRequirements::letter(filing, letterId).need != LetterRequirements::Need::NotNeeded;
        if (progress.signedOn.text().trimmed().isEmpty() && !uploaded && needed && !toMark.contains(letterId)) {
            toMark.insert(letterId);
            out.append(RuleCatalogue::finding(
                Finding::Severity::ToDo, signedPath(letterId), RuleId::MaterialsScanUnsigned,
                tr("%1 (%2) is attached, but the letter is not marked signed and sealed: if the scan "
                   "shows the signed and sealed letter, enter the day it was signed; if not, attach "
                   "that scan instead.")
                    .arg(slotTitle, name)));
        }
    }
    return out;
}

} // namespace mpdesk
