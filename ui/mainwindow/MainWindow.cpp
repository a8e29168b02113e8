#include "mainwindow/MainWindow.h"

#include "common/Dialogs.h"
#include "companion/CompanionPanel.h"
#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "deadlines/DeadlinesPanel.h"
#include "editors/CertificationEditor.h"
#include "editors/EntityEditor.h"
#include "editors/FilingProgressEditor.h"
#include "editors/FormPage.h"
#include "editors/MiniProgramEditor.h"
#include "editors/PeopleEditor.h"
#include "editors/RegistrationEditor.h"
#include "letters/LettersPage.h"
#include "materials/MaterialsPage.h"
#include "i18n/LanguageManager.h"
#include "mainwindow/ChecklistSidebar.h"
#include "secrets/SecretStore.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/FingerprintKey.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileOpenEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int MaxRecentFiles = 8;

// Which editor holds which part of the filing: the longest matching prefix wins.
struct PageRoute
{
    QString prefix;
    QString page;
};

const QList<PageRoute> &routes()
{
    static const QList<PageRoute> list = {
        {u"registration."_s, u"registrationPage"_s},
        {u"entity.type"_s, u"registrationPage"_s},
        {u"entity.name"_s, u"registrationPage"_s},
        {u"entity.creditCode"_s, u"registrationPage"_s},
        {u"entity.registeredAddress"_s, u"registrationPage"_s},
        {u"people"_s, u"peoplePage"_s},
        {u"entity.legalRepresentative"_s, u"peoplePage"_s},
        {u"entity.leader"_s, u"peoplePage"_s},
        {u"certification."_s, u"certificationPage"_s},
        {u"entity."_s, u"entityPage"_s},
        {u"miniProgram."_s, u"miniProgramPage"_s},
        {u"pitfall.nameCandidates"_s, u"miniProgramPage"_s},
        {u"pitfall.trademark"_s, u"miniProgramPage"_s},
        {u"pitfall.leaderReuse"_s, u"peoplePage"_s},
        {u"filing.entity"_s, u"entityPage"_s},
        {u"filing.authorizationLetters"_s, u"lettersPage"_s},
        {u"filing.commitmentLetters"_s, u"lettersPage"_s},
        {u"filing.materials"_s, u"materialsPage"_s},
        {u"materials"_s, u"materialsPage"_s},
        {u"filing.miniProgram"_s, u"miniProgramPage"_s},
        {u"filing."_s, u"filingPage"_s},
    };
    return list;
}

QString routeFor(const QString &path)
{
    qsizetype best = -1;
    QString page;
    for (const PageRoute &r : routes()) {
        if (path.startsWith(r.prefix) && r.prefix.size() > best) {
            best = r.prefix.size();
            page = r.page;
        }
    }
    return page;
}

} // namespace

MainWindow::MainWindow(SecretStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    if (!m_store) {
        m_ownStore = SecretStore::createSystemStore();
        m_store = m_ownStore.get();
    }
    m_document = new FilingDocument(*m_store, this);
    setWindowIcon(QIcon(u":/icons/mpdesk.svg"_s));
    setMinimumSize(760, 480);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    m_sidebar = new ChecklistSidebar(splitter);
    m_sidebar->setObjectName(u"checklistSidebar"_s);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(right);
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"background: #fdecea; color: #5f2120; border: 1px solid #e0a7a2; padding: 8px;"_s);
    m_banner->hide();
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(u"pages"_s);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 920});
    setCentralWidget(splitter);

    createPages();
    createActions();

    connect(m_sidebar, &ChecklistSidebar::stepActivated, this, &MainWindow::showStep);
    // Re-check once per burst of edits rather than on every keystroke's several signals.
    auto *checklistTimer = new QTimer(this);
    checklistTimer->setSingleShot(true);
    checklistTimer->setInterval(0);
    connect(checklistTimer, &QTimer::timeout, this, &MainWindow::refreshChecklist);
    connect(m_document, &FilingDocument::assessmentChanged, checklistTimer, qOverload<>(&QTimer::start));
    connect(m_document, &FilingDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &FilingDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &FilingDocument::secretProblemChanged, this, [this](const QString &problem) {
        m_banner->setText(problem);
        m_banner->setVisible(!problem.isEmpty());
    });
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        m_document->reassess();
        refreshChecklist();
        for (FormPage *page : std::as_const(m_formPages))
            page->refresh();
    });

    // The fingerprint key comes from the keychain when it answers; until then leader reuse is unchecked.
    QPointer<MainWindow> self(this);
    FingerprintKey::obtain(*m_store, [self](const Result<QByteArray> &key) {
        if (self && key.ok())
            self->m_document->setFingerprintKey(key.value());
    });
    // The index of known filings is read after the first paint; until then leader reuse says "not compared yet".
    QTimer::singleShot(0, this, &MainWindow::reloadKnownFilings);

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    retranslate();
    refreshChecklist();
    for (FormPage *page : std::as_const(m_formPages))
        page->refresh();
}

