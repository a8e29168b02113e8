#include "cli/CommandLine.h"

#include "cli/ExportCommand.h"

#include "core/Timezone.h"
#include "i18n/LanguageManager.h"
#include "project/Project.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretWait.h"
#include "storage/ProjectFile.h"
#include "validation/Validator.h"
#include "workflow/CalendarCommand.h"
#include "workflow/ChecklistReport.h"
#include "workflow/FingerprintKey.h"
#include "workflow/LeaderReuse.h"
#include "workflow/ProjectFileFilings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

const QStringList &verbs()
{
    static const QStringList list = {u"check"_s, u"import"_s, u"forget"_s, u"export"_s, u"calendar"_s};
    return list;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, SecretStore *store)
    : m_out(out)
    , m_err(err)
    , m_store(store)
{
}

CommandLine::~CommandLine() = default;

bool CommandLine::isCommandLine(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--help"_s || arg == u"-h"_s || arg == u"--version"_s || arg == u"-v"_s)
            return true;
        if (verbs().contains(arg))
            return true;
    }
    return false;
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang"_s && i + 1 < arguments.size())
            return LanguageManager::canonical(arguments.at(i + 1));
        if (arg.startsWith(u"--lang="_s))
            return LanguageManager::canonical(arg.mid(7));
    }
    return LanguageManager::systemLanguage();
}

SecretStore &CommandLine::store()
{
    if (!m_store) {
        m_ownStore = SecretStore::createSystemStore();
        m_store = m_ownStore.get();
    }
    return *m_store;
}

