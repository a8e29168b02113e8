#include "editors/FilingProgressEditor.h"

#include "validation/ReferenceData.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

FormPage::Text timestampPlaceholder()
{
    return [] { return FilingProgressEditor::tr("date and time in China, e.g. 2026-11-02T09:30:00+08:00"); };
}

} // namespace

FilingProgressEditor::FilingProgressEditor(FilingDocument &document, QWidget *parent)
    : FormPage(document, parent)
{
    addSection([] { return tr("Platform review"); },
               [] { return tr("The platform reviews the filing in about 1 to 2 working days; expect a verification "
                              "phone call in that time. After approval the request goes on to the MIIT bureau."); });
    addChoice(u"filing.status"_s, [] { return tr("Status"); }, Vocabulary::Kind::FilingStatus);
    addDate(u"filing.submittedOn"_s, [] { return tr("Submitted on"); });
    addDate(u"filing.platformApprovedOn"_s, [] { return tr("Platform approved on"); });

    addSection([] { return tr("SMS verification"); },
               [] { return tr("The MIIT bureau sends an SMS from 12381. Complete the verification in the filing system "
                              "within 24 hours of its arrival."); });
    addLine(u"filing.smsReceivedAt"_s, [] { return tr("SMS received at"); }, timestampPlaceholder());
    addLine(u"filing.smsVerifiedAt"_s, [] { return tr("SMS verified at"); }, timestampPlaceholder());

    addSection([] { return tr("Record number"); },
               [] { return tr("Once the filing is approved the record number is added to the mini program's "
                              "description automatically; nothing needs to be done by hand."); });
    addLine(u"filing.recordNumber"_s, [] { return tr("Record number"); },
            [] { return tr("e.g. %1").arg(ReferenceData::instance().example(u"recordNumber"_s)); });
    retranslate();
}

QString FilingProgressEditor::title() const
{
    return tr("Filing: review and SMS");
}

} // namespace mpdesk
