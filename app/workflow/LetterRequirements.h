#pragma once

#include "model/Filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mpdesk {

/// Which letters a filing needs, and why: the one rule the checklist, the letters feature and the
/// command line share.
class LetterRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(LetterRequirements)

public:
    enum class Need {
        Needed,
        NotNeeded,
        Unknown, ///< the roles it depends on are not chosen yet
    };

    /// The verdict on one letter.
    struct Letter
    {
        QString id; ///< one of the LetterIds
        QString title; ///< translated letter name
        Need need = Need::Unknown;
        QString reason; ///< translated: why it is (not) needed, naming the people concerned
        /// The filing API's stricter reading asks for the letter although the process guide does not:
        /// the mini program leader is the entity leader but not the legal representative.
        bool stricterReadingApplies = false;
        QString stricterReading; ///< translated explanation when stricterReadingApplies
    };

    /// Every letter mpdesk knows, in the order they are uploaded.
    static QList<Letter> forFiling(const Filing &filing);
    /// The verdict on one letter id, or a Letter with an empty id for an unknown id.
    static Letter letter(const Filing &filing, const QString &id);
    /// True when the two role ids name the same person: the same id, or two entries with one ID number.
    static bool samePerson(const Filing &filing, const QString &a, const QString &b);
};

/// Stable letter ids, shared with the letters feature and stored in `filing.lettersReady`.
namespace LetterIds {
inline constexpr auto MiniProgramLeaderAuthorization = "miniProgramLeaderAuthorization";
inline constexpr auto EntityLeaderAuthorization = "entityLeaderAuthorization";
inline constexpr auto PreApprovalCommitment = "preApprovalCommitment";
} // namespace LetterIds

} // namespace mpdesk
