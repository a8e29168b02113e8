#include "mainwindow/StartPage.h"

#include "assessment/FilingSummary.h"
#include "common/PlainText.h"

#include <QColor>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
enum Column { NameColumn, StageColumn, NextColumn, DueColumn, FileColumn, ColumnCount };

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 24);
    m_title = new QLabel(this);
    m_title->setObjectName(u"startTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);
    outer->addSpacing(16);

    auto *buttons = new QGridLayout;
    auto button = [this](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        b->setMinimumHeight(40);
        return b;
    };
    m_new = button(u"startNew"_s);
    m_open = button(u"startOpen"_s);
    m_import = button(u"startImport"_s);
    m_sample = button(u"startSample"_s);
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_import, 0, 2);
    buttons->addWidget(m_sample, 0, 3);
    outer->addLayout(buttons);
    outer->addSpacing(16);
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &StartPage::sampleRequested);

    m_recentTitle = new QLabel(this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(u"recentFilings"_s);
    m_recent->setColumnCount(ColumnCount);
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setWordWrap(false);
    m_recent->header()->setSectionResizeMode(NextColumn, QHeaderView::Stretch);
    m_recent->header()->setStretchLastSection(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"recentStatus"_s);
    outer->addWidget(m_recentTitle);
    outer->addWidget(m_recent, 1);
    outer->addWidget(m_status);
    connect(m_recent, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT recentRequested(item->data(0, PathRole).toString()); });
    retranslate();
}

void StartPage::setRecentFiles(const QStringList &files, const Clock &clock)
{
    m_files = files;
    m_clock = clock;
    m_recent->clear();
    for (const QString &file : files) {
        auto *item = new QTreeWidgetItem(m_recent);
        item->setData(0, PathRole, file);
        item->setText(NameColumn, QFileInfo(file).completeBaseName());
        item->setText(FileColumn, QDir::toNativeSeparators(file));
        item->setToolTip(FileColumn, plainToolTip(QDir::toNativeSeparators(file)));
    }
    m_pending = int(files.size());
    const int generation = ++m_generation;
    retranslate();
    // One file per turn of the event loop, so the window paints and answers first.
    QTimer::singleShot(0, this, [this, generation] { scanNext(generation); });
}

void StartPage::scanNext(int generation)
{
    if (generation != m_generation || m_pending <= 0)
        return;
    const int index = int(m_files.size()) - m_pending;
    fill(m_recent->topLevelItem(index), m_files.at(index));
    --m_pending;
    if (m_pending > 0) {
        QTimer::singleShot(0, this, [this, generation] { scanNext(generation); });
        return;
    }
    retranslate();
    m_recent->resizeColumnToContents(NameColumn);
    m_recent->resizeColumnToContents(StageColumn);
    m_recent->resizeColumnToContents(DueColumn);
    Q_EMIT scanFinished();
}

void StartPage::fill(QTreeWidgetItem *item, const QString &path)
{
    if (!item)
        return;
    if (!QFileInfo::exists(path)) {
        item->setText(StageColumn, tr("Not found"));
        item->setText(NextColumn, tr("The file was moved or deleted."));
        item->setDisabled(true);
        return;
    }
    const FilingSummary summary = FilingSummary::of(path, m_clock);
    if (!summary.readable) {
        item->setText(StageColumn, tr("Cannot be read"));
        item->setText(NextColumn, summary.problem);
        item->setToolTip(NextColumn, plainToolTip(summary.problem));
        return;
    }
    item->setText(NameColumn, summary.name);
    item->setText(StageColumn, summary.stage);
    const QString next = summary.next.kind == NextAction::Kind::Finished
        ? summary.next.title
        : summary.next.title + u" — "_s + summary.next.action;
    item->setText(NextColumn, next);
    item->setToolTip(NextColumn, plainToolTip(next));
    item->setText(DueColumn, summary.next.dueText());
    if (summary.next.kind == NextAction::Kind::Overdue)
        item->setForeground(DueColumn, QColor(0xb7, 0x1c, 0x1c));
}

QString StartPage::scanStatus() const
{
    return m_status->text();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_files.isEmpty() && m_pending == 0)
            setRecentFiles(m_files, m_clock); // the stages and dates are worded in the new language
    }
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("mpdesk — Mini Program filing desk"));
    m_subtitle->setText(tr("Register, certify and file an enterprise WeChat Mini Program, step by step. Start a "
                           "new filing, open one you saved, or try the sample to see how it works."));
    m_new->setText(tr("New filing"));
    m_open->setText(tr("Open…"));
    m_import->setText(tr("Import interchange file…"));
    m_sample->setText(tr("Open the sample filing"));
    m_recentTitle->setText(tr("Recent filings"));
    m_recent->setHeaderLabels({tr("Filing"), tr("Stage"), tr("Next"), tr("Due"), tr("File")});
    if (m_files.isEmpty())
        m_status->setText(tr("No recent filings yet."));
    else if (m_pending > 0)
        m_status->setText(tr("Reading the recent filings…"));
    else
        m_status->setText(tr("Recent filings read: stages and dates as of today."));
}

} // namespace mpdesk
