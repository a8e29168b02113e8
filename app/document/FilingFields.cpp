#include "document/FilingFields.h"

#include "core/Normalize.h"
#include "model/FieldCatalog.h"
#include "model/FieldPath.h"
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

// Every field reads and writes as text: flags as "true"/"false", counts as digits, lists one per line.
template<typename Owner>
Accessor<Owner> accessorFor(const FieldDef<Owner> &field)
{
    const FieldKind kind = field.kind;
    return std::visit(
        [kind](auto member) -> Accessor<Owner> {
            using Value = std::remove_cvref_t<decltype(member.get(std::declval<const Owner &>()))>;
            if constexpr (std::is_same_v<Value, QString>) {
                return {[member](const Owner &o) { return member.get(o); },
                        [member](Owner &o, const QString &v) { member.ref(o) = v; }};
            } else if constexpr (std::is_same_v<Value, DateField>) {
                return {[member](const Owner &o) { return member.get(o).text(); },
                        [member, kind](Owner &o, const QString &v) {
                            // 长期 is stored as long-term
                            member.ref(o) = kind == FieldKind::DateOrLongTerm ? Normalize::validity(v) : v;
                        }};
            } else if constexpr (std::is_same_v<Value, TimestampField> || isKeywordField<Value>) {
                return {[member](const Owner &o) { return member.get(o).text(); },
                        [member](Owner &o, const QString &v) { member.ref(o) = v; }};
            } else if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                return {[member](const Owner &o) { return flagText(member.get(o)); },
                        [member](Owner &o, const QString &v) { member.ref(o) = textFlag(v); }};
            } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
                return {[member](const Owner &o) {
                            const auto n = member.get(o);
                            return n ? QString::number(*n) : QString();
                        },
                        [member](Owner &o, const QString &v) {
                            bool ok = false;
                            const int n = v.trimmed().toInt(&ok);
                            member.ref(o) = ok ? std::optional<int>(n) : std::nullopt;
                        }};
            } else if constexpr (std::is_same_v<Value, SecretField>) {
                // Typing a value makes it present; its masked form follows on save.
                return {[member](const Owner &o) { return member.get(o).value; },
                        [member](Owner &o, const QString &v) {
                            SecretField &f = member.ref(o);
                            f.value = v;
                            f.status = SecretStatus::Present;
                        }};
            } else {
                static_assert(std::is_same_v<Value, QStringList>);
                return {[member](const Owner &o) { return member.get(o).join(u'\n'); },
                        [member](Owner &o, const QString &v) {
                            QStringList lines = v.split(u'\n');
                            lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
                            member.ref(o) = lines;
                        }};
            }
        },
        field.access);
}

std::array<const char *, 3> letterIds()
{
    return {LetterIds::MiniProgramLeaderAuthorization, LetterIds::EntityLeaderAuthorization,
            LetterIds::PreApprovalCommitment};
}

QString letterPath(const QString &id, DateField LetterProgress::*step)
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
        for (const FieldDef<Filing> &field : FieldCatalog::filingFields()) {
            if (!(field.flags & FieldDef<Filing>::Internal))
                t.insert(QString(field.path), accessorFor(field));
        }
        // Each letter's way to the platform: "filing.letters.<id>.printedOn" and so on.
        for (const char *letter : letterIds()) {
            const QString id = QString::fromLatin1(letter);
            for (DateField LetterProgress::*step :
                 {&LetterProgress::printedOn, &LetterProgress::signedOn, &LetterProgress::uploadedOn}) {
                const bool uploaded = step == &LetterProgress::uploadedOn;
                add(
                    letterPath(id, step),
                    [id, step](const Filing &f) { return (f.filing.letters.value(id).*step).text(); },
                    [id, step, uploaded](Filing &f, const QString &v) {
                        f.filing.letters[id].*step = v;
                        if (uploaded && v.isEmpty()) // an older file's "uploaded" goes with the date cleared
                            f.filing.lettersReady.removeAll(id);
                    });
            }
        }
        return t;
    }();
    return table;
}

const QHash<QString, Accessor<Person>> &personFieldTable()
{
    static const QHash<QString, Accessor<Person>> table = [] {
        QHash<QString, Accessor<Person>> t;
        for (const FieldDef<Person> &field : FieldCatalog::personFields()) // the id too: findings name it
            t.insert(QString(field.path), accessorFor(field));
        return t;
    }();
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
    // Translated on each call, so that a language switch shows at once.
    if (splitPersonPath(path, &index, &key)) {
        if (const FieldDef<Person> *field = FieldCatalog::personField(key); field && field->label)
            return tr(field->label);
    } else if (const FieldDef<Filing> *field = FieldCatalog::filingField(path); field && field->label) {
        return tr(field->label);
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
    QStringList list;
    for (const FieldDef<Person> &field : FieldCatalog::personFields()) {
        if (!(field.flags & FieldDef<Person>::Internal))
            list.append(FieldPath::item(u"people"_s, index, QString(field.path)));
    }
    return list;
}

bool FilingFields::isSecret(const QString &path)
{
    return path.endsWith(u".idNumber"_s) || path == u"certification.invoice.bankAccount"_s;
}

} // namespace mpdesk
