#pragma once

#include <QString>

namespace mpdesk {

/// Characters a reader does not see but that change what is printed or shown: bidi controls reorder
/// their neighbours (U+202E prints the rest of a line backwards), zero-width characters split a name or a
/// number invisibly, C0/C1 controls and DEL move a terminal's cursor or end a calendar line.
class HiddenCharacters final
{
public:
    /// U+200E/F, U+202A–E, U+2066–9.
    static bool isBidiControl(char32_t c);
    /// U+200B–D, U+2060, U+FEFF.
    static bool isZeroWidth(char32_t c);
    /// C0 controls, DEL and C1 controls.
    static bool isControl(char32_t c);
    /// Any of the above, or another format character (Unicode category Cf).
    static bool isHidden(char32_t c);

    /// Where the first hidden character of `text` is (in UTF-16 units), or -1. Line breaks count as
    /// hidden unless `allowLineBreaks`.
    static qsizetype find(const QString &text, bool allowLineBreaks = false);
    /// "U+202E", for messages.
    static QString codePoint(const QString &text, qsizetype at);
    /// The text with each hidden character written as "\u{202E}" (and line breaks as "\n"): safe to print
    /// on a terminal, where it can neither move the cursor nor reorder the line.
    static QString escaped(const QString &text);
    /// The text without hidden characters, line breaks kept only if `keepLineBreaks`.
    static QString removed(const QString &text, bool keepLineBreaks = false);
};

} // namespace mpdesk
