#pragma once

#include "model/Filing.h"
#include "model/Vocabulary.h"
#include "validation/Finding.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCalendarWidget;
class QFormLayout;
class QLineEdit;
class QMenu;
class QLabel;
class QVBoxLayout;

namespace mpdesk {

class FilingDocument;

/// A page of fields bound to a FilingDocument by field path: each field shows the document's value,
/// writes what the clerk types back as an undoable edit, and shows its findings under it in the user's
/// language. Subclasses only declare their fields; labels are functions so a language switch re-reads them.
class FormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)

public:
    using Text = std::function<QString()>;

    explicit FormPage(FilingDocument &document, QWidget *parent = nullptr);
    ~FormPage() override;

    /// The page's title in the checklist's words, translated.
    virtual QString title() const = 0;
    /// The input widget bound to `path`, or nullptr.
    QWidget *fieldWidget(const QString &path) const;
    /// Puts the cursor in the first field (or in `path`'s field).
    void focusField(const QString &path = QString());
    /// Re-reads values and findings from the document.
    virtual void refresh();
    /// Whether a finding on `path` shows under one of this page's fields (or tables) right now.
    virtual bool showsUnderField(const QString &path) const;
    /// Which findings belong to this page (by field path); those no field here shows are listed at the
    /// top of the page.
    void setOwnership(std::function<bool(const QString &path)> owns);
    /// What the list at the top says; empty when hidden.
    QString otherFindingsText() const;
    /// Answers the next "Add person…" name question instead of the clerk (tests).
    static void setNextPersonName(const QString &name) { s_nextPersonName = name; }
    /// How a person is named in role pickers: their name, with a detail when two share it; never an id.
    QString personLabel(const Person &person) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// A turn of the mouse wheel over a choice the clerk has not clicked scrolls the page; it never changes
    /// the choice (nor opens "Add person…" on the way).
    bool eventFilter(QObject *watched, QEvent *event) override;
    virtual void retranslate();
    /// False while the page is hidden: it then catches up when shown instead of on every keystroke.
    bool takeRefresh();

    /// The path a field's key stands for; PeopleEditor maps "name" to "people[i].name".
    virtual QString pathFor(const QString &key) const { return key; }

    /// A heading, and a short help line under it taken from the process.
    void addSection(Text heading, Text help = {});
    QWidget *addLine(const QString &key, Text label, Text placeholder = {});
    /// A date: typed as YYYY-MM-DD, picked from a calendar, or cleared.
    QWidget *addDate(const QString &key, Text label);
    /// A moment in China: "2026-12-02 09:30" or ISO 8601 with an offset.
    QWidget *addDateTime(const QString &key, Text label);
    /// An ID's end of validity: a date, or long-term (长期).
    QWidget *addValidity(const QString &key, Text label);
    QWidget *addMultiLine(const QString &key, Text label, Text placeholder = {});
    QWidget *addChoice(const QString &key, Text label, Vocabulary::Kind kind);
    QWidget *addFlag(const QString &key, Text label);
    QWidget *addPersonChoice(const QString &key, Text label);
    QWidget *addSecret(const QString &key, Text label);
    /// A free widget (buttons, tables) in the form, with a label.
    void addRow(Text label, QWidget *widget);
    void addWidget(QWidget *widget);
    /// Shows or hides a field's row (label, input and messages).
    void setFieldVisible(const QString &key, bool visible);
    /// Shows or hides a section's heading and help (0 is the first section added).
    void setSectionVisible(qsizetype section, bool visible);
    /// A person was added from a role picker (see addPersonChoice), at this index.
    virtual void personAdded(qsizetype index) { Q_UNUSED(index); }
    /// The sign before a message: ✖ error, ⚠ warning, ○ still to fill in.
    static QString marker(const Finding &finding);

    FilingDocument &document() const { return m_document; }
    QVBoxLayout *pageLayout() const { return m_outer; }

private:
    struct Field
    {
        QString key;
        Text label;
        Text placeholder;
        QLabel *labelWidget = nullptr;
        QWidget *input = nullptr;
        QLabel *findings = nullptr;
        std::function<void(const QString &)> show; // puts the document's value in the widget
    };
    struct Section
    {
        QLabel *heading;
        QLabel *help;
        Text headingText, helpText;
        bool visible = true;
    };

    Field &addField(const QString &key, Text label, QWidget *input, std::function<void(const QString &)> show);
    void showFindings(Field &field, const Findings &findings);
    void addPersonFor(const QString &path);
    void pickDate(const QString &key, QLineEdit *edit);

    FilingDocument &m_document;
    QVBoxLayout *m_outer = nullptr;
    QFormLayout *m_form = nullptr;
    QList<Field> m_fields;
    QList<Section> m_sections;
    QList<std::pair<QLabel *, Text>> m_rowLabels;
    QList<std::pair<QAction *, QString>> m_datePickers;
    static inline std::optional<QString> s_nextPersonName;
    QPointer<QMenu> m_calendarMenu;
    QCalendarWidget *m_calendar = nullptr;
    void showOtherFindings(const Findings &findings);

    QLabel *m_pageFindings = nullptr;
    std::function<bool(const QString &)> m_owns;
    bool m_stale = false;
};

} // namespace mpdesk
