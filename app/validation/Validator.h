#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QDate>

namespace mpdesk {

/// Checks a filing against the rules of registration, certification and filing (one file per area in
/// `validation/rules/`, each rule named in RuleCatalogue). Values are normalised
/// (full-width to half-width, trimmed, codes upper-cased) before they are checked; the filing itself is
/// not changed. Findings come in the order of the interchange format.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// `today` is the date in China against which expiry is judged.
    static Findings validate(const Filing &filing, QDate today);

    /// Days before an ID document's end of validity from which a warning is given.
    static constexpr int IdExpiryWarningDays = 60;
    static constexpr int DescriptionMinLength = 20;
    static constexpr int DescriptionMaxLength = 200;
    static constexpr int MaxServiceCategories = 5;
    static constexpr int NameChangesPerYear = 2;
    /// Longest names (entity, person, bank, mini program), addresses and codes or numbers accepted; a
    /// longer value is a slip (or an attack) that no form or letter can hold.
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxAddressLength = 200;
    static constexpr int MaxCodeLength = 64;
    /// Dates of the process lie in these years; ID documents may date from FirstIdYear.
    static constexpr int FirstYear = 2000;
    static constexpr int FirstIdYear = 1950;
    static constexpr int LastYear = 2100;
};

} // namespace mpdesk
