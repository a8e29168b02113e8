#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// The closed sets of keywords the interchange format allows, and their names in the user's language.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    enum class Kind {
        EntityType,
        IdType,
        VerificationMethod,
        PrimaryVerification,
        InvoiceType,
        Trademark,
        FilingStatus,
        PreApprovalType,
    };

    /// The keywords of a kind, in the order the platform lists them.
    static QStringList keywords(Kind kind);
    static bool contains(Kind kind, const QString &keyword);
    /// The keyword's name for display, translated; the keyword itself when it is unknown.
    static QString label(Kind kind, const QString &keyword);
    /// The keywords joined for a message ("a, b or c").
    static QString listForMessage(Kind kind);

    /// Entity types that may only use WeChat verification at registration.
    static bool requiresWechatVerification(const QString &entityType);
    /// ID types that are 18 characters in the resident-ID form with a GB 11643 check digit.
    static bool isResidentIdForm(const QString &idType);
    /// The pre-approval keyword meaning "none of the categories applies".
    static QString noPreApproval();
    /// The id the platform's own list (query_icp_nrlx_types) gives a pre-approval keyword, or 0.
    static int officialPreApprovalId(const QString &keyword);
};

namespace EntityTypes {
inline constexpr auto Enterprise = "enterprise";
inline constexpr auto IndividualBusiness = "individual_business";
inline constexpr auto Government = "government";
inline constexpr auto Media = "media";
inline constexpr auto Other = "other";
inline constexpr auto Individual = "individual";
} // namespace EntityTypes

namespace IdTypes {
inline constexpr auto ResidentId = "resident_id";
inline constexpr auto Passport = "passport";
inline constexpr auto HkMacaoPermit = "hk_macao_permit";
inline constexpr auto TaiwanPermit = "taiwan_permit";
inline constexpr auto ForeignPermanentResidence = "foreign_permanent_residence";
inline constexpr auto HkMacaoResidence = "hk_macao_residence";
inline constexpr auto TaiwanResidence = "taiwan_residence";
} // namespace IdTypes

namespace InvoiceTypes {
inline constexpr auto None = "none";
inline constexpr auto Electronic = "electronic";
inline constexpr auto VatSpecial = "vat_special";
} // namespace InvoiceTypes

} // namespace mpdesk
