#include "i18n/Phrases.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString Phrases::labelled(const QString &label, const QString &text)
{
    return tr("%1: %2", "a label, then what it says (a step and its state, a field and its problem)").arg(label, text);
}

QString Phrases::sentences(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        // Full-width punctuation (U+3000–U+303F, U+FF00–U+FFEF) already carries its own space.
        if (!text.isEmpty() && !(text.back() >= QChar(0x3000) && text.back() <= QChar(0x303F))
            && !(text.back() >= QChar(0xFF00) && text.back() <= QChar(0xFFEF)))
            text += u' ';
        text += part;
    }
    return text;
}

QString Phrases::dataSize(qint64 bytes, int precision)
{
    // Qt writes the SI "kB"; file managers and the platform's pages write "KB" in both languages.
    QString text = QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeSIFormat);
    text.replace(u"kB"_s, u"KB"_s);
    return text;
}

} // namespace mpdesk
