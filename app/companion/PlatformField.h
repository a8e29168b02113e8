#pragma once

#include "validation/Finding.h"

#include <QString>

namespace mpdesk {

/// One row of a platform page for one filing: the label, the value written the way the page wants it,
/// and what stops it being copied.
struct PlatformField
{
    QString page; ///< the page's id
    QString path; ///< the filing path the value comes from ("people[1].idNumber"); findings use it
    QString label; ///< the platform's (Chinese) label
    QString labelEn; ///< the English label
    bool secret = false;
    /// The value for the page. A secret holds its masked form unless the rows were made revealed.
    QString value;
    /// A secret's value is shown masked here (it may still be known and copyable).
    bool masked = false;
    /// False when there is nothing to copy (not entered, or a secret this computer cannot give).
    bool known = false;
    /// Why there is nothing to copy, or what to know about the value; empty when nothing needs saying.
    QString note;
    Findings findings; ///< every finding on this field
    Findings blocking; ///< the errors among them: the field copies nothing until they are fixed

    bool isBlocked() const { return !blocking.isEmpty(); }
};

} // namespace mpdesk
