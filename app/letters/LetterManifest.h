#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// One letter the manifest (templates/letters.json) names.
struct LetterSpec
{
    QString id; ///< stable, ASCII, as the interchange format keys it: "miniProgramLeaderAuthorization"
    QString title; ///< as printed and used in file names
    QString templateFile; ///< file name inside the template folder
    QString condition; ///< a LetterNeeds condition id
    QStringList fields; ///< data names the letter needs filled: "legalRepresentative.idNumber"
};

/// The set of letters as data: which letters exist, their templates, when each is needed, and the
/// printed names of the keywords the letters use (ID types, pre-approval categories).
class LetterManifest final
{
    Q_DECLARE_TR_FUNCTIONS(LetterManifest)

public:
    /// The manifest shipped in the resources (":/templates/letters.json").
    static const LetterManifest &shipped();
    /// Parses a manifest; `fileName` is only for messages.
    static Result<LetterManifest> parse(const QByteArray &json, const QString &fileName);

    const QList<LetterSpec> &letters() const { return m_letters; }
    /// The letter with this id, written as the manifest and the interchange format write it or in any of
    /// the forms canonicalId() accepts; nullptr for an unknown id.
    const LetterSpec *letter(const QString &id) const;

    /// A letter id in the one form mpdesk uses, the interchange format's (`filing.letters.<id>`):
    /// lower camel case. "mini-program-leader-authorization", "mini_program_leader_authorization" and
    /// "MiniProgramLeaderAuthorization" all give "miniProgramLeaderAuthorization". Every place that takes
    /// an id from outside (a file name, a command line, a widget) goes through this.
    static QString canonicalId(const QString &id);
    /// The id in kebab case, as in the shipped template files' names: "mini-program-leader-authorization".
    static QString kebabId(const QString &id);
    /// The printed name of an ID type keyword; empty when the manifest has none.
    QString idTypeName(const QString &keyword) const { return m_idTypes.value(keyword); }
    /// The printed name of a pre-approval keyword; empty when the manifest has none.
    QString preApprovalName(const QString &keyword) const { return m_preApprovalTypes.value(keyword); }

    /// Where the shipped templates live in the resources.
    static QString shippedFolder();

private:
    QList<LetterSpec> m_letters;
    QHash<QString, QString> m_idTypes;
    QHash<QString, QString> m_preApprovalTypes;
};

} // namespace mpdesk