QString CommandLine::usage() const
{
    return tr("Usage:\n"
              "  mpdesk [FILE]                          open FILE in the desktop application\n"
              "  mpdesk check FILE                      check a project or interchange file: every step with its\n"
              "                                         status, then the findings\n"
              "  mpdesk calendar FILE -o FILE.ics       write the deadlines and reminders as an iCalendar file\n"
              "  mpdesk import INPUT.json -o FILE.mpdesk\n"
              "                                         make a project from an interchange file; ID and bank\n"
              "                                         account numbers go to the system keychain\n"
              "  mpdesk forget FILE.mpdesk              delete the project's ID and account numbers from the\n"
              "                                         system keychain (the project file stays)\n"
              "  mpdesk export FILE -o DIR [--blank-date]\n"
              "                                         write the letters the filing needs as PDF files in DIR\n"
              "\n"
              "Options:\n"
              "  --lang zh_CN|en                        language of the messages (default: the system's)\n"
              "  -o, --output FILE                      where import, export or calendar write their output\n"
              "  --blank-date                           export: leave the date on the letters to fill by hand\n"
              "  -v, --version                          print the version\n"
              "  -h, --help                             print this help\n"
              "\n"
              "Exit codes: 0 no errors (warnings allowed), 1 the filing has errors, 2 the file cannot be read\n"
              "or the arguments are wrong, 3 an ID or account number cannot be read from the keychain,\n"
              "4 (export) a character no installed font has.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    if (language.isEmpty()) {
        m_err << tr("The language must be zh_CN or en.") << Qt::endl;
        return BadInput;
    }
    LanguageManager::instance().setLanguage(language);
    if (!m_today.isValid())
        m_today = chinaToday();

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    const QCommandLineOption lang(u"lang"_s, QString(), u"code"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, QString(), u"file"_s);
    const QCommandLineOption blankDate(u"blank-date"_s);
    parser.addOptions({help, version, lang, output, blankDate});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << Qt::endl << usage();
        return BadInput;
    }
    if (parser.isSet(version)) {
        m_out << u"mpdesk "_s << QStringLiteral(MPDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (parser.isSet(help)) {
        m_out << usage();
        return Success;
    }

    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    if (verb == u"check"_s && args.size() == 2 && !parser.isSet(output))
        return check(args.at(1));
    if (verb == u"import"_s && args.size() == 2) {
        if (!parser.isSet(output)) {
            m_err << tr("import needs the project file to write: add -o FILE.mpdesk.") << Qt::endl;
            return BadInput;
        }
        return import(args.at(1), parser.value(output));
    }
    if (verb == u"forget"_s && args.size() == 2 && !parser.isSet(output))
        return forget(args.at(1));
    if (verb == u"calendar"_s && args.size() == 2) {
        if (!parser.isSet(output)) {
            m_err << tr("calendar needs the file to write: add -o FILE.ics.") << Qt::endl;
            return BadInput;
        }
        return CalendarCommand::run(m_out, m_err, args.at(1), parser.value(output), m_today);
    }
    if (verb == u"export"_s && args.size() == 2) {
        if (!parser.isSet(output)) {
            m_err << tr("export needs the folder to write the letters to: add -o DIR.") << Qt::endl;
            return BadInput;
        }
        return ExportCommand(m_out, m_err, [this]() -> SecretStore & { return store(); })
            .run(args.at(1), parser.value(output), parser.isSet(blankDate), m_today);
    }
    if (!verbs().contains(verb))
        m_err << tr("Unknown command \"%1\".").arg(verb) << Qt::endl << Qt::endl;
    else
        m_err << tr("Wrong arguments for \"%1\".").arg(verb) << Qt::endl << Qt::endl;
    m_err << usage();
    return BadInput;
}

int CommandLine::noDisplay(const QStringList &arguments)
{
    LanguageManager::instance().setLanguage(requestedLanguage(arguments));
    m_err << tr("mpdesk's window needs a graphical display, and none is available here (DISPLAY and "
                "WAYLAND_DISPLAY are not set). On this machine use the command line, for example: mpdesk check FILE.")
          << Qt::endl
          << Qt::endl
          << usage();
    return BadInput;
}

int CommandLine::check(const QString &path)
{
    Project project(store());
    QStringList failures;
    Status opened = Done{};
    SecretWait::until([&](std::function<void()> finish) {
        opened = project.open(path, [&failures, finish](const QStringList &f) {
            failures = f;
            finish();
        });
        if (!opened)
            finish();
    });
    if (!opened) {
        m_err << opened.error().text() << Qt::endl;
        return BadInput;
    }

    // The filings mpdesk knows are the desktop application's recent projects; with none, nothing is compared.
    std::optional<LeaderReuse::Report> reuse;
    QStringList known = QSettings().value(u"recentFiles"_s).toStringList();
    known.removeAll(QFileInfo(path).absoluteFilePath());
    known.removeIf([](const QString &p) { return !p.endsWith(u".mpdesk"_s); });
    if (!known.isEmpty()) {
        const QByteArray key = fingerprintKey();
        if (!key.isEmpty()) {
            Filing withPrint = project.filing();
            LeaderReuse::updateFingerprint(withPrint, key);
            reuse = LeaderReuse::check(withPrint, ProjectFileFilings(known));
        }
    }
    const Findings findings = ChecklistReport::write(m_out, project.filing(), m_today, reuse); // the steps, then the findings
    for (const Finding &finding : findings)
        m_out << finding.line() << Qt::endl;
    const qsizetype errors = errorCount(findings);
    m_out << tr("%1: errors: %2, warnings: %3.").arg(nativePath(path)).arg(errors).arg(findings.size() - errors)
          << Qt::endl;

    if (!failures.isEmpty()) {
        m_err << tr("These values cannot be read from the keychain, so the check is incomplete:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            m_err << u"  "_s << line << Qt::endl;
        return SecretUnavailable;
    }
    return errors > 0 ? FindingsWithErrors : Success;
}

int CommandLine::import(const QString &input, const QString &output)
{
    Result<Filing> loaded = ProjectFile::read(input);
    if (!loaded) {
        m_err << loaded.error().text() << Qt::endl;
        return BadInput;
    }
    Project project(store());
    project.adopt(loaded.value()); // a new project, whatever the input was
    project.setFingerprintKey(fingerprintKey());
    Project::SaveReport report;
    SecretWait::until([&](std::function<void()> finish) {
        project.save(output, [&report, finish](const Project::SaveReport &r) {
            report = r;
            finish();
        });
    });
    if (!report.file.ok()) {
        m_err << report.file.error().text() << Qt::endl;
        return BadInput;
    }
    const qsizetype stored = ProjectSecrets::references(project.filing()).size() - report.secretFailures.size();
    m_out << tr("Wrote %1 (%2 people; %3 ID and account numbers stored in the system keychain).")
                 .arg(nativePath(output))
                 .arg(project.filing().people.size())
                 .arg(stored)
          << Qt::endl;
    if (!report.secretFailures.isEmpty()) {
        m_err << tr("These values could not be stored in the keychain and are not in the project:") << Qt::endl;
        for (const QString &line : std::as_const(report.secretFailures))
            m_err << u"  "_s << line << Qt::endl;
        m_err << tr("They are still in %1. Import again once the keychain works, or enter them in mpdesk.")
                     .arg(nativePath(input))
              << Qt::endl;
        return SecretUnavailable;
    }
    return Success;
}

QByteArray CommandLine::fingerprintKey()
{
    QByteArray key;
    SecretWait::until([&](std::function<void()> finish) {
        FingerprintKey::obtain(store(), [&key, finish](const Result<QByteArray> &k) {
            if (k.ok())
                key = k.value();
            finish();
        });
    });
    return key;
}

int CommandLine::forget(const QString &path)
{
    Result<Filing> loaded = ProjectFile::read(path);
    if (!loaded) {
        m_err << loaded.error().text() << Qt::endl;
        return BadInput;
    }
    Project project(store());
    project.setFiling(loaded.value());
    const qsizetype count = ProjectSecrets::references(project.filing()).size();
    QStringList failures;
    SecretWait::until([&](std::function<void()> finish) {
        project.forget([&failures, finish](const QStringList &f) {
            failures = f;
            finish();
        });
    });
    if (!failures.isEmpty()) {
        m_err << tr("These entries could not be deleted from the keychain:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            m_err << u"  "_s << line << Qt::endl;
        return SecretUnavailable;
    }
    m_out << tr("Deleted the %1 ID and account numbers of %2 from the system keychain. The project file is "
                "unchanged; opening it again asks for the numbers.")
                 .arg(count)
                 .arg(nativePath(path))
          << Qt::endl;
    return Success;
}

} // namespace mpdesk
