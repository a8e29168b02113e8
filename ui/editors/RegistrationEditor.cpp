#include "editors/RegistrationEditor.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

RegistrationEditor::RegistrationEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    addSection([] { return tr("Account"); },
               [] {
                   return tr("The account email must be brand-new: never registered on the WeChat Public or Open "
                             "Platform and never bound to a personal WeChat. One email makes one mini program.");
               });
    addLine(
        u"registration.email"_s, [] { return tr("Account email"); }, [] { return tr("e.g. miniapp@company.cn"); });
    addFlag(u"registration.emailUnused"_s, [] { return tr("Email never used before"); });
    addFlag(u"registration.emailVerified"_s, [] { return tr("Verification code entered"); });

    addSection([] { return tr("Entity"); },
               [] {
                   return tr("Copy the name, credit code and address from the business licence character for "
                             "character: the platform compares them with the licence.");
               });
    addChoice(
        u"entity.type"_s, [] { return tr("Entity type"); }, Vocabulary::Kind::EntityType);
    addLine(u"entity.name"_s, [] { return tr("Entity name"); });
    addLine(
        u"entity.creditCode"_s, [] { return tr("Unified social credit code"); },
        [] { return tr("18 characters, e.g. 91440300MA5G7QXK3Y"); });
    addLine(u"entity.registeredAddress"_s, [] { return tr("Registered address"); });
    addPersonChoice(u"registration.administrator"_s, [] { return tr("Administrator"); });

    addSection([] { return tr("Entity verification"); },
               [] {
                   return tr("Payment verification: the corporate account transfers the stated small amount to "
                             "Tencent within 10 days. WeChat verification: pay the 300 RMB fee; government, media "
                             "and other organisations must use it.");
               });
    addChoice(
        u"registration.verification.method"_s, [] { return tr("Method"); }, Vocabulary::Kind::VerificationMethod);
    addDate(u"registration.verification.startedOn"_s, [] { return tr("Started on"); });
    addDate(u"registration.verification.completedOn"_s, [] { return tr("Completed on"); });
    addDate(u"registration.submittedOn"_s, [] { return tr("Registration submitted on"); });
    addDate(u"registration.approvedOn"_s, [] { return tr("Registration approved on"); });
    retranslate();
}

QString RegistrationEditor::title() const
{
    return tr("Registration");
}

} // namespace mpdesk
