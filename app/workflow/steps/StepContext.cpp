#include "workflow/steps/StepContext.h"

#include "core/Normalize.h"
#include "core/Timezone.h"
#include "validation/Validator.h"
#include "workflow/Deadlines.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

StepContext::StepContext(const Filing &filing, const Checklist::Inputs &inputs)
    : m_filing(filing), m_inputs(inputs), m_today(inChina(inputs.now).date()),
      m_letters(LetterRequirements::forFiling(filing))
{ }

const Deadline *StepContext::deadline(const char *id) const
{
    return Deadlines::find(m_inputs.deadlines, QString::fromLatin1(id));
}

QString StepContext::dueText(const char *id) const
{
    const Deadline *d = deadline(id);
    if (!d)
        return {};
    const QString warning = d->calendarWarning();
    return warning.isEmpty() ? d->when() : d->when() + u" ("_s + warning + u')';
}

QStringList StepContext::missingFields(const QString &personId, bool full) const
{
    const Person *p = m_filing.person(personId);
    if (!p)
        return {Checklist::tr("the person")};
    QStringList missing;
    if (blank(p->name))
        missing << Checklist::tr("name");
    if (p->idType.isEmpty())
        missing << Checklist::tr("ID type");
    if (!p->idNumber.isHeld())
        missing << Checklist::tr("ID number");
    if (blank(p->mobile))
        missing << Checklist::tr("mobile");
    if (full) {
        if (p->idValidFrom.isEmpty() || p->idValidTo.isEmpty())
            missing << Checklist::tr("ID validity");
        if (blank(p->emergencyMobile))
            missing << Checklist::tr("emergency contact");
        if (blank(p->email))
            missing << Checklist::tr("email");
    }
    return missing;
}

QString StepContext::personName(const QString &id) const
{
    const Person *p = m_filing.person(id);
    if (p && !Normalize::text(p->name).isEmpty())
        return Normalize::text(p->name);
    return p ? Checklist::tr("person no. %1 (no name yet)").arg(m_filing.personIndex(id) + 1) : id;
}

StepVerdict StepContext::roleVerdict(const QString &holder, bool full, const QString &notChosen) const
{
    if (holder.isEmpty())
        return {Step::Status::NotStarted, notChosen};
    if (!m_filing.person(holder))
        return {Step::Status::Blocked, Checklist::tr("\"%1\" is not in the people list.").arg(holder)};
    const QStringList missing = missingFields(holder, full);
    if (missing.isEmpty())
        return {Step::Status::Done, personName(holder)};
    return {Step::Status::InProgress,
            Checklist::tr("%1: still missing %2.").arg(personName(holder), listText(missing))};
}

bool StepContext::blank(const QString &value)
{
    return Normalize::text(value).isEmpty();
}

QString StepContext::listText(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

int StepContext::nameChangesLeft(const Certification &c)
{
    // The count is the clerk's and may be anything (the validator says so): clamped before subtracting,
    // so that no value overflows.
    const int used = std::clamp(c.nameChangesUsed.value_or(0), 0, Validator::NameChangesPerYear);
    return Validator::NameChangesPerYear - used;
}

} // namespace mpdesk
