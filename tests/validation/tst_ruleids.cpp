#include "assessment/Assessment.h"
#include "document/FilingFields.h"
#include "validation/Codes.h"
#include "validation/RuleCatalogue.h"
#include "validation/Validator.h"
#include "workflow/Checklist.h"
#include "workflow/StepCatalogue.h"
#include "workflow/WorkflowTestData.h"
#include "workflow/WorkingCalendar.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mpdesk;
using namespace WorkflowTestData;

namespace {

// The schema node a catalogue path names ("people[].mobile", "filing.letters.*.signedOn"), or null.
QJsonObject schemaNode(QJsonObject node, const QString &path)
{
    for (QString segment : path.split(u'.')) {
        const bool each = segment.endsWith(u"[]"_s);
        if (each)
            segment.chop(2);
        if (segment == u"*"_s) {
            const QJsonValue any = node.value("additionalProperties"_L1);
            if (!any.isObject())
                return {};
            node = any.toObject();
        } else {
            const QJsonValue child = node.value("properties"_L1).toObject().value(segment);
            if (!child.isObject())
                return {};
            node = child.toObject();
        }
        if (each) {
            if (!node.value("items"_L1).isObject())
                return {};
            node = node.value("items"_L1).toObject();
        }
    }
    return node;
}

// What was measured of a file, as the document hands it to the assessment.
MaterialFacts measured(const QString &format, int width, int height, qint64 bytes, const QString &sha256, int pages = 1)
{
    MaterialFacts facts;
    facts.state = MaterialFacts::State::Read;
    facts.format = format;
    facts.width = width;
    facts.height = height;
    facts.sizeBytes = bytes;
    facts.sha256 = sha256;
    facts.pages = pages;
    facts.checkedOn = u"2026-11-20"_s;
    return facts;
}

MaterialFacts state(MaterialFacts::State state)
{
    MaterialFacts facts;
    facts.state = state;
    facts.detail = u"permission denied"_s;
    return facts;
}

// A finding at `pattern` (a catalogue path) as it would stand in the sample filing.
QString concretePath(const QString &pattern)
{
    if (pattern == u"materials.*"_s)
        return u"materials.business_licence"_s;
    QString path = pattern;
    path.replace(u"[]"_s, u"[0]"_s);
    path.replace(u"filing.letters.*."_s, u"filing.letters.miniProgramLeaderAuthorization."_s);
    return path;
}

} // namespace

