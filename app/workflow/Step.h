#pragma once

#include "validation/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace mpdesk {

/// One step of the checklist: where it stands, computed from the filing, and the findings about it.
struct Step
{
    Q_DECLARE_TR_FUNCTIONS(Step)

public:
    enum class Stage { Registration, Certification, Filing, Pitfalls };
    enum class Status {
        NotStarted,
        InProgress,
        Blocked, ///< `reason` says by what
        Done,
        NotNeeded, ///< `reason` says why
    };

    QString id; ///< stable, e.g. "filing.authorizationLetters"
    Stage stage = Stage::Registration;
    QString title; ///< translated
    Status status = Status::NotStarted;
    QString reason; ///< translated: what makes the status, and what to do next
    Findings findings;

    bool isFinished() const { return status == Status::Done || status == Status::NotNeeded; }

    static QString stageName(Stage stage);
    /// "done", "blocked", … in the user's language.
    static QString statusName(Status status);
    /// A stable keyword for the status ("not_started", "in_progress", "blocked", "done", "not_needed").
    static QString statusKeyword(Status status);
};

} // namespace mpdesk
