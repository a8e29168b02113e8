#include "mainwindow/MainWindow.h"

#include "assessment/FilingSummary.h"
#include "assessment/NextAction.h"
#include "common/Dialogs.h"
#include "common/MessageBar.h"
#include "companion/CompanionPanel.h"
#include "core/Timezone.h"
#include "deadlines/DeadlinesPanel.h"
#include "document/FilingDocument.h"
#include "editors/FormPage.h"
#include "i18n/LanguageManager.h"
#include "i18n/Phrases.h"
#include "letters/LettersPage.h"
#include "mainwindow/ChecklistSidebar.h"
#include "mainwindow/NextActionCard.h"
#include "mainwindow/PageRouter.h"
#include "mainwindow/RecentProjects.h"
#include "mainwindow/SaveCloseFlow.h"
#include "mainwindow/StartPage.h"
#include "mainwindow/UndoRouter.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/FingerprintKey.h"
#include "secrets/SecretStore.h"
#include "workflow/StepCatalogue.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPaintEvent>
#include <QScreen>
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

MainWindow::MainWindow(SecretStore *store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    if (!m_store) {
        m_ownStore = SecretStore::createSystemStore();
        m_store = m_ownStore.get();
    }
    m_document = new FilingDocument(*m_store, this);
    setWindowIcon(QIcon(u":/icons/mpdesk.svg"_s));
    setMinimumSize(760, 480);

    m_central = new QStackedWidget(this);
    m_central->setObjectName(u"central"_s);
    m_start = new StartPage(m_central);
    m_central->addWidget(m_start);
    auto *splitter = new QSplitter(m_central);
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
    m_nextAction = new NextActionCard(right);
    m_messageBar = new MessageBar(right);
    m_stepHeader = new QLabel(right);
    m_stepHeader->setObjectName(u"stepHeader"_s);
    m_stepHeader->setTextFormat(Qt::PlainText);
    m_stepHeader->setWordWrap(true);
    m_stepHeader->setContentsMargins(8, 6, 8, 6);
    m_stepHeader->setStyleSheet(u"background: palette(alternate-base); border-bottom: 1px solid palette(mid);"_s);
    // Room for the state and its reason whether a reason shows or not, so the page stays put.
    m_stepHeader->setMinimumHeight(2 * m_stepHeader->fontMetrics().lineSpacing() + 6 + 6 + 1);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(u"pages"_s);
    m_router = new PageRouter(*m_document, m_pages, this);
    m_flow = new SaveCloseFlow(*m_document, this);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_nextAction);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_stepHeader);
    rightLayout->addWidget(m_pages, 1);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 1100});
    m_central->addWidget(splitter);
    setCentralWidget(m_central);

    // The summary is a permanent widget: a passing message or a menu's tip never takes its place.
    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(u"statusSummary"_s);
    m_backgroundStatus = new QLabel(this);
    m_backgroundStatus->setObjectName(u"backgroundStatus"_s);
    m_backgroundStatus->setContentsMargins(0, 0, 16, 0);
    m_statusSummary->setContentsMargins(0, 0, 8, 0);
    statusBar()->addPermanentWidget(m_backgroundStatus);
    statusBar()->addPermanentWidget(m_statusSummary);

    createDocks();
    createActions();

    connect(m_sidebar, &ChecklistSidebar::stepActivated, this, &MainWindow::showStep);
    connect(m_router, &PageRouter::currentPageChanged, this, &MainWindow::followPageWithDeadlinesDock);
    connect(m_nextAction, &NextActionCard::goRequested, this, [this](const QString &stepId, const QString &path) {
        if (!path.isEmpty() && m_router->formPageFor(path))
            showField(path);
        else
            showStep(stepId);
        m_currentStep = stepId;
        updateStepHeader();
    });
    connect(m_start, &StartPage::newRequested, this, [this] {
        m_document->newFiling();
        showWorkspace();
    });
    connect(m_start, &StartPage::openRequested, m_openAction, &QAction::trigger);
    connect(m_start, &StartPage::importRequested, m_importAction, &QAction::trigger);
    connect(m_start, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_start, &StartPage::recentRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_start, &StartPage::scanFinished, this, &MainWindow::updateBackgroundStatus);
    new UndoRouter(this, m_document->undoStack());
    // Re-check once per burst of edits rather than on every keystroke's several signals.
    auto *checklistTimer = new QTimer(this);
    checklistTimer->setSingleShot(true);
    checklistTimer->setInterval(0);
    connect(checklistTimer, &QTimer::timeout, this, &MainWindow::refreshChecklist);
    connect(m_document, &FilingDocument::assessmentChanged, checklistTimer, qOverload<>(&QTimer::start));
    connect(m_document, &FilingDocument::modifiedChanged, this, &MainWindow::updateTitle);
    // "Saved" (and a warning about that save) is no longer true once the filing is edited again.
    connect(m_document, &FilingDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            m_messageBar->withdraw(MessageBar::Topic::Save);
    });
    connect(m_document, &FilingDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &FilingDocument::secretProblemChanged, this, [this](const QString &problem) {
        m_banner->setText(problem);
        m_banner->setVisible(!problem.isEmpty());
    });
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        m_document->retranslateUndoTexts(); // before the Edit menu is written again (LanguageChange)
        m_document->reassess();
        refreshChecklist();
        for (FormPage *page : m_router->builtFormPages())
            page->refresh();
    });

    // The keychain, the known filings and the recent filings are read after the first paint (see
    // startBackgroundWork); until then leader reuse says "not compared yet".
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        if (screen) {
            const QRect available = screen->availableGeometry();
            const int chrome = menuBar()->sizeHint().height() + statusBar()->sizeHint().height();
            QRect frame(QPoint(), firstStartSize(available.size(), chrome));
            frame.moveCenter(available.center());
            setGeometry(frame);
        }
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    showStartPage();
    m_start->setRecentFiles({}, m_document->clock());
    retranslate();
    refreshChecklist();
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

