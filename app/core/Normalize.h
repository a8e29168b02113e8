#pragma once

#include <QString>

namespace mpdesk {

/// How typed values are tidied before they are checked: what a Chinese input method or a copy from a
/// web page adds is taken away, nothing else.
class Normalize final
{
public:
    /// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to their half-width forms.
    static QString halfWidth(const QString &text);
    /// Free text: half-width digits and letters are not forced; only surrounding white space goes.
    static QString text(const QString &text);
    /// Codes (credit code, ID and tax numbers): half-width, no white space anywhere, upper case.
    static QString code(const QString &text);
    /// Mainland mobile numbers: half-width, without spaces, dashes and a leading +86 / 0086.
    static QString mobile(const QString &text);
    /// Email addresses: half-width, trimmed.
    static QString email(const QString &text);
    /// An ID's end of validity: "长期", "长期有效", "long term" and the like become the interchange's
    /// "long-term"; anything else is returned as it came.
    static QString validity(const QString &text);
    /// The keyword the interchange format uses for an ID without an end of validity.
    static QString longTerm();
};

} // namespace mpdesk
