#include "storage/FilingJson.h"

#include "model/FieldCatalog.h"
#include "model/FieldPath.h"
#include "storage/JsonFields.h"

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Reader = JsonFieldReader;
using Writer = JsonFieldWriter;

QString indexPath(const QString &arrayPath, qsizetype i)
{
    return FieldPath::item(arrayPath, i);
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
    field.status =
        field.value.isEmpty() && !field.ref.isEmpty() ? SecretStatus::NotOnThisComputer : SecretStatus::Present;
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

SecretKeys secretKeys(QLatin1StringView key)
{
    if (key == idNumberKeys.value)
        return idNumberKeys;
    Q_ASSERT(key == bankAccountKeys.value);
    return bankAccountKeys;
}

QStringList readLines(Reader &r, QLatin1StringView key, std::optional<Error> &error)
{
    QStringList lines;
    const QJsonArray array = r.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).isString())
            lines.append(array.at(i).toString());
        else
            Reader::fail(error, indexPath(r.childPath(key), i), JsonFieldReader::tr("text"), array.at(i));
    }
    return lines;
}

// One field of the catalog, read with the type check its kind asks for.
template<typename Owner>
void readField(Reader &r, const FieldDef<Owner> &field, Owner &owner, std::optional<Error> &error)
{
    const QLatin1StringView key = field.key();
    std::visit(
        [&](auto member) {
            using Value = std::remove_cvref_t<decltype(member.ref(owner))>;
            if constexpr (std::is_same_v<Value, QString> || std::is_same_v<Value, DateField>
                          || std::is_same_v<Value, TimestampField> || isKeywordField<Value>)
                member.ref(owner) = r.text(key);
            else if constexpr (std::is_same_v<Value, std::optional<bool>>)
                member.ref(owner) = r.flag(key);
            else if constexpr (std::is_same_v<Value, std::optional<int>>)
                member.ref(owner) = r.integer(key);
            else if constexpr (std::is_same_v<Value, SecretField>)
                readSecret(r, secretKeys(key), member.ref(owner));
            else
                member.ref(owner) = readLines(r, key, error);
        },
        field.access);
}

template<typename Owner>
void writeField(Writer &w, const FieldDef<Owner> &field, const Owner &owner, FilingJson::Secrets mode)
{
    const QLatin1StringView key = field.key();
    std::visit(
        [&](auto member) {
            const auto &value = member.get(owner);
            using Value = std::remove_cvref_t<decltype(value)>;
            // A field written as text is left out when empty and marked so, whatever type holds it.
            if constexpr (std::is_same_v<Value, QString> || std::is_same_v<Value, DateField>
                          || std::is_same_v<Value, TimestampField> || isKeywordField<Value>) {
                if (value.isEmpty() && (field.flags & FieldDef<Owner>::OmitWhenEmpty))
                    return;
            }
            if constexpr (std::is_same_v<Value, QString>) {
                w.text(key, value);
            } else if constexpr (std::is_same_v<Value, DateField> || isKeywordField<Value>) {
                w.text(key, value.text());
            } else if constexpr (std::is_same_v<Value, TimestampField>) {
                // "2026-12-02 09:30" as typed is China time; the file keeps ISO 8601 with its offset.
                w.text(key, value.canonicalText());
            } else if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                w.flag(key, value);
            } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
                w.integer(key, value);
            } else if constexpr (std::is_same_v<Value, SecretField>) {
                writeSecret(w, secretKeys(key), value, mode);
            } else {
                w.value(key, QJsonArray::fromStringList(value));
            }
        },
        field.access);
}

Person readPerson(const QJsonObject &o, const QString &path, std::optional<Error> &error)
{
    Reader r(o, path, error);
    Person p;
    for (const FieldDef<Person> &field : FieldCatalog::personFields())
        readField(r, field, p, error);
    p.extra = r.unknownKeys();
    return p;
}

QJsonObject writePerson(const Person &p, FilingJson::Secrets mode)
{
    Writer w(p.extra);
    for (const FieldDef<Person> &field : FieldCatalog::personFields())
        writeField(w, field, p, mode);
    return w.object();
}

QLatin1StringView lastKey(QLatin1StringView path)
{
    return path.sliced(path.lastIndexOf(u'.') + 1);
}

QLatin1StringView parentOf(QLatin1StringView path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QLatin1StringView() : path.first(dot);
}

using ReadLists = std::function<void(Reader &)>;
using WriteLists = std::function<void(Writer &)>;

// An object of the catalog ("certification"): its fields, the objects inside it, the lists the caller
// reads, and what is left kept as unknown keys.
void readObject(Reader &parent, QLatin1StringView path, Filing &filing, std::optional<Error> &error,
                const ReadLists &lists = {})
{
    const QLatin1StringView key = lastKey(path);
    Reader r(parent.object(key), parent.childPath(key), error);
    for (const FieldDef<Filing> &field : FieldCatalog::filingFields()) {
        if (field.parent() == path)
            readField(r, field, filing, error);
    }
    for (const FieldCatalog::ObjectDef &child : FieldCatalog::objects()) {
        if (parentOf(child.path) == path)
            readObject(r, child.path, filing, error);
    }
    if (lists)
        lists(r);
    FieldCatalog::object(path)->extra(filing) = r.unknownKeys();
}

