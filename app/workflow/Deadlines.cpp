#include "workflow/Deadlines.h"

#include "core/Timezone.h"
#include "model/Vocabulary.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"
#include "workflow/WorkingCalendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// Whether the validator refused the date at `path` (not a date, outside the plausible years, before the
// event it follows): a deadline reckoned from it would be shown, exported and reminded of as if true.
bool rejected(const Findings &findings, const QString &path)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&path](const Finding &f) { return f.isError() && f.path == path; });
}

bool plausible(QDate date)
{
    return date.year() >= Validator::FirstYear && date.year() <= Validator::LastYear;
}

// The date at `path`, or an invalid date when there is none the deadlines may be reckoned from.
QDate dateOf(const DateField &value, const QString &path, const Findings &findings)
{
    const QDate date = value.date();
    return date.isValid() && plausible(date) && !rejected(findings, path) ? date : QDate();
}

QDateTime momentOf(const TimestampField &value, const QString &path, const Findings &findings)
{
    const QDateTime moment = value.moment();
    return moment.isValid() && plausible(moment.date()) && !rejected(findings, path) ? moment : QDateTime();
}

// The platform review is over once the request has moved on, whatever its outcome.
bool platformReviewOver(const Filing &f)
{
    return !f.filing.platformApprovedOn.isEmpty() || f.filing.status == FilingStatus::PlatformRejected
        || f.filing.status == FilingStatus::BureauReview || f.filing.status == FilingStatus::BureauRejected
        || f.filing.status == FilingStatus::Filed;
}

Deadline make(const char *id, Deadline::Kind kind, const QString &title, const QString &path)
{
    Deadline d;
    d.id = QString::fromLatin1(id);
    d.kind = kind;
    d.title = title;
    d.path = path;
    return d;
}

void addExpiry(QList<Deadline> &out, QDate approved)
{
    const QDate expiry = approved.addYears(1);
    Deadline d = make(DeadlineIds::CertificationExpiry, Deadline::Kind::Deadline,
                      Deadlines::tr("Certification expires"), u"certification.approvedOn"_s);
    d.date = expiry;
    d.detail = Deadlines::tr("WeChat certification is valid for one year from its approval on %1. Complete the "
                             "annual review before this day; each certification costs %2 RMB and is not refunded.")
                   .arg(approved.toString(Qt::ISODate))
                   .arg(Deadlines::CertificationFeeRmb);
    out.append(d);

    const struct
    {
        const char *id;
        QDate date;
        QString title;
    } reminders[] = {
        {DeadlineIds::ExpiryReminder3Months, expiry.addMonths(-3), Deadlines::tr("Certification expires in 3 months")},
        {DeadlineIds::ExpiryReminder2Months, expiry.addMonths(-2), Deadlines::tr("Certification expires in 2 months")},
        {DeadlineIds::ExpiryReminder1Month, expiry.addMonths(-1), Deadlines::tr("Certification expires in 1 month")},
        {DeadlineIds::ExpiryReminder7Days, expiry.addDays(-7), Deadlines::tr("Certification expires in 7 days")},
    };
    for (const auto &r : reminders) {
        Deadline reminder = make(r.id, Deadline::Kind::Reminder, r.title, u"certification.approvedOn"_s);
        reminder.date = r.date;
        reminder.detail = Deadlines::tr("The certification expires on %1. Start the annual review in time; it "
                                        "costs %2 RMB.")
                              .arg(expiry.toString(Qt::ISODate))
                              .arg(Deadlines::CertificationFeeRmb);
        out.append(reminder);
    }
}

} // namespace

