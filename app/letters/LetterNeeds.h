#pragma once

#include "letters/LetterManifest.h"
#include "model/Filing.h"

#include <QCoreApplication>

namespace mpdesk {

/// Whether one letter is needed for a filing, and why (or why not), in a sentence for the clerk.
struct LetterNeed
{
    LetterSpec spec;
    bool needed = false;
    QString reason;
    /// Not needed by the process guide, but the platform's stricter rule may ask for it: why, in a sentence.
    QString mayBeAsked;
};

/// Which of the manifest's letters a filing needs, by the workflow's rule (LetterRequirements) for each
/// condition the manifest names.
class LetterNeeds final
{
    Q_DECLARE_TR_FUNCTIONS(LetterNeeds)

public:
    static QList<LetterNeed> assess(const Filing &filing, const LetterManifest &manifest = LetterManifest::shipped());
    /// One condition: "always", "mini_program_leader_is_not_entity_leader",
    /// "entity_leader_is_not_legal_representative". An unknown condition counts as needed.
    static LetterNeed evaluate(const LetterSpec &spec, const Filing &filing);
};

} // namespace mpdesk
