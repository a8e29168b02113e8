#include "materials/MaterialSlots.h"

#include "model/Vocabulary.h"
#include "workflow/LetterRequirements.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Slot = MaterialSlots::Slot;
using Need = MaterialSlots::Need;

QString nameOf(const Filing &f, const QString &personId)
{
    const Person *p = f.person(personId);
    return !p ? personId : p->name.isEmpty() ? p->id : p->name;
}

// The platform's Chinese names of the pre-approval categories (query_icp_nrlx_types), for file names
// that read the same whatever the clerk's language.
QString preApprovalUploadName(const QString &keyword)
{
    static const QHash<QString, QString> names = {
        {u"news"_s, u"新闻"_s},
        {u"publishing"_s, u"出版"_s},
        {u"education"_s, u"教育"_s},
        {u"medical"_s, u"医疗保健"_s},
        {u"drugs_devices"_s, u"药品和医疗器械"_s},
        {u"bulletin"_s, u"电子公告服务"_s},
        {u"culture"_s, u"文化"_s},
        {u"broadcast"_s, u"广播电影电视节目"_s},
        {u"ride_hailing"_s, u"网络预约车"_s},
        {u"internet_finance"_s, u"互联网金融"_s},
        {u"off_campus_training"_s, u"校外培训"_s},
    };
    return names.value(keyword);
}

void addIdSlots(QList<Slot> &slotList, const Filing &f)
{
    const QString entityLeader = f.entity.leader;
    const QString miniLeader = f.miniProgram.leader;
    const bool entityKnown = !entityLeader.isEmpty() && f.person(entityLeader);
    const bool miniKnown = !miniLeader.isEmpty() && f.person(miniLeader);
    const bool same = entityKnown && miniKnown && LetterRequirements::samePerson(f, entityLeader, miniLeader);

    struct Leader
    {
        QString person;
        QString samePerson;
        QString title; // translated role
        QStringList prefixes;
    };
    QList<Leader> leaders;
    if (same) {
        leaders.append({entityLeader,
                        miniLeader == entityLeader ? QString() : miniLeader,
                        MaterialSlots::tr("Entity and mini program leader"),
                        {u"主体负责人"_s, u"小程序负责人"_s}});
    } else {
        if (entityKnown)
            leaders.append({entityLeader, {}, MaterialSlots::tr("Entity leader"), {u"主体负责人"_s}});
        if (miniKnown)
            leaders.append({miniLeader, {}, MaterialSlots::tr("Mini program leader"), {u"小程序负责人"_s}});
    }
    for (const Leader &l : std::as_const(leaders)) {
        for (const bool front : {true, false}) {
            Slot s;
            s.slot = QString::fromLatin1(front ? MaterialSlots::IdFront : MaterialSlots::IdBack);
            s.person = l.person;
            s.samePerson = l.samePerson;
            s.title = front ? MaterialSlots::tr("%1 (%2): ID, portrait side").arg(l.title, nameOf(f, l.person))
                            : MaterialSlots::tr("%1 (%2): ID, emblem side").arg(l.title, nameOf(f, l.person));
            s.reason = MaterialSlots::tr("The platform asks for both sides of each leader's ID.");
            for (const QString &prefix : l.prefixes)
                s.uploadNames << prefix + (front ? u"-身份证人像面"_s : u"-身份证国徽面"_s);
            slotList.append(s);
        }
    }
}

Slot letterSlot(const Filing &f, const char *slot, const char *letterId, const QString &uploadName)
{
    const LetterRequirements::Letter letter = LetterRequirements::letter(f, QString::fromLatin1(letterId));
    Slot s;
    s.slot = QString::fromLatin1(slot);
    s.letter = QString::fromLatin1(letterId);
    s.title = MaterialSlots::tr("%1: signed and sealed scan").arg(letter.title);
    s.reason = letter.reason;
    s.uploadNames = {uploadName};
    switch (letter.need) {
    case LetterRequirements::Need::Needed:
        s.need = Need::Needed;
        break;
    case LetterRequirements::Need::Unknown:
        s.need = Need::Optional;
        break;
    case LetterRequirements::Need::NotNeeded:
        s.need = Need::NotNeeded;
        break;
    }
    return s;
}

} // namespace

QString MaterialSlots::Slot::path() const
{
    QString p = u"materials."_s + slot;
    if (!person.isEmpty())
        p += u'.' + person;
    if (item)
        p += u'.' + QString::number(*item);
    return p;
}

