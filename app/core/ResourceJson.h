#pragma once

#include <QJsonObject>
#include <QString>

namespace mpdesk {

/// The JSON object of a data file compiled into the program (":/data/…"). Such a file missing or broken is
/// a fault of the build, not of the user: a debug build stops on it, a release build reads an empty object.
QJsonObject readResourceJson(const QString &path);

} // namespace mpdesk
