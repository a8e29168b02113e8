#include "model/Roles.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// The member holding the role, for a const or a mutable filing.
template<typename F>
auto slot(F &filing, Roles::Role role) -> decltype(&filing.entity.leader)
{
    switch (role) {
    case Roles::Role::Administrator:
        return &filing.registration.administrator;
    case Roles::Role::CertificationContact:
        return &filing.certification.contact;
    case Roles::Role::EntityLeader:
        return &filing.entity.leader;
    case Roles::Role::LegalRepresentative:
        return &filing.entity.legalRepresentative;
    case Roles::Role::MiniProgramLeader:
        return &filing.miniProgram.leader;
    }
    Q_UNREACHABLE();
}

// The one table of the roles, in the order the People page lists them and messages name them.
struct RoleRow
{
    Roles::Role role;
    const char *key; ///< in the platform pages' field paths
    const char *path; ///< the field holding the person id
    const char *name; ///< in a sentence (context "Roles")
    const char *label; ///< as a label (context "Roles")
};

// clang-format off
constexpr RoleRow RoleTable[] = {
    {Roles::Role::LegalRepresentative, "legalRepresentative", "entity.legalRepresentative",
     QT_TRANSLATE_NOOP("Roles", "legal representative"), QT_TRANSLATE_NOOP("Roles", "Legal representative")},
    {Roles::Role::Administrator, "administrator", "registration.administrator",
     QT_TRANSLATE_NOOP("Roles", "administrator"), QT_TRANSLATE_NOOP("Roles", "Administrator")},
    {Roles::Role::CertificationContact, "certificationContact", "certification.contact",
     QT_TRANSLATE_NOOP("Roles", "certification contact"), QT_TRANSLATE_NOOP("Roles", "Certification contact")},
    {Roles::Role::EntityLeader, "entityLeader", "entity.leader",
     QT_TRANSLATE_NOOP("Roles", "entity leader"), QT_TRANSLATE_NOOP("Roles", "Entity leader")},
    {Roles::Role::MiniProgramLeader, "miniProgramLeader", "miniProgram.leader",
     QT_TRANSLATE_NOOP("Roles", "mini program leader"), QT_TRANSLATE_NOOP("Roles", "Mini program leader")},
};
// clang-format on

const RoleRow &row(Roles::Role role)
{
    for (const RoleRow &r : RoleTable) {
        if (r.role == role)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

const QList<Roles::Role> &Roles::all()
{
    static const QList<Role> list = [] {
        QList<Role> roles;
        for (const RoleRow &r : RoleTable)
            roles.append(r.role);
        return roles;
    }();
    return list;
}

QString Roles::key(Role role)
{
    return QString::fromLatin1(row(role).key);
}

QString Roles::path(Role role)
{
    return QString::fromLatin1(row(role).path);
}

QString Roles::holder(const Filing &filing, Role role)
{
    return *slot(filing, role);
}

void Roles::setHolder(Filing &filing, Role role, const QString &personId)
{
    *slot(filing, role) = personId;
}

QString Roles::name(Role role)
{
    return tr(row(role).name);
}

QString Roles::label(Role role)
{
    return tr(row(role).label);
}

QList<Roles::Role> Roles::heldBy(const Filing &filing, const QString &personId)
{
    QList<Role> held;
    if (personId.isEmpty())
        return held;
    for (Role role : all()) {
        if (holder(filing, role) == personId)
            held.append(role);
    }
    return held;
}

} // namespace mpdesk
