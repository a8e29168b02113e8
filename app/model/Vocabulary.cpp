#include "model/Vocabulary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

struct Term
{
    const char *keyword;
    const char *label; // translated in the Vocabulary context
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them at the time of use so that a
// language switch is seen at once.
const QList<Term> &terms(Vocabulary::Kind kind)
{
    static const QHash<Vocabulary::Kind, QList<Term>> all = {
        {Vocabulary::Kind::EntityType,
         {{"enterprise", QT_TRANSLATE_NOOP("Vocabulary", "Enterprise")},
          {"individual_business", QT_TRANSLATE_NOOP("Vocabulary", "Individual business")},
          {"government", QT_TRANSLATE_NOOP("Vocabulary", "Government")},
          {"media", QT_TRANSLATE_NOOP("Vocabulary", "Media")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other organisation")},
          {"individual", QT_TRANSLATE_NOOP("Vocabulary", "Individual")}}},
        {Vocabulary::Kind::IdType,
         {{"resident_id", QT_TRANSLATE_NOOP("Vocabulary", "Resident identity card")},
          {"passport", QT_TRANSLATE_NOOP("Vocabulary", "Passport")},
          {"hk_macao_permit",
           QT_TRANSLATE_NOOP("Vocabulary", "Mainland travel permit for Hong Kong and Macao residents")},
          {"taiwan_permit", QT_TRANSLATE_NOOP("Vocabulary", "Mainland travel permit for Taiwan residents")},
          {"foreign_permanent_residence", QT_TRANSLATE_NOOP("Vocabulary", "Foreign permanent resident ID card")},
          {"hk_macao_residence", QT_TRANSLATE_NOOP("Vocabulary", "Residence permit for Hong Kong and Macao residents")},
          {"taiwan_residence", QT_TRANSLATE_NOOP("Vocabulary", "Residence permit for Taiwan residents")}}},
        {Vocabulary::Kind::VerificationMethod,
         {{"payment", QT_TRANSLATE_NOOP("Vocabulary", "Payment verification (corporate transfer within 10 days)")},
          {"wechat", QT_TRANSLATE_NOOP("Vocabulary", "WeChat verification (300 RMB fee)")}}},
        {Vocabulary::Kind::PrimaryVerification,
         {{"bank_transfer", QT_TRANSLATE_NOOP("Vocabulary", "Corporate bank transfer")},
          {"legal_person_face", QT_TRANSLATE_NOOP("Vocabulary", "Legal representative face verification")},
          {"electronic_license", QT_TRANSLATE_NOOP("Vocabulary", "Electronic business licence")}}},
        {Vocabulary::Kind::InvoiceType,
         {{"none", QT_TRANSLATE_NOOP("Vocabulary", "No invoice")},
          {"electronic", QT_TRANSLATE_NOOP("Vocabulary", "Electronic invoice")},
          {"vat_special", QT_TRANSLATE_NOOP("Vocabulary", "Paper VAT special invoice")}}},
        {Vocabulary::Kind::Trademark,
         {{"unchecked", QT_TRANSLATE_NOOP("Vocabulary", "Not checked")},
          {"clear", QT_TRANSLATE_NOOP("Vocabulary", "Clear")},
          {"conflict", QT_TRANSLATE_NOOP("Vocabulary", "Conflict")}}},
        {Vocabulary::Kind::FilingStatus,
         {{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
          {"platform_review", QT_TRANSLATE_NOOP("Vocabulary", "Platform review")},
          {"platform_rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected by the platform")},
          {"bureau_review", QT_TRANSLATE_NOOP("Vocabulary", "MIIT bureau review")},
          {"bureau_rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected by the MIIT bureau")},
          {"filed", QT_TRANSLATE_NOOP("Vocabulary", "Filed")}}},
        // Keywords for the official pre-approval list (query_icp_nrlx_types); officialPreApprovalId() maps them.
        {Vocabulary::Kind::PreApprovalType,
         {{"news", QT_TRANSLATE_NOOP("Vocabulary", "News")},
          {"publishing", QT_TRANSLATE_NOOP("Vocabulary", "Publishing")},
          {"education", QT_TRANSLATE_NOOP("Vocabulary", "Education")},
          {"medical", QT_TRANSLATE_NOOP("Vocabulary", "Medical care")},
          {"drugs_devices", QT_TRANSLATE_NOOP("Vocabulary", "Drugs and medical devices")},
          {"bulletin", QT_TRANSLATE_NOOP("Vocabulary", "Electronic bulletin services")},
          {"culture", QT_TRANSLATE_NOOP("Vocabulary", "Culture")},
          {"broadcast", QT_TRANSLATE_NOOP("Vocabulary", "Radio, film and television programmes")},
          {"ride_hailing", QT_TRANSLATE_NOOP("Vocabulary", "Online ride-hailing")},
          {"internet_finance", QT_TRANSLATE_NOOP("Vocabulary", "Internet finance")},
          {"off_campus_training", QT_TRANSLATE_NOOP("Vocabulary", "Off-campus training")},
          {"none", QT_TRANSLATE_NOOP("Vocabulary", "None of these")}}},
    };
    return all.find(kind).value();
}

} // namespace

QStringList Vocabulary::keywords(Kind kind)
{
    QStringList list;
    for (const Term &term : terms(kind))
        list.append(QString::fromLatin1(term.keyword));
    return list;
}

bool Vocabulary::contains(Kind kind, const QString &keyword)
{
    return indexOf(kind, keyword) >= 0;
}

QString Vocabulary::label(Kind kind, const QString &keyword)
{
    for (const Term &term : terms(kind)) {
        if (keyword == QLatin1StringView(term.keyword))
            return tr(term.label);
    }
    return keyword;
}

QString Vocabulary::listForMessage(Kind kind)
{
    return keywords(kind).join(u", "_s);
}

QString Vocabulary::keyword(Kind kind, int index)
{
    const QList<Term> &list = terms(kind);
    return index >= 0 && index < list.size() ? QString::fromLatin1(list.at(index).keyword) : QString();
}

int Vocabulary::indexOf(Kind kind, const QString &keyword)
{
    if (keyword.isEmpty())
        return -1;
    const QList<Term> &list = terms(kind);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (keyword == QLatin1StringView(list.at(i).keyword))
            return int(i);
    }
    return -1;
}

bool Vocabulary::requiresWechatVerification(std::optional<EntityType> type)
{
    return type == EntityType::Government || type == EntityType::Media || type == EntityType::Other;
}

bool Vocabulary::isResidentIdForm(std::optional<IdType> type)
{
    return type == IdType::ResidentId || type == IdType::HkMacaoResidence || type == IdType::TaiwanResidence;
}

QString Vocabulary::noPreApproval()
{
    return keyword(Kind::PreApprovalType, int(PreApprovalType::None));
}

int Vocabulary::officialPreApprovalId(const QString &keyword)
{
    static const QHash<QString, int> ids = {
        {u"news"_s, 1},
        {u"publishing"_s, 2},
        {u"education"_s, 3},
        {u"medical"_s, 4},
        {u"drugs_devices"_s, 5},
        {u"bulletin"_s, 6},
        {u"culture"_s, 9},
        {u"broadcast"_s, 10},
        {u"ride_hailing"_s, 11},
        {u"internet_finance"_s, 13},
        {u"off_campus_training"_s, 14},
    };
    return ids.value(keyword, 0);
}

} // namespace mpdesk
