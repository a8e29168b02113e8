#include "cli/CommandLine.h"

#include "cli/CalendarCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandContext.h"
#include "cli/ExportCommand.h"
#include "cli/FieldsCommand.h"
#include "cli/ForgetCommand.h"
#include "cli/ImportCommand.h"
#include "cli/PackCommand.h"
#include "i18n/LanguageManager.h"
#include "model/DateField.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// The verbs, each with what it needs besides FILE: an output (-o) and which options it takes.
struct Verb
{
    QString name;
    bool needsOutput;
    std::function<std::unique_ptr<Command>(CommandContext &)> make;
};

template<typename C>
std::function<std::unique_ptr<Command>(CommandContext &)> maker()
{
    return [](CommandContext &context) { return std::make_unique<C>(context); };
}

const Verb *findVerb(const QString &name)
{
    static const QList<Verb> table = {
        {u"check"_s, false, maker<CheckCommand>()},      {u"import"_s, true, maker<ImportCommand>()},
        {u"forget"_s, false, maker<ForgetCommand>()},    {u"export"_s, true, maker<ExportCommand>()},
        {u"calendar"_s, true, maker<CalendarCommand>()}, {u"fields"_s, false, maker<FieldsCommand>()},
        {u"pack"_s, true, maker<PackCommand>()},
    };
    for (const Verb &v : table) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, SecretStore *store)
    : m_out(out), m_err(err), m_store(store)
{ }

CommandLine::~CommandLine() = default;

bool CommandLine::isCommandLine(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--help"_s || arg == u"-h"_s || arg == u"--version"_s || arg == u"-v"_s)
            return true;
        if (findVerb(arg))
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

QString CommandLine::usage() const
{
    return tr("Usage:\n"
              "  mpdesk [FILE]                          open FILE in the desktop application\n"
              "  mpdesk check FILE [--known DIR]        check a project or interchange file: every step with its\n"
              "                                         status, then the findings\n"
              "  mpdesk calendar FILE -o FILE.ics       write the deadlines and reminders as an iCalendar file\n"
              "  mpdesk import INPUT.json -o FILE.mpdesk\n"
              "                                         make a project from an interchange file; ID and bank\n"
              "                                         account numbers go to the system keychain\n"
              "  mpdesk forget FILE.mpdesk              delete the project's ID and account numbers from the\n"
              "                                         system keychain (the project file stays)\n"
              "  mpdesk export FILE -o DIR [--blank-date] [--all]\n"
              "                                         write the letters the filing needs as PDF files in DIR\n"
              "  mpdesk fields FILE [--page PAGE] [--format text|json] [--reveal]\n"
              "                                         the platform's pages in order, each field's label and\n"
              "                                         value as the page wants it; ID and account numbers masked\n"
              "  mpdesk pack FILE -o DIR                write upload-ready copies of the filing's photos and\n"
              "                                         scans in DIR, named by slot, with an index\n"
              "\n"
              "Options:\n"
              "  --lang zh_CN|en                        language of the messages (default: the system's)\n"
              "  -o, --output FILE                      where import, export, calendar or pack write their output\n"
              "  --blank-date                           export: leave the date on the letters to fill by hand\n"
              "  --all                                  export: also the letters the platform's stricter rule\n"
              "                                         may ask for\n"
              "  --today YYYY-MM-DD                     check, export, calendar: judge as on that day (China time);\n"
              "                                         pack: the day the pack's index is dated\n"
              "  --now YYYY-MM-DDTHH:MM[+08:00]         the same, at that moment\n"
              "  --known DIR                            check: also compare the mini program leader with the\n"
              "                                         filings in DIR (besides those this computer knows)\n"
              "  --page PAGE                            fields: one page: registration, certification, invoice,\n"
              "                                         filing-entity, entity-leader, mini-program,\n"
              "                                         mini-program-leader\n"
              "  --format text|json                     fields: plain text (default) or JSON\n"
              "  --reveal                               fields: print ID and account numbers in full\n"
              "  -v, --version                          print the version\n"
              "  -h, --help                             print this help\n"
              "\n"
              "Exit codes: 0 no errors (warnings allowed), 1 the filing has errors (pack: something needed is\n"
              "missing or cannot be made to fit), 2 the file cannot be read or the arguments are wrong, 3 an ID or\n"
              "account number cannot be read from the keychain, 4 (export) a character no installed font has.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    if (language.isEmpty()) {
        m_err << tr("The language must be zh_CN or en.") << Qt::endl;
        return int(ExitCode::BadInput);
    }
    LanguageManager::instance().setLanguage(language);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    const QCommandLineOption lang(u"lang"_s, QString(), u"code"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, QString(), u"file"_s);
    const QCommandLineOption blankDate(u"blank-date"_s);
    const QCommandLineOption allLetters(u"all"_s);
    const QCommandLineOption today(u"today"_s, QString(), u"date"_s);
    const QCommandLineOption now(u"now"_s, QString(), u"time"_s);
    const QCommandLineOption known(u"known"_s, QString(), u"folder"_s);
    const QCommandLineOption page(u"page"_s, QString(), u"page"_s);
    const QCommandLineOption format(u"format"_s, QString(), u"format"_s);
    const QCommandLineOption reveal(u"reveal"_s);
    parser.addOptions({help, version, lang, output, blankDate, allLetters, today, now, known, page, format, reveal});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << Qt::endl << usage();
        return int(ExitCode::BadInput);
    }
    if (parser.isSet(version)) {
        m_out << u"mpdesk "_s << QStringLiteral(MPDESK_VERSION) << Qt::endl;
        return int(ExitCode::Success);
    }
    if (parser.isSet(help)) {
        m_out << usage();
        return int(ExitCode::Success);
    }

    const QStringList args = parser.positionalArguments();
    const QString name = args.value(0);
    const Verb *verb = findVerb(name);
    if (!verb) {
        m_err << tr("Unknown command \"%1\".").arg(name) << Qt::endl << Qt::endl << usage();
        return int(ExitCode::BadInput);
    }
    const bool wrongOptions = ((parser.isSet(blankDate) || parser.isSet(allLetters)) && name != u"export"_s)
        || (parser.isSet(known) && name != u"check"_s)
        || ((parser.isSet(page) || parser.isSet(format) || parser.isSet(reveal)) && name != u"fields"_s)
        || ((parser.isSet(today) || parser.isSet(now)) && name != u"check"_s && name != u"export"_s
            && name != u"calendar"_s && name != u"pack"_s)
        || (parser.isSet(output) && !verb->needsOutput);
    if (args.size() != 2 || wrongOptions) {
        m_err << tr("Wrong arguments for \"%1\".").arg(name) << Qt::endl << Qt::endl << usage();
        return int(ExitCode::BadInput);
    }
    if (verb->needsOutput && !parser.isSet(output)) {
        if (name == u"import"_s)
            m_err << tr("import needs the project file to write: add -o FILE.mpdesk.") << Qt::endl;
        else if (name == u"calendar"_s)
            m_err << tr("calendar needs the file to write: add -o FILE.ics.") << Qt::endl;
        else if (name == u"pack"_s)
            m_err << tr("pack needs the folder to write the upload files to: add -o DIR.") << Qt::endl;
        else
            m_err << tr("export needs the folder to write the letters to: add -o DIR.") << Qt::endl;
        return int(ExitCode::BadInput);
    }
    if (parser.isSet(output) && parser.value(output).trimmed().isEmpty()) {
        m_err << tr("The path after -o is empty: name the file or folder to write.") << Qt::endl;
        return int(ExitCode::BadInput);
    }
    if (args.at(1).trimmed().isEmpty()) {
        m_err << tr("The file to read is empty: name a project (.mpdesk) or interchange file (.json).") << Qt::endl;
        return int(ExitCode::BadInput);
    }
    if (parser.isSet(known) && !QFileInfo(parser.value(known)).isDir()) {
        m_err << tr("--known needs a folder of filings; %1 is not one.")
                     .arg(QDir::toNativeSeparators(parser.value(known)))
              << Qt::endl;
        return int(ExitCode::BadInput);
    }
    const std::optional<Clock> clock = clockFrom(parser.value(today), parser.value(now));
    if (!clock)
        return int(ExitCode::BadInput);

    CommandArguments commandArguments;
    commandArguments.positional = args.mid(1);
    commandArguments.output = parser.value(output);
    commandArguments.outputGiven = parser.isSet(output);
    commandArguments.blankDate = parser.isSet(blankDate);
    commandArguments.allLetters = parser.isSet(allLetters);
    commandArguments.knownFolder = parser.value(known);
    commandArguments.page = parser.value(page);
    commandArguments.format = parser.value(format);
    commandArguments.reveal = parser.isSet(reveal);
    CommandContext context(m_out, m_err, m_store, *clock);
    return int(verb->make(context)->execute(commandArguments));
}

