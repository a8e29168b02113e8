#include "secrets/SecretWait.h"

#include <QEventLoop>

namespace mpdesk {

ProjectSecrets::Outcomes SecretWait::run(const std::function<void(ProjectSecrets::Done)> &start)
{
    QEventLoop loop;
    ProjectSecrets::Outcomes result;
    bool finished = false;
    start([&](const ProjectSecrets::Outcomes &outcomes) {
        result = outcomes;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace mpdesk
