#pragma once

#include "model/Filing.h"
#include "workflow/Checklist.h"
#include "workflow/LetterRequirements.h"
#include "workflow/Step.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// Where one step stands: its status and the sentence that says why and what comes next.
struct StepVerdict
{
    Step::Status status = Step::Status::NotStarted;
    QString reason; ///< translated
};

/// What every stage evaluator reads: the filing, the checklist's inputs, and the helpers they share.
/// The evaluators' sentences keep the translation context "Checklist" (Checklist::tr), so a step's
/// wording is translated in one place whichever evaluator writes it.
class StepContext final
{
public:
    StepContext(const Filing &filing, const Checklist::Inputs &inputs);

    const Filing &filing() const { return m_filing; }
    const Checklist::Inputs &inputs() const { return m_inputs; }
    /// Today in Asia/Shanghai.
    QDate today() const { return m_today; }
    const QList<LetterRequirements::Letter> &letters() const { return m_letters; }

    /// The deadline with this id (DeadlineIds), or nullptr.
    const Deadline *deadline(const char *id) const;
    /// The deadline's date, with what the calendar could not tell about it.
    QString dueText(const char *id) const;
    /// The fields a person in a role still lacks; `full` for the leaders, who need validity, an
    /// emergency contact and an email too.
    QStringList missingFields(const QString &personId, bool full) const;
    /// The person's name, or "person no. N (no name yet)".
    QString personName(const QString &personId) const;
    /// A role's step: who holds it and what they still lack.
    StepVerdict roleVerdict(const QString &holder, bool full, const QString &notChosen) const;

    static bool blank(const QString &value);
    /// "a, b and c" in the user's language.
    static QString listText(const QStringList &items);
    /// Name changes left this year, never below 0 nor above the yearly quota whatever the clerk typed.
    static int nameChangesLeft(const Certification &certification);

private:
    const Filing &m_filing;
    const Checklist::Inputs &m_inputs;
    const QDate m_today;
    const QList<LetterRequirements::Letter> m_letters;
};

} // namespace mpdesk
