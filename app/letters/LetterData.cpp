#include "letters/LetterData.h"

#include "model/Vocabulary.h"

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;
namespace mustache = kainjow::mustache;

namespace mpdesk {

namespace {

const QStringList &roles()
{
    static const QStringList list = {u"legalRepresentative"_s, u"entityLeader"_s, u"miniProgramLeader"_s};
    return list;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// A typed value as a letter prints it. Typed text is data: a bidi control in it would reorder the letter's
// own text after it (U+202E prints the rest of the paragraph backwards), so controls are dropped; a value
// with right-to-left characters is isolated (LRI ... PDI: the letter is a left-to-right document, and its
// right-to-left words still read from the right) so that its direction, and the digits and punctuation
// beside it, stay inside the field. The layout draws nothing for the isolates.
QString printedValue(const QString &value)
{
    QString printed;
    printed.reserve(value.size() + 2);
    bool rightToLeft = false;
    for (const char32_t c : value.toUcs4()) {
        if (isBidiControl(c))
            continue;
        const QChar::Direction direction = QChar::direction(c);
        rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL || direction == QChar::DirAN;
        printed += QString::fromUcs4(&c, 1);
    }
    if (!rightToLeft)
        return printed;
    return QChar(0x2066) + printed + QChar(0x2069);
}

} // namespace

LetterData::LetterData(const Filing &filing, QDate date, const LetterManifest &manifest)
{
    add(u"entity.name"_s, u"entity.name"_s, {}, tr("entity name"), filing.entity.name);
    add(u"entity.creditCode"_s, u"entity.creditCode"_s, {}, tr("unified social credit code"), filing.entity.creditCode);
    add(u"entity.registeredAddress"_s, u"entity.registeredAddress"_s, {}, tr("registered address"),
        filing.entity.registeredAddress);
    addPerson(filing, u"legalRepresentative"_s, filing.entity.legalRepresentative, u"entity.legalRepresentative"_s,
              manifest);
    addPerson(filing, u"entityLeader"_s, filing.entity.leader, u"entity.leader"_s, manifest);
    addPerson(filing, u"miniProgramLeader"_s, filing.miniProgram.leader, u"miniProgram.leader"_s, manifest);
    add(u"miniProgram.name"_s, u"miniProgram.name"_s, {}, tr("mini program name"), filing.miniProgram.name);
    add(u"miniProgram.appId"_s, u"miniProgram.appId"_s, {}, tr("AppID"), filing.miniProgram.appId);

    m_preApprovalDeclared = !filing.miniProgram.preApproval.isEmpty();
    for (qsizetype i = 0; i < filing.miniProgram.preApproval.size(); ++i) {
        const PreApproval &item = filing.miniProgram.preApproval.at(i);
        if (item.type == PreApprovalType::None)
            continue;
        m_noPreApproval = false;
        const QString path = u"miniProgram.preApproval[%1]"_s.arg(i);
        const QString printed = manifest.preApprovalName(item.type.text());
        m_preApproval.append({QString::number(m_preApproval.size() + 1), printed.isEmpty() ? item.type.text() : printed,
                              item.approvalNumber.trimmed()});
        add(u"preApproval.items.type"_s, path + u".type"_s, {}, tr("pre-approval category"), printed);
        add(u"preApproval.items.approvalNumber"_s, path + u".approvalNumber"_s, {}, tr("approval number"),
            item.approvalNumber);
    }

    if (date.isValid()) {
        m_year = QString::number(date.year());
        m_month = QString::number(date.month());
        m_day = QString::number(date.day());
    } else {
        // Room to write the date by hand when the letter is signed.
        m_year = u"____"_s;
        m_month = u"__"_s;
        m_day = u"__"_s;
    }
}

void LetterData::add(const QString &name, const QString &path, const QString &person, const QString &field,
                     const QString &value)
{
    m_values.append({name, path, person, field, value.trimmed(), false});
}

void LetterData::addPerson(const Filing &filing, const QString &role, const QString &personId, const QString &rolePath,
                           const LetterManifest &manifest)
{
    const qsizetype index = filing.personIndex(personId);
    if (index < 0) {
        // Nobody in this role yet: the values stay empty and point the clerk to the role.
        for (const QString &field : {u"name"_s, u"idType"_s, u"idNumber"_s})
            m_values.append({role + u'.' + field, rolePath, {}, tr("person in this role"), {}, false});
        return;
    }
    const Person &p = filing.people.at(index);
    const QString base = u"people[%1]."_s.arg(index);
    add(role + u".name"_s, base + u"name"_s, p.name, tr("name"), p.name);
    add(role + u".idType"_s, base + u"idType"_s, p.name, tr("ID type"), manifest.idTypeName(p.idType.text()));
    add(role + u".idNumber"_s, base + u"idNumber"_s, p.name, tr("ID number"), p.idNumber.value);
    m_values.last().secretMissing = p.idNumber.isMissing();
}

QSet<QString> LetterData::knownNames()
{
    QSet<QString> names = {u"entity"_s,
                           u"entity.name"_s,
                           u"entity.creditCode"_s,
                           u"entity.registeredAddress"_s,
                           u"miniProgram"_s,
                           u"miniProgram.name"_s,
                           u"miniProgram.appId"_s,
                           u"preApproval"_s,
                           u"preApproval.none"_s,
                           u"preApproval.items"_s,
                           u"date"_s,
                           u"date.year"_s,
                           u"date.month"_s,
                           u"date.day"_s};
    for (const QString &role : roles()) {
        names.insert(role);
        for (const QString &field : {u"name"_s, u"idType"_s, u"idNumber"_s})
            names.insert(role + u'.' + field);
    }
    return names;
}

QHash<QString, QSet<QString>> LetterData::listItems()
{
    return {{u"preApproval.items"_s, {u"index"_s, u"type"_s, u"approvalNumber"_s}},
            {u"items"_s, {u"index"_s, u"type"_s, u"approvalNumber"_s}}};
}

Result<QString> LetterData::render(const QString &templateSource) const
{
    QHash<QString, mustache::data> groups;
    for (const LetterValue &v : m_values) {
        const QString group = v.name.section(u'.', 0, 0);
        if (group == u"preApproval"_s)
            continue;
        auto it = groups.find(group);
        if (it == groups.end())
            it = groups.insert(group, mustache::data(mustache::data::type::object));
        it->set(utf8(v.name.section(u'.', 1)), mustache::data(utf8(printedValue(v.value))));
    }
    mustache::data items(mustache::data::type::list);
    for (const Item &item : m_preApproval) {
        mustache::data object(mustache::data::type::object);
        object.set("index", mustache::data(utf8(item.index)));
        object.set("type", mustache::data(utf8(printedValue(item.type))));
        object.set("approvalNumber", mustache::data(utf8(printedValue(item.approvalNumber))));
        items.push_back(object);
    }
    mustache::data preApproval(mustache::data::type::object);
    preApproval.set("none", mustache::data(m_noPreApproval));
    preApproval.set("items", items);
    mustache::data date(mustache::data::type::object);
    date.set("year", mustache::data(utf8(m_year)));
    date.set("month", mustache::data(utf8(m_month)));
    date.set("day", mustache::data(utf8(m_day)));

    mustache::data root(mustache::data::type::object);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        root.set(utf8(it.key()), it.value());
    root.set("preApproval", preApproval);
    root.set("date", date);

    mustache::mustache engine(utf8(templateSource));
    if (!engine.is_valid())
        return Error{tr("The letter template cannot be read: %1").arg(QString::fromStdString(engine.error_message())),
                     {}};
    const std::string rendered = engine.render(root);
    if (!engine.is_valid())
        return Error{tr("The letter template cannot be filled: %1").arg(QString::fromStdString(engine.error_message())),
                     {}};
    return QString::fromStdString(rendered);
}

LetterProblems LetterData::problemsFor(const LetterSpec &spec, const Findings &findings) const
{
    LetterProblems problems;
    QStringList paths;
    for (const QString &name : spec.fields) {
        if (name == u"preApproval"_s) {
            paths.append(u"miniProgram.preApproval"_s);
            if (!m_preApprovalDeclared)
                problems.append({LetterProblem::Kind::MissingValue,
                                 u"miniProgram.preApproval"_s,
                                 {},
                                 tr("pre-approval items"),
                                 {},
                                 tr("Declare the pre-approval categories (or \"none of these\") first.")});
            for (const LetterValue &v : m_values) {
                if (v.name == u"preApproval.items.approvalNumber"_s && v.value.isEmpty())
                    problems.append({LetterProblem::Kind::MissingValue,
                                     v.path,
                                     {},
                                     v.field,
                                     {},
                                     tr("The letter lists this pre-approval category: enter its approval number.")});
            }
            continue;
        }
        for (const LetterValue &v : m_values) {
            if (v.name != name)
                continue;
            paths.append(v.path);
            if (v.secretMissing) {
                problems.append(
                    {LetterProblem::Kind::SecretUnavailable,
                     v.path,
                     v.person,
                     v.field,
                     {},
                     tr("The ID number of %1 is not available on this computer; the letter prints it.").arg(v.person)});
            } else if (v.value.isEmpty()) {
                problems.append({LetterProblem::Kind::MissingValue,
                                 v.path,
                                 v.person,
                                 v.field,
                                 {},
                                 v.person.isEmpty()
                                     ? tr("The letter prints the %1: enter it first.").arg(v.field)
                                     : tr("The letter prints the %1 of %2: enter it first.").arg(v.field, v.person)});
            }
        }
    }
    for (const Finding &finding : findings) {
        if (!finding.isError())
            continue;
        for (const QString &path : std::as_const(paths)) {
            if (finding.path == path || finding.path.startsWith(path + u'.') || finding.path.startsWith(path + u'[')) {
                QString person;
                for (const LetterValue &v : m_values) {
                    if (v.path == finding.path)
                        person = v.person;
                }
                problems.append({LetterProblem::Kind::Finding, finding.path, person, {}, {}, finding.message});
                break;
            }
        }
    }
    return problems;
}

} // namespace mpdesk
