#pragma once

#include "editors/FormPage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace mpdesk {

/// WeChat certification: the service agreement, the primary verification and contact, the invoice
/// information (which cannot change once submitted), the fee and the review.
class CertificationEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit CertificationEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;

protected:
    void retranslate() override;

private:
    void chooseInvoiceType(const QString &type);
    void markInvoiceSubmitted();

    QComboBox *m_invoiceType = nullptr;
    QPushButton *m_submitInvoice = nullptr;
    QLabel *m_submittedNote = nullptr;
};

} // namespace mpdesk
