#include "validation/rules/MiniProgramRules.h"

#include "core/Normalize.h"
#include "model/Vocabulary.h"
#include "validation/ReferenceData.h"
#include "validation/Validator.h"
#include "validation/rules/FieldRules.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

using Severity = Finding::Severity;

void MiniProgramRules::check(const Filing &filing, FindingSink &sink)
{
    const MiniProgram &m = filing.miniProgram;
    const QString name = Normalize::text(m.name);
    if (name.isEmpty()) {
        sink.toDo(
            u"miniProgram.name"_s, RuleId::MiniProgramName,
            Validator::tr("Enter the mini program's name (check the trademark first: name changes are limited)."));
    } else {
        for (const QString &word : ReferenceData::instance().forbiddenNameWords()) {
            if (name.contains(word)) {
                sink.error(u"miniProgram.name"_s, RuleId::MiniProgramNameForbidden,
                           Validator::tr("The name may not contain \"%1\". Choose a name without it.").arg(word));
            }
        }
        // Third-party guides: 4 to 30 units, a Chinese character counting as two (not confirmed by WeChat).
        qsizetype units = 0;
        for (QChar c : name)
            units += c.unicode() < 0x80 ? 1 : 2;
        if (units < 4 || units > 30) {
            sink.warning(
                u"miniProgram.name"_s, RuleId::MiniProgramNameLength,
                Validator::tr("Names are said to need 4 to 30 characters, a Chinese character counting as two; "
                              "this one counts %1. The platform will tell for sure.")
                    .arg(units));
        }
    }

    nameCandidates(filing, name, sink);

    const qsizetype length = Normalize::text(m.description).size();
    if (length < Validator::DescriptionMinLength || length > Validator::DescriptionMaxLength) {
        sink.add(length == 0 ? Severity::ToDo : Severity::Error, u"miniProgram.description"_s,
                 RuleId::MiniProgramDescription,
                 Validator::tr("Describe what the mini program actually does in %1 to %2 characters; this has %3.")
                     .arg(Validator::DescriptionMinLength)
                     .arg(Validator::DescriptionMaxLength)
                     .arg(length));
    }

    const qsizetype categories = m.serviceCategories.size();
    if (categories < 1 || categories > Validator::MaxServiceCategories) {
        sink.add(categories == 0 ? Severity::ToDo : Severity::Error, u"miniProgram.serviceCategories"_s,
                 RuleId::MiniProgramCategories,
                 Validator::tr("Choose 1 to %1 service categories (second-level categories only); %2 are chosen.")
                     .arg(Validator::MaxServiceCategories)
                     .arg(categories));
    }
    for (qsizetype i = 0; i < categories; ++i) {
        if (Normalize::text(m.serviceCategories.at(i)).isEmpty()) {
            sink.error(FieldRules::at(u"miniProgram.serviceCategories"_s, i), RuleId::MiniProgramCategories,
                       Validator::tr("This service category is empty. Choose a category or remove the line."));
        }
    }
    preApproval(filing, sink);
}

void MiniProgramRules::nameCandidates(const Filing &filing, const QString &chosen, FindingSink &sink)
{
    const QList<NameCandidate> &candidates = filing.miniProgram.nameCandidates;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        FieldRules::keyword(sink, Vocabulary::Kind::Trademark,
                            FieldRules::at(u"miniProgram.nameCandidates"_s, i) + u".trademark"_s,
                            candidates.at(i).trademark.text());
    }
    if (candidates.size() < 2) {
        sink.add(candidates.isEmpty() ? Severity::ToDo : Severity::Warning, u"miniProgram.nameCandidates"_s,
                 RuleId::NameCandidates,
                 Validator::tr("Prepare at least two candidate names and check their trademarks: a rejected name "
                               "costs a name change."));
    }
    if (chosen.isEmpty())
        return;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (Normalize::text(candidates.at(i).name) != chosen)
            continue;
        if (candidates.at(i).trademark != Trademark::Clear) {
            sink.warning(
                FieldRules::at(u"miniProgram.nameCandidates"_s, i) + u".trademark"_s, RuleId::Trademark,
                Validator::tr("The trademark of the chosen name \"%1\" is not checked as clear. Check it before "
                              "submitting: name changes are limited.")
                    .arg(chosen));
        }
        return;
    }
    sink.warning(u"miniProgram.nameCandidates"_s, RuleId::Trademark,
                 Validator::tr("The chosen name \"%1\" is not among the candidates, so its trademark check is not "
                               "recorded. Add it and check it.")
                     .arg(chosen));
}

void MiniProgramRules::preApproval(const Filing &filing, FindingSink &sink)
{
    const QList<PreApproval> &items = filing.miniProgram.preApproval;
    const QString path = u"miniProgram.preApproval"_s;
    if (items.isEmpty()) {
        sink.toDo(path, RuleId::Required,
                  Validator::tr("Declare the pre-approval items: each category that applies, or \"none of these\"."));
        return;
    }
    bool hasNone = false;
    for (const PreApproval &item : items)
        hasNone = hasNone || item.type == PreApprovalType::None;
    if (hasNone && items.size() > 1) {
        sink.error(path, RuleId::PreApprovalNoneAlone,
                   Validator::tr("\"None of these\" cannot be combined with other pre-approval items. Keep either "
                                 "\"none of these\" or the categories that apply."));
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PreApproval &item = items.at(i);
        const QString base = FieldRules::at(path, i);
        if (item.type.isEmpty()) {
            sink.error(base + u".type"_s, RuleId::PreApprovalType,
                       Validator::tr("Choose the pre-approval category, or remove the line."));
            continue;
        }
        if (!FieldRules::keyword(sink, Vocabulary::Kind::PreApprovalType, base + u".type"_s, item.type.text())
            || item.type == PreApprovalType::None)
            continue;
        const QString label = item.type.label();
        if (Normalize::text(item.approvalNumber).isEmpty()) {
            sink.error(base + u".approvalNumber"_s, RuleId::PreApprovalNumber,
                       Validator::tr("%1 needs the approval number from the authority (for example %2).")
                           .arg(label, ReferenceData::instance().example(u"approvalNumber"_s)));
        }
        sink.warning(base + u".type"_s, RuleId::PreApprovalDocument,
                     Validator::tr("%1 is a sensitive category: upload the approval document with the filing, and be "
                                   "sure the mini program really needs this category.")
                         .arg(label));
    }
}

} // namespace mpdesk
