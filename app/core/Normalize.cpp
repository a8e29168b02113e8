#include "core/Normalize.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString Normalize::halfWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

QString Normalize::text(const QString &text)
{
    return text.trimmed();
}

QString Normalize::code(const QString &text)
{
    QString out = halfWidth(text);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out.toUpper();
}

QString Normalize::mobile(const QString &text)
{
    QString out = halfWidth(text);
    out.removeIf([](QChar c) { return c.isSpace() || c == u'-' || c == u'(' || c == u')'; });
    if (out.startsWith(u"+86"_s))
        out.remove(0, 3);
    else if (out.startsWith(u"0086"_s))
        out.remove(0, 4);
    else if (out.size() == 13 && out.startsWith(u"86"_s))
        out.remove(0, 2);
    return out;
}

QString Normalize::email(const QString &text)
{
    return halfWidth(text).trimmed();
}

QString Normalize::longTerm()
{
    return u"long-term"_s;
}

QString Normalize::validity(const QString &text)
{
    const QString tidy = halfWidth(text).trimmed().toLower();
    static const QStringList forms{u"long-term"_s, u"long term"_s, u"longterm"_s, u"\u957F\u671F"_s,
                                   u"\u957F\u671F\u6709\u6548"_s}; // 长期, 长期有效
    return forms.contains(tidy) ? longTerm() : text;
}

} // namespace mpdesk