MainWindow::~MainWindow()
{
    // The document outlives this body (it is a child): nothing it says on its way out may reach the
    // half-destroyed window.
    disconnect(m_document, nullptr, this, nullptr);
}

const Checklist &MainWindow::checklist() const
{
    return m_document->assessment().checklist();
}

void MainWindow::createPages()
{
    auto add = [this](FormPage *page, const QString &name) {
        page->setObjectName(name);
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(name + u"Scroll"_s);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
        m_formPages.append(page);
        page->setOwnership([name](const QString &path) { return routeFor(path) == name; });
    };
    add(new RegistrationEditor(*m_document), u"registrationPage"_s);
    add(new PeopleEditor(*m_document), u"peoplePage"_s);
    add(new CertificationEditor(*m_document), u"certificationPage"_s);
    add(new EntityEditor(*m_document), u"entityPage"_s);
    add(new MiniProgramEditor(*m_document), u"miniProgramPage"_s);
    add(new FilingProgressEditor(*m_document), u"filingPage"_s);
    m_letters = new LettersPage(*m_document, m_pages);
    m_letters->setObjectName(u"lettersPage"_s);
    m_pages->addWidget(m_letters);
    auto *materials = new MaterialsPage(*m_document, m_pages);
    materials->setObjectName(u"materialsPage"_s);
    m_pages->addWidget(materials);

    m_deadlinesDock = new QDockWidget(this);
    m_deadlinesDock->setObjectName(u"deadlinesDock"_s);
    m_deadlines = new DeadlinesPanel(*m_document, m_deadlinesDock);
    m_deadlines->setObjectName(u"deadlinesPanel"_s);
    m_deadlinesDock->setWidget(m_deadlines);
    m_deadlinesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_deadlinesDock);
    resizeDocks({m_deadlinesDock}, {170}, Qt::Vertical);

    m_companionDock = new QDockWidget(this);
    m_companionDock->setObjectName(u"companionDock"_s);
    m_companionDock->setWidget(new CompanionPanel(*m_document, m_companionDock));
    m_companionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                                 | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_companionDock);
    m_companionDock->hide();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), QKeySequence::New, this, [this] {
        whenDiscardable([this] { m_document->newFiling(); });
    });
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] {
        whenDiscardable([this] {
            const QString path = Dialogs::openFileName(this, tr("Open a filing"), tr("mpdesk filings (*.mpdesk *.json)"));
            if (!path.isEmpty())
                openFile(path);
        });
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        whenDiscardable([this] {
            const QString path = Dialogs::openFileName(this, tr("Import an interchange file"), tr("JSON (*.json)"));
            if (!path.isEmpty())
                importFile(path);
        });
    });
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), QKeySequence::Save, this, &MainWindow::save);
    m_saveAsAction = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_deadlinesAction = m_deadlinesDock->toggleViewAction();
    m_viewMenu->addAction(m_deadlinesAction);
    m_companionAction = m_companionDock->toggleViewAction();
    m_companionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_viewMenu->addAction(m_companionAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current language.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("\u4E2D\u6587"));
    m_englishAction = m_languageMenu->addAction(u"English"_s);
    for (auto [action, code] : {std::pair{m_chineseAction, u"zh_CN"_s}, std::pair{m_englishAction, u"en"_s}}) {
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About mpdesk"));
        box.setIconPixmap(QIcon(u":/icons/mpdesk.svg"_s).pixmap(64, 64));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("mpdesk %1\n\nThe clerk's desk for registering, certifying and filing an enterprise WeChat "
                       "Mini Program.")
                        .arg(QCoreApplication::applicationVersion()));
        box.exec();
    });
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importAction->setText(tr("&Import Interchange File…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About mpdesk"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    const QString language = LanguageManager::instance().language();
    m_chineseAction->setChecked(language == u"zh_CN"_s);
    m_englishAction->setChecked(language != u"zh_CN"_s);
    m_sidebar->setAccessibleName(tr("Checklist"));
    m_deadlinesDock->setWindowTitle(tr("Deadlines"));
    m_deadlinesAction->setText(tr("&Deadlines"));
    m_companionDock->setWindowTitle(tr("Platform Pages"));
    m_companionAction->setText(tr("&Platform Pages"));
    m_viewMenu->setTitle(tr("&View"));
    rebuildRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &code)
{
    LanguageManager::instance().setLanguage(code);
    QSettings().setValue(u"language"_s, code);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    // [*] is where Qt puts the modified mark, the platform's way.
    setWindowTitle(tr("%1[*] — mpdesk").arg(name));
    setWindowModified(m_document->isModified());
    setWindowFilePath(path);
}

void MainWindow::refreshChecklist()
{
    const Assessment &assessment = m_document->assessment();
    m_sidebar->setChecklist(assessment.checklist());
    m_deadlines->setDeadlines(assessment.deadlines(), assessment.now());
    statusBar()->showMessage(tr("%1 · errors: %2, warnings: %3")
                                 .arg(m_sidebar->progressText())
                                 .arg(assessment.errorCount())
                                 .arg(assessment.warningCount()));
}

FormPage *MainWindow::pageForPath(const QString &path) const
{
    const QString name = routeFor(path);
    for (FormPage *page : m_formPages) {
        if (page->objectName() == name)
            return page;
    }
    return nullptr;
}

void MainWindow::showField(const QString &path)
{
    if (routeFor(path) == u"materialsPage"_s) {
        if (auto *materials = m_pages->findChild<MaterialsPage *>(u"materialsPage"_s)) {
            m_pages->setCurrentWidget(materials);
            materials->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (routeFor(path) == u"lettersPage"_s) {
        m_pages->setCurrentWidget(m_letters);
        m_letters->setFocus(Qt::OtherFocusReason);
        return;
    }
    FormPage *page = pageForPath(path);
    if (!page)
        return;
    m_pages->setCurrentWidget(page->parentWidget()->parentWidget()); // the page's scroll area
    if (path.startsWith(u"people["_s)) {
        if (auto *people = qobject_cast<PeopleEditor *>(page))
            people->selectPerson(path.mid(7, path.indexOf(u']') - 7).toLongLong());
        page->focusField(path.mid(path.indexOf(u"]."_s) + 2));
        return;
    }
    page->focusField(page->fieldWidget(path) ? path : QString());
}

void MainWindow::showStep(const QString &stepId)
{
    const Step *step = checklist().step(stepId);
    // The step's first finding is where the clerk has work to do; without one, the step's own fields.
    const QString path = step && !step->findings.isEmpty() ? step->findings.first().path : stepId;
    showField(!routeFor(path).isEmpty() ? path : stepId);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool MainWindow::openFile(const QString &path)
{
    const Status opened = m_document->open(path);
    if (!opened) {
        Dialogs::warn(this, tr("Cannot open the filing"), opened.error().text());
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    const Status imported = m_document->importInterchange(path);
    if (!imported) {
        Dialogs::warn(this, tr("Cannot import the file"), imported.error().text());
        return false;
    }
    return true;
}

void MainWindow::save()
{
    if (m_document->path().isEmpty() || !m_document->path().endsWith(u".mpdesk"_s)) {
        saveAs();
        return;
    }
    saveTo(m_document->path(), false);
}

void MainWindow::saveAs()
{
    QString suggested = m_document->path();
    if (suggested.isEmpty())
        suggested = (m_document->filing().miniProgram.name.isEmpty() ? tr("filing") : m_document->filing().miniProgram.name)
            + u".mpdesk"_s;
    else if (!suggested.endsWith(u".mpdesk"_s))
        suggested = QFileInfo(suggested).completeBaseName() + u".mpdesk"_s;
    QString path = Dialogs::saveFileName(this, tr("Save the filing"), suggested, tr("mpdesk projects (*.mpdesk)"));
    if (path.isEmpty()) {
        m_afterSave = nullptr;
        return;
    }
    if (!path.endsWith(u".mpdesk"_s))
        path += u".mpdesk"_s;
    // A project saved under a new name from an existing one is a copy with its own identity.
    saveTo(path, !m_document->path().isEmpty() && m_document->path().endsWith(u".mpdesk"_s));
}

void MainWindow::saveTo(const QString &path, bool asCopy)
{
    QPointer<MainWindow> self(this);
    auto done = [self, path](const Project::SaveReport &report) {
        if (!self)
            return;
        if (!report.file.ok()) {
            self->m_afterSave = nullptr;
            Dialogs::warn(self, tr("The filing was not saved"), report.file.error().text());
            return;
        }
        self->rememberRecent(path);
        self->statusBar()->showMessage(report.secretFailures.isEmpty()
                                           ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                           : tr("Saved %1, but some numbers are not in the keychain (see above)")
                                                 .arg(QDir::toNativeSeparators(path)),
                                       8000);
        // What waited for the save (close, open another file) runs once the keychain has answered too.
        if (auto next = std::exchange(self->m_afterSave, nullptr))
            next();
    };
    asCopy ? m_document->saveAs(path, done) : m_document->save(path, done);
}

void MainWindow::whenDiscardable(std::function<void()> then)
{
    if (!m_document->isModified()) {
        then();
        return;
    }
    const QString name = m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    switch (Dialogs::unsavedChanges(this, name)) {
    case Dialogs::Answer::Yes:
        // Saving finishes when the keychain answers: `then` runs after that, and not if the save fails.
        m_afterSave = std::move(then);
        save();
        return;
    case Dialogs::Answer::No:
        then();
        return;
    case Dialogs::Answer::Cancel:
        return;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty())
            whenDiscardable([this, file] { openFile(file); });
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isModified()) {
        const QString name = m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
        switch (Dialogs::unsavedChanges(this, name)) {
        case Dialogs::Answer::Yes:
            // Close once the keychain has answered too, or the numbers would not be stored.
            m_afterSave = [this] { close(); };
            event->ignore();
            save();
            return;
        case Dialogs::Answer::No:
            m_document->discardRecovery();
            break;
        case Dialogs::Answer::Cancel:
            event->ignore();
            return;
        }
    }
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QSettings().setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::reloadKnownFilings()
{
    // Every filing this computer's mpdesk saved or opened; they hold fingerprints only.
    const KnownFilingsIndex::Loaded loaded = KnownFilingsIndex().load();
    m_document->setKnownFilings(loaded.filings);
    if (!loaded.notes.isEmpty())
        statusBar()->showMessage(loaded.notes.join(u' '), 8000);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(u"recentFiles"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(u"recentFiles"_s, files.mid(0, MaxRecentFiles));
    rebuildRecentMenu();
    reloadKnownFilings();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(u"recentFiles"_s).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] {
            whenDiscardable([this, file] { openFile(file); });
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::offerRecovery()
{
    const QStringList pending = FilingDocument::pendingRecoveries();
    if (pending.isEmpty())
        return;
    if (Dialogs::confirm(this, tr("Restore unsaved work?"),
                         tr("mpdesk was closed last time before some changes were saved. Restore them? ID and account "
                            "numbers typed since the last save are never kept in the recovery copy and must be "
                            "entered again."))) {
        const Status restored = m_document->restore(pending.first());
        if (!restored)
            Dialogs::warn(this, tr("Cannot restore"), restored.error().text());
    } else {
        for (const QString &file : pending)
            FilingDocument::removeRecoveryFiles(file);
    }
}

} // namespace mpdesk
