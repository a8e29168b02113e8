#include "editors/FormPage.h"

#include "common/PlainText.h"
#include "core/Normalize.h"
#include "core/Timezone.h"
#include "document/FilingDocument.h"
#include "document/FilingEdits.h"
#include "document/FilingFields.h"
#include "model/DateField.h"
#include "model/FieldPath.h"

#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

void setLineText(QLineEdit *edit, const QString &value)
{
    if (edit->text() == value)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(value);
    edit->setCursorPosition(qMin(cursor, int(value.size())));
}

// The item of a role picker that adds a person; no person id can look like it.
const QString AddPersonItem = u"\u0001add-person"_s;

// What tells two people of one name apart: the end of the masked ID number, else of the mobile.
QString distinguishing(const Person &p)
{
    const QString masked = !p.idNumber.masked.isEmpty() ? p.idNumber.masked : p.idNumber.value;
    if (masked.size() >= 4)
        return FormPage::tr("ID ending %1").arg(masked.right(4));
    const QString mobile = p.mobile.trimmed();
    if (mobile.size() >= 4)
        return FormPage::tr("mobile ending %1").arg(mobile.right(4));
    return {};
}

} // namespace

FormPage::FormPage(FilingDocument &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_outer = new QVBoxLayout(this);
    m_outer->setAlignment(Qt::AlignTop);
    // Findings of this page's steps that belong to no field shown here (a deadline on a step, a
    // person not selected): listed at the top, so that no finding is only in the sidebar's count.
    m_pageFindings = new QLabel(this);
    m_pageFindings->setObjectName(u"pageFindings"_s);
    m_pageFindings->setTextFormat(Qt::PlainText); // messages quote what the clerk typed: never markup
    m_pageFindings->setWordWrap(true);
    m_pageFindings->setStyleSheet(u"border: 1px solid #e0c48a; background: #fff8e6; padding: 6px;"_s);
    m_pageFindings->hide();
    m_outer->addWidget(m_pageFindings);
    // One form for the whole page: sections are rows spanning both columns, so every label of the page
    // sits in one column.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_outer->addLayout(m_form);
    // Where the keyboard is must show at a glance, whatever the style draws for focus.
    // The focused frame is thicker by what its padding gives up, so focus moves nothing on the page.
    setStyleSheet(u"QLineEdit, QPlainTextEdit, QComboBox, QTableWidget, QListWidget"
                  " { border: 1px solid palette(mid); border-radius: 3px; padding: 2px; }"
                  " QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QTableWidget:focus, QListWidget:focus"
                  " { border: 2px solid palette(highlight); padding: 1px; }"
                  // A styled combo box's pop-up over the current item is sized for plain rows and hides
                  // the last one behind a scroll arrow: a plain drop-down list shows every choice.
                  " QComboBox { combobox-popup: 0; }"
                  " QComboBox QAbstractItemView::item { padding: 3px 2px; }"_s);
    connect(&m_document, &FilingDocument::assessmentChanged, this, &FormPage::refresh);
}

FormPage::~FormPage() = default;

void FormPage::addSection(Text heading, Text help)
{
    auto *headingLabel = new QLabel(this);
    QFont font = headingLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    headingLabel->setFont(font);
    auto *helpLabel = new QLabel(this);
    helpLabel->setWordWrap(true);
    helpLabel->setForegroundRole(QPalette::PlaceholderText);
    helpLabel->setVisible(bool(help));
    if (!m_sections.isEmpty())
        headingLabel->setContentsMargins(0, 12, 0, 0);
    m_form->addRow(headingLabel);
    m_form->addRow(helpLabel);
    m_sections.append({headingLabel, helpLabel, std::move(heading), std::move(help), true});
}

FormPage::Field &FormPage::addField(const QString &key, Text label, QWidget *input,
                                    std::function<void(const QString &)> show)
{
    input->setObjectName(key);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(input);
    auto *findings = new QLabel(cell);
    findings->setObjectName(key + u":findings"_s);
    findings->setTextFormat(Qt::PlainText); // messages quote what the clerk typed: never markup
    findings->setWordWrap(true);
    // A line is kept for the message even when there is none, so a message appearing while the clerk
    // types does not push the fields below away.
    findings->setMinimumHeight(findings->fontMetrics().lineSpacing());
    cellLayout->addWidget(findings);
    auto *labelWidget = new QLabel(this);
    labelWidget->setBuddy(input);
    m_form->addRow(labelWidget, cell);
    m_fields.append(Field{key, std::move(label), {}, labelWidget, input, findings, std::move(show)});
    return m_fields.last();
}

