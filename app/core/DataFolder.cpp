#include "core/DataFolder.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString DataFolder::path()
{
    // Qt's AppDataLocation is <base>/<organization>/<application>, "mpdesk/mpdesk" for us; the README
    // promises <base>/mpdesk, which is also where a clerk looks.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString doubled = u'/' + QCoreApplication::organizationName() + u'/' + QCoreApplication::applicationName();
    if (!QCoreApplication::organizationName().isEmpty() && folder.endsWith(doubled))
        folder.chop(QCoreApplication::applicationName().size() + 1);
    return folder;
}

QString DataFolder::templates()
{
    return path() + u"/templates"_s;
}

QString DataFolder::holidays()
{
    return path() + u"/holidays"_s;
}

} // namespace mpdesk
