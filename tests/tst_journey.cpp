// The clerk's whole journey through the core, as the window drives it: every step of a blank filing and
// of the sample is walked through FilingDocument::setField / edit until it is done or not needed, and
// each step's status is checked on the way.

#include "document/FilingDocument.h"
#include "document/FilingEdits.h"
#include "document/FilingFields.h"
#include "materials/MaterialFiles.h"
#include "materials/MaterialSlots.h"
#include "model/Vocabulary.h"
#include "secrets/MemorySecretStore.h"
#include "workflow/Deadlines.h"
#include "workflow/LetterRequirements.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString samplePath = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");

QDateTime chinaTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

QString status(const FilingDocument &doc, const QString &stepId)
{
    const Step *s = doc.assessment().checklist().step(stepId);
    return s ? Step::statusKeyword(s->status) : u"(no such step)"_s;
}

QString reason(const FilingDocument &doc, const QString &stepId)
{
    const Step *s = doc.assessment().checklist().step(stepId);
    return s ? s->reason : QString();
}

// Every step not finished, with its status and reason: the failure message says what is left.
QString unfinished(const FilingDocument &doc)
{
    QStringList left;
    for (const Step &s : doc.assessment().checklist().steps()) {
        if (!s.isFinished())
            left << s.id + u" ["_s + Step::statusKeyword(s.status) + u"] "_s + s.reason;
    }
    return left.join(u'\n');
}

} // namespace

class TestJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void blankFilingShowsWhatToFillNotErrors();
    void blankFilingToFiled();
    void sampleToFiled();
    void rejectionReasonIsAToDo();
    void everyFieldHasAName();

private:
    // The filing stage, from the letters to the record number, with the statuses on the way.
    void fileIt(FilingDocument &doc);
};

void TestJourney::blankFilingShowsWhatToFillNotErrors()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    doc.setClock(Clock::fixedAt(chinaTime(2026, 10, 9, 9, 0)));
    doc.newFiling();
    // Nothing typed yet: nothing is wrong, plenty is to do.
    QCOMPARE(doc.assessment().errorCount(), 0);
    QCOMPARE(doc.assessment().warningCount(), 0);
    QVERIFY(doc.assessment().toDoCount() > 5);
    QCOMPARE(doc.assessment().checklist().steps().constFirst().id, u"people"_s);
    QCOMPARE(doc.assessment().checklist().steps().constFirst().title, u"People and roles"_s);
    QCOMPARE(status(doc, u"people"_s), u"not_started"_s);
    // A wrong value is an error as soon as it is typed.
    doc.setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3A"_s);
    QCOMPARE(doc.assessment().errorCount(), 1);
}