QWidget *FormPage::addLine(const QString &key, Text label, Text placeholder)
{
    auto *edit = new QLineEdit(this);
    connect(edit, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { m_document.setField(pathFor(key), text); });
    Field &field = addField(key, std::move(label), edit, [edit](const QString &v) { setLineText(edit, v); });
    field.placeholder = std::move(placeholder);
    return edit;
}

QWidget *FormPage::addDate(const QString &key, Text label)
{
    auto *edit =
        static_cast<QLineEdit *>(addLine(key, std::move(label), [] { return tr("YYYY-MM-DD, e.g. 2026-05-06"); }));
    edit->setClearButtonEnabled(true); // "not yet" is one click
    // The date stays typeable; the calendar is for those who would rather pick it. It is made on first
    // use, outside the page, so the page holds only the controls the clerk tabs through.
    QAction *pick = edit->addAction(QIcon(u":/icons/calendar.svg"_s), QLineEdit::TrailingPosition);
    pick->setObjectName(key + u":pick"_s);
    connect(pick, &QAction::triggered, edit, [this, key, edit] { pickDate(key, edit); });
    m_datePickers.append({pick, key});
    return edit;
}

void FormPage::pickDate(const QString &key, QLineEdit *edit)
{
    if (edit->isReadOnly())
        return; // a date the platform no longer lets change (the submitted invoice) is for reading only
    if (!m_calendarMenu) {
        m_calendarMenu = new QMenu; // a popup of its own; deleted with the page
        connect(this, &QObject::destroyed, m_calendarMenu.data(), &QObject::deleteLater);
        m_calendar = new QCalendarWidget(m_calendarMenu);
        m_calendar->setObjectName(u"datePicker"_s);
        m_calendar->setGridVisible(true);
        auto *holder = new QWidgetAction(m_calendarMenu);
        holder->setDefaultWidget(m_calendar);
        m_calendarMenu->addAction(holder);
    }
    m_calendar->disconnect(this);
    const QDate current = DateField::parse(edit->text());
    m_calendar->setSelectedDate(current.isValid() ? current : m_document.clock().today());
    auto choose = [this, key, edit](QDate date) {
        m_calendarMenu->close();
        const QString text = date.toString(Qt::ISODate);
        edit->setText(text);
        m_document.setField(pathFor(key), text);
        edit->setFocus();
    };
    connect(m_calendar, &QCalendarWidget::activated, this, choose);
    connect(m_calendar, &QCalendarWidget::clicked, this, choose);
    m_calendarMenu->popup(edit->mapToGlobal(QPoint(0, edit->height())));
    m_calendar->setFocus();
}

QWidget *FormPage::addDateTime(const QString &key, Text label)
{
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { m_document.setField(pathFor(key), text); });
    // The file keeps the time with its offset (2026-12-02T09:30:00+08:00); the clerk reads and types it as
    // in China, 2026-12-02 09:30. What the clerk is typing stays as typed while it means the same time.
    Field &field = addField(key, std::move(label), edit, [edit](const QString &v) {
        const QDateTime time = TimestampField::parse(v);
        if (!time.isValid()) {
            setLineText(edit, v);
            return;
        }
        if (edit->hasFocus() && TimestampField::parse(edit->text()) == time)
            return;
        setLineText(edit, inChina(time).toString(u"yyyy-MM-dd HH:mm"_s));
    });
    field.placeholder = [] { return tr("date and time in China, e.g. 2026-12-02 09:30"); };
    return edit;
}