LettersPage *MainWindow::lettersPage() const
{
    return m_router->letters();
}

void MainWindow::createDocks()
{
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
        m_flow->whenDiscardable([this] {
            m_document->newFiling();
            showWorkspace();
        });
    });
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] {
        m_flow->whenDiscardable([this] {
            const QString path = Dialogs::openFileName(this, tr("Open a filing"), dialogFolder(),
                                                       tr("mpdesk filings (*.mpdesk *.json)"));
            if (!path.isEmpty())
                openFile(path);
        });
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recent = new RecentProjects(m_recentMenu, this);
    connect(m_recent, &RecentProjects::openRequested, this,
            [this](const QString &file) { m_flow->whenDiscardable([this, file] { openFile(file); }); });
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        m_flow->whenDiscardable([this] {
            const QString path =
                Dialogs::openFileName(this, tr("Import an interchange file"), dialogFolder(), tr("JSON (*.json)"));
            if (!path.isEmpty())
                importFile(path);
        });
    });
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), QKeySequence::Save, m_flow, &SaveCloseFlow::save);
    m_saveAsAction = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, m_flow, &SaveCloseFlow::saveAs);
    connect(m_flow, &SaveCloseFlow::saved, this, [this](const QString &path, const Project::SaveReport &report) {
        rememberRecent(path);
        // The path is kept, the sentence is written again in the language the clerk switches to.
        if (report.secretFailures.isEmpty())
            m_messageBar->showMessage([path] { return tr("Saved %1").arg(QDir::toNativeSeparators(path)); }, path,
                                      MessageBar::Tone::Success, MessageBar::Topic::Save);
        else
            m_messageBar->showMessage(
                [path] {
                    return tr("Saved %1, but some numbers are not in the keychain (see above)")
                        .arg(QDir::toNativeSeparators(path));
                },
                path, MessageBar::Tone::Warning, MessageBar::Topic::Save);
    });
    m_closeAction = m_fileMenu->addAction(QString(), QKeySequence::Close, this, [this] {
        m_flow->whenDiscardable([this] {
            m_document->newFiling();
            m_messageBar->hide();
            showStartPage();
            m_start->setRecentFiles(m_recent->files(), m_document->clock());
        });
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    // Own actions rather than QUndoStack's: their texts are "Undo: Edit entity name" in our own words.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, updateUndo);
    updateUndo();
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_deadlinesAction = m_deadlinesDock->toggleViewAction();
    m_deadlinesAction->setObjectName(u"deadlinesToggle"_s);
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
    m_helpAction = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] {
        const QString saved = std::exchange(m_currentStep, QString());
        showHelp(); // without a step: the whole guide
        m_currentStep = saved;
    });
    m_helpMenu->addSeparator();
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
    m_closeAction->setText(tr("&Close Filing"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About mpdesk"));
    m_undoAction->setText(m_document->undoStack()->canUndo() ? tr("Undo: %1").arg(m_document->undoStack()->undoText())
                                                             : tr("Undo"));
    m_redoAction->setText(m_document->undoStack()->canRedo() ? tr("Redo: %1").arg(m_document->undoStack()->redoText())
                                                             : tr("Redo"));
    m_helpAction->setText(tr("Help on This &Step"));
    m_guideAction->setText(tr("The Whole &Process Guide"));
    const QString language = LanguageManager::instance().language();
    m_chineseAction->setChecked(language == u"zh_CN"_s);
    m_englishAction->setChecked(language != u"zh_CN"_s);
    m_sidebar->setAccessibleName(tr("Checklist"));
    m_deadlinesDock->setWindowTitle(tr("Deadlines"));
    m_deadlinesAction->setText(tr("&Deadlines"));
    m_companionDock->setWindowTitle(tr("Platform Pages"));
    m_companionAction->setText(tr("&Platform Pages"));
    m_viewMenu->setTitle(tr("&View"));
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
    m_statusSummary->setText(tr("%1 · errors: %2, warnings: %3")
                                 .arg(m_sidebar->progressText())
                                 .arg(assessment.errorCount())
                                 .arg(assessment.warningCount()));
    m_nextAction->setNextAction(NextAction::of(assessment));
    updateStepHeader();
    updateDeadlinesDock();
    if (m_backgroundReady)
        updateBackgroundStatus();
}

QString MainWindow::dialogFolder() const
{
    // The open filing's folder; from the start page, that of the filing opened last.
    if (!m_document->path().isEmpty() && !isStartPageShown())
        return Dialogs::startFolderFor(m_document->path());
    const QStringList recent = m_recent->files();
    return Dialogs::startFolderFor(recent.isEmpty() ? QString() : recent.constFirst());
}

void MainWindow::showField(const QString &path)
{
    m_router->showField(path);
}

void MainWindow::showStep(const QString &stepId)
{
    m_currentStep = stepId;
    updateStepHeader();
    const Step *step = checklist().step(stepId);
    // The step's first finding is where the clerk has work to do; without one, the step's own first field
    // on the step's page (the record number of "Filing approved", not the top of the filing page).
    QString path = stepId;
    if (step && !step->findings.isEmpty()) {
        path = step->findings.first().path;
    } else if (const std::optional<StepId> id = StepCatalogue::fromKey(stepId)) {
        const QStringList &owned = StepCatalogue::spec(*id).ownedPaths;
        if (!owned.isEmpty() && PageRouter::routeFor(owned.constFirst()) == PageRouter::routeFor(stepId))
            path = owned.constFirst();
    }
    showField(!PageRouter::routeFor(path).isEmpty() ? path : stepId);
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
    showWorkspace();
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
    showWorkspace();
    return true;
}

void MainWindow::save()
{
    m_flow->save();
}

void MainWindow::saveAs()
{
    m_flow->saveAs();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty())
            m_flow->whenDiscardable([this, file] { openFile(file); });
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_flow->mayClose([this] { close(); })) {
        event->ignore();
        return;
    }
    followPageWithDeadlinesDock(QString()); // the state saved is the other pages' one
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QSettings().setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::reloadKnownFilings()
{
    // Every filing this computer's mpdesk saved or opened; they hold fingerprints only.
    const KnownFilingsIndex::Loaded loaded = KnownFilingsIndex().load();
    m_document->setKnownFilings(loaded.filings);
    m_knownFilingsRead = true;
    if (!loaded.gone.isEmpty())
        m_messageBar->showMessage(
            [gone = loaded.gone] { return Phrases::sentences(KnownFilingsIndex::goneNotes(gone)); }, QString(),
            MessageBar::Tone::Warning);
    updateBackgroundStatus();
}

