#pragma once

#include "workflow/Checklist.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace mpdesk {

class ChecklistSidebar;
class DeadlinesPanel;
class MessageBar;
class NextActionCard;
class StartPage;
class LettersPage;
class FilingDocument;
class FormPage;
class SecretStore;
class PageRouter;
class RecentProjects;
class SaveCloseFlow;

/// The clerk's desk: the checklist on the left, the editor of the chosen step on the right, a banner
/// when the keychain needs attention. Every rule it shows comes from the core.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `store` holds the secrets; null means the system keychain.
    explicit MainWindow(SecretStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    FilingDocument &document() const { return *m_document; }
    ChecklistSidebar *sidebar() const { return m_sidebar; }
    /// The letters page, built now if it was not yet.
    LettersPage *lettersPage() const;
    PageRouter *pages() const { return m_router; }
    SaveCloseFlow *saveCloseFlow() const { return m_flow; }
    RecentProjects *recentProjects() const { return m_recent; }
    DeadlinesPanel *deadlinesPanel() const { return m_deadlines; }
    const Checklist &checklist() const;

    /// Opens a project or interchange file; on failure says why and keeps what was open.
    bool openFile(const QString &path);
    /// Starts a new unsaved project from an interchange file.
    bool importFile(const QString &path);
    /// Saves to the current file (asking for a name when there is none). The file is written at once;
    /// the keychain answers later and its problems show in the banner.
    void save();
    void saveAs();
    /// Shows the editor of a checklist step and puts the cursor in its first field.
    void showStep(const QString &stepId);
    /// Shows the editor holding the field at `path` and focuses that field.
    void showField(const QString &path);
    /// Offers to restore work left unsaved by a session that ended abruptly.
    void offerRecovery();
    /// The keychain banner's text; empty when hidden.
    QString bannerText() const;
    NextActionCard *nextActionCard() const { return m_nextAction; }
    MessageBar *messageBar() const { return m_messageBar; }
    StartPage *startPage() const { return m_start; }
    /// True while the start page is shown instead of a filing.
    bool isStartPageShown() const;
    /// The summary at the right of the status bar: progress, errors, warnings.
    QString statusSummary() const;
    /// What the window says about the work it does after the first paint (keychain, known filings).
    QString backgroundStatus() const;
    /// The current step's status and reason, as shown above its page.
    QString stepStatusText() const;
    /// Opens the bundled sample as a new unsaved filing.
    bool openSample();
    /// The size a first start takes on a screen with this available area: about 80 %, and room for at least
    /// 1400×850 of content besides the menu and status bars (`chromeHeight`); never more than the screen.
    static QSize firstStartSize(const QSize &available, int chromeHeight = 0);

Q_SIGNALS:
    /// The window has been painted once: it is on screen where the window manager put it, so a question
    /// asked now is centred over it.
    void firstPainted();
    /// The work deferred until after the first paint (keychain key, known filings) has finished.
    void backgroundWorkFinished();

protected:
    /// Installed on the application: a double-clicked .mpdesk file on macOS arrives as QFileOpenEvent.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void retranslate();
    void updateTitle();
    void refreshChecklist();
    void setLanguage(const QString &code);
    void reloadKnownFilings();
    /// After a save or an open: the file goes to the top of the recent ones and the known filings are re-read.
    void rememberRecent(const QString &path);
    void showWorkspace();
    void showStartPage();
    void startBackgroundWork();
    void updateBackgroundStatus();
    void updateStepHeader();
    void updateDeadlinesDock();
    /// The letters page wants its height for the preview: the deadlines panel is hidden there unless the
    /// clerk showed it on that page (remembered); elsewhere it is as it was.
    void followPageWithDeadlinesDock(const QString &page);
    void showHelp();
    /// Where Open and Import start: the filing's folder, else the last filing's, else Documents.
    QString dialogFolder() const;

    std::unique_ptr<SecretStore> m_ownStore;
    SecretStore *m_store = nullptr;
    FilingDocument *m_document = nullptr;

    ChecklistSidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    PageRouter *m_router = nullptr;
    SaveCloseFlow *m_flow = nullptr;
    RecentProjects *m_recent = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_start = nullptr;
    NextActionCard *m_nextAction = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_stepHeader = nullptr;
    QLabel *m_statusSummary = nullptr;
    QLabel *m_backgroundStatus = nullptr;
    QString m_currentStep;
    bool m_backgroundStarted = false;
    bool m_keyAnswered = false;
    bool m_knownFilingsRead = false;
    bool m_backgroundReady = false; ///< the keychain and the known filings are read
    std::optional<bool> m_somethingDue; ///< last seen; the dock follows its changes only
    bool m_onLettersPage = false;
    bool m_deadlinesElsewhere = false; ///< whether the dock shows on the other pages, kept while on the letters page
    QAction *m_helpAction = nullptr, *m_guideAction = nullptr, *m_closeAction = nullptr;
    DeadlinesPanel *m_deadlines = nullptr;
    QDockWidget *m_deadlinesDock = nullptr;
    QDockWidget *m_companionDock = nullptr;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr, *m_viewMenu = nullptr;
    QAction *m_deadlinesAction = nullptr, *m_companionAction = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_importAction = nullptr, *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr, *m_quitAction = nullptr, *m_undoAction = nullptr, *m_redoAction = nullptr;
    QAction *m_chineseAction = nullptr, *m_englishAction = nullptr, *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace mpdesk
