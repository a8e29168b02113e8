#include "editors/CertificationEditor.h"

#include "common/Dialogs.h"
#include "core/Normalize.h"
#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "document/FilingEdits.h"
#include "document/FilingFields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

QString invoicePath(const QString &key)
{
    return u"certification.invoice."_s + key;
}

// Read-only keeps a value selectable and readable by screen readers; a choice can only be disabled.
void setInputState(QWidget *input, bool enabled, bool readOnly)
{
    if (!input)
        return;
    if (qobject_cast<QComboBox *>(input)) {
        input->setEnabled(enabled && !readOnly);
    } else {
        input->setEnabled(enabled);
        auto *edit = qobject_cast<QLineEdit *>(input);
        if (!edit)
            edit = input->findChild<QLineEdit *>(); // a secret field: the edit beside its reveal button
        if (edit)
            edit->setReadOnly(readOnly);
    }
}

} // namespace

CertificationEditor::CertificationEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    addSection([] { return tr("Service agreement"); },
               [] {
                   return tr("Sign the WeChat Public Platform certification service agreement first. The certification "
                             "is valid for one year and must be renewed every year.");
               });
    addDate(u"certification.agreementSignedOn"_s, [] { return tr("Agreement signed on"); });

    addSection([] { return tr("Certification data"); },
               [] {
                   return tr("The entity proves itself by a corporate bank transfer, a face verification of the legal "
                             "representative, or its electronic business licence. The certification contact confirms "
                             "by scanning a QR code.");
               });
    addChoice(
        u"certification.primaryVerification"_s, [] { return tr("Primary verification"); },
        Vocabulary::Kind::PrimaryVerification);
    addPersonChoice(u"certification.contact"_s, [] { return tr("Certification contact"); });
    addDate(u"certification.contactConfirmedOn"_s, [] { return tr("QR code confirmed on"); });

    addSection([] { return tr("Invoice"); },
               [] {
                   return tr(
                       "Only electronic invoices and paper VAT special invoices are issued. The title must be the "
                       "entity's full name. An electronic invoice carries no address, phone or bank details; a VAT "
                       "special invoice also needs the tax registration certificate and proof of the bank "
                       "account. Nothing can be changed after submission.");
               });
    m_invoiceType = qobject_cast<QComboBox *>(addChoice(
        u"certification.invoice.type"_s, [] { return tr("Invoice type"); }, Vocabulary::Kind::InvoiceType));
    // Choosing a type also fills the title and clears what the type does not carry, as one undo step.
    disconnect(m_invoiceType, &QComboBox::activated, this, nullptr);
    connect(m_invoiceType, &QComboBox::activated, this,
            [this](int index) { chooseInvoiceType(m_invoiceType->itemData(index).toString()); });
    addLine(
        u"certification.invoice.title"_s, [] { return tr("Invoice title"); },
        [] { return tr("the entity's full name"); });
    addLine(
        u"certification.invoice.taxId"_s, [] { return tr("Taxpayer ID"); },
        [] { return tr("usually the unified social credit code"); });
    addLine(u"certification.invoice.address"_s, [] { return tr("Enterprise address"); });
    addLine(u"certification.invoice.phone"_s, [] { return tr("Enterprise phone"); });
    addLine(u"certification.invoice.bankName"_s, [] { return tr("Bank name"); });
    addSecret(u"certification.invoice.bankAccount"_s, [] { return tr("Bank account number"); });
    addLine(
        u"certification.invoice.mailingAddress"_s, [] { return tr("Mailing address"); },
        [] { return tr("where the paper invoice is sent"); });
    addLine(u"certification.invoice.recipient"_s, [] { return tr("Recipient"); });
    addLine(u"certification.invoice.recipientPhone"_s, [] { return tr("Recipient phone"); });
    addFlag(u"certification.invoice.documentsReady"_s, [] { return tr("Tax certificate and bank proof ready"); });

    auto *submitRow = new QWidget(this);
    auto *submitLayout = new QHBoxLayout(submitRow);
    submitLayout->setContentsMargins(0, 0, 0, 0);
    m_submitInvoice = new QPushButton(submitRow);
    m_submitInvoice->setObjectName(u"submitInvoiceButton"_s);
    m_submittedNote = new QLabel(submitRow);
    m_submittedNote->setObjectName(u"invoiceSubmittedNote"_s);
    m_submittedNote->setTextFormat(Qt::PlainText);
    m_submittedNote->setWordWrap(true);
    m_submittedNote->setStyleSheet(u"background: #eef4fb; border: 1px solid #a9c4e4; padding: 6px;"_s);
    submitLayout->addWidget(m_submitInvoice);
    submitLayout->addWidget(m_submittedNote, 1);
    submitLayout->addStretch();
    addWidget(submitRow);
    connect(m_submitInvoice, &QPushButton::clicked, this, &CertificationEditor::markInvoiceSubmitted);

    // Set only by the button above (or undone): the platform keeps the invoice fixed from then on.
    if (auto *submitted = qobject_cast<QLineEdit *>(
            addDate(u"certification.invoice.submittedOn"_s, [] { return tr("Invoice information submitted on"); })))
        submitted->setReadOnly(true);
    addDate(u"certification.invoice.receivedOn"_s, [] { return tr("Invoice received on"); });

    addSection([] { return tr("Fee and review"); },
               [] {
                   return tr("Enterprises pay 300 RMB per certification, by WeChat Pay only, and it is not refundable; "
                             "individuals pay 30 RMB and cannot enable WeChat Pay. Review takes about 1 to 5 working "
                             "days. After approval the name can be changed twice.");
               });
    addDate(u"certification.paidOn"_s, [] { return tr("Fee paid on"); });
    addDate(u"certification.approvedOn"_s, [] { return tr("Certification approved on"); });
    addLine(
        u"certification.nameChangesUsed"_s, [] { return tr("Name changes used"); }, [] { return tr("0, 1 or 2"); });
    retranslate();
}

