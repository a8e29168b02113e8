// Saves screenshots of the main window on the sample filing, in Chinese and in English, for the README
// and for looking at the application as a clerk sees it. Run through take-screenshots.sh (under Xvfb).

#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "letters/LettersPage.h"
#include "mainwindow/ChecklistSidebar.h"
#include "mainwindow/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QWindow>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

void settle(int ms = 600)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(mpdesk::MainWindow &window, const QString &file)
{
    settle();
    QPixmap shot = window.screen()->grabWindow(window.winId());
    if (shot.isNull() || shot.size().isEmpty())
        shot = window.grab();
    shot.save(file);
    qInfo("%s", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = app.arguments().value(1, u"screenshots"_s);
    QDir().mkpath(out);
    mpdesk::MemorySecretStore store;
    const QString sample = QStringLiteral(MPDESK_SOURCE_DIR "/resources/samples/sample-filing.json");
    QSettings().setValue(u"recentFiles"_s, QStringList{sample});
    mpdesk::MainWindow window(&store);
    window.document().setClock(mpdesk::Clock::fixedOn(QDate(2026, 10, 17)));
    window.resize(1280, 800);
    window.show();
    // The start page, with the sample among the recent filings, its stage and what is due.
    mpdesk::LanguageManager::instance().setLanguage(u"zh_CN"_s);
    settle(1500);
    shoot(window, out + u"/start-zh_CN.png"_s);
    window.openFile(sample);
    // The next-action card when a deadline is near: payment verification started on 9 October.
    window.document().setField(u"registration.verification.completedOn"_s, QString());
    window.showStep(u"registration.verification"_s);
    shoot(window, out + u"/next-action-zh_CN.png"_s);
    window.document().undoStack()->undo();
    window.document().setClock(mpdesk::Clock::fixedOn(QDate(2026, 11, 27)));

    for (const QString &lang : {u"zh_CN"_s, u"en"_s}) {
        mpdesk::LanguageManager::instance().setLanguage(lang);
        window.showField(u"entity.creditCode"_s);
        shoot(window, out + u"/registration-"_s + lang + u".png"_s);
        window.showField(u"people[1].name"_s);
        shoot(window, out + u"/people-"_s + lang + u".png"_s);
        window.showField(u"certification.invoice.type"_s);
        shoot(window, out + u"/certification-"_s + lang + u".png"_s);
        window.showField(u"miniProgram.name"_s);
        shoot(window, out + u"/mini-program-"_s + lang + u".png"_s);
        window.showStep(u"filing.authorizationLetters"_s);
        settle(1500);
        shoot(window, out + u"/letters-"_s + lang + u".png"_s);
        // A mistake as the clerk types it: the finding under the field and in the sidebar.
        window.document().setField(u"entity.creditCode"_s, u"91440300MA5G7QXK3X"_s);
        window.showField(u"entity.creditCode"_s);
        shoot(window, out + u"/finding-"_s + lang + u".png"_s);
        window.document().undoStack()->undo();
    }
    return 0;
}
