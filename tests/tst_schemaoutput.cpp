// What mpdesk writes — a project file and an interchange file of a filing with every field set — holds
// to the published schema, with every key it writes documented there.

#include "document/FilingFields.h"
#include "model/FieldCatalog.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace mpdesk;

namespace {

const QString sourceDir = QStringLiteral(MPDESK_SOURCE_DIR);

// A value of the field's kind, so that the writer emits the type it would for a real filing.
QString valueFor(const QString &path)
{
    const QString key = path.section(u'.', -1);
    const FieldDef<Filing> *field = FieldCatalog::filingField(path);
    const FieldDef<Person> *personField = FieldCatalog::personField(key);
    const FieldKind kind = field ? field->kind : personField ? personField->kind : FieldKind::Text;
    switch (kind) {
    case FieldKind::Flag:
        return u"true"_s;
    case FieldKind::Count:
        return u"1"_s;
    case FieldKind::Timestamp:
        return u"2026-11-02T09:30:00+08:00"_s;
    case FieldKind::Date:
    case FieldKind::DateOrLongTerm:
        return u"2026-11-02"_s;
    case FieldKind::Secret:
        return key == u"idNumber"_s ? u"11010519491231002X"_s : u"6222020200112233445"_s;
    default:
        break;
    }
    // Letter progress is not in the catalog: its steps are dates.
    if (key.endsWith(u"On"_s))
        return u"2026-11-02"_s;
    return u"value of "_s + path;
}

QJsonObject loadSchema()
{
    QFile file(sourceDir + u"/resources/schema/mpdesk-filing.schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The schema's description of the value at a dotted path ("certification.invoice"), or {}.
QJsonObject schemaAt(const QJsonObject &schema, QStringView path)
{
    QJsonObject node = schema;
    if (path.isEmpty())
        return node;
    for (QStringView key : path.split(u'.'))
        node = node.value(u"properties"_s).toObject().value(key.toString()).toObject();
    return node;
}

bool allowsType(const QJsonObject &node, const QString &type)
{
    const QJsonValue t = node.value(u"type"_s);
    return t.isString() ? t.toString() == type : t.toArray().contains(QJsonValue(type));
}

// Whether the schema describes a value of this kind the way mpdesk writes it; "" when it does, else why not.
QString mismatch(const QJsonObject &schema, const QString &path, FieldKind kind)
{
    const QJsonObject node = schemaAt(schema, path);
    if (node.isEmpty())
        return path + u" is not in the schema"_s;
    auto expect = [&](bool ok, const char *what) {
        return ok ? QString() : path + u": the schema does not say "_s + QLatin1StringView(what);
    };
    switch (kind) {
    case FieldKind::Keyword:
        return expect(node.contains(u"enum"_s), "enum");
    case FieldKind::Date:
        return expect(allowsType(node, u"string"_s) && node.value(u"format"_s) == u"date"_s, "a string of format date");
    case FieldKind::Timestamp:
        return expect(allowsType(node, u"string"_s) && node.value(u"format"_s) == u"date-time"_s,
                      "a string of format date-time");
    case FieldKind::Flag:
        return expect(allowsType(node, u"boolean"_s), "boolean");
    case FieldKind::Count:
        return expect(allowsType(node, u"integer"_s), "integer");
    case FieldKind::Lines:
        return expect(allowsType(node, u"array"_s), "array");
    case FieldKind::Secret: {
        const QString parent = path.section(u'.', 0, -2);
        const QString key = path.section(u'.', -1);
        for (const QString &suffix : {u""_s, u"Ref"_s, u"Masked"_s}) {
            const QString keyPath = parent.isEmpty() ? QString(key + suffix) : QString(parent + u'.' + key + suffix);
            if (!allowsType(schemaAt(schema, keyPath), u"string"_s))
                return keyPath + u": the schema does not say string"_s;
        }
        return {};
    }
    case FieldKind::Text:
    case FieldKind::PersonRef:
    case FieldKind::DateOrLongTerm:
        return expect(allowsType(node, u"string"_s), "string");
    }
    return path + u": unknown kind"_s;
}

} // namespace

class TestSchemaOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownOutputFollowsTheSchema();
    void catalogMatchesTheSchema();
};

void TestSchemaOutput::ownOutputFollowsTheSchema()
{
    Result<Filing> sample = ProjectFile::read(sourceDir + u"/resources/samples/sample-filing.json"_s);
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
    Filing filing = sample.value();
    filing.projectId = QUuid::createUuid();
    QStringList paths = FilingFields::paths();
    for (qsizetype i = 0; i < filing.people.size(); ++i)
        paths += FilingFields::personFields(i);
    qsizetype filled = 0;
    for (const QString &path : std::as_const(paths)) {
        if (!FilingFields::text(filing, path).isEmpty())
            continue;
        QVERIFY2(FilingFields::setText(filing, path, valueFor(path)), qPrintable(path));
        QVERIFY2(!FilingFields::text(filing, path).isEmpty(), qPrintable(path));
        ++filled;
    }
    qInfo("%lld of %lld fields were empty in the sample and were set", qlonglong(filled), qlonglong(paths.size()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(u"every-field.mpdesk"_s);
    const QString interchange = dir.filePath(u"every-field.json"_s);
    QVERIFY(ProjectFile::write(filing, project, FilingJson::Secrets::References));
    QVERIFY(ProjectFile::write(filing, interchange, FilingJson::Secrets::Inline));

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral(MPDESK_PYTHON),
                 {sourceDir + u"/tests/check_schema.py"_s, u"--strict"_s,
                  sourceDir + u"/resources/schema/mpdesk-filing.schema.json"_s, project, interchange});
    QVERIFY(python.waitForFinished(60000));
    const QString report = QString::fromUtf8(python.readAll());
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(report));
    QVERIFY2(report.contains(u"2 passed, 0 failed"_s), qPrintable(report));

    // The project file holds no number; the interchange file holds them inline.
    QFile written(project);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.contains("11010519491231002X"));
    QVERIFY(!bytes.contains("6222020200112233445"));
}

