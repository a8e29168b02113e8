#include "workflow/StepCatalogue.h"

#include "workflow/LetterRequirements.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Stage = Step::Stage;

QString letterPath(const char *letterId)
{
    return u"filing.letters."_s + QLatin1StringView(letterId);
}

// The titles keep the translation context of the checklist they are shown in.
QList<StepSpec> makeCatalogue()
{
    const QList<StepId> afterRegistration{StepId::RegistrationReview};
    // A table, laid out by hand so that each entry reads as one.
    // clang-format off
    return {
        // People are entered once and given roles; every finding on a person belongs here, whatever their roles.
        {StepId::People, u"people"_s, Stage::Registration, QT_TRANSLATE_NOOP("Checklist", "People and roles"),
         {u"people"_s, u"entity.legalRepresentative"_s, u"entity.leader"_s}, {}, true, {}},
        {StepId::RegistrationEmail, u"registration.email"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Account email and verification code"),
         {u"registration.email"_s, u"registration.emailVerified"_s, u"registration.emailUnused"_s}, {}, true, {}},
        {StepId::RegistrationEntityType, u"registration.entityType"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Entity type"), {u"entity.type"_s}, {}, true, {}},
        {StepId::RegistrationBusinessLicence, u"registration.businessLicence"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Business licence data"),
         {u"entity.name"_s, u"entity.creditCode"_s, u"entity.registeredAddress"_s}, {}, true, {}},
        {StepId::RegistrationAdministrator, u"registration.administrator"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Administrator"), {u"registration.administrator"_s}, {}, true, {}},
        {StepId::RegistrationVerification, u"registration.verification"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Entity verification"), {u"registration.verification"_s},
         {RuleId::VerificationWechatOnly}, false, {}},
        {StepId::RegistrationReview, u"registration.review"_s, Stage::Registration,
         QT_TRANSLATE_NOOP("Checklist", "Submission and review"),
         {u"registration.submittedOn"_s, u"registration.approvedOn"_s}, {}, false,
         {StepId::RegistrationEmail, StepId::RegistrationBusinessLicence, StepId::RegistrationAdministrator}},

        {StepId::CertificationAgreement, u"certification.agreement"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Certification service agreement"), {u"certification.agreementSignedOn"_s}, {},
         false, afterRegistration},
        {StepId::CertificationData, u"certification.data"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Certification data and primary verification"),
         {u"certification.primaryVerification"_s}, {}, true, afterRegistration},
        {StepId::CertificationContact, u"certification.contact"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Certification contact"),
         {u"certification.contact"_s, u"certification.contactConfirmedOn"_s}, {}, true, {}},
        {StepId::CertificationInvoice, u"certification.invoice"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Invoice information"), {u"certification.invoice"_s}, {}, true, {}},
        {StepId::CertificationFee, u"certification.fee"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Certification fee"), {u"certification.paidOn"_s}, {}, false,
         {StepId::CertificationInvoice}},
        {StepId::CertificationApproval, u"certification.approval"_s, Stage::Certification,
         QT_TRANSLATE_NOOP("Checklist", "Certification approved"), {u"certification.approvedOn"_s}, {}, false,
         {StepId::CertificationFee}},

        {StepId::FilingEntity, u"filing.entity"_s, Stage::Filing, QT_TRANSLATE_NOOP("Checklist", "Entity information"),
         {u"entity.region"_s, u"entity.mailingAddress"_s, u"entity.leader"_s, u"entity.legalRepresentative"_s}, {},
         true, {}},
        {StepId::FilingMiniProgram, u"filing.miniProgram"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "Mini program information"),
         {u"miniProgram.name"_s, u"miniProgram.appId"_s, u"miniProgram.serviceCategories"_s, u"miniProgram.preApproval"_s,
          u"miniProgram.description"_s, u"miniProgram.leader"_s, u"miniProgram.leaderFaceVerifiedOn"_s},
         {RuleId::MiniProgramNameForbidden, RuleId::MiniProgramNameLength, RuleId::MiniProgramDescription,
          RuleId::MiniProgramCategories},
         true, {}},
        {StepId::FilingAuthorizationLetters, u"filing.authorizationLetters"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "Authorization letters"),
         {letterPath(LetterIds::EntityLeaderAuthorization), letterPath(LetterIds::MiniProgramLeaderAuthorization)}, {},
         false, {}},
        {StepId::FilingCommitmentLetters, u"filing.commitmentLetters"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "Commitment letters"), {letterPath(LetterIds::PreApprovalCommitment)}, {}, false,
         {}},
        {StepId::FilingMaterials, u"filing.materials"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "Filing materials (photos and scans)"), {u"materials"_s}, {}, true, {}},
        {StepId::FilingPlatformReview, u"filing.platformReview"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "Platform review"),
         {u"filing.submittedOn"_s, u"filing.platformApprovedOn"_s, u"filing.status"_s, u"filing.platformRejectionReason"_s},
         {}, false,
         {StepId::FilingEntity, StepId::FilingMiniProgram, StepId::FilingAuthorizationLetters,
          StepId::FilingCommitmentLetters, StepId::FilingMaterials}},
        {StepId::FilingBureauReview, u"filing.bureauReview"_s, Stage::Filing,
         QT_TRANSLATE_NOOP("Checklist", "MIIT review and SMS verification"),
         {u"filing.smsReceivedAt"_s, u"filing.smsVerifiedAt"_s}, {}, false, {StepId::FilingPlatformReview}},
        {StepId::FilingApproved, u"filing.approved"_s, Stage::Filing, QT_TRANSLATE_NOOP("Checklist", "Filing approved"),
         {u"filing.recordNumber"_s}, {RuleId::RecordNumberFormat, RuleId::RecordNumberProvince, RuleId::RecordNumberStatus}, false,
         {StepId::FilingBureauReview}},

        {StepId::PitfallNameCandidates, u"pitfall.nameCandidates"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Name candidates and trademark checks"), {u"miniProgram.nameCandidates"_s},
         {RuleId::NameCandidates, RuleId::Trademark}, true, {}},
        {StepId::PitfallNameChanges, u"pitfall.nameChanges"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Name changes left"), {u"certification.nameChangesUsed"_s},
         {RuleId::NameChangesNone, RuleId::NameChangesRange}, false, {}},
        {StepId::PitfallCategories, u"pitfall.categories"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Sensitive categories and pre-approval"),
         {u"miniProgram.serviceCategories"_s, u"miniProgram.preApproval"_s},
         {RuleId::PreApprovalDocument, RuleId::PreApprovalNumber, RuleId::PreApprovalType, RuleId::PreApprovalNoneAlone}, true,
         {}},
        {StepId::PitfallRenewal, u"pitfall.renewal"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Yearly renewal and its cost"), {}, {}, false, {}},
        {StepId::PitfallSameAdministrator, u"pitfall.sameAdministrator"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Administrator and entity leader the same person"), {}, {}, false, {}},
        {StepId::PitfallLeaderReuse, u"pitfall.leaderReuse"_s, Stage::Pitfalls,
         QT_TRANSLATE_NOOP("Checklist", "Mini program leader not used under another entity"), {},
         {RuleId::LeaderReuse}, false, {}},
    };
    // clang-format on
}

} // namespace

QString StepSpec::translatedTitle() const
{
    return QCoreApplication::translate("Checklist", title);
}

const QList<StepSpec> &StepCatalogue::all()
{
    static const QList<StepSpec> catalogue = makeCatalogue();
    return catalogue;
}

const StepSpec &StepCatalogue::spec(StepId id)
{
    // The table lists the steps in the enum's order (tst_checklist checks it).
    return all().at(qsizetype(id));
}

std::optional<StepId> StepCatalogue::fromKey(QStringView key)
{
    const QList<StepSpec> &specs = all();
    const auto it = std::find_if(specs.cbegin(), specs.cend(), [&](const StepSpec &s) { return s.key == key; });
    if (it == specs.cend())
        return std::nullopt;
    return it->id;
}

} // namespace mpdesk
