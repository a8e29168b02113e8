#pragma once

#include "model/Person.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace mpdesk {

// Plain data mirroring the interchange format (resources/schema/mpdesk-filing.schema.json). Values are
// kept as the clerk typed them; dates are "YYYY-MM-DD" strings so that a bad date is a finding, not lost.
// An empty string means "not known yet". Every object keeps the keys this build does not know in `extra`.

struct Region
{
    QString province, city, district; ///< 6-digit administrative codes
    QJsonObject extra;
};

struct Entity
{
    QString type;
    QString name;
    QString creditCode;
    QString registeredAddress;
    Region region;
    QString mailingAddress;
    QString legalRepresentative; ///< a person id
    QString leader;              ///< a person id
    QJsonObject extra;
};

struct EntityVerification
{
    QString method; ///< "payment" or "wechat"
    QString startedOn, completedOn;
    QJsonObject extra;
};

struct Registration
{
    QString email;
    std::optional<bool> emailVerified;
    std::optional<bool> emailUnused; ///< the clerk confirmed the email was never used on the platforms
    QString administrator;           ///< a person id
    EntityVerification verification;
    QString submittedOn, approvedOn;
    QJsonObject extra;
};

struct Invoice
{
    QString type;
    QString title;
    QString taxId;
    QString address;
    QString phone;
    QString bankName;
    SecretField bankAccount;
    QString mailingAddress;
    QString recipient;
    QString recipientPhone;
    QString submittedOn;
    std::optional<bool> documentsReady; ///< VAT special: tax registration certificate and bank proof
    QString receivedOn;
    QJsonObject extra;
};

struct Certification
{
    QString agreementSignedOn;
    QString primaryVerification;
    QString contact; ///< a person id
    QString contactConfirmedOn; ///< the contact scanned the QR code
    Invoice invoice;
    QString paidOn, approvedOn;
    std::optional<int> nameChangesUsed;
    QJsonObject extra;
};

struct NameCandidate
{
    QString name;
    QString trademark; ///< "unchecked", "clear" or "conflict"
    QString note;
    QJsonObject extra;
};

struct PreApproval
{
    QString type; ///< a PreApprovalType keyword
    QString approvalNumber;
    QJsonObject extra;
};

struct MiniProgram
{
    QString name;
    QString appId;
    QList<NameCandidate> nameCandidates;
    QStringList serviceCategories;
    QList<PreApproval> preApproval;
    QString description;
    QString leader; ///< a person id
    QString leaderFaceVerifiedOn;
    QString leaderFingerprint; ///< keyed HMAC-SHA256 of the leader's ID, for the reuse check; never the ID
    QJsonObject extra;
};

/// One letter on its way to the platform: each step's date, "" until done.
struct LetterProgress
{
    QString printedOn, signedOn, uploadedOn; ///< signed: signed and sealed
    QJsonObject extra;
};

struct FilingStage
{
    QString status;
    QString submittedOn;
    QString platformApprovedOn;
    QString platformRejectionReason; ///< as the platform gave it; a to-do until the filing is resubmitted
    QString smsReceivedAt, smsVerifiedAt; ///< ISO 8601 timestamps with offset
    QString recordNumber;
    QStringList lettersReady; ///< older files: ids of letters uploaded, dates not recorded
    QMap<QString, LetterProgress> letters; ///< by letter id (see workflow/LetterRequirements.h)
    QJsonObject extra;
};

/// One mini program application of one entity: everything mpdesk knows about it.
struct Filing
{
    QUuid projectId; ///< stable per project file; null for a bare interchange document
    Entity entity;
    QList<Person> people;
    Registration registration;
    Certification certification;
    MiniProgram miniProgram;
    FilingStage filing;
    QJsonObject extra;

    /// The person with this id, or nullptr.
    const Person *person(const QString &id) const;
    Person *person(const QString &id);
    /// The index of the person with this id in `people`, or -1.
    qsizetype personIndex(const QString &id) const;
};

} // namespace mpdesk
