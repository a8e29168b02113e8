#pragma once

#include "validation/RuleCatalogue.h"
#include "workflow/Step.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mpdesk {

/// Every step of the checklist, in the checklist's order.
enum class StepId {
    People,
    RegistrationEmail,
    RegistrationEntityType,
    RegistrationBusinessLicence,
    RegistrationAdministrator,
    RegistrationVerification,
    RegistrationReview,
    CertificationAgreement,
    CertificationData,
    CertificationContact,
    CertificationInvoice,
    CertificationFee,
    CertificationApproval,
    FilingEntity,
    FilingMiniProgram,
    FilingAuthorizationLetters,
    FilingCommitmentLetters,
    FilingMaterials,
    FilingPlatformReview,
    FilingBureauReview,
    FilingApproved,
    PitfallNameCandidates,
    PitfallNameChanges,
    PitfallCategories,
    PitfallRenewal,
    PitfallSameAdministrator,
    PitfallLeaderReuse,
};

/// What a step is, as data: its stable key, stage, title, the findings it owns and the steps it waits
/// for. How far the filing has got with it is computed by the stage evaluators in `workflow/steps/`.
struct StepSpec
{
    StepId id;
    QString key; ///< stable, e.g. "filing.authorizationLetters"; Step::id
    Step::Stage stage;
    const char *title; ///< untranslated (context "Checklist"); translatedTitle() translates it
    /// Field paths whose findings (with those of their sub-fields) belong to the step.
    QStringList ownedPaths;
    /// Rules whose findings belong to the step wherever they are.
    QList<RuleId> ownedRules;
    /// A data step cannot be done with errors; an event step that has happened stays done.
    bool dataStep;
    QList<StepId> prerequisites;

    /// The title in the user's language.
    QString translatedTitle() const;
};

/// The one table of steps.
class StepCatalogue final
{
public:
    /// Every step, in order.
    static const QList<StepSpec> &all();
    static const StepSpec &spec(StepId id);
    static QString key(StepId id) { return spec(id).key; }
    /// The step with this key, if there is one.
    static std::optional<StepId> fromKey(QStringView key);
};

} // namespace mpdesk