void MainWindow::rememberRecent(const QString &path)
{
    m_recent->remember(path);
    reloadKnownFilings();
}

void MainWindow::offerRecovery()
{
    const QStringList pending = FilingDocument::pendingRecoveries();
    if (pending.isEmpty())
        return;
    const QString original = FilingDocument::recoveryOriginal(pending.first());
    const FilingSummary summary = FilingSummary::of(pending.first(), m_document->clock());
    const QString changed = QLocale().toString(QFileInfo(pending.first()).lastModified(), QLocale::ShortFormat);
    // A new filing with neither mini program nor entity name has only the recovery file's own name, an id.
    const bool named = summary.name != QFileInfo(pending.first()).completeBaseName();
    QString which;
    if (!original.isEmpty())
        which = tr("%1 (changed %2)").arg(QDir::toNativeSeparators(original), changed);
    else if (named)
        which = tr("the unsaved filing \u201C%1\u201D (changed %2)").arg(summary.name, changed);
    else
        which = tr("a new filing not saved yet (changed %1)").arg(changed);
    if (Dialogs::confirm(this, tr("Restore unsaved work?"),
                         tr("mpdesk was closed last time before some changes to %1 were saved. Restore them? ID and "
                            "account numbers typed since the last save are never kept in the recovery copy and must "
                            "be entered again.")
                             .arg(which))) {
        const Status restored = m_document->restore(pending.first());
        if (!restored)
            Dialogs::warn(this, tr("Cannot restore"), restored.error().text());
        else
            showWorkspace();
    } else {
        for (const QString &file : pending)
            FilingDocument::removeRecoveryFiles(file);
    }
}

