#pragma once

#include "model/Filing.h"
#include "validation/Finding.h"
#include "workflow/Deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace mpdesk {

class WorkingCalendar;

/// The filing's deadlines and reminders, reckoned from its dates in Asia/Shanghai on China's working-day
/// calendar, and the findings they give rise to (overdue, due soon, reckoned without a holiday notice).
class Deadlines final
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)

public:
    /// Every deadline the filing's data allows to be dated, ordered by date. `now` fixes "this year" for
    /// the name-change quota; nothing else depends on it. No deadline comes from a date outside the
    /// validator's years or one that `validation` (the validator's findings) rejects.
    static QList<Deadline> compute(const Filing &filing, const WorkingCalendar &calendar, const QDateTime &now,
                                   const Findings &validation = {});

    /// For pending deadlines of Kind::Deadline: overdue as errors, due within Deadline::DueSoonDays as
    /// warnings. Expectations and reminders give no findings (their steps say when they are due, and
    /// whether a holiday notice was missing to reckon it). Rules: "deadline.overdue", "deadline.dueSoon".
    static Findings findings(const QList<Deadline> &deadlines, const QDateTime &now);

    /// The deadline with this id, or nullptr.
    static const Deadline *find(const QList<Deadline> &deadlines, const QString &id);

    static constexpr int PaymentVerificationDays = 10;
    static constexpr int ElectronicInvoiceWorkingDays = 8;
    static constexpr int VatInvoiceWorkingDays = 30;
    static constexpr int SmsVerificationHours = 24;
    static constexpr int PlatformReviewMinWorkingDays = 1;
    static constexpr int PlatformReviewMaxWorkingDays = 2;
    static constexpr int CertificationFeeRmb = 300;
};

/// Stable deadline ids; they end up in calendar UIDs, so they never change.
namespace DeadlineIds {
inline constexpr auto PaymentVerification = "payment-verification";
inline constexpr auto InvoiceArrival = "invoice-arrival";
inline constexpr auto CertificationExpiry = "certification-expiry";
inline constexpr auto ExpiryReminder3Months = "certification-expiry-reminder-3m";
inline constexpr auto ExpiryReminder2Months = "certification-expiry-reminder-2m";
inline constexpr auto ExpiryReminder1Month = "certification-expiry-reminder-1m";
inline constexpr auto ExpiryReminder7Days = "certification-expiry-reminder-7d";
inline constexpr auto SmsVerification = "sms-verification";
inline constexpr auto PlatformReview = "platform-review";
inline constexpr auto VerificationCall = "verification-call";
inline constexpr auto NameChangeReset = "name-change-reset";
} // namespace DeadlineIds

} // namespace mpdesk
