#include "document/FilingFields.h"

#include "validation/Normalize.h"
#include "workflow/LetterRequirements.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

template<typename Owner>
struct Accessor
{
    std::function<QString(const Owner &)> get;
    std::function<void(Owner &, const QString &)> set;
};

template<typename Owner>
Accessor<Owner> member(QString Owner::*field)
{
    return {[field](const Owner &o) { return o.*field; }, [field](Owner &o, const QString &v) { o.*field = v; }};
}

QString flagText(std::optional<bool> flag)
{
    return !flag ? QString() : *flag ? u"true"_s : u"false"_s;
}

std::optional<bool> textFlag(const QString &text)
{
    if (text == u"true"_s)
        return true;
    if (text == u"false"_s)
        return false;
    return std::nullopt;
}

// Secret values: typing a value makes it present; its masked form follows on save.
Accessor<SecretField> secretValue()
{
    return {[](const SecretField &f) { return f.value; },
            [](SecretField &f, const QString &v) {
                f.value = v;
                f.status = SecretStatus::Present;
            }};
}

std::array<const char *, 3> letterIds()
{
    return {LetterIds::MiniProgramLeaderAuthorization, LetterIds::EntityLeaderAuthorization,
            LetterIds::PreApprovalCommitment};
}

QString letterPath(const QString &id, QString LetterProgress::*step)
{
    const char *key = step == &LetterProgress::printedOn ? "printedOn"
        : step == &LetterProgress::signedOn              ? "signedOn"
                                                         : "uploadedOn";
    return u"filing.letters."_s + id + u'.' + QLatin1StringView(key);
}

