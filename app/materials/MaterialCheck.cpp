#include "materials/MaterialCheck.h"

#include "i18n/Phrases.h"
#include "materials/LetterScans.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialSlots.h"
#include "model/FieldPath.h"
#include "validation/RuleCatalogue.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Severity = Finding::Severity;

Finding make(Severity severity, const QString &path, RuleId rule, const QString &message)
{
    return RuleCatalogue::finding(severity, path, rule, message);
}

QString shortName(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    return name.isEmpty() ? file : name;
}

// Written as the materials page writes sizes, with as many decimals as it takes (up to three) not to read
// as the limit itself ("2.0 MB; at most 2 MB").
QString sizeOverLimit(qint64 bytes)
{
    const QString limit = Phrases::dataSize(MaterialFiles::MaxBytes, 1);
    QString text = Phrases::dataSize(bytes, 1);
    for (int precision = 2; precision <= 3 && text == limit; ++precision)
        text = Phrases::dataSize(bytes, precision);
    return text;
}

} // namespace

QString MaterialCheck::filePath(qsizetype index)
{
    return FieldPath::item(u"materials"_s, index, u"file"_s);
}

MaterialFacts MaterialCheck::factsOf(const Material &material, const QHash<QString, MaterialFacts> &measuredNow)
{
    const auto it = measuredNow.constFind(material.file);
    return it == measuredNow.cend() ? material.facts : *it;
}