std::optional<Clock> CommandLine::clockFrom(const QString &today, const QString &now)
{
    if (!today.isEmpty() && !now.isEmpty()) {
        m_err << tr("Give --today or --now, not both.") << Qt::endl;
        return std::nullopt;
    }
    if (!today.isEmpty()) {
        const QDate date = DateField::parse(today.trimmed());
        if (!date.isValid()) {
            m_err << tr("--today: \"%1\" is not a date. Write it as year-month-day, for example 2026-10-20.").arg(today)
                  << Qt::endl;
            return std::nullopt;
        }
        return Clock::fixedOn(date);
    }
    if (!now.isEmpty()) {
        // With an offset it is that moment; without one, a time in China: as the SMS time is typed.
        const QDateTime moment = TimestampField::parse(now);
        if (!moment.isValid()) {
            m_err << tr("--now: \"%1\" is not a time. Write it as 2026-10-20T09:30 (China time) or with an "
                        "offset, 2026-10-20T09:30:00+08:00.")
                         .arg(now)
                  << Qt::endl;
            return std::nullopt;
        }
        return Clock::fixedAt(moment);
    }
    return m_clock;
}

int CommandLine::noDisplay(const QStringList &arguments)
{
    LanguageManager::instance().setLanguage(requestedLanguage(arguments));
    m_err << tr("mpdesk's window needs a graphical display, and none is available here (DISPLAY and "
                "WAYLAND_DISPLAY are not set). On this machine use the command line, for example: mpdesk check FILE.")
          << Qt::endl
          << Qt::endl
          << usage();
    return int(ExitCode::BadInput);
}

} // namespace mpdesk