const QHash<QString, Accessor<Filing>> &filingFields()
{
    static const QHash<QString, Accessor<Filing>> table = [] {
        QHash<QString, Accessor<Filing>> t;
        auto add = [&t](const QString &path, auto get, auto set) { t.insert(path, Accessor<Filing>{get, set}); };
#define MPDESK_FIELD(path, expr)                                                                               \
    add(QStringLiteral(path), [](const Filing &f) { return f.expr; }, [](Filing &f, const QString &v) { f.expr = v; })
        MPDESK_FIELD("entity.type", entity.type);
        MPDESK_FIELD("entity.name", entity.name);
        MPDESK_FIELD("entity.creditCode", entity.creditCode);
        MPDESK_FIELD("entity.registeredAddress", entity.registeredAddress);
        MPDESK_FIELD("entity.region.province", entity.region.province);
        MPDESK_FIELD("entity.region.city", entity.region.city);
        MPDESK_FIELD("entity.region.district", entity.region.district);
        MPDESK_FIELD("entity.mailingAddress", entity.mailingAddress);
        MPDESK_FIELD("entity.legalRepresentative", entity.legalRepresentative);
        MPDESK_FIELD("entity.leader", entity.leader);
        MPDESK_FIELD("registration.email", registration.email);
        MPDESK_FIELD("registration.administrator", registration.administrator);
        MPDESK_FIELD("registration.verification.method", registration.verification.method);
        MPDESK_FIELD("registration.verification.startedOn", registration.verification.startedOn);
        MPDESK_FIELD("registration.verification.completedOn", registration.verification.completedOn);
        MPDESK_FIELD("registration.submittedOn", registration.submittedOn);
        MPDESK_FIELD("registration.approvedOn", registration.approvedOn);
        MPDESK_FIELD("certification.agreementSignedOn", certification.agreementSignedOn);
        MPDESK_FIELD("certification.primaryVerification", certification.primaryVerification);
        MPDESK_FIELD("certification.contact", certification.contact);
        MPDESK_FIELD("certification.contactConfirmedOn", certification.contactConfirmedOn);
        MPDESK_FIELD("certification.paidOn", certification.paidOn);
        MPDESK_FIELD("certification.approvedOn", certification.approvedOn);
        MPDESK_FIELD("certification.invoice.type", certification.invoice.type);
        MPDESK_FIELD("certification.invoice.title", certification.invoice.title);
        MPDESK_FIELD("certification.invoice.taxId", certification.invoice.taxId);
        MPDESK_FIELD("certification.invoice.address", certification.invoice.address);
        MPDESK_FIELD("certification.invoice.phone", certification.invoice.phone);
        MPDESK_FIELD("certification.invoice.bankName", certification.invoice.bankName);
        MPDESK_FIELD("certification.invoice.mailingAddress", certification.invoice.mailingAddress);
        MPDESK_FIELD("certification.invoice.recipient", certification.invoice.recipient);
        MPDESK_FIELD("certification.invoice.recipientPhone", certification.invoice.recipientPhone);
        MPDESK_FIELD("certification.invoice.submittedOn", certification.invoice.submittedOn);
        MPDESK_FIELD("certification.invoice.receivedOn", certification.invoice.receivedOn);
        MPDESK_FIELD("miniProgram.name", miniProgram.name);
        MPDESK_FIELD("miniProgram.appId", miniProgram.appId);
        MPDESK_FIELD("miniProgram.description", miniProgram.description);
        MPDESK_FIELD("miniProgram.leader", miniProgram.leader);
        MPDESK_FIELD("miniProgram.leaderFaceVerifiedOn", miniProgram.leaderFaceVerifiedOn);
        MPDESK_FIELD("filing.status", filing.status);
        MPDESK_FIELD("filing.submittedOn", filing.submittedOn);
        MPDESK_FIELD("filing.platformApprovedOn", filing.platformApprovedOn);
        MPDESK_FIELD("filing.platformRejectionReason", filing.platformRejectionReason);
        MPDESK_FIELD("filing.smsReceivedAt", filing.smsReceivedAt);
        MPDESK_FIELD("filing.smsVerifiedAt", filing.smsVerifiedAt);
        MPDESK_FIELD("filing.recordNumber", filing.recordNumber);
#undef MPDESK_FIELD
        add(u"registration.emailVerified"_s, [](const Filing &f) { return flagText(f.registration.emailVerified); },
            [](Filing &f, const QString &v) { f.registration.emailVerified = textFlag(v); });
        add(u"registration.emailUnused"_s, [](const Filing &f) { return flagText(f.registration.emailUnused); },
            [](Filing &f, const QString &v) { f.registration.emailUnused = textFlag(v); });
        add(u"certification.invoice.documentsReady"_s,
            [](const Filing &f) { return flagText(f.certification.invoice.documentsReady); },
            [](Filing &f, const QString &v) { f.certification.invoice.documentsReady = textFlag(v); });
        add(u"certification.nameChangesUsed"_s,
            [](const Filing &f) {
                const auto n = f.certification.nameChangesUsed;
                return n ? QString::number(*n) : QString();
            },
            [](Filing &f, const QString &v) {
                bool ok = false;
                const int n = v.trimmed().toInt(&ok);
                f.certification.nameChangesUsed = ok ? std::optional<int>(n) : std::nullopt;
            });
        // Each letter's way to the platform: "filing.letters.<id>.printedOn" and so on.
        for (const char *letter : letterIds()) {
            const QString id = QString::fromLatin1(letter);
            for (QString LetterProgress::*step : {&LetterProgress::printedOn, &LetterProgress::signedOn, &LetterProgress::uploadedOn}) {
                const bool uploaded = step == &LetterProgress::uploadedOn;
                add(letterPath(id, step),
                    [id, step](const Filing &f) { return f.filing.letters.value(id).*step; },
                    [id, step, uploaded](Filing &f, const QString &v) {
                        f.filing.letters[id].*step = v;
                        if (uploaded && v.isEmpty()) // an older file's "uploaded" goes with the date cleared
                            f.filing.lettersReady.removeAll(id);
                    });
            }
        }
        const Accessor<SecretField> secret = secretValue();
        add(u"certification.invoice.bankAccount"_s,
            [secret](const Filing &f) { return secret.get(f.certification.invoice.bankAccount); },
            [secret](Filing &f, const QString &v) { secret.set(f.certification.invoice.bankAccount, v); });
        add(u"miniProgram.serviceCategories"_s,
            [](const Filing &f) { return f.miniProgram.serviceCategories.join(u'\n'); },
            [](Filing &f, const QString &v) {
                QStringList lines = v.split(u'\n');
                lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
                f.miniProgram.serviceCategories = lines;
            });
        return t;
    }();
    return table;
}

const QHash<QString, Accessor<Person>> &personFieldTable()
{
    static const QHash<QString, Accessor<Person>> table = {
        {u"id"_s, member(&Person::id)},
        {u"name"_s, member(&Person::name)},
        {u"idType"_s, member(&Person::idType)},
        {u"idNumber"_s,
         {[](const Person &p) { return p.idNumber.value; },
          [](Person &p, const QString &v) { secretValue().set(p.idNumber, v); }}},
        {u"idValidFrom"_s, member(&Person::idValidFrom)},
        {u"idValidTo"_s,
         {[](const Person &p) { return p.idValidTo; },
          [](Person &p, const QString &v) { p.idValidTo = Normalize::validity(v); }}}, // 长期 is stored as long-term
        {u"mobile"_s, member(&Person::mobile)},
        {u"emergencyMobile"_s, member(&Person::emergencyMobile)},
        {u"email"_s, member(&Person::email)},
    };
    return table;
}

