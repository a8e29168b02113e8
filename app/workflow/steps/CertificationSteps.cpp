#include "workflow/steps/CertificationSteps.h"

#include "model/Vocabulary.h"
#include "workflow/Deadlines.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

using Status = Step::Status;

StepVerdict CertificationSteps::agreement(const StepContext &c)
{
    const Certification &cert = c.filing().certification;
    if (!cert.agreementSignedOn.isEmpty())
        return {Status::Done, Checklist::tr("Signed on %1.").arg(cert.agreementSignedOn.text())};
    return {Status::NotStarted, Checklist::tr("Sign the WeChat Public Platform Certification Service Agreement.")};
}

StepVerdict CertificationSteps::data(const StepContext &c)
{
    const Certification &cert = c.filing().certification;
    if (!cert.primaryVerification.isEmpty())
        return {Status::Done, cert.primaryVerification.label()};
    return {Status::NotStarted,
            Checklist::tr("Upload the business licence and choose the primary "
                          "verification: corporate bank transfer, legal representative "
                          "face verification or electronic business licence.")};
}

StepVerdict CertificationSteps::contact(const StepContext &c)
{
    const Certification &cert = c.filing().certification;
    StepVerdict v = c.roleVerdict(cert.contact, false,
                                  Checklist::tr("Choose the certification contact: name, ID, mobile and email."));
    if (v.status != Status::Done)
        return v;
    if (cert.contactConfirmedOn.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("%1 confirms by scanning the QR code with WeChat.").arg(c.personName(cert.contact))};
    }
    return {Status::Done,
            Checklist::tr("%1, confirmed on %2.").arg(c.personName(cert.contact), cert.contactConfirmedOn.text())};
}

StepVerdict CertificationSteps::invoice(const StepContext &c)
{
    const Invoice &inv = c.filing().certification.invoice;
    if (inv.type.isEmpty()) {
        return {Status::NotStarted,
                Checklist::tr("Choose no invoice, an electronic invoice or a paper VAT special "
                              "invoice. It cannot be changed after submission.")};
    }
    if (inv.type == InvoiceType::None)
        return {Status::Done, Checklist::tr("No invoice.")};
    const bool vat = inv.type == InvoiceType::VatSpecial;
    QStringList missing;
    if (StepContext::blank(inv.title))
        missing << Checklist::tr("title");
    if (StepContext::blank(inv.taxId))
        missing << Checklist::tr("taxpayer ID");
    if (vat) {
        if (StepContext::blank(inv.address) || StepContext::blank(inv.phone))
            missing << Checklist::tr("enterprise address and phone");
        if (StepContext::blank(inv.bankName) || !(inv.bankAccount.isHeld() || inv.bankAccount.isMissing()))
            missing << Checklist::tr("bank and account");
        if (StepContext::blank(inv.mailingAddress) || StepContext::blank(inv.recipient)
            || StepContext::blank(inv.recipientPhone))
            missing << Checklist::tr("mailing address and recipient");
        if (inv.documentsReady != true)
            missing << Checklist::tr("tax registration certificate (or three-in-one licence) and bank account proof");
    }
    const QString type = inv.type.label();
    const Deadline *arrival = c.deadline(DeadlineIds::InvoiceArrival);
    if (!missing.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("%1: still missing %2. Check everything before submitting: "
                              "invoice details cannot be changed afterwards.")
                    .arg(type, StepContext::listText(missing))};
    }
    if (inv.submittedOn.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("%1: ready. Submit it with the certification; it cannot be "
                              "changed afterwards.")
                    .arg(type)};
    }
    if (inv.receivedOn.isEmpty() && arrival && arrival->urgency(c.inputs().now) == Deadline::Urgency::Overdue) {
        return {Status::Done,
                Checklist::tr("%1 submitted on %2; it was expected by %3 and is not recorded as "
                              "received: ask WeChat customer service, or enter the date it arrived.")
                    .arg(type, inv.submittedOn.text(), c.dueText(DeadlineIds::InvoiceArrival))};
    }
    if (inv.receivedOn.isEmpty() && arrival) {
        return {Status::Done,
                Checklist::tr("%1 submitted on %2; expected by %3.")
                    .arg(type, inv.submittedOn.text(), c.dueText(DeadlineIds::InvoiceArrival))};
    }
    if (!inv.receivedOn.isEmpty())
        return {Status::Done, Checklist::tr("%1 received on %2.").arg(type, inv.receivedOn.text())};
    return {
        Status::Done,
        Checklist::tr("%1 submitted on %2; Tencent issues it after the approval.").arg(type, inv.submittedOn.text())};
}

StepVerdict CertificationSteps::fee(const StepContext &c)
{
    const Certification &cert = c.filing().certification;
    const bool individual = c.filing().entity.type == EntityType::Individual;
    if (!cert.paidOn.isEmpty())
        return {Status::Done, Checklist::tr("Paid on %1.").arg(cert.paidOn.text())};
    if (individual) {
        return {Status::NotStarted,
                Checklist::tr("Pay 30 RMB through WeChat Pay. An individual cannot enable "
                              "WeChat Pay in the mini program.")};
    }
    return {Status::NotStarted,
            Checklist::tr("Pay %1 RMB through WeChat Pay (the only way); it is not "
                          "refunded if certification fails.")
                .arg(Deadlines::CertificationFeeRmb)};
}

StepVerdict CertificationSteps::approval(const StepContext &c)
{
    const Certification &cert = c.filing().certification;
    const Deadline *expiry = c.deadline(DeadlineIds::CertificationExpiry);
    if (!cert.approvedOn.isEmpty() && expiry) {
        return {Status::Done,
                Checklist::tr("Approved on %1; valid until %2, with %3 name changes this year.")
                    .arg(cert.approvedOn.text(), expiry->when())
                    .arg(StepContext::nameChangesLeft(cert))};
    }
    if (!cert.paidOn.isEmpty()) {
        return {Status::InProgress,
                Checklist::tr("Paid on %1; the review takes about 1 to 5 working days.").arg(cert.paidOn.text())};
    }
    return {Status::NotStarted, Checklist::tr("Valid one year once approved, with two name changes.")};
}

} // namespace mpdesk