QSize MainWindow::firstStartSize(const QSize &available, int chromeHeight)
{
    // About 80 % of the screen, but never smaller than a form and its checklist need side by side: the
    // 850 pixels are the content's, under the menu bar and above the status bar.
    const int width = qMin(available.width(), qMax(available.width() * 4 / 5, 1400));
    const int height = qMin(available.height(), qMax(available.height() * 4 / 5, 850 + chromeHeight));
    return {width, height};
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_start;
}

void MainWindow::showWorkspace()
{
    m_central->setCurrentIndex(1);
    m_statusSummary->show();
    if (m_backgroundReady)
        updateBackgroundStatus();
    // A filing opens at the step the clerk should work on next.
    const NextAction next = NextAction::of(m_document->assessment());
    const QString step = !next.stepId.isEmpty() ? next.stepId
        : checklist().steps().isEmpty()         ? QString()
                                                : checklist().steps().constFirst().id;
    if (!step.isEmpty())
        showStep(step);
    followPageWithDeadlinesDock(m_router->currentPageName());
}

void MainWindow::showStartPage()
{
    m_central->setCurrentWidget(m_start);
    m_statusSummary->hide(); // no filing, nothing to sum up
    followPageWithDeadlinesDock(QString());
    if (m_backgroundReady)
        updateBackgroundStatus();
}

bool MainWindow::openSample()
{
    // A new unsaved filing from the sample, so that saving never writes over the bundled file.
    return importFile(u":/samples/sample-filing.json"_s);
}

QString MainWindow::statusSummary() const
{
    return m_statusSummary->text();
}

QString MainWindow::backgroundStatus() const
{
    return m_backgroundStatus->text();
}

QString MainWindow::stepStatusText() const
{
    return m_stepHeader->isVisibleTo(this) ? m_stepHeader->text() : QString();
}

void MainWindow::updateStepHeader()
{
    // Why a step stands where it stands, on its page and not only in the checklist's tooltip.
    const Step *step = m_currentStep.isEmpty() ? nullptr : checklist().step(m_currentStep);
    if (!step) {
        m_stepHeader->hide();
        return;
    }
    QString text = tr("%1 — %2").arg(step->title, Step::statusName(step->status));
    // The card right above says it already when it is about this step.
    const NextAction &card = m_nextAction->nextAction();
    const bool cardSaysIt = card.stepId == step->id && (card.action == step->reason || card.why == step->reason);
    if (!step->reason.isEmpty() && !cardSaysIt)
        text += u'\n' + step->reason;
    m_stepHeader->setText(text);
    m_stepHeader->show();
}

void MainWindow::updateDeadlinesDock()
{
    // Collapsed when nothing is open; shown again when a date comes due. The clerk's own choice in between stays.
    const Assessment &assessment = m_document->assessment();
    const bool due = std::any_of(assessment.deadlines().cbegin(), assessment.deadlines().cend(),
                                 [](const Deadline &d) { return !d.done && d.kind != Deadline::Kind::Reminder; });
    if (m_somethingDue == due)
        return;
    m_somethingDue = due;
    if (m_onLettersPage)
        m_deadlinesElsewhere = due; // shown again when the clerk leaves the letters
    else
        m_deadlinesDock->setVisible(due);
}

