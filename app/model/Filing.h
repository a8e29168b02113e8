#pragma once

#include "model/DateField.h"
#include "model/Person.h"
#include "model/Vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace mpdesk {

// Plain data mirroring the interchange format (resources/schema/mpdesk-filing.schema.json). Values are
// kept as the clerk typed them; a date or a time keeps its text beside what it names (model/DateField), so
// that a bad date is a finding, not lost.
// An empty string means "not known yet". Every object keeps the keys this build does not know in `extra`.

struct Region
{
    QString province, city, district; ///< 6-digit administrative codes
    QJsonObject extra;
};

struct Entity
{
    KeywordField<EntityType> type;
    QString name;
    QString creditCode;
    QString registeredAddress;
    Region region;
    QString mailingAddress;
    QString legalRepresentative; ///< a person id
    QString leader; ///< a person id
    QJsonObject extra;
};

struct EntityVerification
{
    KeywordField<VerificationMethod> method;
    DateField startedOn, completedOn;
    QJsonObject extra;
};

struct Registration
{
    QString email;
    std::optional<bool> emailVerified;
    std::optional<bool> emailUnused; ///< the clerk confirmed the email was never used on the platforms
    QString administrator; ///< a person id
    EntityVerification verification;
    DateField submittedOn, approvedOn;
    QJsonObject extra;
};

struct Invoice
{
    KeywordField<InvoiceType> type;
    QString title;
    QString taxId;
    QString address;
    QString phone;
    QString bankName;
    SecretField bankAccount;
    QString mailingAddress;
    QString recipient;
    QString recipientPhone;
    DateField submittedOn;
    std::optional<bool> documentsReady; ///< VAT special: tax registration certificate and bank proof
    DateField receivedOn;
    QJsonObject extra;
};

struct Certification
{
    DateField agreementSignedOn;
    KeywordField<PrimaryVerification> primaryVerification;
    QString contact; ///< a person id
    DateField contactConfirmedOn; ///< the contact scanned the QR code
    Invoice invoice;
    DateField paidOn, approvedOn;
    std::optional<int> nameChangesUsed;
    QJsonObject extra;
};

struct NameCandidate
{
    QString name;
    KeywordField<Trademark> trademark;
    QString note;
    QJsonObject extra;
};

struct PreApproval
{
    KeywordField<PreApprovalType> type;
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
    DateField leaderFaceVerifiedOn;
    QString leaderFingerprint; ///< keyed HMAC-SHA256 of the leader's ID, for the reuse check; never the ID
    QJsonObject extra;
};

/// One letter on its way to the platform: each step's date, "" until done.
struct LetterProgress
{
    DateField printedOn, signedOn, uploadedOn; ///< signed: signed and sealed
    QJsonObject extra;
};

struct FilingStage
{
    KeywordField<FilingStatus> status;
    DateField submittedOn;
    DateField platformApprovedOn;
    QString platformRejectionReason; ///< as the platform gave it; a to-do until the filing is resubmitted
    TimestampField smsReceivedAt, smsVerifiedAt; ///< ISO 8601 with offset in files; typed in China time
    QString recordNumber;
    QStringList lettersReady; ///< older files: ids of letters uploaded, dates not recorded
    QMap<QString, LetterProgress> letters; ///< by letter id (see workflow/LetterRequirements.h)
    QJsonObject extra;
};

/// What mpdesk measured about a material's file when it was last checked: facts about the file, never
/// its content (an ID photo is an ID number in clear, so no image is kept in the project).
struct MaterialFacts
{
    /// Where the file stood when measured; only the facts of a file that could be read are saved.
    enum class State { Unchecked, Read, Missing, Unreadable };

    State state = State::Unchecked;
    qint64 sizeBytes = 0;
    int width = 0, height = 0; ///< pixels with the EXIF orientation applied; a PDF's first page at 300 dpi
    int pages = 0; ///< 1 for an image, the page count of a PDF
    QString format; ///< what the content is ("jpeg", "png", "pdf", "heic", ...), "" when not an image
    QString sha256; ///< hex digest of the file's bytes
    DateField checkedOn; ///< the day it was measured
    QString detail; ///< in memory only: why a file could not be read
    QJsonObject extra;

    bool isRead() const { return state == State::Read; }
};

/// A file the clerk already has (a phone photo, a scan), attached to one upload slot. Only its path and
/// the measured facts are kept.
struct Material
{
    QString slot; ///< a MaterialSlots keyword, e.g. "id_front"
    QString person; ///< id_front / id_back: the person id
    std::optional<int> item; ///< pre_approval_document: the index in miniProgram.preApproval
    QString file; ///< absolute, or relative to the filing's folder
    MaterialFacts facts;
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
    QList<Material> materials; ///< uploads attached to their slots (app/materials)
    QJsonObject extra;

    /// The person with this id, or nullptr.
    const Person *person(const QString &id) const;
    Person *person(const QString &id);
    /// The index of the person with this id in `people`, or -1.
    qsizetype personIndex(const QString &id) const;
};

} // namespace mpdesk