void TestJourney::blankFilingToFiled()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    doc.setClock(Clock::fixedAt(chinaTime(2026, 12, 2, 10, 0)));
    doc.newFiling();
    doc.setKnownFilings({}); // no other filing on this computer: the leader-reuse check can be done

    // People and roles first: one person holds every role, so no authorization letter is needed.
    doc.edit(u"Add a person"_s, [](Filing &f) { FilingEdits::addPerson(f); });
    QCOMPARE(status(doc, u"people"_s), u"in_progress"_s);
    doc.setField(u"people[0].name"_s, u"李明华"_s);
    doc.setField(u"people[0].idType"_s, u"resident_id"_s);
    doc.setField(u"people[0].idNumber"_s, u"110105199001011232"_s);
    doc.setField(u"people[0].idValidFrom"_s, u"2020-01-01"_s);
    doc.setField(u"people[0].idValidTo"_s, u"长期"_s); // as printed on the card
    QCOMPARE(doc.filing().people.at(0).idValidTo, u"long-term"_s);
    doc.setField(u"people[0].mobile"_s, u"13800138000"_s);
    doc.setField(u"people[0].emergencyMobile"_s, u"13900139000"_s);
    doc.setField(u"people[0].email"_s, u"li@qinghe-data.example.cn"_s);
    const QString id = doc.filing().people.at(0).id;
    for (const char *role : {"entity.legalRepresentative", "entity.leader", "registration.administrator",
                             "certification.contact", "miniProgram.leader"})
        doc.setField(QString::fromLatin1(role), id);
    QCOMPARE(status(doc, u"people"_s), u"done"_s);

    // Registration.
    doc.setField(u"registration.email"_s, u"miniapp@qinghe-data.example.cn"_s);
    QCOMPARE(status(doc, u"registration.email"_s), u"in_progress"_s);
    doc.setField(u"registration.emailVerified"_s, u"true"_s);
    doc.setField(u"registration.emailUnused"_s, u"true"_s);
    doc.setField(u"entity.type"_s, u"enterprise"_s);
    doc.setField(u"entity.name"_s, u"深圳市青禾数据科技有限公司"_s);
    doc.setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3Y"_s);
    doc.setField(u"entity.registeredAddress"_s, u"深圳市南山区粤海街道科苑路8号"_s);
    doc.setField(u"registration.verification.method"_s, u"payment"_s);
    doc.setField(u"registration.verification.startedOn"_s, u"2026-10-09"_s);
    // Started in October and not completed: by December the 10 days are long over.
    QCOMPARE(status(doc, u"registration.verification"_s), u"blocked"_s);
    doc.setField(u"registration.verification.completedOn"_s, u"2026-10-12"_s);
    QCOMPARE(status(doc, u"registration.verification"_s), u"done"_s);
    doc.setField(u"registration.submittedOn"_s, u"2026-10-09"_s);
    QCOMPARE(status(doc, u"registration.review"_s), u"in_progress"_s);
    doc.setField(u"registration.approvedOn"_s, u"2026-10-12"_s);

    // Certification.
    QCOMPARE(status(doc, u"certification.agreement"_s), u"not_started"_s);
    doc.setField(u"certification.agreementSignedOn"_s, u"2026-10-13"_s);
    doc.setField(u"certification.primaryVerification"_s, u"bank_transfer"_s);
    doc.setField(u"certification.contactConfirmedOn"_s, u"2026-10-13"_s);
    doc.edit(u"Invoice type"_s, [](Filing &f) { FilingEdits::setInvoiceType(f, u"none"_s); });
    doc.setField(u"certification.paidOn"_s, u"2026-10-13"_s);
    QCOMPARE(status(doc, u"certification.approval"_s), u"in_progress"_s);
    doc.setField(u"certification.approvedOn"_s, u"2026-10-20"_s);
    doc.setField(u"certification.nameChangesUsed"_s, u"0"_s);

    // The entity's and the mini program's filing data.
    doc.setField(u"entity.region.province"_s, u"440000"_s);
    doc.setField(u"entity.region.city"_s, u"440300"_s);
    doc.setField(u"entity.region.district"_s, u"440305"_s);
    doc.setField(u"entity.mailingAddress"_s, u"广东省深圳市南山区粤海街道科苑路8号"_s);
    QCOMPARE(status(doc, u"filing.entity"_s), u"done"_s);
    doc.setField(u"miniProgram.name"_s, u"青禾记账"_s);
    doc.edit(u"Name candidates"_s, [](Filing &f) {
        FilingEdits::addNameCandidate(f, u"青禾记账"_s);
        FilingEdits::addNameCandidate(f, u"青禾账本"_s);
        for (NameCandidate &c : f.miniProgram.nameCandidates)
            c.trademark = u"clear"_s;
    });
    doc.setField(u"miniProgram.serviceCategories"_s, u"工具 > 记账"_s);
    doc.edit(u"Pre-approval"_s, [](Filing &f) {
        f.miniProgram.preApproval = {PreApproval{Vocabulary::noPreApproval(), {}, {}}};
    });
    doc.setField(u"miniProgram.description"_s, u"为小微企业提供日常收支记账、账目分类与月度报表查看的工具。"_s);
    QCOMPARE(status(doc, u"filing.miniProgram"_s), u"in_progress"_s); // the face verification is left
    doc.setField(u"miniProgram.leaderFaceVerifiedOn"_s, u"2026-11-24"_s);
    QCOMPARE(status(doc, u"filing.miniProgram"_s), u"done"_s);
    QCOMPARE(status(doc, u"filing.authorizationLetters"_s), u"not_needed"_s);

    fileIt(doc);
    QVERIFY2(unfinished(doc).isEmpty(), qPrintable(unfinished(doc)));
    QCOMPARE(doc.assessment().errorCount(), 0);
    QCOMPARE(doc.assessment().toDoCount(), 0);
}

