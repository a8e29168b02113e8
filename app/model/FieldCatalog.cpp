#include "model/FieldCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// One row per field: the path, what it holds, the model member and the clerk's name for it.
#define MPDESK_MEMBER(Owner, Type, expr)                                                                       \
    FieldMember<Owner, Type> { [](Owner &o) -> Type & { return o.expr; }, [](const Owner &o) -> const Type & { return o.expr; } }
#define MPDESK_TEXT(path, kind, expr, label, ...)                                                              \
    FieldDef<Filing> { path##_L1, FieldKind::kind, label, MPDESK_MEMBER(Filing, QString, expr) __VA_OPT__(, ) __VA_ARGS__ }
#define MPDESK_FLAG(path, expr, label)                                                                         \
    FieldDef<Filing> { path##_L1, FieldKind::Flag, label, MPDESK_MEMBER(Filing, std::optional<bool>, expr) }
#define MPDESK_LABEL(text) QT_TRANSLATE_NOOP("FilingFields", text)

using F = FieldDef<Filing>;

} // namespace

const QList<FieldDef<Filing>> &FieldCatalog::filingFields()
{
    static const QList<FieldDef<Filing>> fields = {
        MPDESK_TEXT("entity.type", Keyword, entity.type, MPDESK_LABEL("entity type")),
        MPDESK_TEXT("entity.name", Text, entity.name, MPDESK_LABEL("entity name")),
        MPDESK_TEXT("entity.creditCode", Text, entity.creditCode, MPDESK_LABEL("unified social credit code")),
        MPDESK_TEXT("entity.registeredAddress", Text, entity.registeredAddress, MPDESK_LABEL("registered address")),
        MPDESK_TEXT("entity.region.province", Text, entity.region.province, MPDESK_LABEL("province")),
        MPDESK_TEXT("entity.region.city", Text, entity.region.city, MPDESK_LABEL("city")),
        MPDESK_TEXT("entity.region.district", Text, entity.region.district, MPDESK_LABEL("district")),
        MPDESK_TEXT("entity.mailingAddress", Text, entity.mailingAddress, MPDESK_LABEL("mailing address")),
        MPDESK_TEXT("entity.legalRepresentative", PersonRef, entity.legalRepresentative, MPDESK_LABEL("legal representative")),
        MPDESK_TEXT("entity.leader", PersonRef, entity.leader, MPDESK_LABEL("entity leader")),

        MPDESK_TEXT("registration.email", Text, registration.email, MPDESK_LABEL("account email")),
        MPDESK_FLAG("registration.emailVerified", registration.emailVerified, MPDESK_LABEL("email verified")),
        MPDESK_FLAG("registration.emailUnused", registration.emailUnused, MPDESK_LABEL("email never used before")),
        MPDESK_TEXT("registration.administrator", PersonRef, registration.administrator, MPDESK_LABEL("administrator")),
        MPDESK_TEXT("registration.verification.method", Keyword, registration.verification.method, MPDESK_LABEL("verification method")),
        MPDESK_TEXT("registration.verification.startedOn", Date, registration.verification.startedOn, MPDESK_LABEL("verification started")),
        MPDESK_TEXT("registration.verification.completedOn", Date, registration.verification.completedOn, MPDESK_LABEL("verification completed")),
        MPDESK_TEXT("registration.submittedOn", Date, registration.submittedOn, MPDESK_LABEL("registration submitted")),
        MPDESK_TEXT("registration.approvedOn", Date, registration.approvedOn, MPDESK_LABEL("registration approved")),

        MPDESK_TEXT("certification.agreementSignedOn", Date, certification.agreementSignedOn, MPDESK_LABEL("agreement signed")),
        MPDESK_TEXT("certification.primaryVerification", Keyword, certification.primaryVerification, MPDESK_LABEL("primary verification")),
        MPDESK_TEXT("certification.contact", PersonRef, certification.contact, MPDESK_LABEL("certification contact")),
        MPDESK_TEXT("certification.contactConfirmedOn", Date, certification.contactConfirmedOn, MPDESK_LABEL("contact confirmed")),
        MPDESK_TEXT("certification.invoice.type", Keyword, certification.invoice.type, MPDESK_LABEL("invoice type")),
        MPDESK_TEXT("certification.invoice.title", Text, certification.invoice.title, MPDESK_LABEL("invoice title")),
        MPDESK_TEXT("certification.invoice.taxId", Text, certification.invoice.taxId, MPDESK_LABEL("tax ID")),
        MPDESK_TEXT("certification.invoice.address", Text, certification.invoice.address, MPDESK_LABEL("invoice address")),
        MPDESK_TEXT("certification.invoice.phone", Text, certification.invoice.phone, MPDESK_LABEL("invoice phone")),
        MPDESK_TEXT("certification.invoice.bankName", Text, certification.invoice.bankName, MPDESK_LABEL("bank name")),
        F{"certification.invoice.bankAccount"_L1, FieldKind::Secret, MPDESK_LABEL("bank account number"),
          MPDESK_MEMBER(Filing, SecretField, certification.invoice.bankAccount)},
        MPDESK_TEXT("certification.invoice.mailingAddress", Text, certification.invoice.mailingAddress, MPDESK_LABEL("invoice mailing address")),
        MPDESK_TEXT("certification.invoice.recipient", Text, certification.invoice.recipient, MPDESK_LABEL("invoice recipient")),
        MPDESK_TEXT("certification.invoice.recipientPhone", Text, certification.invoice.recipientPhone, MPDESK_LABEL("recipient's phone")),
        MPDESK_TEXT("certification.invoice.submittedOn", Date, certification.invoice.submittedOn, MPDESK_LABEL("invoice information submitted")),
        MPDESK_FLAG("certification.invoice.documentsReady", certification.invoice.documentsReady, MPDESK_LABEL("documents ready")),
        MPDESK_TEXT("certification.invoice.receivedOn", Date, certification.invoice.receivedOn, MPDESK_LABEL("invoice received")),
        MPDESK_TEXT("certification.paidOn", Date, certification.paidOn, MPDESK_LABEL("fee paid")),
        MPDESK_TEXT("certification.approvedOn", Date, certification.approvedOn, MPDESK_LABEL("certification approved")),
        F{"certification.nameChangesUsed"_L1, FieldKind::Count, MPDESK_LABEL("name changes used"),
          MPDESK_MEMBER(Filing, std::optional<int>, certification.nameChangesUsed)},

        MPDESK_TEXT("miniProgram.name", Text, miniProgram.name, MPDESK_LABEL("mini program name")),
        MPDESK_TEXT("miniProgram.appId", Text, miniProgram.appId, MPDESK_LABEL("AppID")),
        F{"miniProgram.serviceCategories"_L1, FieldKind::Lines, MPDESK_LABEL("service categories"),
          MPDESK_MEMBER(Filing, QStringList, miniProgram.serviceCategories)},
        MPDESK_TEXT("miniProgram.description", Text, miniProgram.description, MPDESK_LABEL("description")),
        MPDESK_TEXT("miniProgram.leader", PersonRef, miniProgram.leader, MPDESK_LABEL("mini program leader")),
        MPDESK_TEXT("miniProgram.leaderFaceVerifiedOn", Date, miniProgram.leaderFaceVerifiedOn, MPDESK_LABEL("leader face verification")),
        // Absent until computed: a keyed HMAC of the leader's ID, never the ID.
        MPDESK_TEXT("miniProgram.leaderFingerprint", Text, miniProgram.leaderFingerprint, nullptr,
                    F::OmitWhenEmpty | F::Internal),

        MPDESK_TEXT("filing.status", Keyword, filing.status, MPDESK_LABEL("filing status")),
        MPDESK_TEXT("filing.submittedOn", Date, filing.submittedOn, MPDESK_LABEL("filing submitted")),
        MPDESK_TEXT("filing.platformApprovedOn", Date, filing.platformApprovedOn, MPDESK_LABEL("platform review passed")),
        // Absent unless the platform sent the filing back.
        MPDESK_TEXT("filing.platformRejectionReason", Text, filing.platformRejectionReason,
                    MPDESK_LABEL("platform's rejection reason"), F::OmitWhenEmpty),
        MPDESK_TEXT("filing.smsReceivedAt", Timestamp, filing.smsReceivedAt, MPDESK_LABEL("SMS received")),
        MPDESK_TEXT("filing.smsVerifiedAt", Timestamp, filing.smsVerifiedAt, MPDESK_LABEL("SMS answered")),
        MPDESK_TEXT("filing.recordNumber", Text, filing.recordNumber, MPDESK_LABEL("record number")),
    };
    return fields;
}

const QList<FieldDef<Person>> &FieldCatalog::personFields()
{
    static const QList<FieldDef<Person>> fields = {
        FieldDef<Person>{"id"_L1, FieldKind::Text, nullptr, MPDESK_MEMBER(Person, QString, id), FieldDef<Person>::Internal},
        FieldDef<Person>{"name"_L1, FieldKind::Text, MPDESK_LABEL("name"), MPDESK_MEMBER(Person, QString, name)},
        FieldDef<Person>{"idType"_L1, FieldKind::Keyword, MPDESK_LABEL("ID type"), MPDESK_MEMBER(Person, QString, idType)},
        FieldDef<Person>{"idNumber"_L1, FieldKind::Secret, MPDESK_LABEL("ID number"), MPDESK_MEMBER(Person, SecretField, idNumber)},
        FieldDef<Person>{"idValidFrom"_L1, FieldKind::Date, MPDESK_LABEL("ID valid from"), MPDESK_MEMBER(Person, QString, idValidFrom)},
        FieldDef<Person>{"idValidTo"_L1, FieldKind::DateOrLongTerm, MPDESK_LABEL("ID valid to"), MPDESK_MEMBER(Person, QString, idValidTo)},
        FieldDef<Person>{"mobile"_L1, FieldKind::Text, MPDESK_LABEL("mobile"), MPDESK_MEMBER(Person, QString, mobile)},
        FieldDef<Person>{"emergencyMobile"_L1, FieldKind::Text, MPDESK_LABEL("emergency contact"), MPDESK_MEMBER(Person, QString, emergencyMobile)},
        FieldDef<Person>{"email"_L1, FieldKind::Text, MPDESK_LABEL("email"), MPDESK_MEMBER(Person, QString, email)},
    };
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
#define MPDESK_OBJECT(path, expr)                                                                              \
    ObjectDef { path##_L1, [](Filing &f) -> QJsonObject & { return f.expr; }, [](const Filing &f) -> const QJsonObject & { return f.expr; } }
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
