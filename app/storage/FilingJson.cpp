#include "storage/FilingJson.h"

#include "storage/JsonFields.h"
#include "validation/Codes.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Reader = JsonFieldReader;
using Writer = JsonFieldWriter;

QString indexPath(const QString &arrayPath, qsizetype i)
{
    return arrayPath + u'[' + QString::number(i) + u']';
}

// Each element of a list of objects, with a type error for anything that is not an object.
template<typename Fn>
void forEachObject(const QJsonArray &array, const QString &path, std::optional<Error> &error, Fn read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            Reader::fail(error, indexPath(path, i), JsonFieldReader::tr("an object"), v);
            continue;
        }
        read(v.toObject(), indexPath(path, i));
    }
}

// A secret's three keys: the inline value (interchange) and the reference and masked form (project file).
struct SecretKeys
{
    QLatin1StringView value, ref, masked;
};

constexpr SecretKeys idNumberKeys{"idNumber"_L1, "idNumberRef"_L1, "idNumberMasked"_L1};
constexpr SecretKeys bankAccountKeys{"bankAccount"_L1, "bankAccountRef"_L1, "bankAccountMasked"_L1};

void readSecret(Reader &r, const SecretKeys &keys, SecretField &field)
{
    field.value = r.text(keys.value);
    field.ref = r.text(keys.ref);
    field.masked = r.text(keys.masked);
    field.status = field.value.isEmpty() && !field.ref.isEmpty() ? SecretStatus::NotOnThisComputer
                                                                  : SecretStatus::Present;
}

void writeSecret(Writer &w, const SecretKeys &keys, const SecretField &field, FilingJson::Secrets mode)
{
    if (mode == FilingJson::Secrets::Inline) {
        w.text(keys.value, field.value);
        w.remove(keys.ref);
        w.remove(keys.masked);
        return;
    }
    w.remove(keys.value);
    // Without a keychain entry to point at, a masked form would be read back as nothing: write neither.
    if (field.ref.isEmpty()) {
        w.remove(keys.ref);
        w.remove(keys.masked);
        return;
    }
    w.text(keys.ref, field.ref);
    w.text(keys.masked, field.value.isEmpty() ? field.masked : FilingJson::mask(field.value));
}

Person readPerson(const QJsonObject &o, const QString &path, std::optional<Error> &error)
{
    Reader r(o, path, error);
    Person p;
    p.id = r.text("id"_L1);
    p.name = r.text("name"_L1);
    p.idType = r.text("idType"_L1);
    readSecret(r, idNumberKeys, p.idNumber);
    p.idValidFrom = r.text("idValidFrom"_L1);
    p.idValidTo = r.text("idValidTo"_L1);
    p.mobile = r.text("mobile"_L1);
    p.emergencyMobile = r.text("emergencyMobile"_L1);
    p.email = r.text("email"_L1);
    p.extra = r.unknownKeys();
    return p;
}

QJsonObject writePerson(const Person &p, FilingJson::Secrets mode)
{
    Writer w(p.extra);
    w.text("id"_L1, p.id);
    w.text("name"_L1, p.name);
    w.text("idType"_L1, p.idType);
    writeSecret(w, idNumberKeys, p.idNumber, mode);
    w.text("idValidFrom"_L1, p.idValidFrom);
    w.text("idValidTo"_L1, p.idValidTo);
    w.text("mobile"_L1, p.mobile);
    w.text("emergencyMobile"_L1, p.emergencyMobile);
    w.text("email"_L1, p.email);
    return w.object();
}

Entity readEntity(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("entity"_L1), parent.childPath("entity"_L1), error);
    Entity e;
    e.type = r.text("type"_L1);
    e.name = r.text("name"_L1);
    e.creditCode = r.text("creditCode"_L1);
    e.registeredAddress = r.text("registeredAddress"_L1);
    {
        Reader region(r.object("region"_L1), r.childPath("region"_L1), error);
        e.region.province = region.text("province"_L1);
        e.region.city = region.text("city"_L1);
        e.region.district = region.text("district"_L1);
        e.region.extra = region.unknownKeys();
    }
    e.mailingAddress = r.text("mailingAddress"_L1);
    e.legalRepresentative = r.text("legalRepresentative"_L1);
    e.leader = r.text("leader"_L1);
    e.extra = r.unknownKeys();
    return e;
}

