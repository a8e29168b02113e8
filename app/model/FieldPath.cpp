#include "model/FieldPath.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// Where the item's index ends in "list[N]…": the position of ']', or -1 when the path is not in the list.
qsizetype closingBracket(QStringView list, QStringView path)
{
    if (!path.startsWith(list) || path.size() <= list.size() + 2 || path.at(list.size()) != u'[')
        return -1;
    const qsizetype close = path.indexOf(u']', list.size() + 1);
    if (close < 0 || close == list.size() + 1)
        return -1;
    for (const QChar c : path.sliced(list.size() + 1, close - list.size() - 1)) {
        if (!c.isDigit())
            return -1;
    }
    return close;
}

} // namespace

QString FieldPath::item(const QString &list, qsizetype index)
{
    return list + u'[' + QString::number(index) + u']';
}

QString FieldPath::item(const QString &list, qsizetype index, const QString &key)
{
    return item(list, index) + u'.' + key;
}

std::optional<qsizetype> FieldPath::indexIn(QStringView list, QStringView path)
{
    const qsizetype close = closingBracket(list, path);
    if (close < 0 || (close + 1 < path.size() && path.at(close + 1) != u'.'))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = path.sliced(list.size() + 1, close - list.size() - 1).toLongLong(&ok);
    return ok ? std::optional<qsizetype>(index) : std::nullopt;
}

QString FieldPath::keyIn(QStringView list, QStringView path)
{
    if (!indexIn(list, path))
        return {};
    const qsizetype close = closingBracket(list, path);
    return close + 2 < path.size() ? path.sliced(close + 2).toString() : QString();
}

} // namespace mpdesk
