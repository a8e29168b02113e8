#include "letters/LetterNeeds.h"

#include "workflow/LetterRequirements.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

QList<LetterNeed> LetterNeeds::assess(const Filing &filing, const LetterManifest &manifest)
{
    QList<LetterNeed> list;
    for (const LetterSpec &spec : manifest.letters())
        list.append(evaluate(spec, filing));
    return list;
}

LetterNeed LetterNeeds::evaluate(const LetterSpec &spec, const Filing &filing)
{
    LetterNeed need{spec, true, {}, {}};
    // The manifest's conditions name the workflow's rules, so the checklist and the letters agree.
    static const QHash<QString, QString> ruleOf = {
        {u"mini_program_leader_is_not_entity_leader"_s, QString::fromLatin1(LetterIds::MiniProgramLeaderAuthorization)},
        {u"entity_leader_is_not_legal_representative"_s, QString::fromLatin1(LetterIds::EntityLeaderAuthorization)},
    };
    if (spec.condition == u"always"_s) {
        need.reason = tr("Every filing needs this letter.");
        return need;
    }
    const auto rule = ruleOf.constFind(spec.condition);
    if (rule == ruleOf.constEnd()) {
        need.reason =
            tr("The manifest's condition \"%1\" is not known to this version; the letter is kept.").arg(spec.condition);
        return need;
    }
    const LetterRequirements::Letter verdict = LetterRequirements::letter(filing, *rule);
    // Until the roles are chosen the letter is kept: printing one too many costs less than missing one.
    need.needed = verdict.need != LetterRequirements::Need::NotNeeded;
    need.reason = verdict.reason;
    if (verdict.stricterReadingApplies) {
        need.reason += u' ' + verdict.stricterReading;
        if (!need.needed)
            need.mayBeAsked = verdict.stricterReading;
    }
    return need;
}

} // namespace mpdesk