QList<Deadline> Deadlines::compute(const Filing &f, const WorkingCalendar &calendar, const QDateTime &now,
                                   const Findings &validation)
{
    QList<Deadline> out;
    const QDate today = inChina(now).date();

    // Payment verification: counted in calendar days, as the platform states it.
    const QDate paymentStart =
        dateOf(f.registration.verification.startedOn, u"registration.verification.startedOn"_s, validation);
    if (f.registration.verification.method == VerificationMethod::Payment && paymentStart.isValid()) {
        Deadline d = make(DeadlineIds::PaymentVerification, Deadline::Kind::Deadline,
                          tr("Payment verification transfer due"), u"registration.verification.startedOn"_s);
        d.date = paymentStart.addDays(PaymentVerificationDays);
        d.done = !f.registration.verification.completedOn.isEmpty();
        d.detail = tr("Transfer the stated amount from the corporate bank account to Tencent within %1 days of "
                      "starting payment verification (started %2). Otherwise verification fails and must be "
                      "started again.")
                       .arg(PaymentVerificationDays)
                       .arg(paymentStart.toString(Qt::ISODate));
        out.append(d);
    }

    const QDate certified = dateOf(f.certification.approvedOn, u"certification.approvedOn"_s, validation);
    const KeywordField<InvoiceType> &invoiceType = f.certification.invoice.type;
    if (certified.isValid() && (invoiceType == InvoiceType::Electronic || invoiceType == InvoiceType::VatSpecial)) {
        const bool electronic = invoiceType == InvoiceType::Electronic;
        const int days = electronic ? ElectronicInvoiceWorkingDays : VatInvoiceWorkingDays;
        Deadline d = make(DeadlineIds::InvoiceArrival, Deadline::Kind::Expectation,
                          electronic ? tr("Electronic invoice expected") : tr("Paper VAT special invoice expected"),
                          u"certification.invoice.receivedOn"_s);
        const auto reckoned = calendar.addWorkingDays(certified, days);
        d.date = reckoned.value;
        d.yearsWithoutData = reckoned.yearsWithoutData;
        d.done = !f.certification.invoice.receivedOn.isEmpty();
        d.detail = tr("Tencent issues the invoice about %1 working days after the certification approval (%2). If "
                      "it has not arrived by then, ask WeChat customer service; when it arrives, enter the date.")
                       .arg(days)
                       .arg(certified.toString(Qt::ISODate));
        out.append(d);
    }

    if (certified.isValid()) {
        addExpiry(out, certified);

        // The quota resets every 1 January; the next reset is the one that matters to the clerk.
        Deadline d = make(DeadlineIds::NameChangeReset, Deadline::Kind::Reminder, tr("Name changes reset to 2"),
                          u"certification.nameChangesUsed"_s);
        d.date = QDate(today.year() + 1, 1, 1);
        d.detail = tr("On 1 January the mini program has 2 name changes again for the new year (%1 used so far).")
                       .arg(f.certification.nameChangesUsed.value_or(0));
        out.append(d);
    }

    const QDateTime smsAt = momentOf(f.filing.smsReceivedAt, u"filing.smsReceivedAt"_s, validation);
    if (smsAt.isValid()) {
        Deadline d = make(DeadlineIds::SmsVerification, Deadline::Kind::Deadline,
                          tr("Answer the MIIT SMS verification"), u"filing.smsReceivedAt"_s);
        d.moment = inChina(smsAt.addSecs(qint64(SmsVerificationHours) * 3600));
        d.date = d.moment.date();
        d.done = !f.filing.smsVerifiedAt.isEmpty() || f.filing.status == FilingStatus::Filed
            || !f.filing.recordNumber.trimmed().isEmpty();
        d.detail = tr("The verification SMS from 12381 arrived at %1 (Beijing time). Enter its code in the MIIT "
                      "filing system within %2 hours, or the filing is returned.")
                       .arg(inChina(smsAt).toString(u"yyyy-MM-dd HH:mm"_s))
                       .arg(SmsVerificationHours);
        out.append(d);
    }

    const QDate submitted = dateOf(f.filing.submittedOn, u"filing.submittedOn"_s, validation);
    if (submitted.isValid()) {
        const auto earliest = calendar.addWorkingDays(submitted, PlatformReviewMinWorkingDays);
        const auto latest = calendar.addWorkingDays(submitted, PlatformReviewMaxWorkingDays);
        const struct
        {
            const char *id;
            QString title, detail;
        } items[] = {
            {DeadlineIds::PlatformReview, tr("Platform review result expected"),
             tr("The platform reviews a filing in about %1 to %2 working days (submitted %3). If there is no result "
                "by then, check the filing page for messages.")},
            {DeadlineIds::VerificationCall, tr("Expect the platform's verification call"),
             tr("The platform calls the leaders %1 to %2 working days after submission (submitted %3). Keep the phones "
                "listed in the filing reachable.")},
        };
        for (const auto &item : items) {
            Deadline d = make(item.id, Deadline::Kind::Expectation, item.title, u"filing.submittedOn"_s);
            d.earliest = earliest.value;
            d.date = latest.value;
            d.yearsWithoutData = latest.yearsWithoutData;
            d.done = platformReviewOver(f);
            d.detail = QString(item.detail)
                           .arg(PlatformReviewMinWorkingDays)
                           .arg(PlatformReviewMaxWorkingDays)
                           .arg(submitted.toString(Qt::ISODate));
            out.append(d);
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.date < b.date; });
    return out;
}

Findings Deadlines::findings(const QList<Deadline> &deadlines, const QDateTime &now)
{
    Findings out;
    for (const Deadline &d : deadlines) {
        // Only what the clerk must do by a date is a finding; what the platform or Tencent should do by
        // then (and reminders) shows in the checklist step and the calendar, since no correction of the
        // filing would clear it. So does a date reckoned in working days of a year without a holiday notice:
        // only those expectations are reckoned in working days.
        if (d.kind != Deadline::Kind::Deadline || d.done)
            continue;
        switch (d.urgency(now)) {
        case Deadline::Urgency::Overdue:
            out.append(RuleCatalogue::finding(Finding::Severity::Error, d.path, RuleId::DeadlineOverdue,
                                              tr("Overdue since %1: %2. %3").arg(d.when(), d.title, d.detail)));
            break;
        case Deadline::Urgency::DueSoon:
            out.append(RuleCatalogue::finding(Finding::Severity::Warning, d.path, RuleId::DeadlineDueSoon,
                                              tr("Due %1: %2. %3").arg(d.when(), d.title, d.detail)));
            break;
        case Deadline::Urgency::Upcoming:
        case Deadline::Urgency::Done:
            break;
        }
    }
    return out;
}

const Deadline *Deadlines::find(const QList<Deadline> &deadlines, const QString &id)
{
    for (const Deadline &d : deadlines) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace mpdesk
