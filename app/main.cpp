// mpdesk: the command-line verbs need no display; everything else opens the desktop application.

#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"mpdesk"_s);
    QCoreApplication::setApplicationName(u"mpdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MPDESK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    if (mpdesk::CommandLine::isCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return mpdesk::CommandLine(out, err).run(QCoreApplication::arguments());
    }

#if defined(Q_OS_LINUX)
    // Without a display Qt would abort with a message about platform plugins; say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream err(stderr);
        return mpdesk::CommandLine(err, err).noDisplay(QCoreApplication::arguments());
    }
#endif

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"mpdesk"_s);
    mpdesk::LanguageManager::instance().setLanguage(mpdesk::CommandLine::requestedLanguage(app.arguments()));

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"lang"_s, QString(), u"code"_s));
    parser.addPositionalArgument(u"file"_s, QString());
    parser.process(app);

    mpdesk::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