// The rule ids are one catalogue, the validator's and those of the materials, the process and the deadlines:
// complete, unique, each naming fields of the schema, and every finding they give shows under its field or
// on its step.
class TestRuleIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_calendar = WorkingCalendar::fromFolders({u":/holidays"_s});
        m_schema = readJson(QStringLiteral(MPDESK_SOURCE_DIR "/resources/schema/mpdesk-filing.schema.json"));
        QVERIFY(!m_schema.isEmpty());
    }

    void catalogueIsConsistent()
    {
        const QList<RuleSpec> &specs = RuleCatalogue::all();
        QCOMPARE(specs.size(), qsizetype(RuleId::DeadlineDueSoon) + 1);
        QSet<QString> keys;
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const RuleSpec &spec = specs.at(i);
            QCOMPARE(qsizetype(spec.id), i); // in the enum's order: RuleCatalogue::spec() indexes by it
            QVERIFY2(!spec.key.isEmpty() && !keys.contains(spec.key), qPrintable(spec.key));
            keys.insert(spec.key);
            QCOMPARE(RuleCatalogue::fromKey(spec.key), std::optional<RuleId>(spec.id));
            QVERIFY2(!spec.paths.isEmpty(), qPrintable(spec.key));
            for (const QString &path : spec.paths) {
                if (path == u"materials.*"_s) // an upload slot, named by mpdesk: not a key of the file
                    continue;
                QVERIFY2(!schemaNode(m_schema, path).isEmpty(), qPrintable(spec.key + u": "_s + path));
            }
        }
        QVERIFY(!RuleCatalogue::fromKey(u"creditCode.nothing"_s));
        QVERIFY(schemaNode(m_schema, u"people[].nothing"_s).isEmpty()); // the lookup can say no
    }

    void patterns()
    {
        QCOMPARE(RuleCatalogue::pattern(u"people[12].mobile"_s), u"people[].mobile"_s);
        QCOMPARE(RuleCatalogue::pattern(u"filing.letters.entityLeaderAuthorization.signedOn"_s),
                 u"filing.letters.*.signedOn"_s);
        QCOMPARE(RuleCatalogue::pattern(u"entity.name"_s), u"entity.name"_s);
        QCOMPARE(RuleCatalogue::pattern(u"materials.id_front.p2"_s), u"materials.*"_s);
        QCOMPARE(RuleCatalogue::pattern(u"materials[3].file"_s), u"materials[].file"_s);
    }

    // Whatever rule gives a finding, wherever the catalogue says it can stand, a step shows it.
    void everyRuleHasAStep()
    {
        const Filing f = filing(sampleJson(), {});
        Checklist::Inputs inputs;
        inputs.now = noonInChina(QDate(2026, 11, 27));
        for (const RuleSpec &spec : RuleCatalogue::all()) {
            for (const QString &pattern : spec.paths) {
                inputs.findings.append(
                    RuleCatalogue::finding(Finding::Severity::Error, concretePath(pattern), spec.id, spec.key));
            }
        }
        const Checklist checklist = Checklist::build(f, inputs);
        for (const Finding &finding : checklist.unassigned())
            qWarning() << "on no step:" << finding.rule << finding.path;
        QVERIFY(checklist.unassigned().isEmpty());
    }

    void everyFindingIsInTheCatalogue_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("the sample") << sampleJson();
        QTest::newRow("an empty filing") << emptyJson();
        QTest::newRow("the broken sample")
            << readJson(QStringLiteral(MPDESK_SOURCE_DIR "/tests/data/broken-filing.json"));
        const QJsonObject sample = sampleJson();
        QTest::newRow("VAT invoice with nothing extra")
            << merged(sample, patch(R"({"certification": {"invoice": {"type": "vat_special", "title": "X"}}})"));
        QTest::newRow("electronic invoice with extras") << merged(
            sample,
            patch(
                R"({"certification": {"invoice": {"address": "a", "phone": "1", "bankName": "b", "bankAccount": "6222", "taxId": "12"}}})"));
        QTest::newRow("a filing further on, with its dates out of order") << merged(
            sample,
            patch(
                R"({"filing": {"status": "platform_rejected", "submittedOn": "2026-11-20", "platformApprovedOn": "2026-11-10",
                                                   "smsReceivedAt": "2026-11-26T10:00:00+08:00", "smsVerifiedAt": "2026-11-25T10:00:00+08:00",
                                                   "recordNumber": "京ICP备2026012345号-1X",
                                                   "letters": {"preApprovalCommitment": {"printedOn": "2026-11-03", "signedOn": "2026-11-02", "uploadedOn": "2026-11-01"}}},
                                       "registration": {"submittedOn": "2026-10-15", "approvedOn": "2026-10-12", "emailUnused": false,
                                                        "verification": {"method": "payment", "startedOn": "2026-10-13", "completedOn": "2026-10-12"}},
                                       "entity": {"type": "government", "creditCode": "91440300MA5G7QXK3", "region": {"province": "440000", "city": "450100", "district": "44"},
                                                  "mailingAddress": "广东省深圳市"},
                                       "certification": {"nameChangesUsed": 2, "paidOn": "2026-10-01"}})"));
        QTest::newRow("people in trouble") << merged(
            sample,
            patch(
                R"({"people": [{"id": "p1", "name": "", "idType": "passport", "idNumber": "1", "idValidFrom": "2030-01-01", "idValidTo": "2029-01-01",
                                                    "mobile": "13800138000", "emergencyMobile": "13800138000", "email": "x"},
                                                   {"id": "p1", "idType": "resident_id", "idNumber": "440304199211083543", "idValidFrom": "2020-01-01", "idValidTo": "2026-12-20",
                                                    "mobile": "13612345678", "emergencyMobile": "13800138000"},
                                                   {"id": "", "idType": "resident_id", "idNumber": "440304199213083542", "idValidTo": "2026-01-01",
                                                    "mobile": "123", "emergencyMobile": "13787654321"},
                                                   {"id": "p4", "idType": "hk_macao_permit", "idNumber": "X1", "mobile": "13512345678", "emergencyMobile": "13787654321"}],
                                        "miniProgram": {"leader": "p9", "name": "小程序", "nameCandidates": [{"name": "a", "trademark": "maybe"}],
                                                        "description": "短", "serviceCategories": ["", "a", "b", "c", "d", "e"],
                                                        "preApproval": [{"type": "none"}, {"type": "news"}, {"type": ""}, {"type": "bogus"}]},
                                        "entity": {"creditCode": "91440300MA5G7QXK3X", "name": "\u202e名称"}})"));
        QTest::newRow("other ID numbers") << merged(
            sample,
            patch(
                R"({"people": [{"id": "p1", "name": "A", "idType": "resident_id", "idNumber": "990305198503120028", "mobile": "13800138000"},
                                                   {"id": "p2", "name": "B", "idType": "taiwan_permit", "idNumber": "123", "mobile": "13612345678"}],
                                        "entity": {"creditCode": "91440300MA5G7QXKIY", "region": {"province": "990000", "city": "440300", "district": "440305"}}})"));
    }

    void everyFindingIsInTheCatalogue()
    {
        QFETCH(QJsonObject, json);
        const Filing f = filing(json, {});
        const QDate today(2026, 11, 27);
        checkFindings(Validator::validate(f, today));
        const Assessment a = assessed(f, m_calendar, noonInChina(today));
        checkFindings(a.findings());
        checkShown(a);
    }

    // Every field given a wrong value: each finding is the catalogue's and is shown.
    void everyFieldMisfilled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        for (const QString &path : FilingFields::paths()) {
            for (const QString &value : {u"x"_s, u""_s, u"9999-12-31"_s, u"1900-01-01"_s, u"-5"_s, u"\u202ex"_s})
                QTest::newRow(qPrintable(path + u" = "_s + value)) << path << value;
        }
    }

    void everyFieldMisfilled()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        Filing f = filing(sampleJson(), {});
        QVERIFY(FilingFields::setText(f, path, value));
        const QDate today(2026, 11, 27);
        checkFindings(Validator::validate(f, today));
        checkShown(assessed(f, m_calendar, noonInChina(today)));
    }

    // Rules that need a value built in code: numbers not on this computer, an over-long text, a credit
    // code whose own check passes while its organisation code's fails, and region codes that do not nest.
    void rareRules()
    {
        const QDate today(2026, 11, 27);
        Filing f = filing(sampleJson(), patch(R"({"certification": {"invoice": {"type": "vat_special"}},
                                                  "entity": {"region": {"province": "440000", "city": "440300", "district": "440105"}},
                                                  "people": [{"id": "p1", "name": "A", "idType": "hk_macao_residence", "idNumber": "440305198503120028", "mobile": "13800138000"}]})"));
        f.people[0].idNumber =
            SecretField{QString(), u"**************0028"_s, u"p1"_s, SecretStatus::NotOnThisComputer};
        f.certification.invoice.bankAccount = SecretField{QString(), u"***0123"_s, u"bank"_s, SecretStatus::Unreadable};
        f.entity.name = QString(Validator::MaxNameLength + 1, u'名');
        for (QChar last : u"0123456789"_s) {
            const QString first17 = u"9144030012345678"_s + last;
            const QString code = first17 + Codes::creditCodeCheckCharacter(first17);
            if (Codes::creditCode(code) == Codes::Verdict::Valid
                && Codes::embeddedOrganisationCode(code) != Codes::Verdict::Valid) {
                f.entity.creditCode = code;
                break;
            }
        }
        QVERIFY(f.entity.creditCode != sampleJson().value("entity"_L1).toObject().value("creditCode"_L1).toString());
        checkFindings(Validator::validate(f, today));
        checkShown(assessed(f, m_calendar, noonInChina(today)));

        Filing g =
            filing(sampleJson(),
                   patch(R"({"entity": {"region": {"province": "440000", "city": "450100", "district": "450105"}},
                                                  "people": [{"id": "p1", "name": "A", "idType": "hk_macao_residence", "idNumber": "440305198503120028", "mobile": "13800138000"}]})"));
        checkFindings(Validator::validate(g, today));
        checkShown(assessed(g, m_calendar, noonInChina(today)));
    }

    // Materials with what was measured of their files (no file needed), a leader used under another entity,
    // dates out of order across stages and deadlines passed or near: the rules outside the validator.
    void materialsProcessAndDeadlines_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("every fault of the materials, a reused leader, an overdue transfer")
            << merged(sampleJson(), patch(R"({"materials": [
                {"slot": "bogus", "file": "a.jpg"},
                {"slot": "other_entity", "file": ""},
                {"slot": "other_entity", "file": "changed.jpg",
                 "measured": {"sha256": "aa", "checkedOn": "2026-11-01", "format": "jpeg", "width": 800, "height": 1300, "sizeBytes": 1000, "pages": 1}},
                {"slot": "other_entity", "file": "gone.jpg"},
                {"slot": "other_entity", "file": "locked.jpg"},
                {"slot": "other_entity", "file": "copy1.jpg"},
                {"slot": "other_entity", "file": "copy2.jpg"},
                {"slot": "other_entity", "file": "notes.txt"},
                {"slot": "other_entity", "file": "IMG_0001.HEIC"},
                {"slot": "other_entity", "file": "scan.tiff"},
                {"slot": "other_entity", "file": "small.jpg"},
                {"slot": "other_entity", "file": "big.jpg"},
                {"slot": "business_licence", "file": "licence.pdf"},
                {"slot": "entity_leader_authorization", "file": "el.jpg"},
                {"slot": "mini_program_leader_authorization", "file": "ml.jpg",
                 "measured": {"sha256": "ml", "checkedOn": "2026-11-01", "format": "jpeg", "width": 800, "height": 1300, "sizeBytes": 1000, "pages": 1}},
                {"slot": "other_mini_program", "file": "o1.jpg"}, {"slot": "other_mini_program", "file": "o2.jpg"},
                {"slot": "other_mini_program", "file": "o3.jpg"}, {"slot": "other_mini_program", "file": "o4.jpg"},
                {"slot": "other_mini_program", "file": "o5.jpg"}, {"slot": "other_mini_program", "file": "o6.jpg"},
                {"slot": "other_mini_program", "file": "o7.jpg"}, {"slot": "other_mini_program", "file": "o8.jpg"},
                {"slot": "other_mini_program", "file": "o9.jpg"}, {"slot": "other_mini_program", "file": "o10.jpg"},
                {"slot": "other_mini_program", "file": "o11.jpg"}],
              "filing": {"letters": {"miniProgramLeaderAuthorization": {"printedOn": "2026-11-05"}}},
              "registration": {"submittedOn": "2026-10-15",
                               "verification": {"method": "payment", "startedOn": "2026-09-28", "completedOn": null}},
              "certification": {"approvedOn": "2026-10-10"},
              "miniProgram": {"leaderFingerprint": "ab12"}})"));
        QTest::newRow("a scan before its letter was signed, an SMS to answer today")
            << merged(sampleJson(), patch(R"({"materials": [
                {"slot": "mini_program_leader_authorization", "file": "ml.jpg",
                 "measured": {"sha256": "ml", "checkedOn": "2026-11-01", "format": "jpeg", "width": 800, "height": 1300, "sizeBytes": 1000, "pages": 1}}],
              "filing": {"status": "bureau_review", "smsReceivedAt": "2026-11-27T09:00:00+08:00",
                         "letters": {"miniProgramLeaderAuthorization": {"printedOn": "2026-10-01", "signedOn": "2026-11-05"}}}})"));
    }

    void materialsProcessAndDeadlines()
    {
        QFETCH(QJsonObject, json);
        const Filing f = filing(json, {});
        AssessmentContext context;
        context.clock = Clock::fixedAt(noonInChina(QDate(2026, 11, 27)));
        context.calendar = &m_calendar;
        KnownFiling other;
        other.path = u"/elsewhere/other.mpdesk"_s;
        other.entityName = u"Other Co"_s;
        other.entityCreditCode = u"91110000600037341L"_s;
        other.miniProgramName = u"Other App"_s;
        other.leaderFingerprint = u"ab12"_s;
        context.knownFilings = {other};
        context.knownFilingsLoaded = true;
        context.materialFiles = {
            {u"changed.jpg"_s, measured(u"jpeg"_s, 800, 1300, 1000, u"bb"_s)},
            {u"gone.jpg"_s, state(MaterialFacts::State::Missing)},
            {u"locked.jpg"_s, state(MaterialFacts::State::Unreadable)},
            {u"copy1.jpg"_s, measured(u"jpeg"_s, 800, 1300, 1000, u"same"_s)},
            {u"copy2.jpg"_s, measured(u"jpeg"_s, 800, 1300, 1000, u"same"_s)},
            {u"notes.txt"_s, measured(QString(), 0, 0, 10, u"txt"_s)},
            {u"IMG_0001.HEIC"_s, measured(u"heic"_s, 0, 0, 1000, u"heic"_s)},
            {u"scan.tiff"_s, measured(u"tiff"_s, 2480, 3508, 1000, u"tiff"_s)},
            {u"small.jpg"_s, measured(u"jpeg"_s, 600, 400, 1000, u"small"_s)},
            {u"big.jpg"_s, measured(u"jpeg"_s, 3000, 4000, 3'000'000, u"big"_s)},
            {u"licence.pdf"_s, measured(u"pdf"_s, 2480, 3508, 1000, u"pdf"_s, 2)},
            {u"el.jpg"_s, measured(u"jpeg"_s, 800, 1300, 1000, u"el"_s)},
            {u"ml.jpg"_s, measured(u"jpeg"_s, 800, 1300, 1000, u"ml"_s)},
        };
        for (int i = 1; i <= 11; ++i) {
            const QString name = u"o%1.jpg"_s.arg(i);
            context.materialFiles.insert(name, measured(u"jpeg"_s, 800, 1300, 1000, name));
        }
        const Assessment a = Assessment::of(f, context);
        checkFindings(a.findings());
        checkShown(a);
    }

    // The fixtures above reach every rule of the catalogue, so no rule is listed that mpdesk never gives,
    // and the checks above saw each one.
    void everyRuleIsReached()
    {
        QStringList missing;
        for (const RuleSpec &spec : RuleCatalogue::all()) {
            if (!m_seen.contains(int(spec.id)))
                missing << spec.key;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

private:
    void checkFindings(const Findings &findings)
    {
        for (const Finding &finding : findings) {
            const std::optional<RuleId> id = RuleCatalogue::fromKey(finding.rule);
            QVERIFY2(id, qPrintable(finding.rule + u" not in the catalogue: "_s + finding.line()));
            m_seen.insert(int(*id));
            const QString pattern = RuleCatalogue::pattern(finding.path);
            QVERIFY2(RuleCatalogue::spec(*id).paths.contains(pattern),
                     qPrintable(finding.rule + u" does not list "_s + pattern));
        }
    }

    // Every finding of the assessment is on a step, and one on a field mpdesk edits shows under it.
    static void checkShown(const Assessment &a)
    {
        for (const Finding &f : a.checklist().unassigned())
            qWarning() << "on no step:" << f.line();
        QVERIFY(a.checklist().unassigned().isEmpty());
        for (const Finding &finding : a.findings()) {
            bool onStep = false;
            for (const Step &s : a.checklist().steps()) {
                onStep = onStep || std::any_of(s.findings.cbegin(), s.findings.cend(), [&](const Finding &x) {
                             return x.path == finding.path && x.rule == finding.rule && x.message == finding.message;
                         });
            }
            QVERIFY2(onStep, qPrintable(finding.line()));
        }
    }

    WorkingCalendar m_calendar;
    QJsonObject m_schema;
    QSet<int> m_seen;
};

QTEST_GUILESS_MAIN(TestRuleIds)
#include "tst_ruleids.moc"
