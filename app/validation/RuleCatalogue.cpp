#include "validation/RuleCatalogue.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Area = RuleArea;

QList<RuleSpec> makeCatalogue()
{
    const QStringList dates{u"people[].idValidFrom"_s,
                            u"people[].idValidTo"_s,
                            u"registration.verification.startedOn"_s,
                            u"registration.verification.completedOn"_s,
                            u"registration.submittedOn"_s,
                            u"registration.approvedOn"_s,
                            u"certification.agreementSignedOn"_s,
                            u"certification.contactConfirmedOn"_s,
                            u"certification.paidOn"_s,
                            u"certification.approvedOn"_s,
                            u"certification.invoice.submittedOn"_s,
                            u"certification.invoice.receivedOn"_s,
                            u"miniProgram.leaderFaceVerifiedOn"_s,
                            u"filing.submittedOn"_s,
                            u"filing.platformApprovedOn"_s,
                            u"filing.letters.*.printedOn"_s,
                            u"filing.letters.*.signedOn"_s,
                            u"filing.letters.*.uploadedOn"_s};
    const QStringList timestamps{u"filing.smsReceivedAt"_s, u"filing.smsVerifiedAt"_s};
    // Where what the clerk must do by a date (workflow/Deadlines) stands.
    const QStringList deadlines{u"registration.verification.startedOn"_s, u"certification.approvedOn"_s,
                                u"filing.smsReceivedAt"_s};
    const QStringList texts{u"entity.name"_s,
                            u"entity.creditCode"_s,
                            u"entity.registeredAddress"_s,
                            u"entity.mailingAddress"_s,
                            u"registration.email"_s,
                            u"people[].id"_s,
                            u"people[].name"_s,
                            u"people[].idNumber"_s,
                            u"people[].mobile"_s,
                            u"people[].emergencyMobile"_s,
                            u"people[].email"_s,
                            u"certification.invoice.title"_s,
                            u"certification.invoice.taxId"_s,
                            u"certification.invoice.address"_s,
                            u"certification.invoice.phone"_s,
                            u"certification.invoice.bankName"_s,
                            u"certification.invoice.bankAccount"_s,
                            u"certification.invoice.mailingAddress"_s,
                            u"certification.invoice.recipient"_s,
                            u"certification.invoice.recipientPhone"_s,
                            u"miniProgram.name"_s,
                            u"miniProgram.appId"_s,
                            u"miniProgram.description"_s,
                            u"miniProgram.nameCandidates[].name"_s,
                            u"miniProgram.nameCandidates[].note"_s,
                            u"miniProgram.preApproval[].approvalNumber"_s,
                            u"filing.recordNumber"_s};
    const QStringList region{u"entity.region.province"_s, u"entity.region.city"_s, u"entity.region.district"_s};
    const QStringList roles{u"entity.legalRepresentative"_s, u"entity.leader"_s, u"registration.administrator"_s,
                            u"certification.contact"_s, u"miniProgram.leader"_s};
    const QStringList invoiceExtras{u"certification.invoice.address"_s, u"certification.invoice.phone"_s,
                                    u"certification.invoice.bankName"_s, u"certification.invoice.bankAccount"_s};

    // A table, laid out by hand so that each entry reads as one.
    // clang-format off
    return {
        {RuleId::Required, u"required"_s, Area::Fields,
         QStringList{u"entity.type"_s, u"entity.name"_s, u"entity.creditCode"_s, u"entity.registeredAddress"_s,
                     u"entity.mailingAddress"_s, u"registration.email"_s, u"certification.invoice.type"_s,
                     u"certification.invoice.title"_s, u"certification.invoice.taxId"_s, u"miniProgram.preApproval"_s}
             + region},
        {RuleId::Keyword, u"keyword"_s, Area::Fields,
         {u"entity.type"_s, u"people[].idType"_s, u"registration.verification.method"_s,
          u"certification.primaryVerification"_s, u"certification.invoice.type"_s,
          u"miniProgram.nameCandidates[].trademark"_s, u"miniProgram.preApproval[].type"_s, u"filing.status"_s}},
        {RuleId::Date, u"date"_s, Area::Fields, dates},
        {RuleId::DateRange, u"date.range"_s, Area::Fields, dates + timestamps},
        {RuleId::Timestamp, u"timestamp"_s, Area::Fields, timestamps},
        {RuleId::DateOrder, u"date.order"_s, Area::Fields,
         {u"registration.verification.completedOn"_s, u"registration.approvedOn"_s, u"certification.agreementSignedOn"_s,
          u"certification.paidOn"_s, u"certification.approvedOn"_s, u"certification.invoice.receivedOn"_s,
          u"filing.platformApprovedOn"_s, u"filing.smsVerifiedAt"_s, u"filing.letters.*.signedOn"_s,
          u"filing.letters.*.uploadedOn"_s}},
        {RuleId::TextHidden, u"text.hidden"_s, Area::Fields, texts},
        {RuleId::TextLength, u"text.length"_s, Area::Fields, texts},
        {RuleId::SecretMissing, u"secret.missing"_s, Area::Fields,
         {u"people[].idNumber"_s, u"certification.invoice.bankAccount"_s}},

        {RuleId::CreditCodeLength, u"creditCode.length"_s, Area::Entity, {u"entity.creditCode"_s}},
        {RuleId::CreditCodeCheck, u"creditCode.check"_s, Area::Entity, {u"entity.creditCode"_s}},
        {RuleId::CreditCodeCharacters, u"creditCode.characters"_s, Area::Entity, {u"entity.creditCode"_s}},
        {RuleId::CreditCodeOrganisation, u"creditCode.organisation"_s, Area::Entity, {u"entity.creditCode"_s}},
        {RuleId::RegionCode, u"region.code"_s, Area::Entity, region},
        {RuleId::RegionProvince, u"region.province"_s, Area::Entity, {u"entity.region.province"_s}},
        {RuleId::RegionCity, u"region.city"_s, Area::Entity, {u"entity.region.city"_s}},
        {RuleId::RegionDistrict, u"region.district"_s, Area::Entity, {u"entity.region.district"_s}},
        {RuleId::MailingAddressPrefix, u"mailingAddress.prefix"_s, Area::Entity, {u"entity.mailingAddress"_s}},

        {RuleId::PersonId, u"person.id"_s, Area::People, {u"people[].id"_s}},
        {RuleId::PersonIdDuplicate, u"person.id.duplicate"_s, Area::People, {u"people[].id"_s}},
        {RuleId::Mobile, u"mobile"_s, Area::People, {u"people[].mobile"_s, u"people[].emergencyMobile"_s}},
        {RuleId::EmergencyMobileSame, u"emergencyMobile.same"_s, Area::People, {u"people[].emergencyMobile"_s}},
        {RuleId::EmergencyMobileShared, u"emergencyMobile.shared"_s, Area::People, {u"people[].emergencyMobile"_s}},
        {RuleId::Email, u"email"_s, Area::People, {u"people[].email"_s, u"registration.email"_s}},
        {RuleId::IdNumberCheck, u"idNumber.check"_s, Area::People, {u"people[].idNumber"_s}},
        {RuleId::IdNumberBirthDate, u"idNumber.birthDate"_s, Area::People, {u"people[].idNumber"_s}},
        {RuleId::IdNumberPrefix, u"idNumber.prefix"_s, Area::People, {u"people[].idNumber"_s}},
        {RuleId::IdNumberFormat, u"idNumber.format"_s, Area::People, {u"people[].idNumber"_s}},
        {RuleId::IdValidityFuture, u"idValidity.future"_s, Area::People, {u"people[].idValidFrom"_s}},
        {RuleId::IdValidityOrder, u"idValidity.order"_s, Area::People, {u"people[].idValidTo"_s}},
        {RuleId::IdValidityExpired, u"idValidity.expired"_s, Area::People, {u"people[].idValidTo"_s}},
        {RuleId::IdValidityExpiring, u"idValidity.expiring"_s, Area::People, {u"people[].idValidTo"_s}},

        {RuleId::RoleUnassigned, u"role.unassigned"_s, Area::Roles, roles},
        {RuleId::RoleUnknownPerson, u"role.unknownPerson"_s, Area::Roles, roles},
        {RuleId::RoleField, u"role.field"_s, Area::Roles,
         {u"people[].name"_s, u"people[].idType"_s, u"people[].idNumber"_s, u"people[].idValidFrom"_s,
          u"people[].idValidTo"_s, u"people[].mobile"_s, u"people[].emergencyMobile"_s, u"people[].email"_s}},

        {RuleId::EmailUsed, u"email.used"_s, Area::Registration, {u"registration.emailUnused"_s}},
        {RuleId::VerificationWechatOnly, u"verification.wechatOnly"_s, Area::Registration,
         {u"registration.verification.method"_s}},

        {RuleId::NameChangesRange, u"nameChanges.range"_s, Area::Certification, {u"certification.nameChangesUsed"_s}},
        {RuleId::NameChangesNone, u"nameChanges.none"_s, Area::Certification, {u"certification.nameChangesUsed"_s}},

        {RuleId::InvoiceTitle, u"invoice.title"_s, Area::Invoice, {u"certification.invoice.title"_s}},
        {RuleId::InvoiceTaxId, u"invoice.taxId"_s, Area::Invoice, {u"certification.invoice.taxId"_s}},
        {RuleId::InvoiceElectronicExtra, u"invoice.electronicExtra"_s, Area::Invoice, invoiceExtras},
        {RuleId::InvoiceVatField, u"invoice.vatField"_s, Area::Invoice,
         invoiceExtras
             + QStringList{u"certification.invoice.mailingAddress"_s, u"certification.invoice.recipient"_s,
                           u"certification.invoice.recipientPhone"_s}},
        {RuleId::InvoiceDocuments, u"invoice.documents"_s, Area::Invoice, {u"certification.invoice.documentsReady"_s}},

        {RuleId::MiniProgramName, u"miniProgram.name"_s, Area::MiniProgram, {u"miniProgram.name"_s}},
        {RuleId::MiniProgramNameForbidden, u"miniProgram.name.forbidden"_s, Area::MiniProgram, {u"miniProgram.name"_s}},
        {RuleId::MiniProgramNameLength, u"miniProgram.name.length"_s, Area::MiniProgram, {u"miniProgram.name"_s}},
        {RuleId::MiniProgramDescription, u"miniProgram.description"_s, Area::MiniProgram, {u"miniProgram.description"_s}},
        {RuleId::MiniProgramCategories, u"miniProgram.categories"_s, Area::MiniProgram,
         {u"miniProgram.serviceCategories"_s, u"miniProgram.serviceCategories[]"_s}},
        {RuleId::NameCandidates, u"pitfall.nameCandidates"_s, Area::MiniProgram, {u"miniProgram.nameCandidates"_s}},
        {RuleId::Trademark, u"pitfall.trademark"_s, Area::MiniProgram,
         {u"miniProgram.nameCandidates"_s, u"miniProgram.nameCandidates[].trademark"_s}},
        {RuleId::PreApprovalNoneAlone, u"preApproval.noneAlone"_s, Area::MiniProgram, {u"miniProgram.preApproval"_s}},
        {RuleId::PreApprovalType, u"preApproval.type"_s, Area::MiniProgram, {u"miniProgram.preApproval[].type"_s}},
        {RuleId::PreApprovalNumber, u"preApproval.number"_s, Area::MiniProgram,
         {u"miniProgram.preApproval[].approvalNumber"_s}},
        {RuleId::PreApprovalDocument, u"preApproval.document"_s, Area::MiniProgram, {u"miniProgram.preApproval[].type"_s}},

        {RuleId::PlatformRejected, u"platform.rejected"_s, Area::Filing, {u"filing.platformRejectionReason"_s}},
        {RuleId::RecordNumberFormat, u"recordNumber.format"_s, Area::Filing, {u"filing.recordNumber"_s}},
        {RuleId::RecordNumberProvince, u"recordNumber.province"_s, Area::Filing, {u"filing.recordNumber"_s}},
        {RuleId::RecordNumberStatus, u"recordNumber.status"_s, Area::Filing, {u"filing.status"_s}},
        {RuleId::PeopleNone, u"people.none"_s, Area::People, {u"people"_s}},

        {RuleId::MaterialsSlot, u"materials.slot"_s, Area::Materials, {u"materials[].slot"_s, u"materials[].item"_s, u"materials[].person"_s}},
        {RuleId::MaterialsNotNeeded, u"materials.notNeeded"_s, Area::Materials, {u"materials[].slot"_s}},
        {RuleId::MaterialsMissing, u"materials.missing"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsChanged, u"materials.changed"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsUnreadable, u"materials.unreadable"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsDuplicate, u"materials.duplicate"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsNotImage, u"materials.notImage"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsFormat, u"materials.format"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsPixels, u"materials.pixels"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsFileSize, u"materials.fileSize"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsPages, u"materials.pages"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsSlotEmpty, u"materials.slotEmpty"_s, Area::Materials, {u"materials.*"_s}},
        {RuleId::MaterialsTooMany, u"materials.tooMany"_s, Area::Materials, {u"materials.*"_s}},
        {RuleId::MaterialsScanBeforePrinted, u"materials.scanBeforePrinted"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsScanBeforeSigned, u"materials.scanBeforeSigned"_s, Area::Materials, {u"materials[].file"_s}},
        {RuleId::MaterialsScanUnsigned, u"materials.scanUnsigned"_s, Area::Materials, {u"filing.letters.*.signedOn"_s}},

        {RuleId::StageOrder, u"date.stageOrder"_s, Area::Process, {u"certification.approvedOn"_s, u"filing.submittedOn"_s}},
        {RuleId::LeaderReuse, u"pitfall.leaderReuse"_s, Area::Process, {u"miniProgram.leader"_s}},

        // Only what the clerk must do by a date is overdue or due soon.
        {RuleId::DeadlineOverdue, u"deadline.overdue"_s, Area::Deadlines, deadlines},
        {RuleId::DeadlineDueSoon, u"deadline.dueSoon"_s, Area::Deadlines, deadlines},
    };
    // clang-format on
}

} // namespace

