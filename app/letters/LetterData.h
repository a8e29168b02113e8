#pragma once

#include "letters/LetterManifest.h"
#include "letters/LetterProblem.h"
#include "model/Filing.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

namespace mpdesk {

/// One value a letter can print, with where it comes from.
struct LetterValue
{
    QString name; ///< the template's name for it: "legalRepresentative.idNumber"
    QString path; ///< interchange path: "people[0].idNumber"
    QString person; ///< the person's name; empty for entity and mini program values
    QString field; ///< the field's name, translated
    QString value;
    bool secretMissing = false; ///< an ID number this computer cannot produce
};

/// The values of a filing as the letter templates see them. Values are printed as the clerk typed
/// them (only surrounding spaces trimmed); the templates escape them.
class LetterData final
{
    Q_DECLARE_TR_FUNCTIONS(LetterData)

public:
    /// `date` is printed in the letter; an invalid date leaves the ____年__月__日 form to fill by hand.
    LetterData(const Filing &filing, QDate date, const LetterManifest &manifest = LetterManifest::shipped());

    const QList<LetterValue> &values() const { return m_values; }
    /// Renders a template with these values (HTML-escaped). Fails only on a template syntax error.
    Result<QString> render(const QString &templateSource) const;

    /// What stops this letter from being printed correctly: empty values, secrets not available, and the
    /// validator's errors on the values it prints.
    LetterProblems problemsFor(const LetterSpec &spec, const Findings &findings) const;

    /// Every name a template may use, and the item names of list sections.
    static QSet<QString> knownNames();
    static QHash<QString, QSet<QString>> listItems();

private:
    void addPerson(const Filing &filing, const QString &role, const QString &personId, const QString &rolePath,
                   const LetterManifest &manifest);
    void add(const QString &name, const QString &path, const QString &person, const QString &field,
             const QString &value);

    QList<LetterValue> m_values;
    bool m_noPreApproval = true;
    bool m_preApprovalDeclared = false;
    struct Item
    {
        QString index, type, approvalNumber;
    };
    QList<Item> m_preApproval;
    QString m_year, m_month, m_day;
};

} // namespace mpdesk
