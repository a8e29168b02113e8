#pragma once

#include "model/Filing.h"

#include <QString>

namespace mpdesk {

/// The rules of an edit that changes more than the field the clerk touched. The editors call these
/// inside one undoable edit, so the rule holds whichever view made the change and is tested without one.
namespace FilingEdits {

/// A new person with a fresh id ("p1", "p2", …) and the resident ID as ID type; returns the id.
QString addPerson(Filing &filing);
/// Removes the person at `index` and clears every role they held.
void removePerson(Filing &filing, qsizetype index);
/// Sets the invoice type, clears the fields that type does not carry, and fills an empty title with the
/// entity's name when the type issues an invoice.
void setInvoiceType(Filing &filing, const QString &type);
/// Whether the invoice type carries the invoice field `key` ("title", "bankAccount", …).
bool invoiceCarries(const KeywordField<InvoiceType> &type, const QString &key);
/// Whether the type issues an invoice at all.
bool issuesInvoice(const KeywordField<InvoiceType> &type);
/// The invoice fields whose use depends on the type, by key under "certification.invoice.".
const QStringList &typedInvoiceFields();
/// Appends a name candidate whose trademark is not checked yet.
void addNameCandidate(Filing &filing, const QString &name = QString());
/// Whether the process guide's tip applies: administrator and entity leader are chosen and are not the
/// same person (by id, or by one ID number entered twice).
bool administratorDiffersFromEntityLeader(const Filing &filing);

} // namespace FilingEdits

} // namespace mpdesk
