#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mpdesk {

/// Field paths as the interchange format and the findings spell them: "entity.name", "people[2].mobile",
/// "materials[0].file". Paths into a list are built and read here only.
class FieldPath final
{
public:
    /// The item of a list: "people[2]".
    static QString item(const QString &list, qsizetype index);
    /// A field of the item: "people[2].mobile".
    static QString item(const QString &list, qsizetype index, const QString &key);
    /// Which item of `list` the path is in or under ("people[2].mobile" in "people": 2), if any.
    static std::optional<qsizetype> indexIn(QStringView list, QStringView path);
    /// The path below the item ("people[2].mobile": "mobile"); empty for the item itself or another path.
    static QString keyIn(QStringView list, QStringView path);
};

} // namespace mpdesk
