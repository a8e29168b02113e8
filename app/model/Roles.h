#pragma once

#include "model/Filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mpdesk {

/// The five roles a person can hold in a filing, described once: where each is stored, its field path
/// and its name. Everything that walks the roles (the checklist, person removal, the people page) reads
/// this table.
class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    enum class Role { Administrator, CertificationContact, EntityLeader, LegalRepresentative, MiniProgramLeader };

    /// Every role, in the order the People page lists them and messages name them.
    static const QList<Role> &all();
    /// The role's key in the platform pages' field paths, e.g. "entityLeader".
    static QString key(Role role);
    /// The field path holding the role's person id, e.g. "entity.leader".
    static QString path(Role role);
    /// The person id holding the role ("" when not chosen).
    static QString holder(const Filing &filing, Role role);
    static void setHolder(Filing &filing, Role role, const QString &personId);
    /// "entity leader", … in the user's language, in lower case for use inside a sentence.
    static QString name(Role role);
    /// "Entity leader", … in the user's language, as a label.
    static QString label(Role role);
    /// The roles `personId` holds.
    static QList<Role> heldBy(const Filing &filing, const QString &personId);
};

} // namespace mpdesk
