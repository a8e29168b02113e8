#include "assessment/FilingSummary.h"

#include "assessment/Assessment.h"
#include "secrets/ProjectSecrets.h"
#include "storage/ProjectFile.h"

#include <QFileInfo>

namespace mpdesk {

FilingSummary FilingSummary::of(const QString &path, const Clock &clock)
{
    FilingSummary summary;
    summary.path = path;
    summary.name = QFileInfo(path).completeBaseName();
    const Result<Filing> loaded = ProjectFile::read(path);
    if (!loaded) {
        summary.problem = loaded.error().text();
        return summary;
    }
    summary.readable = true;
    Filing filing = loaded.value();
    // The numbers stay in the keychain: a summary does not ask for them, and a number it did not ask for
    // is not "missing".
    for (const ProjectSecrets::Entry &secret : ProjectSecrets::entries(filing)) {
        if (secret.field->value.isEmpty() && !secret.field->ref.isEmpty())
            secret.field->status = SecretStatus::NotAsked;
    }
    if (!filing.miniProgram.name.trimmed().isEmpty())
        summary.name = filing.miniProgram.name.trimmed();
    else if (!filing.entity.name.trimmed().isEmpty())
        summary.name = filing.entity.name.trimmed();
    AssessmentContext context;
    context.clock = clock;
    context.filingPath = path;
    const Assessment assessment = Assessment::of(filing, context);
    summary.next = NextAction::of(assessment);
    const Step *step = assessment.checklist().step(summary.next.stepId);
    summary.stage = step ? Step::stageName(step->stage) : tr("Finished");
    return summary;
}

} // namespace mpdesk