QJsonObject writeEntity(const Entity &e)
{
    Writer region(e.region.extra);
    region.text("province"_L1, e.region.province);
    region.text("city"_L1, e.region.city);
    region.text("district"_L1, e.region.district);

    Writer w(e.extra);
    w.text("type"_L1, e.type);
    w.text("name"_L1, e.name);
    w.text("creditCode"_L1, e.creditCode);
    w.text("registeredAddress"_L1, e.registeredAddress);
    w.value("region"_L1, region.object());
    w.text("mailingAddress"_L1, e.mailingAddress);
    w.text("legalRepresentative"_L1, e.legalRepresentative);
    w.text("leader"_L1, e.leader);
    return w.object();
}

Registration readRegistration(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("registration"_L1), parent.childPath("registration"_L1), error);
    Registration reg;
    reg.email = r.text("email"_L1);
    reg.emailVerified = r.flag("emailVerified"_L1);
    reg.emailUnused = r.flag("emailUnused"_L1);
    reg.administrator = r.text("administrator"_L1);
    {
        Reader v(r.object("verification"_L1), r.childPath("verification"_L1), error);
        reg.verification.method = v.text("method"_L1);
        reg.verification.startedOn = v.text("startedOn"_L1);
        reg.verification.completedOn = v.text("completedOn"_L1);
        reg.verification.extra = v.unknownKeys();
    }
    reg.submittedOn = r.text("submittedOn"_L1);
    reg.approvedOn = r.text("approvedOn"_L1);
    reg.extra = r.unknownKeys();
    return reg;
}

QJsonObject writeRegistration(const Registration &reg)
{
    Writer v(reg.verification.extra);
    v.text("method"_L1, reg.verification.method);
    v.text("startedOn"_L1, reg.verification.startedOn);
    v.text("completedOn"_L1, reg.verification.completedOn);

    Writer w(reg.extra);
    w.text("email"_L1, reg.email);
    w.flag("emailVerified"_L1, reg.emailVerified);
    w.flag("emailUnused"_L1, reg.emailUnused);
    w.text("administrator"_L1, reg.administrator);
    w.value("verification"_L1, v.object());
    w.text("submittedOn"_L1, reg.submittedOn);
    w.text("approvedOn"_L1, reg.approvedOn);
    return w.object();
}

Invoice readInvoice(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("invoice"_L1), parent.childPath("invoice"_L1), error);
    Invoice inv;
    inv.type = r.text("type"_L1);
    inv.title = r.text("title"_L1);
    inv.taxId = r.text("taxId"_L1);
    inv.address = r.text("address"_L1);
    inv.phone = r.text("phone"_L1);
    inv.bankName = r.text("bankName"_L1);
    readSecret(r, bankAccountKeys, inv.bankAccount);
    inv.mailingAddress = r.text("mailingAddress"_L1);
    inv.recipient = r.text("recipient"_L1);
    inv.recipientPhone = r.text("recipientPhone"_L1);
    inv.submittedOn = r.text("submittedOn"_L1);
    inv.documentsReady = r.flag("documentsReady"_L1);
    inv.receivedOn = r.text("receivedOn"_L1);
    inv.extra = r.unknownKeys();
    return inv;
}

QJsonObject writeInvoice(const Invoice &inv, FilingJson::Secrets mode)
{
    Writer w(inv.extra);
    w.text("type"_L1, inv.type);
    w.text("title"_L1, inv.title);
    w.text("taxId"_L1, inv.taxId);
    w.text("address"_L1, inv.address);
    w.text("phone"_L1, inv.phone);
    w.text("bankName"_L1, inv.bankName);
    writeSecret(w, bankAccountKeys, inv.bankAccount, mode);
    w.text("mailingAddress"_L1, inv.mailingAddress);
    w.text("recipient"_L1, inv.recipient);
    w.text("recipientPhone"_L1, inv.recipientPhone);
    w.text("submittedOn"_L1, inv.submittedOn);
    w.flag("documentsReady"_L1, inv.documentsReady);
    w.text("receivedOn"_L1, inv.receivedOn);
    return w.object();
}

Certification readCertification(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("certification"_L1), parent.childPath("certification"_L1), error);
    Certification c;
    c.agreementSignedOn = r.text("agreementSignedOn"_L1);
    c.primaryVerification = r.text("primaryVerification"_L1);
    c.contact = r.text("contact"_L1);
    c.contactConfirmedOn = r.text("contactConfirmedOn"_L1);
    c.invoice = readInvoice(r, error);
    c.paidOn = r.text("paidOn"_L1);
    c.approvedOn = r.text("approvedOn"_L1);
    c.nameChangesUsed = r.integer("nameChangesUsed"_L1);
    c.extra = r.unknownKeys();
    return c;
}

