#include "validation/rules/TextRules.h"

#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

void TextRules::check(const Filing &filing, FindingSink &sink)
{
    const Entity &e = filing.entity;
    const Invoice &inv = filing.certification.invoice;
    const MiniProgram &m = filing.miniProgram;
    auto text = [&sink](const QString &path, const QString &value, qsizetype maxLength, bool lineBreaks = false) {
        FieldRules::text(sink, path, value, maxLength, lineBreaks);
    };
    text(u"entity.name"_s, e.name, Validator::MaxNameLength);
    text(u"entity.creditCode"_s, e.creditCode, Validator::MaxCodeLength);
    text(u"entity.registeredAddress"_s, e.registeredAddress, Validator::MaxAddressLength);
    text(u"entity.mailingAddress"_s, e.mailingAddress, Validator::MaxAddressLength);
    text(u"registration.email"_s, filing.registration.email, Validator::MaxCodeLength);
    for (qsizetype i = 0; i < filing.people.size(); ++i) {
        const Person &p = filing.people.at(i);
        const QString base = FieldRules::at(u"people"_s, i) + u'.';
        text(base + u"id"_s, p.id, Validator::MaxCodeLength);
        text(base + u"name"_s, p.name, Validator::MaxNameLength);
        text(base + u"idNumber"_s, p.idNumber.value, Validator::MaxCodeLength);
        text(base + u"mobile"_s, p.mobile, Validator::MaxCodeLength);
        text(base + u"emergencyMobile"_s, p.emergencyMobile, Validator::MaxCodeLength);
        text(base + u"email"_s, p.email, Validator::MaxCodeLength);
    }
    const QString invoice = u"certification.invoice."_s;
    text(invoice + u"title"_s, inv.title, Validator::MaxNameLength);
    text(invoice + u"taxId"_s, inv.taxId, Validator::MaxCodeLength);
    text(invoice + u"address"_s, inv.address, Validator::MaxAddressLength);
    text(invoice + u"phone"_s, inv.phone, Validator::MaxCodeLength);
    text(invoice + u"bankName"_s, inv.bankName, Validator::MaxNameLength);
    text(invoice + u"bankAccount"_s, inv.bankAccount.value, Validator::MaxCodeLength);
    text(invoice + u"mailingAddress"_s, inv.mailingAddress, Validator::MaxAddressLength);
    text(invoice + u"recipient"_s, inv.recipient, Validator::MaxNameLength);
    text(invoice + u"recipientPhone"_s, inv.recipientPhone, Validator::MaxCodeLength);
    text(u"miniProgram.name"_s, m.name, Validator::MaxNameLength);
    text(u"miniProgram.appId"_s, m.appId, Validator::MaxCodeLength);
    // The description's length has its own rule (MiniProgramRules); line breaks are fine in it.
    text(u"miniProgram.description"_s, m.description, -1, true);
    for (qsizetype i = 0; i < m.nameCandidates.size(); ++i) {
        const QString base = FieldRules::at(u"miniProgram.nameCandidates"_s, i) + u'.';
        text(base + u"name"_s, m.nameCandidates.at(i).name, Validator::MaxNameLength);
        text(base + u"note"_s, m.nameCandidates.at(i).note, Validator::MaxAddressLength, true);
    }
    for (qsizetype i = 0; i < m.preApproval.size(); ++i) {
        text(FieldRules::at(u"miniProgram.preApproval"_s, i) + u".approvalNumber"_s, m.preApproval.at(i).approvalNumber,
             Validator::MaxCodeLength);
    }
    text(u"filing.recordNumber"_s, filing.filing.recordNumber, Validator::MaxCodeLength);
}

} // namespace mpdesk
