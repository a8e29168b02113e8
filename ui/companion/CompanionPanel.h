#pragma once

#include "companion/PlatformField.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace mpdesk {

class FilingDocument;
class SecureClipboard;

/// The platform's pages beside the browser: one page at a time, its fields in the platform's order with
/// the platform's labels, a copy button per field and "copy next" walking the page from the top. A field
/// with an error copies nothing until it is fixed or the clerk copies it anyway. ID and account numbers
/// show masked and reach the clipboard only when copied, marked sensitive and cleared after a delay.
class CompanionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompanionPanel)

public:
    explicit CompanionPanel(FilingDocument &document, QWidget *parent = nullptr);
    ~CompanionPanel() override;

    /// The page shown, by id ("filing-entity").
    QString page() const;
    void setPage(const QString &id);
    /// The rows of the page shown.
    const QList<PlatformField> &rows() const { return m_rows; }
    /// The row "copy next" copies, or -1 when the page is done.
    int nextRow() const { return m_next; }
    /// Copies one row; a row with an error is refused unless `anyway`.
    void copyRow(int index, bool anyway = false);
    /// Copies the next row with something to copy, then moves on.
    void copyNext();
    SecureClipboard &clipboard() { return *m_clipboard; }
    /// What the last copy came to, for the clerk (never the value).
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    /// Rebuilds now when shown; a hidden view catches up when it is shown instead of on every keystroke.
    void rebuildWhenShown();
    void retranslate();
    void copied(int index, const QString &text, bool secret);
    void showStatus(const QString &text);
    void advanceFrom(int index);

    FilingDocument &m_document;
    bool m_stale = false;
    SecureClipboard *m_clipboard = nullptr;
    QComboBox *m_chooser = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_copyNext = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QMetaObject::Connection m_documentConnection;
    QList<PlatformField> m_rows;
    QString m_shownPage;
    int m_next = 0;
};

} // namespace mpdesk