QJsonObject writeCertification(const Certification &c, FilingJson::Secrets mode)
{
    Writer w(c.extra);
    w.text("agreementSignedOn"_L1, c.agreementSignedOn);
    w.text("primaryVerification"_L1, c.primaryVerification);
    w.text("contact"_L1, c.contact);
    w.text("contactConfirmedOn"_L1, c.contactConfirmedOn);
    w.value("invoice"_L1, writeInvoice(c.invoice, mode));
    w.text("paidOn"_L1, c.paidOn);
    w.text("approvedOn"_L1, c.approvedOn);
    w.integer("nameChangesUsed"_L1, c.nameChangesUsed);
    return w.object();
}

MiniProgram readMiniProgram(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("miniProgram"_L1), parent.childPath("miniProgram"_L1), error);
    MiniProgram m;
    m.name = r.text("name"_L1);
    m.appId = r.text("appId"_L1);
    forEachObject(r.array("nameCandidates"_L1), r.childPath("nameCandidates"_L1), error,
                  [&](const QJsonObject &o, const QString &path) {
                      Reader c(o, path, error);
                      NameCandidate n;
                      n.name = c.text("name"_L1);
                      n.trademark = c.text("trademark"_L1);
                      n.note = c.text("note"_L1);
                      n.extra = c.unknownKeys();
                      m.nameCandidates.append(n);
                  });
    const QJsonArray categories = r.array("serviceCategories"_L1);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).isString())
            m.serviceCategories.append(categories.at(i).toString());
        else
            Reader::fail(error, indexPath(r.childPath("serviceCategories"_L1), i), JsonFieldReader::tr("text"), categories.at(i));
    }
    forEachObject(r.array("preApproval"_L1), r.childPath("preApproval"_L1), error,
                  [&](const QJsonObject &o, const QString &path) {
                      Reader p(o, path, error);
                      PreApproval item;
                      item.type = p.text("type"_L1);
                      item.approvalNumber = p.text("approvalNumber"_L1);
                      item.extra = p.unknownKeys();
                      m.preApproval.append(item);
                  });
    m.description = r.text("description"_L1);
    m.leader = r.text("leader"_L1);
    m.leaderFaceVerifiedOn = r.text("leaderFaceVerifiedOn"_L1);
    m.leaderFingerprint = r.text("leaderFingerprint"_L1);
    m.extra = r.unknownKeys();
    return m;
}

QJsonObject writeMiniProgram(const MiniProgram &m)
{
    QJsonArray candidates;
    for (const NameCandidate &n : m.nameCandidates) {
        Writer c(n.extra);
        c.text("name"_L1, n.name);
        c.text("trademark"_L1, n.trademark);
        c.text("note"_L1, n.note);
        candidates.append(c.object());
    }
    QJsonArray preApproval;
    for (const PreApproval &item : m.preApproval) {
        Writer p(item.extra);
        p.text("type"_L1, item.type);
        p.text("approvalNumber"_L1, item.approvalNumber);
        preApproval.append(p.object());
    }
    Writer w(m.extra);
    w.text("name"_L1, m.name);
    w.text("appId"_L1, m.appId);
    w.value("nameCandidates"_L1, candidates);
    w.value("serviceCategories"_L1, QJsonArray::fromStringList(m.serviceCategories));
    w.value("preApproval"_L1, preApproval);
    w.text("description"_L1, m.description);
    w.text("leader"_L1, m.leader);
    w.text("leaderFaceVerifiedOn"_L1, m.leaderFaceVerifiedOn);
    if (!m.leaderFingerprint.isEmpty()) // absent until computed, so older files round-trip unchanged
        w.text("leaderFingerprint"_L1, m.leaderFingerprint);
    return w.object();
}

FilingStage readFilingStage(Reader &parent, std::optional<Error> &error)
{
    Reader r(parent.object("filing"_L1), parent.childPath("filing"_L1), error);
    FilingStage f;
    f.status = r.text("status"_L1);
    f.submittedOn = r.text("submittedOn"_L1);
    f.platformApprovedOn = r.text("platformApprovedOn"_L1);
    f.platformRejectionReason = r.text("platformRejectionReason"_L1);
    f.smsReceivedAt = r.text("smsReceivedAt"_L1);
    f.smsVerifiedAt = r.text("smsVerifiedAt"_L1);
    f.recordNumber = r.text("recordNumber"_L1);
    const QJsonArray letters = r.array("lettersReady"_L1);
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (letters.at(i).isString())
            f.lettersReady.append(letters.at(i).toString());
        else
            Reader::fail(error, indexPath(r.childPath("lettersReady"_L1), i), JsonFieldReader::tr("text"), letters.at(i));
    }
    const QJsonObject progress = r.object("letters"_L1);
    for (auto it = progress.begin(); it != progress.end(); ++it) {
        Reader l(it->toObject(), r.childPath("letters"_L1) + u'.' + it.key(), error);
        if (!it->isObject())
            Reader::fail(error, r.childPath("letters"_L1) + u'.' + it.key(), JsonFieldReader::tr("an object"), *it);
        f.letters.insert(it.key(), LetterProgress{l.text("printedOn"_L1), l.text("signedOn"_L1), l.text("uploadedOn"_L1),
                                                  l.unknownKeys()});
    }
    f.extra = r.unknownKeys();
    return f;
}

