#include "editors/FilingProgressEditor.h"

#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "validation/ReferenceData.h"
#include "workflow/Deadlines.h"
#include "workflow/LetterRequirements.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

const char *const Letters[] = {LetterIds::MiniProgramLeaderAuthorization, LetterIds::EntityLeaderAuthorization,
                               LetterIds::PreApprovalCommitment};

QString letterKey(const char *letter, const char *step)
{
    return u"filing.letters."_s + QLatin1StringView(letter) + u'.' + QLatin1StringView(step);
}

} // namespace

FilingProgressEditor::FilingProgressEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    // Sections 0..2: one per letter, shown when the filing needs it (or cannot tell yet).
    for (const char *letter : Letters) {
        const QString id = QString::fromLatin1(letter);
        addSection([id] { return LetterRequirements::letter(Filing{}, id).title; },
                   [] {
                       return tr("Print it, have it signed and sealed with the official seal, then scan it and upload "
                                 "it to the filing platform. Enter each date as it happens.");
                   });
        addDate(letterKey(letter, "printedOn"), [] { return tr("Printed on"); });
        addDate(letterKey(letter, "signedOn"), [] { return tr("Signed and sealed on"); });
        addDate(letterKey(letter, "uploadedOn"), [] { return tr("Uploaded on"); });
    }

    addSection([] { return tr("Platform review"); },
               [] {
                   return tr("The platform reviews the filing in about 1 to 2 working days; expect a verification "
                             "phone call in that time. After approval the request goes on to the MIIT bureau.");
               });
    addChoice(
        u"filing.status"_s, [] { return tr("Status"); }, Vocabulary::Kind::FilingStatus);
    addDate(u"filing.submittedOn"_s, [] { return tr("Submitted on"); });
    addDate(u"filing.platformApprovedOn"_s, [] { return tr("Platform approved on"); });
    addMultiLine(
        u"filing.platformRejectionReason"_s, [] { return tr("Reason for rejection"); },
        [] { return tr("copy the reason the platform gave"); });

    addSection([] { return tr("SMS verification"); },
               [] {
                   return tr("The MIIT bureau sends an SMS from 12381. Complete the verification in the filing system "
                             "within 24 hours of its arrival.");
               });
    addDateTime(u"filing.smsReceivedAt"_s, [] { return tr("SMS received at"); });
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"smsCountdown"_s);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    addRow([] { return tr("Time left"); }, m_countdown);
    addDateTime(u"filing.smsVerifiedAt"_s, [] { return tr("SMS verified at"); });

    addSection([] { return tr("Record number"); },
               [] {
                   return tr("Once the filing is approved the record number is added to the mini program's "
                             "description automatically; nothing needs to be done by hand. Entering it marks the "
                             "filing as filed.");
               });
    addLine(
        u"filing.recordNumber"_s, [] { return tr("Record number"); },
        [] { return tr("e.g. %1").arg(ReferenceData::instance().example(u"recordNumber"_s)); });

    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &FilingProgressEditor::updateCountdown);
    retranslate();
}

QString FilingProgressEditor::title() const
{
    return tr("Filing: letters, review and SMS");
}

void FilingProgressEditor::refresh()
{
    FormPage::refresh();
    if (!isVisible())
        return; // caught up when shown
    const Filing &f = document().filing();
    for (qsizetype i = 0; i < qsizetype(std::size(Letters)); ++i) {
        const QString id = QString::fromLatin1(Letters[i]);
        const LetterRequirements::Letter letter = LetterRequirements::letter(f, id);
        const LetterProgress progress = f.filing.letters.value(id);
        // A letter not needed has nothing to track, unless dates were recorded for it already.
        const bool show = letter.need != LetterRequirements::Need::NotNeeded || !progress.printedOn.isEmpty()
            || !progress.signedOn.isEmpty() || !progress.uploadedOn.isEmpty();
        setSectionVisible(m_firstLetterSection + i, show);
        for (const char *step : {"printedOn", "signedOn", "uploadedOn"})
            setFieldVisible(letterKey(Letters[i], step), show);
    }
    setFieldVisible(u"filing.platformRejectionReason"_s,
                    f.filing.status == FilingStatus::PlatformRejected || !f.filing.platformRejectionReason.isEmpty());
    updateCountdown();
}

void FilingProgressEditor::updateCountdown()
{
    if (!m_countdown)
        return;
    const Filing &f = document().filing();
    const Deadline *sms =
        Deadlines::find(document().assessment().deadlines(), QString::fromLatin1(DeadlineIds::SmsVerification));
    QString text;
    if (!sms || !sms->moment.isValid()) {
        text = tr("Starts when you enter the time the SMS arrived.");
    } else if (sms->done) {
        text =
            f.filing.smsVerifiedAt.isEmpty() ? tr("Nothing left to answer.") : tr("Answered; the bureau decides next.");
    } else {
        // The document's clock, so that a test (or "what is due next week") sees the same countdown.
        const qint64 seconds = document().clock().now().secsTo(sms->moment);
        const QString due = inChina(sms->moment).toString(u"yyyy-MM-dd HH:mm"_s);
        if (seconds > 0) {
            const qint64 minutes = (seconds + 59) / 60;
            text = tr("%1 h %2 min left: answer the SMS by %3 (China time).")
                       .arg(minutes / 60)
                       .arg(minutes % 60, 2, 10, QChar(u'0'))
                       .arg(due);
        } else {
            text = tr("The 24 hours ran out at %1 (China time). Answer at once; if the system no longer accepts "
                      "it, the filing is rejected and must be submitted again.")
                       .arg(due);
        }
    }
    m_countdown->setText(text);
    const bool running = sms && sms->moment.isValid() && !sms->done;
    m_countdown->setStyleSheet(running ? u"font-weight: bold; color: #8a5a00;"_s : QString());
    if (running && isVisible())
        m_tick.start();
    else
        m_tick.stop();
}

} // namespace mpdesk
