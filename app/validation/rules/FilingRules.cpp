#include "validation/rules/FilingRules.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/ReferenceData.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

void FilingRules::check(const Filing &filing, FindingSink &sink)
{
    const FilingStage &f = filing.filing;
    FieldRules::keyword(sink, Vocabulary::Kind::FilingStatus, u"filing.status"_s, f.status.text());
    FieldRules::date(sink, u"filing.submittedOn"_s, f.submittedOn);
    FieldRules::date(sink, u"filing.platformApprovedOn"_s, f.platformApprovedOn);
    FieldRules::date(sink, u"miniProgram.leaderFaceVerifiedOn"_s, filing.miniProgram.leaderFaceVerifiedOn);
    FieldRules::notBefore(sink, u"filing.platformApprovedOn"_s, f.platformApprovedOn, u"filing.submittedOn"_s,
                          f.submittedOn);
    const QDateTime received = FieldRules::timestamp(sink, u"filing.smsReceivedAt"_s, f.smsReceivedAt);
    const QDateTime verified = FieldRules::timestamp(sink, u"filing.smsVerifiedAt"_s, f.smsVerifiedAt);
    if (received.isValid() && verified.isValid() && verified < received) {
        sink.error(u"filing.smsVerifiedAt"_s, RuleId::DateOrder,
                   Validator::tr("The SMS cannot be verified before it arrived (%1). Correct one of the two times.")
                       .arg(f.smsReceivedAt.text()));
    }
    for (auto it = f.letters.cbegin(); it != f.letters.cend(); ++it) {
        const QString base = u"filing.letters."_s + it.key() + u'.';
        FieldRules::date(sink, base + u"printedOn"_s, it->printedOn);
        FieldRules::date(sink, base + u"signedOn"_s, it->signedOn);
        FieldRules::date(sink, base + u"uploadedOn"_s, it->uploadedOn);
        FieldRules::notBefore(sink, base + u"signedOn"_s, it->signedOn, base + u"printedOn"_s, it->printedOn);
        FieldRules::notBefore(sink, base + u"uploadedOn"_s, it->uploadedOn, base + u"signedOn"_s, it->signedOn);
    }
    if (f.status == FilingStatus::PlatformRejected) {
        const QString reason = Normalize::text(f.platformRejectionReason);
        // What the platform asks for is the clerk's next task, not a mistake in the filing.
        sink.toDo(u"filing.platformRejectionReason"_s, RuleId::PlatformRejected,
                  reason.isEmpty() ? Validator::tr("The platform rejected the filing: enter the reason it gave.")
                                   : Validator::tr("The platform rejected the filing: \"%1\". Correct this, submit "
                                                   "again and set the status back to platform review.")
                                         .arg(reason));
    }
    const QString number = Normalize::text(f.recordNumber);
    if (!number.isEmpty())
        recordNumber(filing, number, sink);
    // The bureau gives the number only with its approval: a status still "in review" is out of date.
    if (!number.isEmpty() && f.status != FilingStatus::Filed) {
        const QString filed = Vocabulary::label(Vocabulary::Kind::FilingStatus, u"filed"_s);
        sink.warning(u"filing.status"_s, RuleId::RecordNumberStatus,
                     f.status.isEmpty()
                         ? Validator::tr("The record number is entered, so the filing is approved: set the status "
                                         "to \"%1\".")
                               .arg(filed)
                         : Validator::tr("The record number is entered, so the filing is approved, but the status "
                                         "says \"%1\": set it to \"%2\".")
                               .arg(f.status.label(), filed));
    }
}

void FilingRules::recordNumber(const Filing &filing, const QString &number, FindingSink &sink)
{
    const ReferenceData &ref = ReferenceData::instance();
    static const QRegularExpression form(u"^(.)(\\D+)(\\d{8,12})\\x{53F7}-(\\d+)X$"_s); // 号
    const auto match = form.match(number);
    const bool ok = match.hasMatch() && ref.abbreviations().contains(match.captured(1))
        && match.captured(2) == ref.recordNumberSuffix();
    if (!ok) {
        sink.error(
            u"filing.recordNumber"_s, RuleId::RecordNumberFormat,
            Validator::tr("\"%1\" is not a mini program's ICP record number, which looks like %2: the province's "
                          "abbreviation, %3, digits, a dash, a number and X. Copy it from the filing system.")
                .arg(number, ref.example(u"recordNumber"_s), ref.recordNumberSuffix()));
        return;
    }
    const auto *province = ref.province(Normalize::code(filing.entity.region.province));
    if (province && match.captured(1) != province->abbreviation) {
        sink.warning(
            u"filing.recordNumber"_s, RuleId::RecordNumberProvince,
            Validator::tr("The record number starts with \"%1\", but the filing region is %2 (\"%3\"). Check the "
                          "number and the region.")
                .arg(match.captured(1), province->name, province->abbreviation));
    }
}

} // namespace mpdesk
