#pragma once

#include "core/Clock.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mpdesk {

/// What the window shows when no filing is open: start a new filing, open or import one, try the
/// sample, or go back to a recent filing, each listed with its stage and what is due next.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists the files at once by name; their stage and next date are read one by one afterwards
    /// (never before the window is painted), and `scanFinished` says when all are read.
    void setRecentFiles(const QStringList &files, const Clock &clock);
    QTreeWidget *recentList() const { return m_recent; }
    /// "Reading…" or "read" as the clerk sees it.
    QString scanStatus() const;
    bool isScanning() const { return m_pending > 0; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void importRequested();
    void sampleRequested();
    void recentRequested(const QString &path);
    void scanFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scanNext(int generation);
    void fill(QTreeWidgetItem *item, const QString &path);

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_new = nullptr, *m_open = nullptr, *m_import = nullptr, *m_sample = nullptr;
    QLabel *m_recentTitle = nullptr;
    QTreeWidget *m_recent = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_files;
    Clock m_clock = Clock::system();
    int m_pending = 0;
    int m_generation = 0; ///< a newer list makes the scan of an older one stop
};

} // namespace mpdesk
