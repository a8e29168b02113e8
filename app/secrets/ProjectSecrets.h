#pragma once

#include "model/Filing.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mpdesk {

/// Moves a filing's secret values (every person's ID number, the invoice's bank account) between the
/// Filing in memory and a SecretStore. The project file itself only ever holds references and masks.
class ProjectSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSecrets)

public:
    /// Where one secret stands in the filing, for messages.
    struct Location
    {
        QString path; ///< e.g. "people[1].idNumber"
        QString owner; ///< the person's name, or "invoice"
        QString field; ///< "ID number" or "bank account number", translated
    };

    struct Entry
    {
        Location where;
        SecretField *field;
    };
    struct ConstEntry
    {
        Location where;
        const SecretField *field;
    };

    /// What each request came to, by reference.
    using Outcomes = QHash<QString, SecretReply>;
    using Done = std::function<void(const Outcomes &)>;

    static QList<Entry> entries(Filing &filing);
    static QList<ConstEntry> entries(const Filing &filing);

    /// Gives every known value a reference, so it can be stored and found again.
    static void assignReferences(Filing &filing);
    /// Writes every known value under the filing's project id. Call assignReferences() first.
    static void store(SecretStore &store, const Filing &filing, Done done);
    /// Reads every value the filing refers to but does not hold.
    static void fetch(SecretStore &store, const Filing &filing, Done done);
    /// Puts fetched values into the filing and marks the ones that could not be had.
    static void apply(Filing &filing, const Outcomes &outcomes);
    /// Deletes the entries behind these references.
    static void remove(SecretStore &store, const QUuid &projectId, const QStringList &refs, Done done);
    /// Every reference the filing holds.
    static QStringList references(const Filing &filing);

    /// One line per failed request: "Wang Fang, ID number: …"; one line for all of them when the keyring
    /// is locked or does not answer, since one unlock mends every one.
    static QStringList describeFailures(const Filing &filing, const Outcomes &outcomes);
};

} // namespace mpdesk
