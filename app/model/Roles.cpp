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

} // namespace

const QList<Roles::Role> &Roles::all()
{
    static const QList<Role> list = {Role::LegalRepresentative, Role::Administrator, Role::CertificationContact,
                                     Role::EntityLeader, Role::MiniProgramLeader};
    return list;
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"administrator"_s;
    case Role::CertificationContact:
        return u"certificationContact"_s;
    case Role::EntityLeader:
        return u"entityLeader"_s;
    case Role::LegalRepresentative:
        return u"legalRepresentative"_s;
    case Role::MiniProgramLeader:
        return u"miniProgramLeader"_s;
    }
    Q_UNREACHABLE();
}

QString Roles::path(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"registration.administrator"_s;
    case Role::CertificationContact:
        return u"certification.contact"_s;
    case Role::EntityLeader:
        return u"entity.leader"_s;
    case Role::LegalRepresentative:
        return u"entity.legalRepresentative"_s;
    case Role::MiniProgramLeader:
        return u"miniProgram.leader"_s;
    }
    Q_UNREACHABLE();
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
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::CertificationContact:
        return tr("certification contact");
    case Role::EntityLeader:
        return tr("entity leader");
    case Role::LegalRepresentative:
        return tr("legal representative");
    case Role::MiniProgramLeader:
        return tr("mini program leader");
    }
    Q_UNREACHABLE();
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::CertificationContact:
        return tr("Certification contact");
    case Role::EntityLeader:
        return tr("Entity leader");
    case Role::LegalRepresentative:
        return tr("Legal representative");
    case Role::MiniProgramLeader:
        return tr("Mini program leader");
    }
    Q_UNREACHABLE();
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
