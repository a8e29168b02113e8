#include "validation/rules/InvoiceRules.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/Codes.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

void InvoiceRules::check(const Filing &filing, FindingSink &sink)
{
    const Invoice &inv = filing.certification.invoice;
    const QString base = u"certification.invoice."_s;
    FieldRules::keyword(sink, Vocabulary::Kind::InvoiceType, base + u"type"_s, inv.type.text());
    FieldRules::date(sink, base + u"submittedOn"_s, inv.submittedOn);
    FieldRules::date(sink, base + u"receivedOn"_s, inv.receivedOn);
    FieldRules::notBefore(sink, base + u"receivedOn"_s, inv.receivedOn, base + u"submittedOn"_s, inv.submittedOn);
    if (inv.type.isEmpty()) {
        sink.toDo(base + u"type"_s, RuleId::Required,
                  Validator::tr("Choose the invoice type before paying: it cannot be changed after submission."));
        return;
    }
    if (inv.type == InvoiceType::None || !inv.type.isKnown())
        return;

    const QString entityName = Normalize::text(filing.entity.name);
    const QString title = Normalize::text(inv.title);
    if (title.isEmpty()) {
        sink.toDo(base + u"title"_s, RuleId::Required,
                  Validator::tr("Enter the invoice title: the entity's full name, \"%1\".").arg(entityName));
    } else if (!entityName.isEmpty() && title != entityName) {
        sink.error(base + u"title"_s, RuleId::InvoiceTitle,
                   Validator::tr("The invoice title must be the entity's full name exactly, \"%1\". It cannot be "
                                 "changed after submission.")
                       .arg(entityName));
    }

    const QString taxId = Normalize::code(inv.taxId);
    if (taxId.isEmpty()) {
        sink.toDo(base + u"taxId"_s, RuleId::Required,
                  Validator::tr("Enter the taxpayer ID (usually the unified social credit code)."));
    } else if (Codes::taxId(taxId) != Codes::Verdict::Valid) {
        sink.error(base + u"taxId"_s, RuleId::InvoiceTaxId,
                   Validator::tr("A taxpayer ID has 15, 17, 18 or 20 letters and digits; this one has %1 characters. "
                                 "Copy it from the tax registration.")
                       .arg(taxId.size()));
    }

    const struct
    {
        QString key;
        bool present;
        QString what;
    } extras[] = {
        {u"address"_s, !Normalize::text(inv.address).isEmpty(), Validator::tr("the enterprise address")},
        {u"phone"_s, !Normalize::text(inv.phone).isEmpty(), Validator::tr("the enterprise phone")},
        {u"bankName"_s, !Normalize::text(inv.bankName).isEmpty(), Validator::tr("the bank name")},
        {u"bankAccount"_s, inv.bankAccount.isHeld() || inv.bankAccount.isMissing(),
         Validator::tr("the bank account number")},
    };
    if (inv.type == InvoiceType::Electronic) {
        for (const auto &extra : extras) {
            if (extra.present) {
                sink.error(base + extra.key, RuleId::InvoiceElectronicExtra,
                           Validator::tr("An electronic invoice carries no address, phone, bank or account details. "
                                         "Remove %1, or choose a paper VAT special invoice.")
                               .arg(extra.what));
            }
        }
        return;
    }

    // Paper VAT special invoice: the extra details, the mailing details and the documents.
    for (const auto &extra : extras) {
        if (!extra.present) {
            sink.toDo(base + extra.key, RuleId::InvoiceVatField,
                      Validator::tr("A VAT special invoice needs %1. Enter it.").arg(extra.what));
        }
    }
    if (inv.bankAccount.isMissing()) {
        sink.error(base + u"bankAccount"_s, RuleId::SecretMissing,
                   Validator::tr("The bank account number is not on this computer (the project came from another "
                                 "computer, or the keychain could not be read). Enter it again."));
    }
    const struct
    {
        QString key;
        QString value;
        QString what;
    } mailing[] = {
        {u"mailingAddress"_s, inv.mailingAddress, Validator::tr("the address the invoice is mailed to")},
        {u"recipient"_s, inv.recipient, Validator::tr("the recipient's name")},
        {u"recipientPhone"_s, inv.recipientPhone, Validator::tr("the recipient's phone")},
    };
    for (const auto &m : mailing) {
        if (Normalize::text(m.value).isEmpty()) {
            sink.error(
                base + m.key, RuleId::InvoiceVatField,
                Validator::tr("A VAT special invoice is mailed on paper, so it needs %1. Enter it.").arg(m.what));
        }
    }
    if (inv.documentsReady != true) {
        sink.toDo(base + u"documentsReady"_s, RuleId::InvoiceDocuments,
                  Validator::tr("A VAT special invoice also needs the tax registration certificate (or the "
                                "three-in-one business licence) and proof of the bank account. Prepare them and "
                                "mark them ready."));
    }
}

} // namespace mpdesk