const QList<RuleSpec> &RuleCatalogue::all()
{
    static const QList<RuleSpec> catalogue = makeCatalogue();
    return catalogue;
}

const RuleSpec &RuleCatalogue::spec(RuleId id)
{
    // The table lists the rules in the enum's order (tst_ruleids checks it).
    return all().at(qsizetype(id));
}

std::optional<RuleId> RuleCatalogue::fromKey(QStringView key)
{
    // The checklist asks once for every finding of every assessment, that is on every keystroke.
    static const QHash<QString, RuleId> ids = [] {
        QHash<QString, RuleId> out;
        for (const RuleSpec &spec : all())
            out.insert(spec.key, spec.id);
        return out;
    }();
    const auto it = ids.constFind(key.toString());
    if (it == ids.cend())
        return std::nullopt;
    return *it;
}

QString RuleCatalogue::pattern(const QString &path)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    static const QRegularExpression letter(u"^filing\\.letters\\.[^.]+\\."_s);
    QString out = path;
    out.replace(index, u"[]"_s);
    out.replace(letter, u"filing.letters.*."_s);
    if (out.startsWith(u"materials."_s))
        return u"materials.*"_s;
    return out;
}

Finding RuleCatalogue::finding(Finding::Severity severity, const QString &path, RuleId id, const QString &message)
{
    return Finding{severity, path, message, key(id)};
}

} // namespace mpdesk