QJsonObject writeObject(QLatin1StringView path, const Filing &filing, FilingJson::Secrets mode,
                        const WriteLists &lists = {})
{
    Writer w(FieldCatalog::object(path)->constExtra(filing));
    for (const FieldDef<Filing> &field : FieldCatalog::filingFields()) {
        if (field.parent() == path)
            writeField(w, field, filing, mode);
    }
    for (const FieldCatalog::ObjectDef &child : FieldCatalog::objects()) {
        if (parentOf(child.path) == path)
            w.value(lastKey(child.path), writeObject(child.path, filing, mode));
    }
    if (lists)
        lists(w);
    return w.object();
}

void readMiniProgramLists(Reader &r, MiniProgram &m, std::optional<Error> &error)
{
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
    forEachObject(r.array("preApproval"_L1), r.childPath("preApproval"_L1), error,
                  [&](const QJsonObject &o, const QString &path) {
                      Reader p(o, path, error);
                      PreApproval item;
                      item.type = p.text("type"_L1);
                      item.approvalNumber = p.text("approvalNumber"_L1);
                      item.extra = p.unknownKeys();
                      m.preApproval.append(item);
                  });
}

void writeMiniProgramLists(Writer &w, const MiniProgram &m)
{
    QJsonArray candidates;
    for (const NameCandidate &n : m.nameCandidates) {
        Writer c(n.extra);
        c.text("name"_L1, n.name);
        c.text("trademark"_L1, n.trademark.text());
        c.text("note"_L1, n.note);
        candidates.append(c.object());
    }
    QJsonArray preApproval;
    for (const PreApproval &item : m.preApproval) {
        Writer p(item.extra);
        p.text("type"_L1, item.type.text());
        p.text("approvalNumber"_L1, item.approvalNumber);
        preApproval.append(p.object());
    }
    w.value("nameCandidates"_L1, candidates);
    w.value("preApproval"_L1, preApproval);
}

void readLetters(Reader &r, FilingStage &f, std::optional<Error> &error)
{
    f.lettersReady = readLines(r, "lettersReady"_L1, error);
    const QJsonObject progress = r.object("letters"_L1);
    for (auto it = progress.begin(); it != progress.end(); ++it) {
        Reader l(it->toObject(), r.childPath("letters"_L1) + u'.' + it.key(), error);
        if (!it->isObject())
            Reader::fail(error, r.childPath("letters"_L1) + u'.' + it.key(), JsonFieldReader::tr("an object"), *it);
        f.letters.insert(
            it.key(),
            LetterProgress{l.text("printedOn"_L1), l.text("signedOn"_L1), l.text("uploadedOn"_L1), l.unknownKeys()});
    }
}

void writeLetters(Writer &w, const FilingStage &f)
{
    if (!f.lettersReady.isEmpty()) // absent until a letter is ready, so older files round-trip unchanged
        w.value("lettersReady"_L1, QJsonArray::fromStringList(f.lettersReady));
    QJsonObject progress;
    for (auto it = f.letters.cbegin(); it != f.letters.cend(); ++it) {
        Writer l(it->extra);
        l.text("printedOn"_L1, it->printedOn.text());
        l.text("signedOn"_L1, it->signedOn.text());
        l.text("uploadedOn"_L1, it->uploadedOn.text());
        progress.insert(it.key(), l.object());
    }
    if (!progress.isEmpty())
        w.value("letters"_L1, progress);
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
            f.text("checkedOn"_L1, m.facts.checkedOn.text());
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
        return Error{
            tr("The format version must be a whole number from 1, but the file has %1. The file is "
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
            return Error{
                tr("The project id \"%1\" is not a UUID. The file is damaged; open its backup.").arg(projectId),
                u"projectId"_s};
        }
    }
    readObject(top, "entity"_L1, filing, error);
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
    forEachObject(top.array("people"_L1), u"people"_s, error,
                  [&](const QJsonObject &o, const QString &path) { filing.people.append(readPerson(o, path, error)); });
    readObject(top, "registration"_L1, filing, error);
    readObject(top, "certification"_L1, filing, error);
    readObject(top, "miniProgram"_L1, filing, error,
               [&](Reader &r) { readMiniProgramLists(r, filing.miniProgram, error); });
    readObject(top, "filing"_L1, filing, error, [&](Reader &r) { readLetters(r, filing.filing, error); });
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
    w.value("entity"_L1, writeObject("entity"_L1, filing, secrets));
    w.value("people"_L1, people);
    w.value("registration"_L1, writeObject("registration"_L1, filing, secrets));
    w.value("certification"_L1, writeObject("certification"_L1, filing, secrets));
    w.value("miniProgram"_L1, writeObject("miniProgram"_L1, filing, secrets, [&](Writer &mw) {
                writeMiniProgramLists(mw, filing.miniProgram);
            }));
    w.value("filing"_L1,
            writeObject("filing"_L1, filing, secrets, [&](Writer &fw) { writeLetters(fw, filing.filing); }));
    if (filing.materials.isEmpty()) // absent until a file is attached, so older files round-trip unchanged
        w.remove("materials"_L1);
    else
        w.value("materials"_L1, writeMaterials(filing.materials));
    return w.object();
}

} // namespace mpdesk
