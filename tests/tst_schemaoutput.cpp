// What mpdesk writes — a project file and an interchange file of a filing with every field set — holds
// to the published schema, with every key it writes documented there.

#include "document/FilingFields.h"
#include "storage/ProjectFile.h"

#include <QFile>
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
    if (key == u"emailVerified"_s || key == u"emailUnused"_s || key == u"documentsReady"_s)
        return u"true"_s;
    if (key == u"nameChangesUsed"_s)
        return u"1"_s;
    if (key.endsWith(u"At"_s))
        return u"2026-11-02T09:30:00+08:00"_s;
    if (key.endsWith(u"On"_s) || key == u"idValidFrom"_s || key == u"idValidTo"_s)
        return u"2026-11-02"_s;
    if (key == u"idNumber"_s)
        return u"11010519491231002X"_s;
    if (key == u"bankAccount"_s)
        return u"6222020200112233445"_s;
    return u"value of "_s + path;
}

} // namespace

class TestSchemaOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownOutputFollowsTheSchema();
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

QTEST_GUILESS_MAIN(TestSchemaOutput)
#include "tst_schemaoutput.moc"