QString CertificationEditor::title() const
{
    return tr("Certification");
}

void CertificationEditor::refresh()
{
    if (!isVisible()) {
        FormPage::refresh(); // only marks the page to catch up when it is shown
        return;
    }
    FormPage::refresh();
    if (!m_submitInvoice)
        return; // still being built
    const Invoice &invoice = document().filing().certification.invoice;
    const bool submitted = !invoice.submittedOn.isEmpty();
    const QList<QLabel *> labels = findChildren<QLabel *>();
    auto setLabelEnabled = [&labels](QWidget *input, bool enabled) {
        for (QLabel *label : labels) {
            if (label->buddy() == input)
                label->setEnabled(enabled);
        }
    };
    for (const QString &key : FilingEdits::typedInvoiceFields()) {
        QWidget *input = fieldWidget(invoicePath(key));
        const bool enabled = FilingEdits::invoiceCarries(invoice.type, key);
        setInputState(input, enabled, submitted);
        setLabelEnabled(input, enabled);
    }
    setInputState(m_invoiceType, true, submitted);
    const bool invoiceIssued = FilingEdits::issuesInvoice(invoice.type);
    QWidget *received = fieldWidget(u"certification.invoice.receivedOn"_s);
    setInputState(received, invoiceIssued, false);
    setLabelEnabled(received, invoiceIssued);
    m_submitInvoice->setVisible(!submitted);
    m_submittedNote->setVisible(submitted);
    m_submittedNote->setText(
        tr("The invoice information was submitted on %1; the platform does not allow changes to it, "
           "so it is read-only here.")
            .arg(invoice.submittedOn.text()));
    m_submitInvoice->setEnabled(invoice.type.isKnown());
}

void CertificationEditor::chooseInvoiceType(const QString &type)
{
    if (type == document().filing().certification.invoice.type)
        return;
    document().edit([] { return tr("Choose the invoice type"); },
                    [type](Filing &f) { FilingEdits::setInvoiceType(f, type); });
}

void CertificationEditor::markInvoiceSubmitted()
{
    const Invoice &invoice = document().filing().certification.invoice;
    if (!invoice.submittedOn.isEmpty())
        return;
    QString text = tr("Invoice type: %1\nInvoice title: %2\n\nThe platform does not allow the invoice information to "
                      "be changed after it is submitted, and mpdesk keeps it read-only from then on. Mark it as "
                      "submitted?")
                       .arg(invoice.type.label(), invoice.title.isEmpty() ? tr("(none)") : invoice.title);
    qsizetype problems = 0;
    for (const Finding &finding : document().findings()) {
        if (finding.isError() && finding.path.startsWith(u"certification.invoice."_s))
            ++problems;
    }
    if (problems > 0)
        text += u"\n\n"_s + tr("Errors still open in the invoice information: %1.").arg(problems);
    // Recorded perhaps a day or two after it was done on the platform: the clerk says when.
    const std::optional<QDate> day = Dialogs::confirmDate(this, tr("Mark the invoice information as submitted?"), text,
                                                          tr("Submitted on"), document().assessment().today());
    if (!day)
        return;
    const QString submittedOn = day->toString(Qt::ISODate);
    document().edit([] { return tr("Mark the invoice information as submitted"); },
                    [submittedOn](Filing &f) { f.certification.invoice.submittedOn = submittedOn; });
}

void CertificationEditor::retranslate()
{
    if (m_submitInvoice) {
        m_submitInvoice->setText(tr("Mark invoice information as submitted…"));
        m_submitInvoice->setAccessibleName(tr("Mark invoice information as submitted"));
        m_submitInvoice->setToolTip(tr("Do this once you have submitted the invoice information on the platform: it "
                                       "cannot be changed afterwards."));
    }
    FormPage::retranslate();
    if (auto *submitted = qobject_cast<QLineEdit *>(fieldWidget(u"certification.invoice.submittedOn"_s)))
        submitted->setPlaceholderText(tr("not submitted yet"));
}

} // namespace mpdesk