QJsonObject writeFilingStage(const FilingStage &f)
{
    Writer w(f.extra);
    w.text("status"_L1, f.status);
    w.text("submittedOn"_L1, f.submittedOn);
    w.text("platformApprovedOn"_L1, f.platformApprovedOn);
    if (!f.platformRejectionReason.isEmpty()) // absent unless rejected, so older files round-trip unchanged
        w.text("platformRejectionReason"_L1, f.platformRejectionReason);
    // "2026-12-02 09:30" as typed is China time; the file keeps ISO 8601 with its offset.
    w.text("smsReceivedAt"_L1, Codes::canonicalTimestamp(f.smsReceivedAt));
    w.text("smsVerifiedAt"_L1, Codes::canonicalTimestamp(f.smsVerifiedAt));
    w.text("recordNumber"_L1, f.recordNumber);
    if (!f.lettersReady.isEmpty()) // absent until a letter is ready, so older files round-trip unchanged
        w.value("lettersReady"_L1, QJsonArray::fromStringList(f.lettersReady));
    QJsonObject progress;
    for (auto it = f.letters.cbegin(); it != f.letters.cend(); ++it) {
        Writer l(it->extra);
        l.text("printedOn"_L1, it->printedOn);
        l.text("signedOn"_L1, it->signedOn);
        l.text("uploadedOn"_L1, it->uploadedOn);
        progress.insert(it.key(), l.object());
    }
    if (!progress.isEmpty())
        w.value("letters"_L1, progress);
    return w.object();
}

MaterialFacts readFacts(Reader &parent, std::optional<Error> &error)
{
    MaterialFacts facts;
    Reader r(parent.object("measured"_L1), parent.childPath("measured"_L1), error);
    facts.sizeBytes = r.integer("sizeBytes"_L1).value_or(0);
    facts.width = r.integer("width"_L1).value_or(0);
    facts.height = r.integer("height"_L1).value_or(0);
    facts.pages = r.integer("pages"_L1).value_or(0);
    facts.format = r.text("format"_L1);
    facts.sha256 = r.text("sha256"_L1);
    facts.checkedOn = r.text("checkedOn"_L1);
    facts.extra = r.unknownKeys();
    facts.state = facts.sha256.isEmpty() ? MaterialFacts::State::Unchecked : MaterialFacts::State::Read;
    return facts;
}

QJsonArray writeMaterials(const QList<Material> &materials)
{
    QJsonArray out;
    for (const Material &m : materials) {
        Writer w(m.extra);
        w.text("slot"_L1, m.slot);
        w.text("person"_L1, m.person);
        w.integer("item"_L1, m.item);
        w.text("file"_L1, m.file);
        if (m.facts.isRead()) {
            Writer f(m.facts.extra);
            // Sizes of files a clerk uploads fit an int; a larger one is saved as the largest int.
            f.integer("sizeBytes"_L1, int(std::min<qint64>(m.facts.sizeBytes, std::numeric_limits<int>::max())));
            f.integer("width"_L1, m.facts.width);
            f.integer("height"_L1, m.facts.height);
            f.integer("pages"_L1, m.facts.pages);
            f.text("format"_L1, m.facts.format);
            f.text("sha256"_L1, m.facts.sha256);
            f.text("checkedOn"_L1, m.facts.checkedOn);
            w.value("measured"_L1, f.object());
        } else {
            w.remove("measured"_L1);
        }
        out.append(w.object());
    }
    return out;
}

} // namespace

QString FilingJson::mask(const QString &value)
{
    // At most a third of the characters, and only at the end, never more than 4: enough to tell two numbers
    // apart, too little to rebuild a short one (an 8-digit permit with 7 digits shown is no secret).
    const qsizetype shown = std::min<qsizetype>(MaskShownAtMost, value.size() / 3);
    return QString(value.size() - shown, u'*') + value.right(shown);
}

