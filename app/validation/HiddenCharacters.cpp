#include "validation/HiddenCharacters.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// The code point at `i`, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

} // namespace

bool HiddenCharacters::isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

bool HiddenCharacters::isZeroWidth(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool HiddenCharacters::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool HiddenCharacters::isHidden(char32_t c)
{
    return isControl(c) || isBidiControl(c) || isZeroWidth(c) || QChar::category(c) == QChar::Other_Format;
}

qsizetype HiddenCharacters::find(const QString &text, bool allowLineBreaks)
{
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = codePointAt(text, i, &units);
        if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (isHidden(c))
            return i;
    }
    return -1;
}

QString HiddenCharacters::codePoint(const QString &text, qsizetype at)
{
    qsizetype units = 1;
    const char32_t c = at >= 0 && at < text.size() ? codePointAt(text, at, &units) : 0;
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

QString HiddenCharacters::escaped(const QString &text)
{
    if (find(text) < 0)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = codePointAt(text, i, &units);
        if (c == u'\n')
            out += u"\\n"_s;
        else if (isHidden(c))
            out += u"\\u{"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'}';
        else
            out += QStringView(text).mid(i, units);
    }
    return out;
}

QString HiddenCharacters::removed(const QString &text, bool keepLineBreaks)
{
    if (find(text, keepLineBreaks) < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = codePointAt(text, i, &units);
        if ((keepLineBreaks && (c == u'\n' || c == u'\t')) || !isHidden(c))
            out += QStringView(text).mid(i, units);
    }
    return out;
}

} // namespace mpdesk
