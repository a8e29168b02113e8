#include "model/FieldCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// One row per field: the path, what it holds, the model member and the clerk's name for it.
// The labels are written out as QT_TRANSLATE_NOOP in every row so that lupdate, which does not expand
// macros, sees each one.
// clang-format off
// Owner and Type are type names and expr a member path after `o.`: none of them can be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define MPDESK_MEMBER(Owner, Type, expr)                                                                       \
    FieldMember<Owner, Type> { [](Owner &o) -> Type & { return o.expr; }, [](const Owner &o) -> const Type & { return o.expr; } }
// NOLINTEND(bugprone-macro-parentheses)
#define MPDESK_TEXT(path, kind, expr, label, ...)                                                              \
    FieldDef<Filing> { path##_L1, FieldKind::kind, label, MPDESK_MEMBER(Filing, QString, expr) __VA_OPT__(, ) __VA_ARGS__ }
#define MPDESK_KEYWORD(path, Enum, expr, label)                                                                \
    FieldDef<Filing> { path##_L1, FieldKind::Keyword, label, MPDESK_MEMBER(Filing, KeywordField<Enum>, expr) }
#define MPDESK_DATE(path, expr, label)                                                                         \
    FieldDef<Filing> { path##_L1, FieldKind::Date, label, MPDESK_MEMBER(Filing, DateField, expr) }
#define MPDESK_TIME(path, expr, label)                                                                         \
    FieldDef<Filing> { path##_L1, FieldKind::Timestamp, label, MPDESK_MEMBER(Filing, TimestampField, expr) }
#define MPDESK_FLAG(path, expr, label)                                                                         \
    FieldDef<Filing> { path##_L1, FieldKind::Flag, label, MPDESK_MEMBER(Filing, std::optional<bool>, expr) }
// clang-format on

using F = FieldDef<Filing>;

} // namespace

const QList<FieldDef<Filing>> &FieldCatalog::filingFields()
{
    // A table, laid out by hand so that each entry reads as one.
    // clang-format off
    static const QList<FieldDef<Filing>> fields = {
        MPDESK_KEYWORD("entity.type", EntityType, entity.type, QT_TRANSLATE_NOOP("FilingFields", "entity type")),
        MPDESK_TEXT("entity.name", Text, entity.name, QT_TRANSLATE_NOOP("FilingFields", "entity name")),
        MPDESK_TEXT("entity.creditCode", Text, entity.creditCode, QT_TRANSLATE_NOOP("FilingFields", "unified social credit code")),
        MPDESK_TEXT("entity.registeredAddress", Text, entity.registeredAddress, QT_TRANSLATE_NOOP("FilingFields", "registered address")),
        MPDESK_TEXT("entity.region.province", Text, entity.region.province, QT_TRANSLATE_NOOP("FilingFields", "province")),
        MPDESK_TEXT("entity.region.city", Text, entity.region.city, QT_TRANSLATE_NOOP("FilingFields", "city")),
        MPDESK_TEXT("entity.region.district", Text, entity.region.district, QT_TRANSLATE_NOOP("FilingFields", "district")),
        MPDESK_TEXT("entity.mailingAddress", Text, entity.mailingAddress, QT_TRANSLATE_NOOP("FilingFields", "mailing address")),
        MPDESK_TEXT("entity.legalRepresentative", PersonRef, entity.legalRepresentative, QT_TRANSLATE_NOOP("FilingFields", "legal representative")),
        MPDESK_TEXT("entity.leader", PersonRef, entity.leader, QT_TRANSLATE_NOOP("FilingFields", "entity leader")),

        MPDESK_TEXT("registration.email", Text, registration.email, QT_TRANSLATE_NOOP("FilingFields", "account email")),
        MPDESK_FLAG("registration.emailVerified", registration.emailVerified, QT_TRANSLATE_NOOP("FilingFields", "email verified")),
        MPDESK_FLAG("registration.emailUnused", registration.emailUnused, QT_TRANSLATE_NOOP("FilingFields", "email never used before")),
        MPDESK_TEXT("registration.administrator", PersonRef, registration.administrator, QT_TRANSLATE_NOOP("FilingFields", "administrator")),
        MPDESK_KEYWORD("registration.verification.method", VerificationMethod, registration.verification.method, QT_TRANSLATE_NOOP("FilingFields", "verification method")),
        MPDESK_DATE("registration.verification.startedOn", registration.verification.startedOn, QT_TRANSLATE_NOOP("FilingFields", "verification started")),
        MPDESK_DATE("registration.verification.completedOn", registration.verification.completedOn, QT_TRANSLATE_NOOP("FilingFields", "verification completed")),
        MPDESK_DATE("registration.submittedOn", registration.submittedOn, QT_TRANSLATE_NOOP("FilingFields", "registration submitted")),
        MPDESK_DATE("registration.approvedOn", registration.approvedOn, QT_TRANSLATE_NOOP("FilingFields", "registration approved")),

        MPDESK_DATE("certification.agreementSignedOn", certification.agreementSignedOn, QT_TRANSLATE_NOOP("FilingFields", "agreement signed")),
        MPDESK_KEYWORD("certification.primaryVerification", PrimaryVerification, certification.primaryVerification, QT_TRANSLATE_NOOP("FilingFields", "primary verification")),
        MPDESK_TEXT("certification.contact", PersonRef, certification.contact, QT_TRANSLATE_NOOP("FilingFields", "certification contact")),
        MPDESK_DATE("certification.contactConfirmedOn", certification.contactConfirmedOn, QT_TRANSLATE_NOOP("FilingFields", "contact confirmed")),
        MPDESK_KEYWORD("certification.invoice.type", InvoiceType, certification.invoice.type, QT_TRANSLATE_NOOP("FilingFields", "invoice type")),
        MPDESK_TEXT("certification.invoice.title", Text, certification.invoice.title, QT_TRANSLATE_NOOP("FilingFields", "invoice title")),
        MPDESK_TEXT("certification.invoice.taxId", Text, certification.invoice.taxId, QT_TRANSLATE_NOOP("FilingFields", "tax ID")),
        MPDESK_TEXT("certification.invoice.address", Text, certification.invoice.address, QT_TRANSLATE_NOOP("FilingFields", "invoice address")),
        MPDESK_TEXT("certification.invoice.phone", Text, certification.invoice.phone, QT_TRANSLATE_NOOP("FilingFields", "invoice phone")),
        MPDESK_TEXT("certification.invoice.bankName", Text, certification.invoice.bankName, QT_TRANSLATE_NOOP("FilingFields", "bank name")),
        F{"certification.invoice.bankAccount"_L1, FieldKind::Secret, QT_TRANSLATE_NOOP("FilingFields", "bank account number"),
          MPDESK_MEMBER(Filing, SecretField, certification.invoice.bankAccount)},
        MPDESK_TEXT("certification.invoice.mailingAddress", Text, certification.invoice.mailingAddress, QT_TRANSLATE_NOOP("FilingFields", "invoice mailing address")),
        MPDESK_TEXT("certification.invoice.recipient", Text, certification.invoice.recipient, QT_TRANSLATE_NOOP("FilingFields", "invoice recipient")),
        MPDESK_TEXT("certification.invoice.recipientPhone", Text, certification.invoice.recipientPhone, QT_TRANSLATE_NOOP("FilingFields", "recipient's phone")),
        MPDESK_DATE("certification.invoice.submittedOn", certification.invoice.submittedOn, QT_TRANSLATE_NOOP("FilingFields", "invoice information submitted")),
        MPDESK_FLAG("certification.invoice.documentsReady", certification.invoice.documentsReady, QT_TRANSLATE_NOOP("FilingFields", "documents ready")),
        MPDESK_DATE("certification.invoice.receivedOn", certification.invoice.receivedOn, QT_TRANSLATE_NOOP("FilingFields", "invoice received")),
        MPDESK_DATE("certification.paidOn", certification.paidOn, QT_TRANSLATE_NOOP("FilingFields", "fee paid")),
        MPDESK_DATE("certification.approvedOn", certification.approvedOn, QT_TRANSLATE_NOOP("FilingFields", "certification approved")),
        F{"certification.nameChangesUsed"_L1, FieldKind::Count, QT_TRANSLATE_NOOP("FilingFields", "name changes used"),
          MPDESK_MEMBER(Filing, std::optional<int>, certification.nameChangesUsed)},

        MPDESK_TEXT("miniProgram.name", Text, miniProgram.name, QT_TRANSLATE_NOOP("FilingFields", "mini program name")),
        MPDESK_TEXT("miniProgram.appId", Text, miniProgram.appId, QT_TRANSLATE_NOOP("FilingFields", "AppID")),
        F{"miniProgram.serviceCategories"_L1, FieldKind::Lines, QT_TRANSLATE_NOOP("FilingFields", "service categories"),
          MPDESK_MEMBER(Filing, QStringList, miniProgram.serviceCategories)},
        MPDESK_TEXT("miniProgram.description", Text, miniProgram.description, QT_TRANSLATE_NOOP("FilingFields", "description")),
        MPDESK_TEXT("miniProgram.leader", PersonRef, miniProgram.leader, QT_TRANSLATE_NOOP("FilingFields", "mini program leader")),
        MPDESK_DATE("miniProgram.leaderFaceVerifiedOn", miniProgram.leaderFaceVerifiedOn, QT_TRANSLATE_NOOP("FilingFields", "leader face verification")),
        // Absent until computed: a keyed HMAC of the leader's ID, never the ID.
        MPDESK_TEXT("miniProgram.leaderFingerprint", Text, miniProgram.leaderFingerprint, nullptr,
                    F::OmitWhenEmpty | F::Internal),

        MPDESK_KEYWORD("filing.status", FilingStatus, filing.status, QT_TRANSLATE_NOOP("FilingFields", "filing status")),
        MPDESK_DATE("filing.submittedOn", filing.submittedOn, QT_TRANSLATE_NOOP("FilingFields", "filing submitted")),
        MPDESK_DATE("filing.platformApprovedOn", filing.platformApprovedOn, QT_TRANSLATE_NOOP("FilingFields", "platform review passed")),
        // Absent unless the platform sent the filing back.
        MPDESK_TEXT("filing.platformRejectionReason", Text, filing.platformRejectionReason,
                    QT_TRANSLATE_NOOP("FilingFields", "platform's rejection reason"), F::OmitWhenEmpty),
        MPDESK_TIME("filing.smsReceivedAt", filing.smsReceivedAt, QT_TRANSLATE_NOOP("FilingFields", "SMS received")),
        MPDESK_TIME("filing.smsVerifiedAt", filing.smsVerifiedAt, QT_TRANSLATE_NOOP("FilingFields", "SMS answered")),
        MPDESK_TEXT("filing.recordNumber", Text, filing.recordNumber, QT_TRANSLATE_NOOP("FilingFields", "record number")),
    };
    // clang-format on
    return fields;
}

const QList<FieldDef<Person>> &FieldCatalog::personFields()
{
    // A table, laid out by hand so that each entry reads as one.
    // clang-format off
    static const QList<FieldDef<Person>> fields = {
        FieldDef<Person>{"id"_L1, FieldKind::Text, nullptr, MPDESK_MEMBER(Person, QString, id), FieldDef<Person>::Internal},
        FieldDef<Person>{"name"_L1, FieldKind::Text, QT_TRANSLATE_NOOP("FilingFields", "name"), MPDESK_MEMBER(Person, QString, name)},
        FieldDef<Person>{"idType"_L1, FieldKind::Keyword, QT_TRANSLATE_NOOP("FilingFields", "ID type"), MPDESK_MEMBER(Person, KeywordField<IdType>, idType)},
        FieldDef<Person>{"idNumber"_L1, FieldKind::Secret, QT_TRANSLATE_NOOP("FilingFields", "ID number"), MPDESK_MEMBER(Person, SecretField, idNumber)},
        FieldDef<Person>{"idValidFrom"_L1, FieldKind::Date, QT_TRANSLATE_NOOP("FilingFields", "ID valid from"), MPDESK_MEMBER(Person, DateField, idValidFrom)},
        FieldDef<Person>{"idValidTo"_L1, FieldKind::DateOrLongTerm, QT_TRANSLATE_NOOP("FilingFields", "ID valid to"), MPDESK_MEMBER(Person, DateField, idValidTo)},
        FieldDef<Person>{"mobile"_L1, FieldKind::Text, QT_TRANSLATE_NOOP("FilingFields", "mobile"), MPDESK_MEMBER(Person, QString, mobile)},
        FieldDef<Person>{"emergencyMobile"_L1, FieldKind::Text, QT_TRANSLATE_NOOP("FilingFields", "emergency contact"), MPDESK_MEMBER(Person, QString, emergencyMobile)},
        FieldDef<Person>{"email"_L1, FieldKind::Text, QT_TRANSLATE_NOOP("FilingFields", "email"), MPDESK_MEMBER(Person, QString, email)},
    };
    // clang-format on
    return fields;
}

const FieldDef<Filing> *FieldCatalog::filingField(QStringView path)
{
    for (const FieldDef<Filing> &field : filingFields()) {
        if (field.path == path)
            return &field;
    }
    return nullptr;
}

const FieldDef<Person> *FieldCatalog::personField(QStringView key)
{
    for (const FieldDef<Person> &field : personFields()) {
        if (field.path == key)
            return &field;
    }
    return nullptr;
}

const QList<FieldCatalog::ObjectDef> &FieldCatalog::objects()
{
#define MPDESK_OBJECT(path, expr)                                                                                      \
    ObjectDef                                                                                                          \
    {                                                                                                                  \
        path##_L1, [](Filing &f) -> QJsonObject & { return f.expr; },                                                  \
            [](const Filing &f) -> const QJsonObject & { return f.expr; }                                              \
    }
    // A table, laid out by hand so that each entry reads as one.
    // clang-format off
    static const QList<ObjectDef> list = {
        MPDESK_OBJECT("entity", entity.extra),
        MPDESK_OBJECT("entity.region", entity.region.extra),
        MPDESK_OBJECT("registration", registration.extra),
        MPDESK_OBJECT("registration.verification", registration.verification.extra),
        MPDESK_OBJECT("certification", certification.extra),
        MPDESK_OBJECT("certification.invoice", certification.invoice.extra),
        MPDESK_OBJECT("miniProgram", miniProgram.extra),
        MPDESK_OBJECT("filing", filing.extra),
    };
    // clang-format on
    return list;
}

const FieldCatalog::ObjectDef *FieldCatalog::object(QLatin1StringView path)
{
    for (const ObjectDef &object : objects()) {
        if (object.path == path)
            return &object;
    }
    return nullptr;
}

} // namespace mpdesk
