#pragma once

#include "model/Filing.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace mpdesk {

/// The main window. For now it opens a filing and lists its findings; the checklist sidebar and the
/// stage editors come with the desktop application's own work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project or interchange file; on failure shows why and keeps what was open.
    bool openFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFindings();

    Filing m_filing;
    QString m_path;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_findings = nullptr;
};

} // namespace mpdesk
