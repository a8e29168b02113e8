#include "secrets/SecretWait.h"

#include <QEventLoop>

namespace mpdesk {

void SecretWait::until(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

ProjectSecrets::Outcomes SecretWait::run(const std::function<void(ProjectSecrets::Done)> &start)
{
    ProjectSecrets::Outcomes result;
    until([&](std::function<void()> finish) {
        start([&result, finish](const ProjectSecrets::Outcomes &outcomes) {
            result = outcomes;
            finish();
        });
    });
    return result;
}

} // namespace mpdesk
