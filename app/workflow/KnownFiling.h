#pragma once

#include "model/Filing.h"

#include <QString>
#include <QUuid>

namespace mpdesk {

/// A filing mpdesk knows (a recent project), reduced to what the leader-reuse check compares. It holds
/// the mini program leader's keyed fingerprint, never an ID number.
struct KnownFiling
{
    QUuid projectId;
    QString path; ///< the project file, for messages
    QString entityName;
    QString entityCreditCode; ///< normalised
    QString miniProgramName;
    QString leaderName;
    QString leaderFingerprint; ///< miniProgram.leaderFingerprint of that project

    /// `path` as the index stores it (absolute, cleaned), so that one file always compares equal.
    static KnownFiling from(const Filing &filing, const QString &path);
    static QString canonicalPath(const QString &path);
    /// True when the two belong to different entities (by credit code, or by name without one).
    bool isOtherEntity(const KnownFiling &other) const;
};

} // namespace mpdesk
