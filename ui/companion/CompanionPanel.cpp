#include "companion/CompanionPanel.h"

#include "companion/CompanionRows.h"
#include "companion/SecureClipboard.h"
#include "document/FilingDocument.h"
#include "i18n/LanguageManager.h"
#include "i18n/Phrases.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompanion, "mpdesk.ui.companion")

namespace mpdesk {

CompanionPanel::CompanionPanel(FilingDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_clipboard(new SecureClipboard(this))
{
    auto *layout = new QVBoxLayout(this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(u"companionPageChooser"_s);
    for (const PlatformPageSpec &page : PlatformPages::shipped().pages())
        m_chooser->addItem(QString(), page.id);
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsWidget = new QWidget(scroll);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(m_rowsWidget);
    m_copyNext = new QPushButton(this);
    m_copyNext->setObjectName(u"companionCopyNext"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"companionStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_chooser);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_copyNext);
    layout->addWidget(m_status);

    // The shortcut works wherever the focus is in the window, so the clerk need not come back to the panel.
    auto *copyNextAction = new QAction(this);
    copyNextAction->setObjectName(u"companionCopyNextAction"_s);
    copyNextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    copyNextAction->setShortcutContext(Qt::WindowShortcut);
    addAction(copyNextAction);
    connect(copyNextAction, &QAction::triggered, this, &CompanionPanel::copyNext);
    connect(m_copyNext, &QPushButton::clicked, this, &CompanionPanel::copyNext);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &CompanionPanel::rebuild);
    m_documentConnection =
        connect(&m_document, &FilingDocument::assessmentChanged, this, &CompanionPanel::rebuildWhenShown);
    connect(m_clipboard, &SecureClipboard::cleared, this,
            [this] { showStatus(tr("The number was cleared from the clipboard.")); });
    retranslate();
}

CompanionPanel::~CompanionPanel()
{
    // The clipboard (a child) clears a pending secret as it goes, after this body: its signal must not
    // reach the half-destroyed panel, nor may the document's. The document may be gone already (the main
    // window made it first, so it is deleted first): the connection, not the document, is let go.
    disconnect(m_clipboard, nullptr, this, nullptr);
    disconnect(m_documentConnection);
}

QString CompanionPanel::page() const
{
    return m_chooser->currentData().toString();
}

void CompanionPanel::setPage(const QString &id)
{
    const int index = m_chooser->findData(id);
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
}

QString CompanionPanel::status() const
{
    return m_status->text();
}

void CompanionPanel::retranslate()
{
    const bool english = LanguageManager::instance().language() != u"zh_CN"_s;
    const auto &pages = PlatformPages::shipped().pages();
    for (int i = 0; i < m_chooser->count() && i < pages.size(); ++i) {
        const PlatformPageSpec &page = pages.at(i);
        m_chooser->setItemText(i, english ? tr("%1 / %2").arg(page.titleEn, page.title) : page.title);
    }
    m_hint->setText(tr("Copy each field in turn and paste it into the platform's page. ID and account numbers are "
                       "cleared from the clipboard %n second(s) after copying.",
                       nullptr, m_clipboard->clearDelay() / 1000));
    m_copyNext->setText(tr("Copy next (Ctrl+Shift+N)"));
    rebuild();
}

void CompanionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompanionPanel::rebuildWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

void CompanionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
}

void CompanionPanel::rebuild()
{
    const PlatformPageSpec *spec = PlatformPages::shipped().page(page());
    if (page() != m_shownPage) {
        m_shownPage = page();
        m_next = 0;
    }
    m_rows = spec ? CompanionRows::of(m_document.filing(), m_document.findings(), *spec, CompanionRows::Secrets::Masked)
                  : QList<PlatformField>();
    if (m_next >= m_rows.size())
        m_next = -1;

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // A button may be deleted from its own click; its name goes now so that nothing finds it again.
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const bool english = LanguageManager::instance().language() != u"zh_CN"_s;
    int line = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const PlatformField &row = m_rows.at(i);
        auto *label = new QLabel(english ? tr("%1 (%2)").arg(row.label, row.labelEn) : row.label, m_rowsWidget);
        label->setTextFormat(Qt::PlainText);
        if (i == m_next)
            label->setStyleSheet(u"font-weight: bold;"_s);
        auto *value = new QLabel(row.value, m_rowsWidget);
        value->setObjectName(u"companionValue:"_s + QString::number(i));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        auto *copy = new QPushButton(tr("Copy"), m_rowsWidget);
        copy->setObjectName(u"companionCopy:"_s + QString::number(i));
        copy->setEnabled(row.known && !row.isBlocked());
        copy->setAccessibleName(tr("Copy %1").arg(row.label));
        connect(copy, &QPushButton::clicked, this, [this, i] { copyRow(i); });
        m_grid->addWidget(label, line, 0);
        m_grid->addWidget(value, line, 1);
        m_grid->addWidget(copy, line, 2);
        ++line;
        QStringList notes;
        if (!row.note.isEmpty())
            notes.append(row.note);
        for (const Finding &finding : row.findings)
            notes.append(Phrases::labelled(finding.severityText(), finding.message));
        if (!notes.isEmpty()) {
            auto *note = new QLabel(notes.join(u'\n'), m_rowsWidget);
            note->setObjectName(u"companionNote:"_s + QString::number(i));
            note->setTextFormat(Qt::PlainText);
            note->setWordWrap(true);
            if (row.isBlocked())
                note->setStyleSheet(u"color: #b3261e;"_s);
            m_grid->addWidget(note, line, 1);
            if (row.isBlocked() && row.known) {
                auto *anyway = new QPushButton(tr("Copy anyway"), m_rowsWidget);
                anyway->setObjectName(u"companionCopyAnyway:"_s + QString::number(i));
                connect(anyway, &QPushButton::clicked, this, [this, i] { copyRow(i, true); });
                m_grid->addWidget(anyway, line, 2);
            }
            ++line;
        }
    }
    m_grid->setRowStretch(line, 1);
    m_copyNext->setEnabled(m_next >= 0);
}

void CompanionPanel::copyRow(int index, bool anyway)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const PlatformField row = m_rows.at(index);
    if (row.isBlocked() && !anyway) {
        showStatus(tr("%1 is not copied: %2 Fix it, or copy it anyway.").arg(row.label, row.blocking.first().message));
        return;
    }
    if (!row.known) {
        showStatus(tr("%1 has nothing to copy. %2").arg(row.label, row.note));
        return;
    }
    if (!row.secret) {
        copied(index, row.value, false);
        return;
    }
    // The number is the document's (typed, or read from the keychain when the project was opened, as the
    // letters use it); the panel itself only ever holds the masked form.
    const SecretField *secret = CompanionRows::secretAt(m_document.filing(), row.path);
    if (!secret || !secret->isKnown()) {
        qCInfo(lcCompanion) << "a number to copy is not in the open filing:" << row.path;
        showStatus(tr("%1 has nothing to copy. %2").arg(row.label, row.note));
        return;
    }
    copied(index, CompanionRows::formatSecret(secret->value), true);
}

void CompanionPanel::copied(int index, const QString &text, bool secret)
{
    const QString label = index < m_rows.size() ? m_rows.at(index).label : QString();
    if (secret) {
        m_clipboard->setSecret(text);
        showStatus(tr("Copied %1. It is cleared from the clipboard in %n second(s).", nullptr,
                      m_clipboard->clearDelay() / 1000)
                       .arg(label));
    } else {
        m_clipboard->setText(text);
        showStatus(tr("Copied %1.").arg(label));
    }
    advanceFrom(index);
}

void CompanionPanel::advanceFrom(int index)
{
    m_next = index + 1 < m_rows.size() ? index + 1 : -1;
    rebuild();
}

void CompanionPanel::copyNext()
{
    // Rows with nothing to copy are passed over; a row with an error stops the walk until it is fixed.
    while (m_next >= 0 && m_next < m_rows.size() && !m_rows.at(m_next).known && !m_rows.at(m_next).isBlocked())
        ++m_next;
    if (m_next < 0 || m_next >= m_rows.size()) {
        m_next = -1;
        showStatus(tr("Every field of this page is copied. Choose the next page."));
        rebuild();
        return;
    }
    copyRow(m_next);
}

void CompanionPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace mpdesk