QWidget *FormPage::addValidity(const QString &key, Text label)
{
    // The interchange keeps "long-term"; the clerk sees and types it in their language (长期).
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
        m_document.setField(pathFor(key), text.trimmed() == tr("long-term") ? Normalize::longTerm() : text);
    });
    Field &field = addField(key, std::move(label), edit, [edit](const QString &v) {
        const QString shown = v == Normalize::longTerm() ? tr("long-term") : v;
        // While the clerk types "long-term" or 长期 it stays as typed; otherwise it reads in their language.
        if (v == Normalize::longTerm() && Normalize::validity(edit->text()) == v && edit->hasFocus())
            return;
        setLineText(edit, shown);
    });
    field.placeholder = [] { return tr("YYYY-MM-DD, or long-term"); };
    QAction *pick = edit->addAction(QIcon(u":/icons/calendar.svg"_s), QLineEdit::TrailingPosition);
    pick->setObjectName(key + u":pick"_s);
    connect(pick, &QAction::triggered, edit, [this, key, edit] { pickDate(key, edit); });
    m_datePickers.append({pick, key});
    return edit;
}

QWidget *FormPage::addMultiLine(const QString &key, Text label, Text placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, key] { m_document.setField(pathFor(key), edit->toPlainText()); });
    Field &field = addField(key, std::move(label), edit, [this, edit, key](const QString &v) {
        if (edit->toPlainText() == v)
            return;
        // The document may keep the text tidier ("one per line" drops empty lines): while the clerk's text
        // means the same, leave it and its cursor alone, or a new line could never be started.
        Filing typed = m_document.filing();
        if (FilingFields::setText(typed, pathFor(key), edit->toPlainText())
            && FilingFields::text(typed, pathFor(key)) == v)
            return;
        const QSignalBlocker blocker(edit);
        edit->setPlainText(v);
    });
    field.placeholder = std::move(placeholder);
    return edit;
}

QWidget *FormPage::addChoice(const QString &key, Text label, Vocabulary::Kind kind)
{
    auto *combo = new QComboBox(this);
    connect(combo, &QComboBox::activated, this,
            [this, combo, key](int index) { m_document.setField(pathFor(key), combo->itemData(index).toString()); });
    addField(key, std::move(label), combo, [combo, kind](const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— choose —"), QString());
        for (const QString &keyword : Vocabulary::keywords(kind))
            combo->addItem(Vocabulary::label(kind, keyword), keyword);
        int index = combo->findData(value);
        if (index < 0) { // a value this build does not know: show it rather than hide it
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    });
    return combo;
}

QWidget *FormPage::addFlag(const QString &key, Text label)
{
    auto *combo = new QComboBox(this);
    connect(combo, &QComboBox::activated, this,
            [this, combo, key](int index) { m_document.setField(pathFor(key), combo->itemData(index).toString()); });
    addField(key, std::move(label), combo, [combo](const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— not answered —"), QString());
        combo->addItem(tr("Yes"), u"true"_s);
        combo->addItem(tr("No"), u"false"_s);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    });
    return combo;
}

QString FormPage::personLabel(const Person &p) const
{
    const QString name = Normalize::text(p.name);
    if (name.isEmpty()) {
        const qsizetype index = m_document.filing().personIndex(p.id);
        return tr("person no. %1 (no name yet)").arg(index + 1);
    }
    const QList<Person> &people = m_document.filing().people;
    const bool shared = std::count_if(people.cbegin(), people.cend(),
                                      [&name](const Person &o) { return Normalize::text(o.name) == name; })
        > 1;
    const QString detail = shared ? distinguishing(p) : QString();
    if (detail.isEmpty() && shared)
        return tr("%1 (no. %2)").arg(name).arg(m_document.filing().personIndex(p.id) + 1);
    return detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail);
}

void FormPage::addPersonFor(const QString &path)
{
    QString name;
    if (s_nextPersonName) {
        name = *std::exchange(s_nextPersonName, std::nullopt);
    } else {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Add person"),
                                     tr("Name, exactly as on the ID document (the other details are entered under "
                                        "People and roles):"),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            name.clear();
    }
    name = Normalize::text(name);
    if (name.isEmpty()) {
        refresh(); // puts the picker back on whoever held the role
        return;
    }
    qsizetype added = -1;
    m_document.edit([name, path] { return tr("Add %1 as %2").arg(name, FilingFields::label(path)); },
                    [&](Filing &filing) {
                        const QString id = FilingEdits::addPerson(filing);
                        added = filing.personIndex(id);
                        filing.people[added].name = name;
                        FilingFields::setText(filing, path, id);
                    });
    personAdded(added);
}

