#include "workflow/LetterRequirements.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

QString nameOf(const Filing &f, const QString &personId)
{
    const Person *p = f.person(personId);
    if (!p)
        return personId;
    // The name the clerk knows; an id means nothing to them.
    return !Normalize::text(p->name).isEmpty()
        ? Normalize::text(p->name)
        : LetterRequirements::tr("person no. %1 (no name yet)").arg(f.personIndex(personId) + 1);
}

LetterRequirements::Letter miniProgramLeaderLetter(const Filing &f)
{
    LetterRequirements::Letter l;
    l.id = QString::fromLatin1(LetterIds::MiniProgramLeaderAuthorization);
    l.title = LetterRequirements::tr("Mini program leader authorization letter");
    const QString leader = f.miniProgram.leader;
    const QString entityLeader = f.entity.leader;
    if (leader.isEmpty() || entityLeader.isEmpty() || !f.person(leader) || !f.person(entityLeader)) {
        l.need = LetterRequirements::Need::Unknown;
        l.reason =
            LetterRequirements::tr("Choose the entity leader and the mini program leader first: the letter is needed "
                                   "when they are different people.");
        return l;
    }
    if (!LetterRequirements::samePerson(f, leader, entityLeader)) {
        l.need = LetterRequirements::Need::Needed;
        l.reason =
            LetterRequirements::tr("The mini program leader (%1) is not the entity leader (%2): print the template, "
                                   "fill it in, have the legal representative sign it and affix the official seal.")
                .arg(nameOf(f, leader), nameOf(f, entityLeader));
        return l;
    }
    l.need = LetterRequirements::Need::NotNeeded;
    l.reason =
        LetterRequirements::tr("The mini program leader is the entity leader (%1), so the process guide needs no "
                               "authorization letter.")
            .arg(nameOf(f, leader));
    const QString legal = f.entity.legalRepresentative;
    if (!legal.isEmpty() && !LetterRequirements::samePerson(f, leader, legal)) {
        l.stricterReadingApplies = true;
        l.stricterReading =
            LetterRequirements::tr("The filing platform's own rule asks for the letter when the mini program "
                                   "leader is not the legal representative (%1). Keep a signed and sealed "
                                   "letter ready in case the reviewer asks for it.")
                .arg(nameOf(f, legal));
    }
    return l;
}

LetterRequirements::Letter entityLeaderLetter(const Filing &f)
{
    LetterRequirements::Letter l;
    l.id = QString::fromLatin1(LetterIds::EntityLeaderAuthorization);
    l.title = LetterRequirements::tr("Entity leader authorization letter");
    const QString leader = f.entity.leader;
    const QString legal = f.entity.legalRepresentative;
    if (leader.isEmpty() || legal.isEmpty() || !f.person(leader) || !f.person(legal)) {
        l.need = LetterRequirements::Need::Unknown;
        l.reason = LetterRequirements::tr("Choose the legal representative and the entity leader first: the letter is "
                                          "needed when they are different people.");
    } else if (LetterRequirements::samePerson(f, leader, legal)) {
        l.need = LetterRequirements::Need::NotNeeded;
        l.reason = LetterRequirements::tr("The entity leader is the legal representative (%1), so no letter is needed.")
                       .arg(nameOf(f, leader));
    } else {
        l.need = LetterRequirements::Need::Needed;
        l.reason = LetterRequirements::tr("The entity leader (%1) is not the legal representative (%2): the legal "
                                          "representative authorizes them with a signed and sealed letter.")
                       .arg(nameOf(f, leader), nameOf(f, legal));
    }
    return l;
}

LetterRequirements::Letter commitmentLetter(const Filing &f)
{
    LetterRequirements::Letter l;
    l.id = QString::fromLatin1(LetterIds::PreApprovalCommitment);
    l.title = LetterRequirements::tr("Pre-approval commitment letter");
    l.need = LetterRequirements::Need::Needed;
    bool approvals = false;
    for (const PreApproval &p : f.miniProgram.preApproval)
        approvals = approvals || (!p.type.isEmpty() && p.type != PreApprovalType::None);
    l.reason = approvals
        ? LetterRequirements::tr(
            "Every mini program filing uploads it, printed from the official template, signed and "
            "sealed. This mini program has pre-approval items: upload their approval documents too.")
        : LetterRequirements::tr("Every mini program filing uploads it, printed from the official template, signed and "
                                 "sealed.");
    return l;
}

} // namespace

QList<LetterRequirements::Letter> LetterRequirements::forFiling(const Filing &filing)
{
    return {entityLeaderLetter(filing), miniProgramLeaderLetter(filing), commitmentLetter(filing)};
}

LetterRequirements::Letter LetterRequirements::letter(const Filing &filing, const QString &id)
{
    for (const Letter &l : forFiling(filing)) {
        if (l.id == id)
            return l;
    }
    return {};
}

bool LetterRequirements::samePerson(const Filing &filing, const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    // The clerk may have entered one person twice; the ID number tells.
    const Person *pa = filing.person(a);
    const Person *pb = filing.person(b);
    if (!pa || !pb || !pa->idNumber.isKnown() || !pb->idNumber.isKnown())
        return false;
    return pa->idType == pb->idType && Normalize::code(pa->idNumber.value) == Normalize::code(pb->idNumber.value);
}

} // namespace mpdesk
