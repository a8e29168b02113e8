#include "common/PlainText.h"

#include <QTextDocument>

namespace mpdesk {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {}; // no tooltip at all, not an empty paragraph
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace mpdesk