QWidget *FormPage::addPersonChoice(const QString &key, Text label)
{
    auto *combo = new QComboBox(this);
    connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
        const QString value = combo->itemData(index).toString();
        if (value == AddPersonItem)
            addPersonFor(pathFor(key));
        else
            m_document.setField(pathFor(key), value);
    });
    addField(key, std::move(label), combo, [this, combo](const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— nobody yet —"), QString());
        const QList<Person> &people = m_document.filing().people;
        for (const Person &p : people)
            combo->addItem(personLabel(p), p.id);
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(tr("someone no longer in the people list"), value);
            index = combo->count() - 1;
        }
        combo->insertSeparator(combo->count());
        combo->addItem(tr("Add person…"), AddPersonItem);
        combo->setCurrentIndex(index);
    });
    return combo;
}

QWidget *FormPage::addSecret(const QString &key, Text label)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(box);
    edit->setObjectName(key + u":edit"_s);
    edit->setEchoMode(QLineEdit::Password); // masked by default: people look over shoulders
    auto *reveal = new QToolButton(box);
    reveal->setObjectName(key + u":reveal"_s);
    reveal->setCheckable(true);
    reveal->setIcon(QIcon(u":/icons/reveal.svg"_s));
    connect(reveal, &QToolButton::toggled, edit,
            [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    row->addWidget(edit, 1);
    row->addWidget(reveal);
    connect(edit, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { m_document.setField(pathFor(key), text); });
    Field &field = addField(key, std::move(label), box, [edit](const QString &v) { setLineText(edit, v); });
    field.placeholder = [] { return tr("kept in the system keychain, never in the project file"); };
    box->setFocusProxy(edit);
    return box;
}

void FormPage::addRow(Text label, QWidget *widget)
{
    auto *labelWidget = new QLabel(this);
    labelWidget->setBuddy(widget);
    m_form->addRow(labelWidget, widget);
    m_rowLabels.append({labelWidget, std::move(label)});
}

void FormPage::addWidget(QWidget *widget)
{
    m_form->addRow(widget);
}

QWidget *FormPage::fieldWidget(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.key == path || pathFor(f.key) == path)
            return f.input;
    }
    return nullptr;
}

void FormPage::focusField(const QString &path)
{
    QWidget *target = path.isEmpty() ? (m_fields.isEmpty() ? nullptr : m_fields.first().input) : fieldWidget(path);
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    // Focus given from elsewhere (the checklist, a message) does not scroll the page by itself. Once
    // more after the pending layout: a page just built or shown has no final geometry yet.
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            const auto reveal = [scroll, target] {
                scroll->ensureWidgetVisible(target, 50, 80); // with its label and its message in view
            };
            reveal();
            QTimer::singleShot(0, target, reveal); // not run once the field is gone
            break;
        }
    }
}

void FormPage::showFindings(Field &field, const Findings &findings)
{
    const QString path = pathFor(field.key);
    QStringList lines;
    bool anyError = false;
    bool anyWarning = false;
    for (const Finding &f : findings) {
        if (f.path != path)
            continue;
        anyError = anyError || f.isError();
        anyWarning = anyWarning || f.severity == Finding::Severity::Warning;
        lines.append(marker(f) + f.message);
    }
    field.findings->setText(lines.join(u'\n'));
    // An empty field nobody has filled yet is a quiet hint, not an alarm.
    field.findings->setStyleSheet(anyError         ? u"color: #b3261e;"_s
                                      : anyWarning ? u"color: #8a5a00;"_s
                                                   : u"color: #555555;"_s);
    field.input->setProperty("severity",
                             lines.isEmpty()  ? QString()
                                 : anyError   ? u"error"_s
                                 : anyWarning ? u"warning"_s
                                              : u"todo"_s);
    field.input->setToolTip(plainToolTip(lines.join(u'\n')));
}

QString FormPage::marker(const Finding &finding)
{
    return finding.isError() ? u"✖ "_s : finding.isToDo() ? u"○ "_s : u"⚠ "_s;
}

