#include "workflow/Checklist.h"

#include "core/Timezone.h"
#include "materials/MaterialSlots.h"
#include "model/Roles.h"
#include "model/Vocabulary.h"
#include "validation/Normalize.h"
#include "validation/Validator.h"
#include "workflow/Deadlines.h"
#include "workflow/LetterRequirements.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Status = Step::Status;
using Stage = Step::Stage;

bool blank(const QString &value)
{
    return Normalize::text(value).isEmpty();
}

QString personName(const Filing &f, const QString &id)
{
    const Person *p = f.person(id);
    if (p && !Normalize::text(p->name).isEmpty())
        return Normalize::text(p->name);
    return p ? Checklist::tr("person no. %1 (no name yet)").arg(f.personIndex(id) + 1) : id;
}

// Which findings a step owns: rules it claims outright, and field paths (with their sub-fields).
struct Ownership
{
    QStringList paths;
    QStringList rules;
};

// Name changes left this year. The count is the clerk's and may be anything (the validator says so):
// clamped before subtracting, so that no value overflows.
int nameChangesLeft(const Certification &c)
{
    const int used = std::clamp(c.nameChangesUsed.value_or(0), 0, Validator::NameChangesPerYear);
    return Validator::NameChangesPerYear - used;
}

bool pathUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == u'.' || path.at(prefix.size()) == u'[';
}

// Builds the steps in order; one method per stage.
class Builder
{
public:
    Builder(const Filing &filing, const Checklist::Inputs &inputs)
        : m_f(filing)
        , m_in(inputs)
        , m_today(inChina(inputs.now).date())
        , m_letters(LetterRequirements::forFiling(filing))
    {
    }

    QList<Step> run(Findings &unassigned)
    {
        people();
        registration();
        certification();
        filing();
        pitfalls();
        assignFindings(unassigned);
        for (qsizetype i = 0; i < m_steps.size(); ++i)
            applyFindings(m_steps[i], m_dataStep.at(i));
        applyPrerequisites();
        return m_steps;
    }

private:
    // --- construction helpers -------------------------------------------------------------------------

    Step &add(const char *id, Stage stage, const QString &title, Ownership owns, bool dataStep,
              QStringList prerequisites = {})
    {
        Step s;
        s.id = QString::fromLatin1(id);
        s.stage = stage;
        s.title = title;
        m_steps.append(s);
        m_owns.append(owns);
        m_dataStep.append(dataStep);
        m_prerequisites.append(prerequisites);
        return m_steps.last();
    }

    static void set(Step &s, Status status, const QString &reason)
    {
        s.status = status;
        s.reason = reason;
    }

    const Deadline *deadline(const char *id) const
    {
        return Deadlines::find(m_in.deadlines, QString::fromLatin1(id));
    }

    QString dueText(const char *id) const
    {
        const Deadline *d = deadline(id);
        if (!d)
            return {};
        const QString warning = d->calendarWarning();
        return warning.isEmpty() ? d->when() : d->when() + u" ("_s + warning + u')';
    }

    // Missing fields of a person in a role, by the filing's needs.
    QStringList missingFields(const QString &personId, bool full) const
    {
        const Person *p = m_f.person(personId);
        if (!p)
            return {Checklist::tr("the person")};
        QStringList missing;
        if (blank(p->name))
            missing << Checklist::tr("name");
        if (p->idType.isEmpty())
            missing << Checklist::tr("ID type");
        if (!p->idNumber.isKnown())
            missing << Checklist::tr("ID number");
        if (blank(p->mobile))
            missing << Checklist::tr("mobile");
        if (full) {
            if (p->idValidFrom.isEmpty() || p->idValidTo.isEmpty())
                missing << Checklist::tr("ID validity");
            if (blank(p->emergencyMobile))
                missing << Checklist::tr("emergency contact");
            if (blank(p->email))
                missing << Checklist::tr("email");
        }
        return missing;
    }

    static QString listText(const QStringList &items)
    {
        return QLocale().createSeparatedList(items);
    }

    // --- registration ---------------------------------------------------------------------------------

    // People are entered once and given roles; every finding on a person belongs here, whatever their roles.
    void people()
    {
        Step &s = add("people", Stage::Registration, Checklist::tr("People and roles"),
                      {{u"people"_s, u"entity.legalRepresentative"_s, u"entity.leader"_s}, {}}, true);
        if (m_f.people.isEmpty()) {
            set(s, Status::NotStarted, Checklist::tr("Add the people of the filing (legal representative, entity "
                                                     "leader, administrator, mini program leader) and give them "
                                                     "their roles."));
            return;
        }
        QStringList unchosen;
        for (Roles::Role role : Roles::all()) {
            if (Roles::holder(m_f, role).isEmpty())
                unchosen << Roles::name(role);
        }
        if (!unchosen.isEmpty())
            set(s, Status::InProgress, Checklist::tr("Still to choose: %1.").arg(listText(unchosen)));
        else
            set(s, Status::Done, Checklist::tr("%n person(s), every role chosen.", nullptr, int(m_f.people.size())));
    }

