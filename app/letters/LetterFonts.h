#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// The fonts letters are set in: a serif CJK face (Song or FangSong style) found by name on each
/// platform, a fallback list, and any installed font that covers a rare character the list lacks.
class LetterFonts final
{
public:
    /// The serif CJK faces to try, in order, whether or not they are installed: the platform's own Song or
    /// FangSong face first (the README lists them).
    static QStringList preferredFamilies();
    /// The installed ones of preferredFamilies(), then any installed family needed for `text`.
    static QStringList familiesFor(const QString &text);
    /// The family that draws `ucs4` among `families` (the first that has it), or empty.
    static QString coveringFamily(char32_t ucs4, const QStringList &families);
    /// The characters of `text` that no installed font has, each once, in order of appearance.
    /// Spaces and control characters are not checked: they are never drawn as glyphs.
    static QList<char32_t> missingCharacters(const QString &text);
    /// A font for `text` at `pointSize`, with the family list set.
    static QFont font(const QString &text, qreal pointSize, bool bold = false);

    /// True when some installed font has the character (cached per process).
    static bool isCovered(char32_t ucs4);
};

} // namespace mpdesk