void MainWindow::followPageWithDeadlinesDock(const QString &page)
{
    const bool letters = page == u"lettersPage"_s && !isStartPageShown();
    if (letters == m_onLettersPage)
        return;
    QSettings settings;
    const QString key = u"window/deadlinesOnLettersPage"_s;
    if (letters) {
        m_deadlinesElsewhere = m_deadlinesDock->isVisible();
        m_onLettersPage = true;
        m_deadlinesDock->setVisible(settings.value(key, false).toBool());
    } else {
        settings.setValue(key, m_deadlinesDock->isVisible());
        m_onLettersPage = false;
        m_deadlinesDock->setVisible(m_deadlinesElsewhere);
    }
}

void MainWindow::startBackgroundWork()
{
    if (std::exchange(m_backgroundStarted, true))
        return;
    Q_EMIT firstPainted();
    updateBackgroundStatus();
    // The fingerprint key comes from the keychain when it answers; until then leader reuse is unchecked.
    QPointer<MainWindow> self(this);
    FingerprintKey::obtain(*m_store, [self](const Result<QByteArray> &key) {
        if (!self)
            return;
        if (key.ok())
            self->m_document->setFingerprintKey(key.value());
        self->m_keyAnswered = true;
        self->updateBackgroundStatus();
    });
    // Listed by name at once; each file's stage and dates are read one per turn of the event loop.
    m_start->setRecentFiles(m_recent->files(), m_document->clock());
    QTimer::singleShot(0, this, &MainWindow::reloadKnownFilings);
    // The editors not needed for the first paint, one per turn of the event loop.
    m_router->buildRemainingLater();
}

void MainWindow::updateBackgroundStatus()
{
    if (!m_keyAnswered || !m_knownFilingsRead || m_start->isScanning()) {
        m_backgroundStatus->setText(tr("Reading the keychain and the filings this computer knows…"));
        return;
    }
    const bool wasReading = !m_backgroundReady;
    m_backgroundReady = true;
    // What the assessment compared, as the checklist and `mpdesk check` say it: the filing itself is
    // not one of the others.
    const std::optional<LeaderReuse::Report> &reuse = m_document->assessment().leaderReuse();
    if (isStartPageShown()) // no filing open: no leader to compare
        m_backgroundStatus->setText(tr("Ready: keychain read"));
    else if (reuse && reuse->checked && reuse->compared == 0)
        m_backgroundStatus->setText(tr("Ready: keychain read; no other filing on this computer to compare with"));
    else if (reuse && reuse->checked)
        m_backgroundStatus->setText(
            tr("Ready: keychain read, %n other filing(s) compared", nullptr, int(reuse->compared)));
    else
        m_backgroundStatus->setText(tr("Ready: keychain read; the leader is not compared with other filings yet"));
    if (wasReading)
        Q_EMIT backgroundWorkFinished();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // After the first paint: the window is on screen before anything slow starts.
    if (!m_backgroundStarted)
        QTimer::singleShot(0, this, &MainWindow::startBackgroundWork);
}

void MainWindow::showHelp()
{
    const QString language = LanguageManager::instance().language() == u"zh_CN"_s ? u"zh_CN"_s : u"en"_s;
    QFile file(u":/help/process-guide_"_s + language + u".txt"_s);
    QString guide;
    if (file.open(QIODevice::ReadOnly))
        guide = QString::fromUtf8(file.readAll());
    // Sections start with "## <step id prefix>"; the longest prefix of the current step wins.
    QString section;
    qsizetype best = -1;
    const QStringList parts = guide.split(u"\n## "_s);
    for (const QString &part : parts) {
        const QString key = part.section(u'\n', 0, 0).trimmed();
        if (!m_currentStep.isEmpty() && m_currentStep.startsWith(key) && key.size() > best) {
            best = key.size();
            section = part.section(u'\n', 1).trimmed();
        }
    }
    QString text;
    if (section.isEmpty()) {
        for (const QString &part : parts)
            text += part.startsWith(u"# "_s) ? part.section(u'\n', 1).trimmed() + u"\n\n"_s
                                             : part.section(u'\n', 1).trimmed() + u"\n\n"_s;
    } else {
        const Step *step = checklist().step(m_currentStep);
        text = (step ? step->title + u"\n\n"_s : QString()) + section;
    }
    Dialogs::showDocument(this, tr("mpdesk Help"), text.trimmed());
}

} // namespace mpdesk
