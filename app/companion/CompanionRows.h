#pragma once

#include "companion/PlatformField.h"
#include "companion/PlatformPages.h"
#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>

namespace mpdesk {

/// A filing's values for the platform's pages, in the platform's order and written the way each page
/// wants them; the companion view and `mpdesk fields` read these rows. Errors on a field block copying it.
class CompanionRows final
{
    Q_DECLARE_TR_FUNCTIONS(CompanionRows)

public:
    enum class Secrets { Masked, Revealed };

    /// The rows of one page; fields the page does not show for this filing (a VAT-only field on an
    /// electronic invoice) are left out.
    static QList<PlatformField> of(const Filing &filing, const Findings &findings, const PlatformPageSpec &page,
                                   Secrets secrets, const PlatformPages &pages = PlatformPages::shipped());
    /// The secret behind a row, or nullptr when the row is not a secret of this filing.
    static const SecretField *secretAt(const Filing &filing, const QString &path);
    /// A secret's plain value as the page wants it (no spaces, upper case).
    static QString formatSecret(const QString &plain);
    /// Whether a finding at `findingPath` is about the field at `fieldPath` (or a part of it).
    static bool concerns(const QString &findingPath, const QString &fieldPath);
};

} // namespace mpdesk