Findings MaterialCheck::check(const Filing &filing, const QHash<QString, MaterialFacts> &measuredNow)
{
    Findings out;
    const QList<MaterialSlots::Slot> slotList = MaterialSlots::forFiling(filing);
    const QStringList keywords = MaterialSlots::keywords();
    QHash<QString, qsizetype> firstWithContent; // sha256 (or the path when unmeasured) -> first material

    for (qsizetype i = 0; i < filing.materials.size(); ++i) {
        const Material &m = filing.materials.at(i);
        const QString base = FieldPath::item(u"materials"_s, i);
        const QString path = filePath(i);
        const QString name = shortName(m.file);

        if (!keywords.contains(m.slot)) {
            out << make(Severity::Error, base + u".slot"_s, RuleId::MaterialsSlot,
                        tr("\"%1\" is not an upload slot: choose one of %2.").arg(m.slot, keywords.join(u", "_s)));
        } else if (const auto slot = MaterialSlots::of(filing, m)) {
            if (slot->need == MaterialSlots::Need::NotNeeded) {
                out << make(Severity::Warning, base + u".slot"_s, RuleId::MaterialsNotNeeded,
                            tr("%1 is not needed: %2 Remove %3 unless the reviewer asked for it.")
                                .arg(slot->title, slot->reason, name));
            }
        } else if (m.slot == QLatin1StringView(MaterialSlots::PreApprovalDocument)) {
            out << make(Severity::Error, base + u".item"_s, RuleId::MaterialsSlot,
                        tr("%1 is attached to pre-approval item %2, which the mini program does not have (or which "
                           "is \"none of these\"): attach it to one of the pre-approval items, or remove it.")
                            .arg(name, m.item ? QString::number(*m.item + 1) : tr("(none)")));
        } else {
            out << make(Severity::Error, base + u".person"_s, RuleId::MaterialsSlot,
                        tr("%1 is an ID photo of someone who is not the entity leader nor the mini program leader: "
                           "attach it to a leader's slot, or remove it.")
                            .arg(name));
        }

        if (m.file.isEmpty()) {
            out << make(Severity::Error, path, RuleId::MaterialsMissing,
                        tr("No file is given: attach the photo or scan."));
            continue;
        }
        const MaterialFacts facts = factsOf(m, measuredNow);
        if (m.facts.isRead() && facts.isRead() && m.facts.sha256 != facts.sha256) {
            out << make(Severity::Warning, path, RuleId::MaterialsChanged,
                        tr("%1 changed since it was checked on %2: look at it, then attach it again so that "
                           "mpdesk records what it is now.")
                            .arg(name, m.facts.checkedOn.text()));
        }
        switch (facts.state) {
        case MaterialFacts::State::Missing:
            out << make(Severity::Error, path, RuleId::MaterialsMissing,
                        tr("%1 is not there (moved, renamed, or on a drive that is not connected): attach it again.")
                            .arg(m.file));
            continue;
        case MaterialFacts::State::Unreadable:
            out << make(Severity::Error, path, RuleId::MaterialsUnreadable,
                        tr("%1 cannot be read (%2): check it opens, or attach a copy.").arg(name, facts.detail));
            continue;
        case MaterialFacts::State::Unchecked:
            continue;
        case MaterialFacts::State::Read:
            break;
        }

        const QString key = facts.sha256.isEmpty() ? m.file : facts.sha256;
        if (const auto first = firstWithContent.constFind(key); first != firstWithContent.cend()) {
            out << make(Severity::Error, path, RuleId::MaterialsDuplicate,
                        tr("%1 is the same file as the one in %2: each slot needs its own photo or scan (front and "
                           "back are two photos).")
                            .arg(name, filePath(*first)));
        } else {
            firstWithContent.insert(key, i);
        }

        if (facts.format.isEmpty()) {
            out << make(
                Severity::Error, path, RuleId::MaterialsNotImage,
                tr("%1 is not an image nor a PDF, whatever its name says: attach the photo or scan itself.").arg(name));
            continue;
        }
        if (!MaterialFiles::isReadableFormat(facts.format)) {
            out << make(Severity::Error, path, RuleId::MaterialsFormat,
                        tr("%1 is a %2 image, which mpdesk cannot read nor the platform take: export it as JPEG (on "
                           "an iPhone: share it as JPEG, or set Camera → Formats → Most Compatible) and attach that.")
                            .arg(name, MaterialFiles::formatName(facts.format)));
            continue;
        }
        if (!MaterialFiles::isUploadFormat(facts.format)) {
            out << make(Severity::Warning, path, RuleId::MaterialsFormat,
                        tr("%1 is %2; the platform takes only JPG, JPEG or PNG: Prepare upload files converts it "
                           "to JPEG.")
                            .arg(name, MaterialFiles::formatName(facts.format)));
        }
        if (!MaterialFiles::pixelsEnough(facts.width, facts.height)) {
            out << make(Severity::Error, path, RuleId::MaterialsPixels,
                        tr("%1 is %2×%3 pixels; the platform needs at least %4×%5 (either way round): scan it again "
                           "at 300 dpi, or take the photo again closer.")
                            .arg(name)
                            .arg(facts.width)
                            .arg(facts.height)
                            .arg(MaterialFiles::MinShortSide)
                            .arg(MaterialFiles::MinLongSide));
        }
        if (facts.sizeBytes > MaterialFiles::MaxBytes && MaterialFiles::isUploadFormat(facts.format)) {
            out << make(Severity::Warning, path, RuleId::MaterialsFileSize,
                        tr("%1 is %2; the platform takes at most %3: Prepare upload files makes a smaller copy.")
                            .arg(name, sizeOverLimit(facts.sizeBytes), Phrases::dataSize(MaterialFiles::MaxBytes, 0)));
        }
        if (facts.pages > 1) {
            const auto slot = MaterialSlots::of(filing, m);
            if (slot && slot->maxFiles == 1) {
                out << make(Severity::Warning, path, RuleId::MaterialsPages,
                            tr("%1 has %2 pages but the slot takes one image: the upload files hold one image per "
                               "page; upload the page this slot asks for.")
                                .arg(name)
                                .arg(facts.pages));
            }
        }
    }

    for (const MaterialSlots::Slot &slot : slotList) {
        qsizetype count = 0;
        for (const Material &m : filing.materials)
            count += slot.holds(m) ? 1 : 0;
        // Before the first attachment the checklist step lists what to attach; one warning per slot on
        // top would only repeat it.
        if (count == 0 && slot.need == MaterialSlots::Need::Needed && !filing.materials.isEmpty()) {
            out << make(Severity::Warning, slot.path(), RuleId::MaterialsSlotEmpty,
                        tr("%1: nothing attached yet. %2").arg(slot.title, slot.reason));
        } else if (count > slot.maxFiles) {
            out << make(
                Severity::Error, slot.path(), RuleId::MaterialsTooMany,
                slot.maxFiles == 1
                    ? tr("%1 holds %2 files; the platform takes one: remove the others.").arg(slot.title).arg(count)
                    : tr("%1 holds %2 files; the platform takes at most %3: remove some, or combine "
                         "statements into one.")
                          .arg(slot.title)
                          .arg(count)
                          .arg(slot.maxFiles));
        }
    }
    out += LetterScans::check(filing);
    return out;
}

} // namespace mpdesk
