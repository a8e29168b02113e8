#pragma once

#include "validation/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mpdesk {

/// Every rule mpdesk checks: the validator's, then those of the materials, the process and the deadlines.
/// Finding::rule holds its key (RuleCatalogue), which stays as it is in files and tests.
enum class RuleId {
    Required,
    Keyword,
    Date,
    DateRange,
    Timestamp,
    DateOrder,
    TextHidden,
    TextLength,
    SecretMissing,
    CreditCodeLength,
    CreditCodeCheck,
    CreditCodeCharacters,
    CreditCodeOrganisation,
    RegionCode,
    RegionProvince,
    RegionCity,
    RegionDistrict,
    MailingAddressPrefix,
    PersonId,
    PersonIdDuplicate,
    Mobile,
    EmergencyMobileSame,
    EmergencyMobileShared,
    Email,
    IdNumberCheck,
    IdNumberBirthDate,
    IdNumberPrefix,
    IdNumberFormat,
    IdValidityFuture,
    IdValidityOrder,
    IdValidityExpired,
    IdValidityExpiring,
    RoleUnassigned,
    RoleUnknownPerson,
    RoleField,
    EmailUsed,
    VerificationWechatOnly,
    NameChangesRange,
    NameChangesNone,
    InvoiceTitle,
    InvoiceTaxId,
    InvoiceElectronicExtra,
    InvoiceVatField,
    InvoiceDocuments,
    MiniProgramName,
    MiniProgramNameForbidden,
    MiniProgramNameLength,
    MiniProgramDescription,
    MiniProgramCategories,
    NameCandidates,
    Trademark,
    PreApprovalNoneAlone,
    PreApprovalType,
    PreApprovalNumber,
    PreApprovalDocument,
    PlatformRejected,
    RecordNumberFormat,
    RecordNumberProvince,
    RecordNumberStatus,
    PeopleNone,

    // The materials' files and slots (app/materials).
    MaterialsSlot,
    MaterialsNotNeeded,
    MaterialsMissing,
    MaterialsChanged,
    MaterialsUnreadable,
    MaterialsDuplicate,
    MaterialsNotImage,
    MaterialsFormat,
    MaterialsPixels,
    MaterialsFileSize,
    MaterialsPages,
    MaterialsSlotEmpty,
    MaterialsTooMany,
    MaterialsScanBeforePrinted,
    MaterialsScanBeforeSigned,
    MaterialsScanUnsigned,
    // The process across stages and filings (app/assessment, app/workflow).
    StageOrder,
    LeaderReuse,
    // The clerk's deadlines (app/workflow/Deadlines).
    DeadlineOverdue,
    DeadlineDueSoon, ///< the last: tst_ruleids counts the table by it
};

/// The part of the filing a rule belongs to. Each of the validator's areas has its rules in one file of
/// `validation/rules/`; the materials, the process and the deadlines are checked where they are computed.
enum class RuleArea {
    Fields,
    Entity,
    People,
    Roles,
    Registration,
    Certification,
    Invoice,
    MiniProgram,
    Filing,
    Materials,
    Process,
    Deadlines,
};

/// One rule as data: its stable key, its area and the fields it can speak about.
struct RuleSpec
{
    RuleId id;
    QString key; ///< stable, e.g. "creditCode.check"; Finding::rule
    RuleArea area;
    /// Where its findings can stand, as schema paths: "people[].mobile" for any person's mobile,
    /// "filing.letters.*.signedOn" for any letter's; "materials.*" for an upload slot
    /// ("materials.id_front.p1", which names a slot, not a key of the file).
    QStringList paths;
};

/// The one table of the rules.
class RuleCatalogue final
{
public:
    /// Every rule, in the enum's order.
    static const QList<RuleSpec> &all();
    static const RuleSpec &spec(RuleId id);
    static QString key(RuleId id) { return spec(id).key; }
    static std::optional<RuleId> fromKey(QStringView key);
    /// A finding's path in the catalogue's form: "people[1].mobile" -> "people[].mobile",
    /// "filing.letters.entityLeaderAuthorization.signedOn" -> "filing.letters.*.signedOn",
    /// "materials.id_front.p1" -> "materials.*".
    static QString pattern(const QString &path);
    /// A finding of the rule, for the checks that write no FindingSink.
    static Finding finding(Finding::Severity severity, const QString &path, RuleId id, const QString &message);
};

} // namespace mpdesk