Result<Filing> FilingJson::fromJson(const QJsonObject &document)
{
    const QJsonValue format = document.value("format"_L1);
    if (format.toString() != u"mpdesk"_s) {
        return Error{tr("This is not an mpdesk filing: its \"format\" is %1, not \"mpdesk\". Open a file that "
                        "mpdesk or a tool for mpdesk wrote.")
                         .arg(format.isString() ? u'"' + format.toString() + u'"' : JsonFieldReader::describe(format)),
                     u"format"_s};
    }
    const QJsonValue version = document.value("version"_L1);
    // toInteger() is defined for any double (1e300 gives the default), unlike a cast to int.
    const qint64 v = version.toInteger(-1);
    if (!version.isDouble() || v < 1 || double(v) != version.toDouble()) {
        return Error{tr("The format version must be a whole number from 1, but the file has %1. The file is "
                        "damaged; open its backup or export it again.")
                         .arg(version.isDouble() ? QString::number(version.toDouble()) : JsonFieldReader::describe(version)),
                     u"version"_s};
    }
    if (v > FormatVersion) {
        return Error{tr("This file was written by a newer mpdesk (format version %1); this mpdesk reads version "
                        "%2. Update mpdesk to open it; the file was not changed.")
                         .arg(v)
                         .arg(FormatVersion),
                     u"version"_s};
    }

    std::optional<Error> error;
    JsonFieldReader top(document, QString(), error);
    top.text("format"_L1);
    top.integer("version"_L1);
    Filing filing;
    const QString projectId = top.text("projectId"_L1);
    if (!projectId.isEmpty()) {
        filing.projectId = QUuid::fromString(projectId);
        if (filing.projectId.isNull()) {
            return Error{tr("The project id \"%1\" is not a UUID. The file is damaged; open its backup.").arg(projectId),
                         u"projectId"_s};
        }
    }
    filing.entity = readEntity(top, error);
    // A filing names a handful of people; a file with millions of them would take minutes and gigabytes
    // to check, so it is refused before any is read.
    const qsizetype people = document.value("people"_L1).toArray().size();
    if (people > MaxPeople) {
        return Error{tr("The file lists %1 people; a filing has at most %2. The file is damaged or not an "
                        "mpdesk filing; open its backup or export it again.")
                         .arg(people)
                         .arg(MaxPeople),
                     u"people"_s};
    }
    forEachObject(top.array("people"_L1), u"people"_s, error, [&](const QJsonObject &o, const QString &path) {
        filing.people.append(readPerson(o, path, error));
    });
    filing.registration = readRegistration(top, error);
    filing.certification = readCertification(top, error);
    filing.miniProgram = readMiniProgram(top, error);
    filing.filing = readFilingStage(top, error);
    forEachObject(top.array("materials"_L1), u"materials"_s, error, [&](const QJsonObject &o, const QString &path) {
        Reader r(o, path, error);
        Material m;
        m.slot = r.text("slot"_L1);
        m.person = r.text("person"_L1);
        m.item = r.integer("item"_L1);
        m.file = r.text("file"_L1);
        m.facts = readFacts(r, error);
        m.extra = r.unknownKeys();
        filing.materials.append(m);
    });
    filing.extra = top.unknownKeys();
    if (error)
        return *error;
    return filing;
}

QJsonObject FilingJson::toJson(const Filing &filing, Secrets secrets)
{
    QJsonArray people;
    for (const Person &p : filing.people)
        people.append(writePerson(p, secrets));

    JsonFieldWriter w(filing.extra);
    w.value("format"_L1, u"mpdesk"_s);
    w.value("version"_L1, FormatVersion);
    if (filing.projectId.isNull())
        w.remove("projectId"_L1);
    else
        w.text("projectId"_L1, filing.projectId.toString(QUuid::WithoutBraces));
    w.value("entity"_L1, writeEntity(filing.entity));
    w.value("people"_L1, people);
    w.value("registration"_L1, writeRegistration(filing.registration));
    w.value("certification"_L1, writeCertification(filing.certification, secrets));
    w.value("miniProgram"_L1, writeMiniProgram(filing.miniProgram));
    w.value("filing"_L1, writeFilingStage(filing.filing));
    if (filing.materials.isEmpty()) // absent until a file is attached, so older files round-trip unchanged
        w.remove("materials"_L1);
    else
        w.value("materials"_L1, writeMaterials(filing.materials));
    return w.object();
}

} // namespace mpdesk
