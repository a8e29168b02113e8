#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mpdesk {

/// Every rule the validator checks. Finding::rule holds its key (RuleCatalogue), which stays as it is
/// in files and tests.
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
};

/// The part of the filing a rule belongs to; each area's rules live in one file of `validation/rules/`.
enum class RuleArea { Fields, Entity, People, Roles, Registration, Certification, Invoice, MiniProgram, Filing };

/// One rule as data: its stable key, its area and the fields it can speak about.
struct RuleSpec
{
    RuleId id;
    QString key; ///< stable, e.g. "creditCode.check"; Finding::rule
    RuleArea area;
    /// Where its findings can stand, as schema paths: "people[].mobile" for any person's mobile,
    /// "filing.letters.*.signedOn" for any letter's.
    QStringList paths;
};

/// The one table of the validator's rules.
class RuleCatalogue final
{
public:
    /// Every rule, in the enum's order.
    static const QList<RuleSpec> &all();
    static const RuleSpec &spec(RuleId id);
    static QString key(RuleId id) { return spec(id).key; }
    static std::optional<RuleId> fromKey(QStringView key);
    /// A finding's path in the catalogue's form: "people[1].mobile" -> "people[].mobile",
    /// "filing.letters.entityLeaderAuthorization.signedOn" -> "filing.letters.*.signedOn".
    static QString pattern(const QString &path);
};

} // namespace mpdesk