// The field catalog drives reading, writing, editors and labels; the schema is what others read. They
// must describe the same fields with the same types, both ways.
void TestSchemaOutput::catalogMatchesTheSchema()
{
    const QJsonObject schema = loadSchema();
    QVERIFY(!schema.isEmpty());
    QStringList problems;
    for (const FieldDef<Filing> &field : FieldCatalog::filingFields()) {
        if (const QString why = mismatch(schema, field.path, field.kind); !why.isEmpty())
            problems += why;
    }
    const QJsonObject personSchema = schemaAt(schema, u"people").value(u"items"_s).toObject();
    for (const FieldDef<Person> &field : FieldCatalog::personFields()) {
        if (const QString why = mismatch(personSchema, field.path, field.kind); !why.isEmpty())
            problems += u"people[]."_s + why;
    }

    // Every key the schema documents in a catalogued object is a field, a secret's companion, an object
    // of the catalog or one of the lists read by hand.
    auto accounted = [](const QString &objectPath, const QString &key) {
        const QString path = objectPath.isEmpty() ? key : objectPath + u'.' + key;
        for (const QString &suffix : {u"Ref"_s, u"Masked"_s}) {
            if (key.endsWith(suffix)) {
                const QString base = path.chopped(suffix.size());
                const auto *field = FieldCatalog::filingField(base);
                if (field && field->kind == FieldKind::Secret)
                    return true;
            }
        }
        static const QStringList lists = {u"miniProgram.nameCandidates"_s, u"miniProgram.preApproval"_s,
                                          u"filing.lettersReady"_s, u"filing.letters"_s};
        return FieldCatalog::filingField(path) || FieldCatalog::object(QLatin1StringView(path.toLatin1()))
            || lists.contains(path);
    };
    for (const FieldCatalog::ObjectDef &object : FieldCatalog::objects()) {
        const QJsonObject properties = schemaAt(schema, QString(object.path)).value(u"properties"_s).toObject();
        if (properties.isEmpty())
            problems += QString(object.path) + u" has no properties in the schema"_s;
        for (const QString &key : properties.keys()) {
            if (!accounted(QString(object.path), key))
                problems += QString(object.path) + u'.' + key + u" is in the schema but not in the field catalog"_s;
        }
    }
    for (const QString &key : personSchema.value(u"properties"_s).toObject().keys()) {
        const bool companion = key == u"idNumberRef"_s || key == u"idNumberMasked"_s;
        if (!companion && !FieldCatalog::personField(key))
            problems += u"people[]."_s + key + u" is in the schema but not in the field catalog"_s;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSchemaOutput)
#include "tst_schemaoutput.moc"
