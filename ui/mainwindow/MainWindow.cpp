#include "mainwindow/MainWindow.h"

#include "core/Timezone.h"
#include "storage/ProjectFile.h"
#include "validation/Validator.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mpdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_findings = new QPlainTextEdit(central);
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setReadOnly(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    setCentralWidget(central);
    resize(900, 600);
    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    Result<Filing> loaded = ProjectFile::read(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Cannot open the filing"), loaded.error().text());
        return false;
    }
    m_filing = std::move(loaded).value();
    m_path = path;
    retranslate();
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString file = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1 — mpdesk").arg(file));
    showFindings();
}

void MainWindow::showFindings()
{
    const Findings findings = Validator::validate(m_filing, chinaToday());
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.line());
    m_findings->setPlainText(lines.join(QLatin1Char('\n')));
    const qsizetype errors = errorCount(findings);
    m_summary->setText(tr("Errors: %1, warnings: %2. The checklist and the stage editors are not built yet; "
                          "this window lists the findings of the open filing.")
                           .arg(errors)
                           .arg(findings.size() - errors));
    statusBar()->showMessage(m_path.isEmpty() ? tr("No filing open") : QFileInfo(m_path).absoluteFilePath());
}

} // namespace mpdesk