void FormPage::setFieldVisible(const QString &key, bool visible)
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.key == key)
            m_form->setRowVisible(f.labelWidget, visible);
    }
}

void FormPage::setSectionVisible(qsizetype section, bool visible)
{
    if (section < 0 || section >= m_sections.size())
        return;
    Section &s = m_sections[section];
    s.visible = visible;
    s.heading->setVisible(visible && !s.heading->text().isEmpty());
    s.help->setVisible(visible && bool(s.helpText));
}

bool FormPage::showsUnderField(const QString &path) const
{
    return fieldWidget(path) != nullptr;
}

void FormPage::setOwnership(std::function<bool(const QString &path)> owns)
{
    m_owns = std::move(owns);
    refresh();
}

void FormPage::showOtherFindings(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        if (m_owns && m_owns(f.path) && !showsUnderField(f.path))
            lines.append(marker(f) + f.message);
    }
    m_pageFindings->setText(lines.join(u'\n'));
    m_pageFindings->setVisible(!lines.isEmpty());
}

QString FormPage::otherFindingsText() const
{
    return m_pageFindings->isVisibleTo(this) ? m_pageFindings->text() : QString();
}

bool FormPage::takeRefresh()
{
    m_stale = !isVisible();
    return !m_stale;
}

void FormPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    // Also the choices that tables and lists added since (installing twice keeps one filter).
    const QList<QWidget *> choices = findChildren<QWidget *>();
    for (QWidget *widget : choices) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) {
            widget->setFocusPolicy(Qt::StrongFocus);
            widget->installEventFilter(this);
        }
    }
}

bool FormPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Ignored and filtered: Qt hands the wheel on to the parents, so the page scrolls.
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormPage::refresh()
{
    if (!takeRefresh())
        return;
    const Filing &filing = m_document.filing();
    const Findings &findings = m_document.findings();
    showOtherFindings(findings);
    for (Field &field : m_fields) {
        const QString path = pathFor(field.key);
        field.show(FilingFields::text(filing, path));
        showFindings(field, findings);
        // A secret the project names but this computer lacks says so in the field itself.
        if (FilingFields::isSecret(path)) {
            auto *edit = field.input->findChild<QLineEdit *>();
            const std::optional<qsizetype> person = FieldPath::indexIn(u"people", path);
            const bool missing = person
                ? *person < filing.people.size() && filing.people.at(*person).idNumber.isMissing()
                : filing.certification.invoice.bankAccount.isMissing();
            if (edit)
                edit->setPlaceholderText(missing ? tr("not on this computer — enter it again")
                                                 : (field.placeholder ? field.placeholder() : QString()));
        }
    }
}

void FormPage::retranslate()
{
    for (Section &s : m_sections) {
        s.heading->setText(s.headingText ? s.headingText() : QString());
        s.heading->setVisible(s.visible && !s.heading->text().isEmpty());
        s.help->setVisible(s.visible && bool(s.helpText));
        s.help->setText(s.helpText ? s.helpText() : QString());
    }
    for (Field &f : m_fields) {
        const QString label = f.label();
        f.labelWidget->setText(tr("%1:", "a field's label").arg(label)); // Chinese takes the full-width colon
        f.input->setAccessibleName(label);
        if (auto *edit = qobject_cast<QLineEdit *>(f.input))
            edit->setPlaceholderText(f.placeholder ? f.placeholder() : QString());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(f.input))
            text->setPlaceholderText(f.placeholder ? f.placeholder() : QString());
        if (auto *secret = f.input->findChild<QLineEdit *>(f.key + u":edit"_s))
            secret->setAccessibleName(label); // the secret's edit takes the focus, so it carries the name
        if (auto *button = f.input->findChild<QToolButton *>()) {
            button->setToolTip(tr("Show or hide the number"));
            button->setAccessibleName(tr("Show %1").arg(label));
        }
    }
    for (auto &[labelWidget, text] : m_rowLabels)
        labelWidget->setText(tr("%1:", "a field's label").arg(text()));
    for (auto &[pick, key] : m_datePickers) {
        pick->setToolTip(tr("Pick the date from a calendar"));
        pick->setText(tr("Pick a date"));
    }
    refresh(); // combo labels and findings are in the language too
}

void FormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mpdesk
