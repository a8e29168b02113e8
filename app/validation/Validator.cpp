#include "validation/Validator.h"

#include "validation/FindingSink.h"
#include "validation/rules/CertificationRules.h"
#include "validation/rules/EntityRules.h"
#include "validation/rules/FilingRules.h"
#include "validation/rules/InvoiceRules.h"
#include "validation/rules/MiniProgramRules.h"
#include "validation/rules/PeopleRules.h"
#include "validation/rules/RegistrationRules.h"
#include "validation/rules/RoleRules.h"
#include "validation/rules/TextRules.h"

namespace mpdesk {

// The areas in the order of the interchange format, so the findings come in that order. Their
// sentences keep the translation context Validator, one place for every message of the rules.
Findings Validator::validate(const Filing &filing, QDate today)
{
    FindingSink sink;
    EntityRules::check(filing, sink);
    PeopleRules::check(filing, today, sink);
    RoleRules::check(filing, sink);
    RegistrationRules::check(filing, sink);
    CertificationRules::check(filing, sink);
    InvoiceRules::check(filing, sink);
    MiniProgramRules::check(filing, sink);
    FilingRules::check(filing, sink);
    TextRules::check(filing, sink);
    return sink.findings();
}

} // namespace mpdesk
