// mpdesk: the command-line verbs need no display; everything else opens the desktop application.

#include "cli/CommandLine.h"
#include "cli/ExportCommand.h"
#include "i18n/LanguageManager.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

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

// Quits once the window it watches has been painted and the paint has reached the screen.
class FirstPaintQuit final : public QObject
{
public:
    explicit FirstPaintQuit(QObject *parent) : QObject(parent) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (mpdesk::CommandLine::isCommandLine(argumentsOf(argc, argv))) {
        // Letters are laid out with real fonts, which takes a QGuiApplication; "offscreen" needs no display.
        std::unique_ptr<QCoreApplication> app;
        if (mpdesk::ExportCommand::isRequested(argumentsOf(argc, argv))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
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
    // The first start follows the system; after that, the language chosen in the menu; --lang wins.
    const QStringList args = app.arguments();
    const bool langGiven =
        std::any_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(u"--lang"_s); });
    const QString remembered = QSettings().value(u"language"_s).toString();
    mpdesk::LanguageManager::instance().setLanguage(
        langGiven || remembered.isEmpty() ? mpdesk::CommandLine::requestedLanguage(args) : remembered);

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"lang"_s, QString(), u"code"_s));
    // Leaves as soon as the window has been painted once: how long a start takes, timed from outside.
    const QCommandLineOption quitAfterPaint(u"quit-after-first-paint"_s);
    parser.addOption(quitAfterPaint);
    parser.addPositionalArgument(u"file"_s, QString());
    parser.process(app);

    mpdesk::MainWindow window;
    app.installEventFilter(&window);
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(quitAfterPaint))
        window.installEventFilter(new FirstPaintQuit(&window));
    window.show();
    // Once the window is on screen: asked earlier, the question opens where the window is not yet.
    QObject::connect(&window, &mpdesk::MainWindow::firstPainted, &window, &mpdesk::MainWindow::offerRecovery,
                     Qt::QueuedConnection);
    return app.exec();
}