void TestJourney::sampleToFiled()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    doc.setClock(Clock::fixedAt(chinaTime(2026, 12, 2, 10, 0)));
    QVERIFY(doc.open(samplePath).ok());
    doc.setKnownFilings({});
    QCOMPARE(doc.assessment().errorCount(), 0);
    if (doc.filing().miniProgram.leaderFaceVerifiedOn.isEmpty())
        doc.setField(u"miniProgram.leaderFaceVerifiedOn"_s, u"2026-11-24"_s);
    QCOMPARE(status(doc, u"filing.authorizationLetters"_s), u"not_started"_s); // the sample needs one
    fileIt(doc);
    QVERIFY2(unfinished(doc).isEmpty(), qPrintable(unfinished(doc)));
}

void TestJourney::fileIt(FilingDocument &doc)
{
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"blocked"_s); // waiting for the letters
    // Each needed letter: printed, then signed and sealed, then uploaded.
    // A copy: every setField() below makes a new assessment, and with it a new list.
    const QList<LetterRequirements::Letter> letters = doc.assessment().letters();
    for (const LetterRequirements::Letter &l : letters) {
        if (l.need != LetterRequirements::Need::Needed)
            continue;
        const QString step = l.id == QLatin1StringView(LetterIds::PreApprovalCommitment)
            ? u"filing.commitmentLetters"_s
            : u"filing.authorizationLetters"_s;
        const QString base = u"filing.letters."_s + l.id + u'.';
        doc.setField(base + u"printedOn"_s, u"2026-11-24"_s);
        QCOMPARE(status(doc, step), u"in_progress"_s);
        QVERIFY2(reason(doc, step).contains(u"signed and sealed"_s), qPrintable(reason(doc, step)));
        doc.setField(base + u"signedOn"_s, u"2026-11-24"_s);
        QVERIFY2(reason(doc, step).contains(u"upload "_s), qPrintable(reason(doc, step)));
        doc.setField(base + u"uploadedOn"_s, u"2026-11-25"_s);
    }
    QCOMPARE(status(doc, u"filing.authorizationLetters"_s).endsWith(u"needed"_s)
                 || status(doc, u"filing.authorizationLetters"_s) == u"done"_s,
             true);
    QCOMPARE(status(doc, u"filing.commitmentLetters"_s), u"done"_s);

    // The photos and scans: one file for each needed slot, each a different picture of upload size.
    QCOMPARE(status(doc, u"filing.materials"_s), u"not_started"_s);
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"blocked"_s); // waiting for the materials
    QTemporaryDir photos;
    QVERIFY(photos.isValid());
    QList<Material> attached;
    int shade = 0;
    for (const MaterialSlots::Slot &slot : MaterialSlots::forFiling(doc.filing())) {
        if (slot.need != MaterialSlots::Need::Needed)
            continue;
        const QString file = photos.filePath(u"scan-%1.jpg"_s.arg(attached.size()));
        QImage image(720, 1280, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((shade += 37) % 360, 200, 200));
        QVERIFY(image.save(file, "JPEG"));
        attached.append(Material{slot.slot, slot.person, slot.item, file, {}, {}});
    }
    QVERIFY(!attached.isEmpty());
    doc.edit(u"Attach"_s, [&](Filing &f) { f.materials = attached; });
    doc.setMaterialFiles(MaterialFiles::measureAll(doc.filing(), photos.path(), doc.clock().today()));
    QVERIFY2(status(doc, u"filing.materials"_s) == u"done"_s, qPrintable(reason(doc, u"filing.materials"_s)));
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"not_started"_s);

    // Platform submission and approval.
    doc.setField(u"filing.status"_s, u"platform_review"_s);
    doc.setField(u"filing.submittedOn"_s, u"2026-11-25"_s);
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"in_progress"_s);
    doc.setField(u"filing.platformApprovedOn"_s, u"2026-11-30"_s);
    doc.setField(u"filing.status"_s, u"bureau_review"_s);
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"done"_s);
    QCOMPARE(status(doc, u"filing.bureauReview"_s), u"in_progress"_s);

    // The SMS, typed as the phone shows it, in China time: 24 hours to answer.
    doc.setField(u"filing.smsReceivedAt"_s, u"2026-12-02 09:30"_s);
    QCOMPARE(doc.assessment().errorCount(), 0);
    const Deadline *sms =
        Deadlines::find(doc.assessment().deadlines(), QString::fromLatin1(DeadlineIds::SmsVerification));
    QVERIFY(sms);
    QVERIFY2(reason(doc, u"filing.bureauReview"_s).contains(u"2026-12-03"_s),
             qPrintable(reason(doc, u"filing.bureauReview"_s)));
    doc.setField(u"filing.smsVerifiedAt"_s, u"2026-12-02 09:45"_s);
    QCOMPARE(status(doc, u"filing.bureauReview"_s), u"in_progress"_s);
    QCOMPARE(status(doc, u"filing.approved"_s), u"blocked"_s);

    // The record number means filed.
    doc.setField(u"filing.recordNumber"_s, u"粤ICP备2026012345号-1X"_s);
    QCOMPARE(status(doc, u"filing.bureauReview"_s), u"done"_s);
    QCOMPARE(status(doc, u"filing.approved"_s), u"done"_s);
}

