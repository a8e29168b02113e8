#include "document/FilingEdits.h"

#include "core/Normalize.h"
#include "document/FilingFields.h"
#include "model/Roles.h"
#include "model/Vocabulary.h"
#include "workflow/LetterRequirements.h"

using namespace Qt::StringLiterals;

namespace mpdesk::FilingEdits {

namespace {

// A paper VAT special invoice carries every typed field, an electronic one only these.
bool electronicCarries(const QString &key)
{
    return key == u"title"_s || key == u"taxId"_s;
}

} // namespace

QString addPerson(Filing &filing)
{
    int n = int(filing.people.size()) + 1;
    while (filing.person(u"p"_s + QString::number(n)))
        ++n;
    Person p;
    p.id = u"p"_s + QString::number(n);
    p.idType = IdType::ResidentId;
    filing.people.append(p);
    return p.id;
}

void removePerson(Filing &filing, qsizetype index)
{
    if (index < 0 || index >= filing.people.size())
        return;
    const QString id = filing.people.at(index).id;
    filing.people.removeAt(index);
    if (filing.person(id))
        return; // the same id entered twice: the other entry keeps the roles
    for (Roles::Role role : Roles::heldBy(filing, id))
        Roles::setHolder(filing, role, QString());
}

const QStringList &typedInvoiceFields()
{
    static const QStringList keys = {u"title"_s,          u"taxId"_s,         u"address"_s,        u"phone"_s,
                                     u"bankName"_s,       u"bankAccount"_s,   u"mailingAddress"_s, u"recipient"_s,
                                     u"recipientPhone"_s, u"documentsReady"_s};
    return keys;
}

bool issuesInvoice(const KeywordField<InvoiceType> &type)
{
    return type == InvoiceType::Electronic || type == InvoiceType::VatSpecial;
}

bool invoiceCarries(const KeywordField<InvoiceType> &type, const QString &key)
{
    if (type == InvoiceType::VatSpecial)
        return true;
    return type == InvoiceType::Electronic && electronicCarries(key);
}

void setInvoiceType(Filing &filing, const QString &type)
{
    Invoice &invoice = filing.certification.invoice;
    invoice.type = type;
    // A value the type does not carry would be submitted with it; undo brings it back.
    for (const QString &key : typedInvoiceFields()) {
        if (!invoiceCarries(invoice.type, key))
            FilingFields::setText(filing, u"certification.invoice."_s + key, QString());
    }
    if (issuesInvoice(invoice.type) && Normalize::text(invoice.title).isEmpty())
        invoice.title = Normalize::text(filing.entity.name);
}

void addNameCandidate(Filing &filing, const QString &name)
{
    NameCandidate candidate;
    candidate.name = name;
    candidate.trademark = u"unchecked"_s;
    filing.miniProgram.nameCandidates.append(candidate);
}

bool administratorDiffersFromEntityLeader(const Filing &filing)
{
    const QString admin = filing.registration.administrator;
    const QString leader = filing.entity.leader;
    return !admin.isEmpty() && !leader.isEmpty() && !LetterRequirements::samePerson(filing, admin, leader);
}

} // namespace mpdesk::FilingEdits