// "people[3].mobile" -> (3, "mobile")
bool splitPersonPath(const QString &path, qsizetype *index, QString *key)
{
    static const QRegularExpression re(u"^people\\[(\\d+)\\]\\.(\\w+)$"_s);
    const auto m = re.match(path);
    if (!m.hasMatch())
        return false;
    *index = m.captured(1).toLongLong();
    *key = m.captured(2);
    return personFieldTable().contains(*key);
}

} // namespace

QString FilingFields::label(const QString &path)
{
    // Fields by path, a person's fields by key; translated on each call so a language switch shows at once.
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"entity.type", QT_TRANSLATE_NOOP("FilingFields", "entity type")},
        {"entity.name", QT_TRANSLATE_NOOP("FilingFields", "entity name")},
        {"entity.creditCode", QT_TRANSLATE_NOOP("FilingFields", "unified social credit code")},
        {"entity.registeredAddress", QT_TRANSLATE_NOOP("FilingFields", "registered address")},
        {"entity.region.province", QT_TRANSLATE_NOOP("FilingFields", "province")},
        {"entity.region.city", QT_TRANSLATE_NOOP("FilingFields", "city")},
        {"entity.region.district", QT_TRANSLATE_NOOP("FilingFields", "district")},
        {"entity.mailingAddress", QT_TRANSLATE_NOOP("FilingFields", "mailing address")},
        {"entity.legalRepresentative", QT_TRANSLATE_NOOP("FilingFields", "legal representative")},
        {"entity.leader", QT_TRANSLATE_NOOP("FilingFields", "entity leader")},
        {"registration.email", QT_TRANSLATE_NOOP("FilingFields", "account email")},
        {"registration.emailVerified", QT_TRANSLATE_NOOP("FilingFields", "email verified")},
        {"registration.emailUnused", QT_TRANSLATE_NOOP("FilingFields", "email never used before")},
        {"registration.administrator", QT_TRANSLATE_NOOP("FilingFields", "administrator")},
        {"registration.verification.method", QT_TRANSLATE_NOOP("FilingFields", "verification method")},
        {"registration.verification.startedOn", QT_TRANSLATE_NOOP("FilingFields", "verification started")},
        {"registration.verification.completedOn", QT_TRANSLATE_NOOP("FilingFields", "verification completed")},
        {"registration.submittedOn", QT_TRANSLATE_NOOP("FilingFields", "registration submitted")},
        {"registration.approvedOn", QT_TRANSLATE_NOOP("FilingFields", "registration approved")},
        {"certification.agreementSignedOn", QT_TRANSLATE_NOOP("FilingFields", "agreement signed")},
        {"certification.primaryVerification", QT_TRANSLATE_NOOP("FilingFields", "primary verification")},
        {"certification.contact", QT_TRANSLATE_NOOP("FilingFields", "certification contact")},
        {"certification.contactConfirmedOn", QT_TRANSLATE_NOOP("FilingFields", "contact confirmed")},
        {"certification.paidOn", QT_TRANSLATE_NOOP("FilingFields", "fee paid")},
        {"certification.approvedOn", QT_TRANSLATE_NOOP("FilingFields", "certification approved")},
        {"certification.nameChangesUsed", QT_TRANSLATE_NOOP("FilingFields", "name changes used")},
        {"certification.invoice.type", QT_TRANSLATE_NOOP("FilingFields", "invoice type")},
        {"certification.invoice.title", QT_TRANSLATE_NOOP("FilingFields", "invoice title")},
        {"certification.invoice.taxId", QT_TRANSLATE_NOOP("FilingFields", "tax ID")},
        {"certification.invoice.address", QT_TRANSLATE_NOOP("FilingFields", "invoice address")},
        {"certification.invoice.phone", QT_TRANSLATE_NOOP("FilingFields", "invoice phone")},
        {"certification.invoice.bankName", QT_TRANSLATE_NOOP("FilingFields", "bank name")},
        {"certification.invoice.bankAccount", QT_TRANSLATE_NOOP("FilingFields", "bank account number")},
        {"certification.invoice.mailingAddress", QT_TRANSLATE_NOOP("FilingFields", "invoice mailing address")},
        {"certification.invoice.recipient", QT_TRANSLATE_NOOP("FilingFields", "invoice recipient")},
        {"certification.invoice.recipientPhone", QT_TRANSLATE_NOOP("FilingFields", "recipient's phone")},
        {"certification.invoice.submittedOn", QT_TRANSLATE_NOOP("FilingFields", "invoice information submitted")},
        {"certification.invoice.documentsReady", QT_TRANSLATE_NOOP("FilingFields", "documents ready")},
        {"certification.invoice.receivedOn", QT_TRANSLATE_NOOP("FilingFields", "invoice received")},
        {"miniProgram.name", QT_TRANSLATE_NOOP("FilingFields", "mini program name")},
        {"miniProgram.appId", QT_TRANSLATE_NOOP("FilingFields", "AppID")},
        {"miniProgram.description", QT_TRANSLATE_NOOP("FilingFields", "description")},
        {"miniProgram.leader", QT_TRANSLATE_NOOP("FilingFields", "mini program leader")},
        {"miniProgram.leaderFaceVerifiedOn", QT_TRANSLATE_NOOP("FilingFields", "leader face verification")},
        {"miniProgram.serviceCategories", QT_TRANSLATE_NOOP("FilingFields", "service categories")},
        {"filing.status", QT_TRANSLATE_NOOP("FilingFields", "filing status")},
        {"filing.submittedOn", QT_TRANSLATE_NOOP("FilingFields", "filing submitted")},
        {"filing.platformApprovedOn", QT_TRANSLATE_NOOP("FilingFields", "platform review passed")},
        {"filing.platformRejectionReason", QT_TRANSLATE_NOOP("FilingFields", "platform's rejection reason")},
        {"filing.smsReceivedAt", QT_TRANSLATE_NOOP("FilingFields", "SMS received")},
        {"filing.smsVerifiedAt", QT_TRANSLATE_NOOP("FilingFields", "SMS answered")},
        {"filing.recordNumber", QT_TRANSLATE_NOOP("FilingFields", "record number")},
        {"name", QT_TRANSLATE_NOOP("FilingFields", "name")},
        {"idType", QT_TRANSLATE_NOOP("FilingFields", "ID type")},
        {"idNumber", QT_TRANSLATE_NOOP("FilingFields", "ID number")},
        {"idValidFrom", QT_TRANSLATE_NOOP("FilingFields", "ID valid from")},
        {"idValidTo", QT_TRANSLATE_NOOP("FilingFields", "ID valid to")},
        {"mobile", QT_TRANSLATE_NOOP("FilingFields", "mobile")},
        {"emergencyMobile", QT_TRANSLATE_NOOP("FilingFields", "emergency contact")},
        {"email", QT_TRANSLATE_NOOP("FilingFields", "email")},
    };
    static const QRegularExpression letter(u"^filing\\.letters\\.(\\w+)\\.(printedOn|signedOn|uploadedOn)$"_s);
    if (const auto m = letter.match(path); m.hasMatch()) {
        const QString title = LetterRequirements::letter(Filing{}, m.captured(1)).title;
        const QString name = title.isEmpty() ? m.captured(1) : title;
        if (m.captured(2) == u"printedOn"_s)
            return tr("%1 printed").arg(name);
        if (m.captured(2) == u"signedOn"_s)
            return tr("%1 signed and sealed").arg(name);
        return tr("%1 uploaded").arg(name);
    }
    qsizetype index;
    QString key;
    const QString field = splitPersonPath(path, &index, &key) ? key : path;
    for (const auto &entry : labels) {
        if (field == QLatin1StringView(entry.field))
            return tr(entry.label);
    }
    return path;
}

