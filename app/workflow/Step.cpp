#include "workflow/Step.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

QString Step::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Registration:
        return tr("Registration");
    case Stage::Certification:
        return tr("Certification");
    case Stage::Filing:
        return tr("Filing");
    case Stage::Pitfalls:
        return tr("Common pitfalls");
    }
    return {};
}

QString Step::statusName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return tr("not started");
    case Status::InProgress:
        return tr("in progress");
    case Status::Blocked:
        return tr("blocked");
    case Status::Done:
        return tr("done");
    case Status::NotNeeded:
        return tr("not needed");
    }
    return {};
}

QString Step::statusKeyword(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return u"not_started"_s;
    case Status::InProgress:
        return u"in_progress"_s;
    case Status::Blocked:
        return u"blocked"_s;
    case Status::Done:
        return u"done"_s;
    case Status::NotNeeded:
        return u"not_needed"_s;
    }
    return {};
}

} // namespace mpdesk
