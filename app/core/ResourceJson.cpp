#include "core/ResourceJson.h"

#include <QFile>
#include <QJsonDocument>

namespace mpdesk {

QJsonObject readResourceJson(const QString &path)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "readResourceJson", qPrintable(path + QStringLiteral(" is not in the resources")));
    if (!opened)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    Q_ASSERT_X(document.isObject(), "readResourceJson", qPrintable(path + QStringLiteral(" is not a JSON object")));
    return document.object();
}

} // namespace mpdesk
