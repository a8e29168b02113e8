#include "assessment/NextAction.h"

#include "assessment/Assessment.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// The step a deadline belongs to: the one holding its finding, else the one whose id prefixes its field.
const Step *stepOfDeadline(const Checklist &checklist, const Deadline &deadline)
{
    for (const Step &step : checklist.steps()) {
        for (const Finding &f : step.findings) {
            if (f.path == deadline.path)
                return &step;
        }
    }
    const Step *best = nullptr;
    for (const Step &step : checklist.steps()) {
        if (deadline.path.startsWith(step.id) && (!best || step.id.size() > best->id.size()))
            best = &step;
    }
    return best;
}

// The earliest open date of the step, for "by when" of an ordinary step.
const Deadline *openDeadlineOf(const Assessment &assessment, const Step &step)
{
    const Deadline *first = nullptr;
    for (const Deadline &d : assessment.deadlines()) {
        if (d.done || d.kind == Deadline::Kind::Reminder)
            continue;
        if (stepOfDeadline(assessment.checklist(), d) != &step)
            continue;
        if (!first || d.date < first->date)
            first = &d;
    }
    return first;
}

void setDue(NextAction &next, const Deadline &deadline)
{
    next.dueDate = deadline.date;
    next.dueMoment = deadline.moment;
    next.due = deadline.when();
}

} // namespace

NextAction NextAction::of(const Assessment &assessment)
{
    NextAction next;
    next.today = assessment.today();
    next.now = assessment.now();
    const Checklist &checklist = assessment.checklist();

    // A deadline of the clerk's that has passed or is near comes before everything else.
    const Deadline *pressing = nullptr;
    Deadline::Urgency pressingUrgency = Deadline::Urgency::Upcoming;
    for (const Deadline &d : assessment.deadlines()) {
        if (d.kind != Deadline::Kind::Deadline)
            continue;
        const Deadline::Urgency u = d.urgency(assessment.now());
        if (u != Deadline::Urgency::Overdue && u != Deadline::Urgency::DueSoon)
            continue;
        if (!pressing || d.date < pressing->date) {
            pressing = &d;
            pressingUrgency = u;
        }
    }
    if (pressing) {
        const Step *step = stepOfDeadline(checklist, *pressing);
        next.kind = pressingUrgency == Deadline::Urgency::Overdue ? Kind::Overdue : Kind::DueSoon;
        next.stepId = step ? step->id : QString();
        next.path = pressing->path;
        next.title = step ? step->title : pressing->title;
        next.action = pressing->title;
        next.why = pressing->detail;
        setDue(next, *pressing);
        return next;
    }

    // Else the first step, in the checklist's order, that the clerk can work on now: a wrong value to
    // correct, or a step to go on with.
    const Step *blocked = nullptr;
    for (const Step &step : checklist.steps()) {
        if (step.isFinished())
            continue;
        const auto error =
            std::find_if(step.findings.cbegin(), step.findings.cend(), [](const Finding &f) { return f.isError(); });
        // A step blocked by its own wrong values is work for the clerk; one blocked by another step is not.
        if (step.status == Step::Status::Blocked && error == step.findings.cend()) {
            if (!blocked)
                blocked = &step;
            continue;
        }
        next.stepId = step.id;
        next.title = step.title;
        if (error != step.findings.cend()) {
            next.kind = Kind::Fix;
            next.path = error->path;
            next.action = error->message;
            next.why = step.reason;
        } else {
            next.kind = Kind::Continue;
            next.action = step.reason.isEmpty() ? Step::statusName(step.status) : step.reason;
        }
        if (const Deadline *d = openDeadlineOf(assessment, step)) {
            setDue(next, *d);
            if (next.why.isEmpty())
                next.why = d->detail;
        }
        return next;
    }
    if (blocked) {
        next.kind = Kind::Blocked;
        next.stepId = blocked->id;
        next.title = blocked->title;
        next.action = blocked->reason;
        if (!blocked->findings.isEmpty())
            next.path = blocked->findings.first().path;
        return next;
    }
    next.kind = Kind::Finished;
    next.title = tr("All done");
    next.action = tr("Every step is done or not needed. Keep the record number and renew the certification "
                     "every year.");
    return next;
}

QString NextAction::dueText() const
{
    if (due.isEmpty())
        return {};
    // A deadline at a time of day, close: hours and minutes, as the field's own countdown says them.
    const qint64 seconds = dueMoment.isValid() && now.isValid() ? now.secsTo(dueMoment) : -1;
    if (seconds > 0 && seconds < qint64(48) * 3600) {
        const qint64 minutes = (seconds + 59) / 60;
        return tr("by %1, %2 h %3 min left").arg(due).arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
    }
    const qint64 days = today.isValid() && dueDate.isValid() ? today.daysTo(dueDate) : 0;
    if (days < 0)
        return tr("overdue since %1 (%n day(s) ago)", nullptr, int(-days)).arg(due);
    if (days == 0 && dueMoment.isValid() && now.isValid() && seconds <= 0)
        return tr("overdue since %1").arg(due); // earlier today
    if (days == 0)
        return tr("by %1 (today)").arg(due);
    return tr("by %1 (in %n day(s))", nullptr, int(days)).arg(due);
}

QString NextAction::line() const
{
    QString text = tr("Next: %1 — %2").arg(title, action);
    const QString when = dueText();
    if (!when.isEmpty())
        text += u" ("_s + when + u')';
    return text;
}

} // namespace mpdesk