void TestJourney::rejectionReasonIsAToDo()
{
    MemorySecretStore store;
    FilingDocument doc(store);
    doc.setClock(Clock::fixedAt(chinaTime(2026, 12, 2, 10, 0)));
    QVERIFY(doc.open(samplePath).ok());
    doc.setField(u"filing.submittedOn"_s, u"2026-11-25"_s);
    doc.setField(u"filing.status"_s, u"platform_rejected"_s);
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"blocked"_s);
    const QString reasonGiven = u"小程序名称与主体名称关联性不足"_s;
    doc.setField(u"filing.platformRejectionReason"_s, reasonGiven);
    QVERIFY(reason(doc, u"filing.platformReview"_s).contains(reasonGiven));
    const Findings todo = doc.assessment().findingsAt(u"filing.platformRejectionReason"_s);
    QCOMPARE(todo.size(), 1);
    QVERIFY(todo.at(0).isToDo());
    QVERIFY(todo.at(0).message.contains(reasonGiven));
    const Step *step = doc.assessment().checklist().step(u"filing.platformReview"_s);
    QVERIFY(std::any_of(step->findings.cbegin(), step->findings.cend(),
                        [](const Finding &f) { return f.path == u"filing.platformRejectionReason"_s; }));
    // Resubmitted: the rejection is history, not a to-do.
    doc.setField(u"filing.status"_s, u"platform_review"_s);
    QVERIFY(doc.assessment().findingsAt(u"filing.platformRejectionReason"_s).isEmpty());
    QCOMPARE(status(doc, u"filing.platformReview"_s), u"in_progress"_s);
}

// Undo texts and messages name fields in words: no path may reach the clerk.
void TestJourney::everyFieldHasAName()
{
    const QStringList paths = FilingFields::paths() + FilingFields::personFields(0);
    QVERIFY(paths.contains(u"filing.letters.preApprovalCommitment.uploadedOn"_s));
    QVERIFY(paths.contains(u"filing.platformRejectionReason"_s));
    for (const QString &path : paths) {
        const QString label = FilingFields::label(path);
        QVERIFY2(!label.isEmpty() && label != path && !label.contains(u'.') && !label.contains(u'['),
                 qPrintable(path + u" -> "_s + label));
    }
}

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