    void registration()
    {
        const Registration &r = m_f.registration;
        {
            Step &s = add("registration.email", Stage::Registration, Checklist::tr("Account email and verification code"),
                          {{u"registration.email"_s, u"registration.emailVerified"_s, u"registration.emailUnused"_s}, {}},
                          true);
            if (r.emailUnused == false) {
                set(s, Status::Blocked, Checklist::tr("The email was already used on the WeChat platforms: register "
                                                      "with a brand-new email (one email per mini program)."));
            } else if (blank(r.email)) {
                set(s, Status::NotStarted, Checklist::tr("Choose a brand-new email never used on the WeChat Public or "
                                                         "Open Platform nor bound to a personal WeChat."));
            } else if (r.emailVerified != true) {
                set(s, Status::InProgress, Checklist::tr("Enter the verification code sent to %1.").arg(r.email));
            } else if (!r.emailUnused) {
                set(s, Status::InProgress, Checklist::tr("Confirm that %1 was never used on the WeChat platforms.")
                                               .arg(r.email));
            } else {
                set(s, Status::Done, Checklist::tr("%1, verified.").arg(r.email));
            }
        }
        {
            Step &s = add("registration.entityType", Stage::Registration, Checklist::tr("Entity type"),
                          {{u"entity.type"_s}, {}}, true);
            if (m_f.entity.type.isEmpty())
                set(s, Status::NotStarted, Checklist::tr("Choose the entity type (enterprise for a company)."));
            else
                set(s, Status::Done, Vocabulary::label(Vocabulary::Kind::EntityType, m_f.entity.type));
        }
        {
            Step &s = add("registration.businessLicence", Stage::Registration, Checklist::tr("Business licence data"),
                          {{u"entity.name"_s, u"entity.creditCode"_s, u"entity.registeredAddress"_s}, {}}, true);
            const bool individual = m_f.entity.type == QLatin1StringView(EntityTypes::Individual);
            QStringList missing;
            if (blank(m_f.entity.name))
                missing << Checklist::tr("entity name");
            if (!individual && blank(m_f.entity.creditCode))
                missing << Checklist::tr("unified social credit code");
            if (!individual && blank(m_f.entity.registeredAddress))
                missing << Checklist::tr("registered address");
            if (missing.size() == (individual ? 1 : 3))
                set(s, Status::NotStarted, Checklist::tr("Copy the data from the business licence."));
            else if (!missing.isEmpty())
                set(s, Status::InProgress, Checklist::tr("Still missing: %1.").arg(listText(missing)));
            else
                set(s, Status::Done, m_f.entity.name);
        }
        {
            Step &s = add("registration.administrator", Stage::Registration, Checklist::tr("Administrator"),
                          {{u"registration.administrator"_s}, {}}, true);
            roleStep(s, r.administrator, false, Checklist::tr("Choose the administrator: name, ID number and mobile."));
        }
        {
            Step &s = add("registration.verification", Stage::Registration, Checklist::tr("Entity verification"),
                          {{u"registration.verification"_s}, {u"verification.wechatOnly"_s}}, false);
            const EntityVerification &v = r.verification;
            if (!v.completedOn.isEmpty()) {
                set(s, Status::Done, Checklist::tr("Verified on %1.").arg(v.completedOn));
            } else if (v.method == u"payment"_s && !v.startedOn.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("Transfer the stated amount from the corporate account to "
                                                         "Tencent by %1.")
                                               .arg(dueText(DeadlineIds::PaymentVerification)));
            } else if (v.method == u"wechat"_s) {
                set(s, Status::InProgress, Checklist::tr("Pay the %1 RMB verification fee through WeChat.")
                                               .arg(Deadlines::CertificationFeeRmb));
            } else if (!v.method.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("Start payment verification: the corporate account has 10 "
                                                         "days to transfer the stated amount."));
            } else {
                set(s, Status::NotStarted, Checklist::tr("Choose payment verification (a transfer within 10 days) or "
                                                         "WeChat verification (300 RMB)."));
            }
        }
        {
            Step &s = add("registration.review", Stage::Registration, Checklist::tr("Submission and review"),
                          {{u"registration.submittedOn"_s, u"registration.approvedOn"_s}, {}}, false,
                          {u"registration.email"_s, u"registration.businessLicence"_s, u"registration.administrator"_s});
            if (!r.approvedOn.isEmpty())
                set(s, Status::Done, Checklist::tr("Registration approved on %1.").arg(r.approvedOn));
            else if (!r.submittedOn.isEmpty())
                set(s, Status::InProgress, Checklist::tr("Submitted on %1; waiting for the review.").arg(r.submittedOn));
            else
                set(s, Status::NotStarted, Checklist::tr("Submit the registration once the steps above are done."));
        }
    }

    void roleStep(Step &s, const QString &holder, bool full, const QString &notChosen)
    {
        if (holder.isEmpty()) {
            set(s, Status::NotStarted, notChosen);
            return;
        }
        if (!m_f.person(holder)) {
            set(s, Status::Blocked, Checklist::tr("\"%1\" is not in the people list.").arg(holder));
            return;
        }
        const QStringList missing = missingFields(holder, full);
        if (missing.isEmpty())
            set(s, Status::Done, personName(m_f, holder));
        else
            set(s, Status::InProgress, Checklist::tr("%1: still missing %2.").arg(personName(m_f, holder), listText(missing)));
    }

    // --- certification --------------------------------------------------------------------------------

    void certification()
    {
        const Certification &c = m_f.certification;
        const QStringList afterRegistration{u"registration.review"_s};
        {
            Step &s = add("certification.agreement", Stage::Certification, Checklist::tr("Certification service agreement"),
                          {{u"certification.agreementSignedOn"_s}, {}}, false, afterRegistration);
            if (!c.agreementSignedOn.isEmpty())
                set(s, Status::Done, Checklist::tr("Signed on %1.").arg(c.agreementSignedOn));
            else
                set(s, Status::NotStarted, Checklist::tr("Sign the WeChat Public Platform Certification Service Agreement."));
        }
        {
            Step &s = add("certification.data", Stage::Certification,
                          Checklist::tr("Certification data and primary verification"),
                          {{u"certification.primaryVerification"_s}, {}}, true, afterRegistration);
            if (!c.primaryVerification.isEmpty()) {
                set(s, Status::Done, Vocabulary::label(Vocabulary::Kind::PrimaryVerification, c.primaryVerification));
            } else {
                set(s, Status::NotStarted, Checklist::tr("Upload the business licence and choose the primary "
                                                         "verification: corporate bank transfer, legal representative "
                                                         "face verification or electronic business licence."));
            }
        }
        {
            Step &s = add("certification.contact", Stage::Certification, Checklist::tr("Certification contact"),
                          {{u"certification.contact"_s, u"certification.contactConfirmedOn"_s}, {}}, true);
            roleStep(s, c.contact, false, Checklist::tr("Choose the certification contact: name, ID, mobile and email."));
            if (s.status == Status::Done && c.contactConfirmedOn.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("%1 confirms by scanning the QR code with WeChat.")
                                               .arg(personName(m_f, c.contact)));
            } else if (s.status == Status::Done) {
                s.reason = Checklist::tr("%1, confirmed on %2.").arg(personName(m_f, c.contact), c.contactConfirmedOn);
            }
        }
        invoiceStep();
        {
            Step &s = add("certification.fee", Stage::Certification, Checklist::tr("Certification fee"),
                          {{u"certification.paidOn"_s}, {}}, false, {u"certification.invoice"_s});
            const bool individual = m_f.entity.type == QLatin1StringView(EntityTypes::Individual);
            if (!c.paidOn.isEmpty())
                set(s, Status::Done, Checklist::tr("Paid on %1.").arg(c.paidOn));
            else if (individual)
                set(s, Status::NotStarted, Checklist::tr("Pay 30 RMB through WeChat Pay. An individual cannot enable "
                                                         "WeChat Pay in the mini program."));
            else
                set(s, Status::NotStarted, Checklist::tr("Pay %1 RMB through WeChat Pay (the only way); it is not "
                                                         "refunded if certification fails.")
                                               .arg(Deadlines::CertificationFeeRmb));
        }
        {
            Step &s = add("certification.approval", Stage::Certification, Checklist::tr("Certification approved"),
                          {{u"certification.approvedOn"_s}, {}}, false, {u"certification.fee"_s});
            const Deadline *expiry = deadline(DeadlineIds::CertificationExpiry);
            if (!c.approvedOn.isEmpty() && expiry) {
                set(s, Status::Done, Checklist::tr("Approved on %1; valid until %2, with %3 name changes this year.")
                                         .arg(c.approvedOn, expiry->when())
                                         .arg(nameChangesLeft(c)));
            } else if (!c.paidOn.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("Paid on %1; the review takes about 1 to 5 working days.")
                                               .arg(c.paidOn));
            } else {
                set(s, Status::NotStarted, Checklist::tr("Valid one year once approved, with two name changes."));
            }
        }
    }

    void invoiceStep()
    {
        const Invoice &inv = m_f.certification.invoice;
        Step &s = add("certification.invoice", Stage::Certification, Checklist::tr("Invoice information"),
                      {{u"certification.invoice"_s}, {}}, true);
        if (inv.type.isEmpty()) {
            set(s, Status::NotStarted, Checklist::tr("Choose no invoice, an electronic invoice or a paper VAT special "
                                                     "invoice. It cannot be changed after submission."));
            return;
        }
        if (inv.type == QLatin1StringView(InvoiceTypes::None)) {
            set(s, Status::Done, Checklist::tr("No invoice."));
            return;
        }
        const bool vat = inv.type == QLatin1StringView(InvoiceTypes::VatSpecial);
        QStringList missing;
        if (blank(inv.title))
            missing << Checklist::tr("title");
        if (blank(inv.taxId))
            missing << Checklist::tr("taxpayer ID");
        if (vat) {
            if (blank(inv.address) || blank(inv.phone))
                missing << Checklist::tr("enterprise address and phone");
            if (blank(inv.bankName) || !(inv.bankAccount.isKnown() || inv.bankAccount.isMissing()))
                missing << Checklist::tr("bank and account");
            if (blank(inv.mailingAddress) || blank(inv.recipient) || blank(inv.recipientPhone))
                missing << Checklist::tr("mailing address and recipient");
            if (inv.documentsReady != true)
                missing << Checklist::tr("tax registration certificate (or three-in-one licence) and bank account proof");
        }
        const QString type = Vocabulary::label(Vocabulary::Kind::InvoiceType, inv.type);
        if (!missing.isEmpty()) {
            set(s, Status::InProgress, Checklist::tr("%1: still missing %2. Check everything before submitting: "
                                                     "invoice details cannot be changed afterwards.")
                                           .arg(type, listText(missing)));
        } else if (inv.submittedOn.isEmpty()) {
            set(s, Status::InProgress, Checklist::tr("%1: ready. Submit it with the certification; it cannot be "
                                                     "changed afterwards.")
                                           .arg(type));
        } else if (inv.receivedOn.isEmpty() && deadline(DeadlineIds::InvoiceArrival)
                   && deadline(DeadlineIds::InvoiceArrival)->urgency(m_in.now) == Deadline::Urgency::Overdue) {
            set(s, Status::Done, Checklist::tr("%1 submitted on %2; it was expected by %3 and is not recorded as "
                                               "received: ask WeChat customer service, or enter the date it arrived.")
                                     .arg(type, inv.submittedOn, dueText(DeadlineIds::InvoiceArrival)));
        } else if (inv.receivedOn.isEmpty() && deadline(DeadlineIds::InvoiceArrival)) {
            set(s, Status::Done, Checklist::tr("%1 submitted on %2; expected by %3.")
                                     .arg(type, inv.submittedOn, dueText(DeadlineIds::InvoiceArrival)));
        } else if (!inv.receivedOn.isEmpty()) {
            set(s, Status::Done, Checklist::tr("%1 received on %2.").arg(type, inv.receivedOn));
        } else {
            set(s, Status::Done, Checklist::tr("%1 submitted on %2; Tencent issues it after the approval.")
                                     .arg(type, inv.submittedOn));
        }
    }

    // --- filing ---------------------------------------------------------------------------------------

    void filing()
    {
        const FilingStage &fs = m_f.filing;
        {
            Step &s = add("filing.entity", Stage::Filing, Checklist::tr("Entity information"),
                          {{u"entity.region"_s, u"entity.mailingAddress"_s, u"entity.leader"_s,
                            u"entity.legalRepresentative"_s},
                           {}},
                          true);
            QStringList missing;
            const Region &r = m_f.entity.region;
            if (r.province.isEmpty() || r.city.isEmpty() || r.district.isEmpty())
                missing << Checklist::tr("filing region");
            if (blank(m_f.entity.mailingAddress))
                missing << Checklist::tr("communication address");
            if (m_f.entity.leader.isEmpty())
                missing << Checklist::tr("entity leader");
            else if (!missingFields(m_f.entity.leader, true).isEmpty())
                missing << Checklist::tr("entity leader's %1").arg(listText(missingFields(m_f.entity.leader, true)));
            if (missing.size() >= 3 && m_f.entity.leader.isEmpty())
                set(s, Status::NotStarted, Checklist::tr("Enter the filing region, communication address and entity leader."));
            else if (!missing.isEmpty())
                set(s, Status::InProgress, Checklist::tr("Still missing: %1.").arg(listText(missing)));
            else
                set(s, Status::Done, Checklist::tr("Entity leader: %1.").arg(personName(m_f, m_f.entity.leader)));
        }
        miniProgramStep();
        letterStep("filing.authorizationLetters", Checklist::tr("Authorization letters"),
                   {LetterIds::EntityLeaderAuthorization, LetterIds::MiniProgramLeaderAuthorization});
        letterStep("filing.commitmentLetters", Checklist::tr("Commitment letters"), {LetterIds::PreApprovalCommitment});
        materialsStep();
        {
            Step &s = add("filing.platformReview", Stage::Filing, Checklist::tr("Platform review"),
                          {{u"filing.submittedOn"_s, u"filing.platformApprovedOn"_s, u"filing.status"_s,
                            u"filing.platformRejectionReason"_s},
                           {}},
                          false,
                          {u"filing.entity"_s, u"filing.miniProgram"_s, u"filing.authorizationLetters"_s,
                           u"filing.commitmentLetters"_s, u"filing.materials"_s});
            const QString status = fs.status;
            if (status == u"platform_rejected"_s && !blank(fs.platformRejectionReason)) {
                set(s, Status::Blocked, Checklist::tr("Rejected by the platform: \"%1\". Correct this (compare with the "
                                                      "platform's example screenshot), submit again and set the status "
                                                      "back to platform review.")
                                            .arg(Normalize::text(fs.platformRejectionReason)));
            } else if (status == u"platform_rejected"_s) {
                set(s, Status::Blocked, Checklist::tr("Rejected by the platform: enter the reason it gave, correct, and "
                                                      "submit again."));
            } else if (!fs.platformApprovedOn.isEmpty() || status == u"bureau_review"_s
                       || status == u"bureau_rejected"_s || status == u"filed"_s) {
                set(s, Status::Done, fs.platformApprovedOn.isEmpty()
                                         ? Checklist::tr("Passed; the request went on to the MIIT bureau.")
                                         : Checklist::tr("Passed on %1; the request went on to the MIIT bureau.")
                                               .arg(fs.platformApprovedOn));
            } else if (!fs.submittedOn.isEmpty() || status == u"platform_review"_s) {
                set(s, Status::InProgress,
                    fs.submittedOn.isEmpty()
                        ? Checklist::tr("Under review; enter the submission date to see when to expect the result.")
                        : Checklist::tr("Submitted on %1; expect a verification call and the result by %2.")
                              .arg(fs.submittedOn, dueText(DeadlineIds::PlatformReview)));
            } else {
                set(s, Status::NotStarted, Checklist::tr("Submit the filing once the entity, mini program, letters "
                                                         "and materials are ready."));
            }
        }
        {
            Step &s = add("filing.bureauReview", Stage::Filing, Checklist::tr("MIIT review and SMS verification"),
                          {{u"filing.smsReceivedAt"_s, u"filing.smsVerifiedAt"_s}, {}}, false,
                          {u"filing.platformReview"_s});
            const Deadline *sms = deadline(DeadlineIds::SmsVerification);
            if (fs.status == u"bureau_rejected"_s) {
                set(s, Status::Blocked, Checklist::tr("Rejected by the MIIT bureau: read the reason, correct the filing "
                                                      "and submit again."));
            } else if (fs.status == u"filed"_s || !blank(fs.recordNumber)) {
                set(s, Status::Done, Checklist::tr("The MIIT bureau approved the filing."));
            } else if (sms && !sms->done) {
                set(s, sms->urgency(m_in.now) == Deadline::Urgency::Overdue ? Status::Blocked : Status::InProgress,
                    Checklist::tr("Enter the code of the 12381 SMS in the MIIT filing system by %1.").arg(sms->when()));
            } else if (!fs.smsVerifiedAt.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("SMS verified; waiting for the MIIT bureau's decision."));
            } else if (fs.status == u"bureau_review"_s) {
                set(s, Status::InProgress, Checklist::tr("With the MIIT bureau: answer the 12381 SMS within 24 hours "
                                                         "when it arrives, and enter the time it arrived."));
            } else {
                set(s, Status::NotStarted, Checklist::tr("After the platform review the request goes to the MIIT bureau, "
                                                         "which sends a verification SMS."));
            }
        }
        {
            Step &s = add("filing.approved", Stage::Filing, Checklist::tr("Filing approved"),
                          {{u"filing.recordNumber"_s}, {u"recordNumber.format"_s, u"recordNumber.province"_s}}, false,
                          {u"filing.bureauReview"_s});
            if (!blank(fs.recordNumber)) { // the bureau gives the number only with its approval
                set(s, Status::Done, Checklist::tr("Record number %1. The platform adds it to the mini program's "
                                                   "description by itself; nothing to do by hand.")
                                         .arg(fs.recordNumber));
            } else if (fs.status == u"filed"_s) {
                set(s, Status::InProgress, Checklist::tr("Filed: enter the record number from the approval message."));
            } else {
                set(s, Status::NotStarted, Checklist::tr("When approved, the record number appears in the mini "
                                                         "program's description by itself."));
            }
        }
    }

    void miniProgramStep()
    {
        const MiniProgram &m = m_f.miniProgram;
        Step &s = add("filing.miniProgram", Stage::Filing, Checklist::tr("Mini program information"),
                      {{u"miniProgram.name"_s, u"miniProgram.appId"_s, u"miniProgram.serviceCategories"_s,
                        u"miniProgram.preApproval"_s, u"miniProgram.description"_s, u"miniProgram.leader"_s,
                        u"miniProgram.leaderFaceVerifiedOn"_s},
                       {u"miniProgram.name.forbidden"_s, u"miniProgram.name.length"_s, u"miniProgram.description"_s,
                        u"miniProgram.categories"_s}},
                      true);
        QStringList missing;
        if (blank(m.name))
            missing << Checklist::tr("name");
        if (m.serviceCategories.isEmpty())
            missing << Checklist::tr("service categories");
        if (m.preApproval.isEmpty())
            missing << Checklist::tr("pre-approval items (or \"none of these\")");
        if (blank(m.description))
            missing << Checklist::tr("description");
        if (m.leader.isEmpty())
            missing << Checklist::tr("mini program leader");
        else if (!missingFields(m.leader, true).isEmpty())
            missing << Checklist::tr("mini program leader's %1").arg(listText(missingFields(m.leader, true)));
        if (missing.size() >= 5)
            set(s, Status::NotStarted, Checklist::tr("Enter the name, service categories, pre-approval items, "
                                                     "description and mini program leader."));
        else if (!missing.isEmpty())
            set(s, Status::InProgress, Checklist::tr("Still missing: %1.").arg(listText(missing)));
        else if (m.leaderFaceVerifiedOn.isEmpty())
            set(s, Status::InProgress, Checklist::tr("Complete; %1 still does the face verification during the filing.")
                                           .arg(personName(m_f, m.leader)));
        else
            set(s, Status::Done, Checklist::tr("%1; mini program leader %2.").arg(m.name, personName(m_f, m.leader)));
    }

    // Done when every needed slot holds a file and no file has an error (applyFindings).
    void materialsStep()
    {
        Step &s = add("filing.materials", Stage::Filing, Checklist::tr("Filing materials (photos and scans)"),
                      {{u"materials"_s}, {}}, true);
        QStringList empty;
        qsizetype needed = 0;
        for (const MaterialSlots::Slot &slot : MaterialSlots::forFiling(m_f)) {
            if (slot.need != MaterialSlots::Need::Needed)
                continue;
            ++needed;
            if (std::none_of(m_f.materials.cbegin(), m_f.materials.cend(), [&](const Material &m) { return slot.holds(m); }))
                empty << slot.title;
        }
        if (m_f.materials.isEmpty())
            set(s, Status::NotStarted, Checklist::tr("Attach the photos and scans to upload: %1.").arg(listText(empty)));
        else if (!empty.isEmpty())
            set(s, Status::InProgress, Checklist::tr("Still to attach: %1.").arg(listText(empty)));
        else
            set(s, Status::Done, Checklist::tr("Every needed file is attached (%n slot(s)); upload the prepared copies.",
                                               nullptr, int(needed)));
    }

    // A needed letter goes printed -> signed and sealed -> uploaded; the step is done when every needed
    // letter is uploaded (older files list them in lettersReady, without dates).
    void letterStep(const char *id, const QString &title, std::initializer_list<const char *> letterIds)
    {
        QStringList paths;
        for (const char *k : letterIds)
            paths << u"filing.letters."_s + QLatin1StringView(k);
        Step &s = add(id, Stage::Filing, title, {paths, {}}, false);
        QStringList toPrint, toSign, toUpload, ready, unknown, notes, notNeededNotes;
        for (const LetterRequirements::Letter &l : m_letters) {
            if (std::none_of(letterIds.begin(), letterIds.end(), [&](const char *k) { return l.id == QLatin1StringView(k); }))
                continue;
            const LetterProgress progress = m_f.filing.letters.value(l.id);
            switch (l.need) {
            case LetterRequirements::Need::Needed:
                if (!progress.uploadedOn.isEmpty() || m_f.filing.lettersReady.contains(l.id))
                    ready << l.title;
                else if (!progress.signedOn.isEmpty())
                    toUpload << l.title;
                else if (!progress.printedOn.isEmpty())
                    toSign << l.title;
                else
                    toPrint << l.title;
                notes << l.reason;
                break;
            case LetterRequirements::Need::Unknown:
                unknown << l.title;
                notes << l.reason;
                break;
            case LetterRequirements::Need::NotNeeded:
                notNeededNotes << l.title + u": "_s + l.reason;
                if (l.stricterReadingApplies)
                    notNeededNotes << l.stricterReading;
                break;
            }
        }
        const QString why = (notes + notNeededNotes).join(u' ');
        const bool started = !ready.isEmpty() || !toSign.isEmpty() || !toUpload.isEmpty();
        QStringList next;
        if (!toPrint.isEmpty())
            next << Checklist::tr("print %1").arg(listText(toPrint));
        if (!toSign.isEmpty())
            next << Checklist::tr("have %1 signed and sealed").arg(listText(toSign));
        if (!toUpload.isEmpty())
            next << Checklist::tr("upload %1").arg(listText(toUpload));
        if (ready.isEmpty() && !started && toPrint.isEmpty() && unknown.isEmpty())
            set(s, Status::NotNeeded, why);
        else if (!unknown.isEmpty() && !started && toPrint.isEmpty())
            set(s, Status::NotStarted, why);
        else if (next.isEmpty() && unknown.isEmpty())
            set(s, Status::Done, Checklist::tr("Signed, sealed and uploaded: %1.").arg(listText(ready)));
        else if (started)
            set(s, Status::InProgress, Checklist::tr("Next: %1. %2").arg(listText(next), why));
        else
            set(s, Status::NotStarted, Checklist::tr("Needed: %1. %2").arg(listText(toPrint + unknown), why));
    }

    // --- pitfalls -------------------------------------------------------------------------------------

    void pitfalls()
    {
        const MiniProgram &m = m_f.miniProgram;
        {
            Step &s = add("pitfall.nameCandidates", Stage::Pitfalls, Checklist::tr("Name candidates and trademark checks"),
                          {{u"miniProgram.nameCandidates"_s}, {u"pitfall.nameCandidates"_s, u"pitfall.trademark"_s}}, true);
            const QString chosen = Normalize::text(m.name);
            const NameCandidate *chosenCandidate = nullptr;
            qsizetype clear = 0;
            for (const NameCandidate &c : m.nameCandidates) {
                if (Normalize::text(c.name) == chosen)
                    chosenCandidate = &c;
                clear += c.trademark == u"clear"_s ? 1 : 0;
            }
            if (m.nameCandidates.isEmpty()) {
                set(s, Status::NotStarted, Checklist::tr("Avoid an arbitrary name: list several candidates and check "
                                                         "each for trademarks. Name changes are limited."));
            } else if (chosenCandidate && chosenCandidate->trademark == u"conflict"_s) {
                set(s, Status::Blocked, Checklist::tr("The chosen name \"%1\" conflicts with a trademark: choose "
                                                      "another candidate.")
                                            .arg(chosen));
            } else if (m.nameCandidates.size() < 2 || !chosenCandidate || chosenCandidate->trademark != u"clear"_s) {
                set(s, Status::InProgress, Checklist::tr("%1 candidates, %2 checked clear. Keep at least two, and check "
                                                         "the chosen name's trademark.")
                                               .arg(m.nameCandidates.size())
                                               .arg(clear));
            } else {
                set(s, Status::Done, Checklist::tr("%1 candidates, %2 clear of trademarks; \"%3\" chosen.")
                                         .arg(m.nameCandidates.size())
                                         .arg(clear)
                                         .arg(chosen));
            }
        }
        {
            Step &s = add("pitfall.nameChanges", Stage::Pitfalls, Checklist::tr("Name changes left"),
                          {{u"certification.nameChangesUsed"_s}, {u"nameChanges.none"_s, u"nameChanges.range"_s}}, false);
            const int left = nameChangesLeft(m_f.certification);
            const QString reset = QDate(m_today.year() + 1, 1, 1).toString(Qt::ISODate);
            if (m_f.certification.approvedOn.isEmpty()) {
                set(s, Status::NotStarted, Checklist::tr("Certification gives two name changes a year; until then "
                                                         "choose the name with care."));
            } else if (left <= 0) {
                set(s, Status::Blocked, Checklist::tr("No name change left this year; the quota resets to 2 on %1.")
                                            .arg(reset));
            } else {
                set(s, Status::Done, Checklist::tr("%1 of %2 name changes left this year; the quota resets on %3.")
                                         .arg(left)
                                         .arg(Validator::NameChangesPerYear)
                                         .arg(reset));
            }
        }
        {
            Step &s = add("pitfall.categories", Stage::Pitfalls,
                          Checklist::tr("Sensitive categories and pre-approval"),
                          {{u"miniProgram.serviceCategories"_s, u"miniProgram.preApproval"_s},
                           {u"preApproval.document"_s, u"preApproval.number"_s, u"preApproval.type"_s,
                            u"preApproval.noneAlone"_s}},
                          true);
            QStringList types, withoutNumber;
            for (const PreApproval &p : m.preApproval) {
                if (p.type.isEmpty() || p.type == Vocabulary::noPreApproval())
                    continue;
                const QString label = Vocabulary::label(Vocabulary::Kind::PreApprovalType, p.type);
                types << label;
                if (blank(p.approvalNumber))
                    withoutNumber << label;
            }
            if (m.preApproval.isEmpty() && m.serviceCategories.isEmpty()) {
                set(s, Status::NotStarted, Checklist::tr("Choose service categories from the official list of allowed "
                                                         "categories, avoiding sensitive ones: "
                                                         "https://developers.weixin.qq.com/minigame/product/material/"));
            } else if (!withoutNumber.isEmpty()) {
                set(s, Status::Blocked, Checklist::tr("Pre-approval needed for %1: enter the approval number and upload "
                                                      "the approval document, or drop the category.")
                                            .arg(listText(withoutNumber)));
            } else if (!types.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("Pre-approval categories (%1): upload each approval document "
                                                         "with the filing.")
                                               .arg(listText(types)));
            } else if (m.preApproval.isEmpty()) {
                set(s, Status::InProgress, Checklist::tr("State the pre-approval items, or \"none of these\"."));
            } else {
                set(s, Status::Done, Checklist::tr("No pre-approval category (news, publishing, education, medical "
                                                   "care, drugs and others) is involved."));
            }
        }
        renewalStep();
        sameAdministratorStep();
        {
            Step &s = add("pitfall.leaderReuse", Stage::Pitfalls,
                          Checklist::tr("Mini program leader not used under another entity"),
                          {{}, {u"pitfall.leaderReuse"_s}}, false);
            if (!m_in.leaderReuse || !m_in.leaderReuse->checked) {
                set(s, Status::NotStarted, Checklist::tr("Not compared with the other projects yet (needs the leader's "
                                                         "ID number and the keychain)."));
            } else if (!m_in.leaderReuse->conflicts.isEmpty()) {
                const KnownFiling &other = m_in.leaderReuse->conflicts.constFirst();
                set(s, Status::Blocked, Checklist::tr("Already the mini program leader of \"%1\" under %2: a mini "
                                                      "program leader cannot file under a different entity.")
                                            .arg(other.miniProgramName, other.entityName));
            } else {
                set(s, Status::Done, Checklist::tr("Not the mini program leader of any other entity's filing (%n other "
                                                   "filing(s) on this computer compared).",
                                                   nullptr, int(m_in.leaderReuse->compared)));
            }
        }
    }

    void renewalStep()
    {
        Step &s = add("pitfall.renewal", Stage::Pitfalls, Checklist::tr("Yearly renewal and its cost"), {}, false);
        const Deadline *expiry = deadline(DeadlineIds::CertificationExpiry);
        const Deadline *reminder = deadline(DeadlineIds::ExpiryReminder3Months);
        if (!expiry) {
            set(s, Status::NotStarted, Checklist::tr("Certification costs %1 RMB, is not refunded and must be renewed "
                                                     "every year.")
                                           .arg(Deadlines::CertificationFeeRmb));
        } else if (expiry->urgency(m_in.now) == Deadline::Urgency::Overdue) {
            set(s, Status::Blocked, Checklist::tr("The certification expired on %1: renew it (%2 RMB) to keep the "
                                                  "mini program's certified features.")
                                        .arg(expiry->when())
                                        .arg(Deadlines::CertificationFeeRmb));
        } else if (reminder && reminder->date <= m_today) {
            set(s, Status::InProgress, Checklist::tr("The certification expires on %1: start the annual review now "
                                                     "(%2 RMB, not refunded).")
                                           .arg(expiry->when())
                                           .arg(Deadlines::CertificationFeeRmb));
        } else {
            set(s, Status::Done, Checklist::tr("Valid until %1; renew before then (%2 RMB each year, not refunded). "
                                               "Reminders: 3 months, 2 months, 1 month and 7 days before.")
                                     .arg(expiry->when())
                                     .arg(Deadlines::CertificationFeeRmb));
        }
    }

    void sameAdministratorStep()
    {
        Step &s = add("pitfall.sameAdministrator", Stage::Pitfalls,
                      Checklist::tr("Administrator and entity leader the same person"), {}, false);
        const QString admin = m_f.registration.administrator;
        const QString leader = m_f.entity.leader;
        const bool submitted = !m_f.filing.submittedOn.isEmpty()
            || (!m_f.filing.status.isEmpty() && m_f.filing.status != u"draft"_s);
        if (submitted) {
            set(s, Status::NotNeeded, Checklist::tr("The filing is submitted; the administrator can be changed now if "
                                                    "needed."));
        } else if (admin.isEmpty() || leader.isEmpty()) {
            set(s, Status::NotStarted, Checklist::tr("Tip: make the administrator and the entity leader the same "
                                                     "person before filing to skip the authorization letter."));
        } else if (LetterRequirements::samePerson(m_f, admin, leader)
                   && (m_f.miniProgram.leader.isEmpty() || LetterRequirements::samePerson(m_f, m_f.miniProgram.leader, leader))) {
            set(s, Status::Done, Checklist::tr("%1 is administrator and entity leader: no authorization letter for the "
                                               "mini program leader.")
                                     .arg(personName(m_f, leader)));
        } else {
            set(s, Status::InProgress, Checklist::tr("Tip: the administrator (%1) and the entity leader (%2) differ. "
                                                     "Making one person administrator, entity leader and mini program "
                                                     "leader before filing skips the authorization letter; the "
                                                     "administrator can be changed after filing.")
                                           .arg(personName(m_f, admin), personName(m_f, leader)));
        }
    }

    // --- findings and prerequisites -------------------------------------------------------------------

    // The role paths a person's fields count under: a finding on people[1].mobile belongs to every step
    // where that person holds a role.
    QStringList rolePathsOf(const QString &personPath) const
    {
        static const QRegularExpression indexed(u"^people\\[(\\d+)\\]"_s);
        const auto match = indexed.match(personPath);
        if (!match.hasMatch())
            return {};
        const qsizetype index = match.captured(1).toLongLong();
        if (index >= m_f.people.size())
            return {};
        QStringList paths;
        for (Roles::Role role : Roles::heldBy(m_f, m_f.people.at(index).id))
            paths << Roles::path(role);
        return paths;
    }

    void assignFindings(Findings &unassigned)
    {
        for (const Finding &finding : m_in.findings) {
            bool placed = false;
            for (qsizetype i = 0; i < m_steps.size() && !placed; ++i) {
                if (m_owns.at(i).rules.contains(finding.rule)) {
                    m_steps[i].findings.append(finding);
                    placed = true;
                }
            }
            if (placed)
                continue;
            QStringList paths{finding.path};
            if (finding.path.startsWith(u"people["_s))
                paths += rolePathsOf(finding.path); // the People step, and every step of the person's roles
            for (qsizetype i = 0; i < m_steps.size(); ++i) {
                const bool owns = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
                    return std::any_of(m_owns.at(i).paths.cbegin(), m_owns.at(i).paths.cend(),
                                       [&](const QString &prefix) { return pathUnder(p, prefix); });
                });
                if (owns) {
                    m_steps[i].findings.append(finding);
                    placed = true;
                }
            }
            if (!placed)
                unassigned.append(finding);
        }
    }

    // Errors hold a step up: a data step cannot be done with errors, an event step that has not happened
    // yet is blocked by them.
    static void applyFindings(Step &s, bool dataStep)
    {
        const qsizetype errors = errorCount(s.findings);
        if (errors == 0 || s.status == Status::NotNeeded || s.status == Status::Blocked)
            return;
        if (s.status == Status::Done && !dataStep)
            return;
        const QString first = std::find_if(s.findings.cbegin(), s.findings.cend(), [](const Finding &f) {
                                  return f.isError();
                              })->message;
        s.status = Status::Blocked;
        s.reason = Checklist::tr("Blocked by %n error(s); first: %1", nullptr, int(errors)).arg(first);
    }

    // A step whose turn has not come is blocked by the unfinished steps it waits for.
    void applyPrerequisites()
    {
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            Step &s = m_steps[i];
            if (s.status != Status::NotStarted)
                continue;
            QStringList waiting;
            for (const QString &id : m_prerequisites.at(i)) {
                const auto it = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const Step &o) { return o.id == id; });
                if (it != m_steps.cend() && !it->isFinished())
                    waiting << it->title;
            }
            if (!waiting.isEmpty()) {
                s.status = Status::Blocked;
                s.reason = Checklist::tr("Waiting for: %1. %2").arg(listText(waiting), s.reason);
            }
        }
    }

    const Filing &m_f;
    const Checklist::Inputs &m_in;
    const QDate m_today;
    const QList<LetterRequirements::Letter> m_letters;
    QList<Step> m_steps;
    QList<Ownership> m_owns;
    QList<bool> m_dataStep;
    QList<QStringList> m_prerequisites;
};

} // namespace

Checklist Checklist::build(const Filing &filing, const Inputs &inputs)
{
    Checklist checklist;
    checklist.m_steps = Builder(filing, inputs).run(checklist.m_unassigned);
    return checklist;
}

const Step *Checklist::step(const QString &id) const
{
    for (const Step &s : m_steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace mpdesk
