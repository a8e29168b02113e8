#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QHash>

namespace mpdesk {

/// The findings about the filing's materials, from facts already measured: the slots the filing needs,
/// each attached file against the platform's upload rules, and the same file in two slots. Reads no
/// file: `measuredNow` (by `materials[].file` as written) comes from MaterialFiles; without an entry the
/// facts saved with the filing are judged.
///
/// Rules: materials.slot, materials.notNeeded, materials.slotEmpty, materials.tooMany, materials.missing,
/// materials.unreadable, materials.notImage, materials.format, materials.pixels, materials.fileSize,
/// materials.pages, materials.changed, materials.duplicate; and those of LetterScans (a letter's scan
/// against the letter's progress).
class MaterialCheck final
{
    Q_DECLARE_TR_FUNCTIONS(MaterialCheck)

public:
    /// The facts to judge for one material: the fresh measurement when there is one, else the saved one.
    static MaterialFacts factsOf(const Material &material, const QHash<QString, MaterialFacts> &measuredNow);
    static Findings check(const Filing &filing, const QHash<QString, MaterialFacts> &measuredNow);
    /// The path of findings about one attached file: "materials[3].file".
    static QString filePath(qsizetype index);
};

} // namespace mpdesk
