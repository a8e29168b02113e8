#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mpdesk {

enum class EntityType;
enum class IdType;

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

    /// The keyword at `index` in keywords(kind); empty when there is none.
    static QString keyword(Kind kind, int index);
    /// Where `keyword` stands in keywords(kind), or -1.
    static int indexOf(Kind kind, const QString &keyword);

    /// Entity types that may only use WeChat verification at registration.
    static bool requiresWechatVerification(std::optional<EntityType> type);
    /// ID types that are 18 characters in the resident-ID form with a GB 11643 check digit.
    static bool isResidentIdForm(std::optional<IdType> type);
    /// The pre-approval keyword meaning "none of the categories applies".
    static QString noPreApproval();
    /// The id the platform's own list (query_icp_nrlx_types) gives a pre-approval keyword, or 0.
    static int officialPreApprovalId(const QString &keyword);
};

// The keywords of each kind as enums, in the order Vocabulary lists them (tst_codes checks it).
enum class EntityType { Enterprise, IndividualBusiness, Government, Media, Other, Individual };
enum class IdType {
    ResidentId,
    Passport,
    HkMacaoPermit,
    TaiwanPermit,
    ForeignPermanentResidence,
    HkMacaoResidence,
    TaiwanResidence,
};
enum class VerificationMethod { Payment, Wechat };
enum class PrimaryVerification { BankTransfer, LegalPersonFace, ElectronicLicense };
enum class InvoiceType { None, Electronic, VatSpecial };
enum class Trademark { Unchecked, Clear, Conflict };
enum class FilingStatus { Draft, PlatformReview, PlatformRejected, BureauReview, BureauRejected, Filed };
enum class PreApprovalType {
    News,
    Publishing,
    Education,
    Medical,
    DrugsDevices,
    Bulletin,
    Culture,
    Broadcast,
    RideHailing,
    InternetFinance,
    OffCampusTraining,
    None,
};

/// The vocabulary of each keyword enum.
template<typename E>
struct KeywordKind;
// clang-format off
template<> struct KeywordKind<EntityType> { static constexpr auto kind = Vocabulary::Kind::EntityType; };
template<> struct KeywordKind<IdType> { static constexpr auto kind = Vocabulary::Kind::IdType; };
template<> struct KeywordKind<VerificationMethod> { static constexpr auto kind = Vocabulary::Kind::VerificationMethod; };
template<> struct KeywordKind<PrimaryVerification> { static constexpr auto kind = Vocabulary::Kind::PrimaryVerification; };
template<> struct KeywordKind<InvoiceType> { static constexpr auto kind = Vocabulary::Kind::InvoiceType; };
template<> struct KeywordKind<Trademark> { static constexpr auto kind = Vocabulary::Kind::Trademark; };
template<> struct KeywordKind<FilingStatus> { static constexpr auto kind = Vocabulary::Kind::FilingStatus; };
template<> struct KeywordKind<PreApprovalType> { static constexpr auto kind = Vocabulary::Kind::PreApprovalType; };
// clang-format on

/// A keyword field of the filing: the word as written, and which of its kind's keywords it is, read once
/// when the word is set. A word that is none of them is kept as it came (the validator names it) and has
/// no value; empty is "not chosen yet". Set from the word, or from the enum, on purpose without `explicit`.
template<typename E>
class KeywordField
{
public:
    static constexpr Vocabulary::Kind Kind = KeywordKind<E>::kind;

    KeywordField() = default;
    KeywordField(const QString &text) // NOLINT(google-explicit-constructor)
        : m_text(text), m_index(Vocabulary::indexOf(Kind, text))
    { }
    KeywordField(E value) // NOLINT(google-explicit-constructor)
        : m_text(Vocabulary::keyword(Kind, int(value))), m_index(int(value))
    { }

    const QString &text() const { return m_text; }
    /// Which keyword it is; nothing when empty or not one of them.
    std::optional<E> value() const { return m_index < 0 ? std::nullopt : std::optional<E>(E(m_index)); }
    bool isEmpty() const { return m_text.isEmpty(); }
    /// True when the word is one of the kind's keywords.
    bool isKnown() const { return m_index >= 0; }
    void clear() { *this = KeywordField(); }
    /// The keyword's name in the user's language; the word itself when it is none of them.
    QString label() const { return Vocabulary::label(Kind, m_text); }

    bool operator==(E value) const { return m_index == int(value); }
    friend bool operator==(const KeywordField &a, const KeywordField &b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    int m_index = -1;
};

} // namespace mpdesk