bool MaterialSlots::Slot::holds(const Material &m) const
{
    if (m.slot != slot)
        return false;
    if (slot == QLatin1StringView(IdFront) || slot == QLatin1StringView(IdBack))
        return m.person == person || (!samePerson.isEmpty() && m.person == samePerson);
    if (slot == QLatin1StringView(PreApprovalDocument))
        return m.item == item;
    return true;
}

QStringList MaterialSlots::keywords()
{
    return {QString::fromLatin1(BusinessLicence),
            QString::fromLatin1(IdFront),
            QString::fromLatin1(IdBack),
            QString::fromLatin1(MiniProgramLeaderAuthorization),
            QString::fromLatin1(EntityLeaderAuthorization),
            QString::fromLatin1(PreApprovalCommitment),
            QString::fromLatin1(PreApprovalDocument),
            QString::fromLatin1(OtherEntity),
            QString::fromLatin1(OtherMiniProgram)};
}

namespace {

// The letter slots and their letters, in one place for both directions.
constexpr std::pair<const char *, const char *> LetterSlots[] = {
    {MaterialSlots::MiniProgramLeaderAuthorization, LetterIds::MiniProgramLeaderAuthorization},
    {MaterialSlots::EntityLeaderAuthorization, LetterIds::EntityLeaderAuthorization},
    {MaterialSlots::PreApprovalCommitment, LetterIds::PreApprovalCommitment},
};

} // namespace

QString MaterialSlots::letterOf(const QString &keyword)
{
    for (const auto &[slot, letter] : LetterSlots) {
        if (keyword == QLatin1StringView(slot))
            return QString::fromLatin1(letter);
    }
    return {};
}

QString MaterialSlots::slotOfLetter(const QString &letterId)
{
    for (const auto &[slot, letter] : LetterSlots) {
        if (letterId == QLatin1StringView(letter))
            return QString::fromLatin1(slot);
    }
    return {};
}

QList<MaterialSlots::Slot> MaterialSlots::forFiling(const Filing &f)
{
    QList<Slot> slotList;
    {
        Slot s;
        s.slot = QString::fromLatin1(BusinessLicence);
        s.title = tr("Business licence");
        s.uploadNames = {u"营业执照"_s};
        if (f.entity.type == EntityType::Individual) {
            s.need = Need::NotNeeded;
            s.reason = tr("An individual has no business licence.");
        } else {
            s.reason = tr("The platform asks for a photo or colour scan of the business licence.");
        }
        slotList.append(s);
    }
    addIdSlots(slotList, f);
    slotList.append(letterSlot(f, EntityLeaderAuthorization, LetterIds::EntityLeaderAuthorization,
                               u"主体负责人授权书-盖章扫描件"_s));
    slotList.append(letterSlot(f, MiniProgramLeaderAuthorization, LetterIds::MiniProgramLeaderAuthorization,
                               u"小程序负责人授权书-盖章扫描件"_s));
    slotList.append(
        letterSlot(f, PreApprovalCommitment, LetterIds::PreApprovalCommitment, u"前置审批承诺书-盖章扫描件"_s));
    const QList<PreApproval> &items = f.miniProgram.preApproval;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).type.isEmpty() || items.at(i).type == PreApprovalType::None)
            continue;
        Slot s;
        s.slot = QString::fromLatin1(PreApprovalDocument);
        s.item = int(i);
        const QString label = items.at(i).type.label();
        s.title = tr("Pre-approval document: %1").arg(label);
        s.reason = tr("Each pre-approval item needs its approval document.");
        const QString chinese = preApprovalUploadName(items.at(i).type.text());
        s.uploadNames = {u"前置审批文件-"_s + (chinese.isEmpty() ? QString::number(i + 1) : chinese)};
        slotList.append(s);
    }
    for (const auto &[keyword, title, upload] :
         {std::tuple{OtherEntity, tr("Other entity attachments"), u"主体其它附件"_s},
          std::tuple{OtherMiniProgram, tr("Other mini program attachments"), u"小程序其它附件"_s}}) {
        Slot s;
        s.slot = QString::fromLatin1(keyword);
        s.need = Need::Optional;
        s.title = title;
        s.reason = tr("Optional, at most %1 files: a province's extra letters, a statement (情况说明).").arg(MaxOther);
        s.uploadNames = {upload};
        s.maxFiles = MaxOther;
        slotList.append(s);
    }
    return slotList;
}

std::optional<MaterialSlots::Slot> MaterialSlots::of(const Filing &filing, const Material &m)
{
    for (const Slot &s : forFiling(filing)) {
        if (s.holds(m))
            return s;
    }
    return std::nullopt;
}

} // namespace mpdesk
