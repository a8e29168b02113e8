#pragma once

#include "model/Filing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mpdesk {

/// The upload slots of a filing, described once: which the filing needs and why, their names as the
/// platform's filing page gives them, and the field path a finding about a slot carries. The checks,
/// the upload pack, the checklist and the materials page all read this table.
class MaterialSlots final
{
    Q_DECLARE_TR_FUNCTIONS(MaterialSlots)

public:
    /// Slot keywords, as stored in `materials[].slot`.
    static constexpr auto BusinessLicence = "business_licence";
    static constexpr auto IdFront = "id_front";
    static constexpr auto IdBack = "id_back";
    static constexpr auto MiniProgramLeaderAuthorization = "mini_program_leader_authorization";
    static constexpr auto EntityLeaderAuthorization = "entity_leader_authorization";
    static constexpr auto PreApprovalCommitment = "pre_approval_commitment";
    static constexpr auto PreApprovalDocument = "pre_approval_document";
    static constexpr auto OtherEntity = "other_entity";
    static constexpr auto OtherMiniProgram = "other_mini_program";

    /// The most files an "other" slot takes.
    static constexpr int MaxOther = 10;

    enum class Need { Needed, Optional, NotNeeded };

    struct Slot
    {
        QString slot; ///< keyword
        QString person; ///< id_front / id_back
        QString samePerson; ///< the other leader's entry when two entries are one person
        std::optional<int> item; ///< pre_approval_document
        QString letter; ///< a letter's scan: the letter's id (LetterIds), else ""
        Need need = Need::Needed;
        QString title; ///< translated, e.g. "Mini program leader: ID card, portrait side"
        QString reason; ///< translated: why it is (not) needed
        /// The platform page's names, e.g. 小程序负责人-身份证人像面 (no extension): two for the ID photos of
        /// one person who is both leaders, since the page asks under each leader.
        QStringList uploadNames;
        int maxFiles = 1;

        /// "materials.id_front.p2": the path of findings about the slot itself (see the schema).
        QString path() const;
        /// True when `m` is attached to this slot.
        bool holds(const Material &m) const;
    };

    /// Every slot of the filing in upload order: the needed ones, the optional "other" slots, and the
    /// letter slots that are not needed (with the reason) so that an attached scan can be explained.
    static QList<Slot> forFiling(const Filing &filing);
    /// The slot `m` is attached to, or nothing when the slot, person or item does not exist in the filing.
    static std::optional<Slot> of(const Filing &filing, const Material &m);
    /// Every slot keyword.
    static QStringList keywords();
    /// The letter (LetterIds) whose signed and sealed scan the slot `keyword` takes; "" for other slots.
    static QString letterOf(const QString &keyword);
    /// The slot keyword that takes the scan of `letterId`; "" for a letter with no slot.
    static QString slotOfLetter(const QString &letterId);
};

} // namespace mpdesk