QStringList FilingFields::paths()
{
    QStringList list = filingFields().keys();
    list.sort();
    return list;
}

bool FilingFields::isKnown(const QString &path)
{
    qsizetype index;
    QString key;
    return filingFields().contains(path) || splitPersonPath(path, &index, &key);
}

QString FilingFields::text(const Filing &filing, const QString &path)
{
    if (const auto it = filingFields().constFind(path); it != filingFields().constEnd())
        return it->get(filing);
    qsizetype index;
    QString key;
    if (splitPersonPath(path, &index, &key) && index < filing.people.size())
        return personFieldTable().value(key).get(filing.people.at(index));
    return {};
}

bool FilingFields::setText(Filing &filing, const QString &path, const QString &value)
{
    if (const auto it = filingFields().constFind(path); it != filingFields().constEnd()) {
        it->set(filing, value);
        return true;
    }
    qsizetype index;
    QString key;
    if (!splitPersonPath(path, &index, &key) || index >= filing.people.size())
        return false;
    personFieldTable().value(key).set(filing.people[index], value);
    return true;
}

QStringList FilingFields::personFields(qsizetype index)
{
    const QString base = u"people["_s + QString::number(index) + u"]."_s;
    QStringList list;
    for (const char *key : {"name", "idType", "idNumber", "idValidFrom", "idValidTo", "mobile", "emergencyMobile", "email"})
        list.append(base + QLatin1StringView(key));
    return list;
}

bool FilingFields::isSecret(const QString &path)
{
    return path.endsWith(u".idNumber"_s) || path == u"certification.invoice.bankAccount"_s;
}

} // namespace mpdesk
