#include "editors/FormPage.h"

#include "document/FilingDocument.h"
#include "document/FilingFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

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

} // namespace

FormPage::FormPage(FilingDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
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
    m_outer->addSpacing(m_sections.isEmpty() ? 0 : 12);
    m_outer->addWidget(headingLabel);
    m_outer->addWidget(helpLabel);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_outer->addLayout(m_form);
    m_sections.append({headingLabel, helpLabel, std::move(heading), std::move(help)});
}

FormPage::Field &FormPage::addField(const QString &key, Text label, QWidget *input,
                                   std::function<void(const QString &)> show)
{
    if (!m_form)
        addSection([] { return QString(); });
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
    findings->hide();
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
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) { m_document.setField(pathFor(key), text); });
    Field &field = addField(key, std::move(label), edit, [edit](const QString &v) { setLineText(edit, v); });
    field.placeholder = std::move(placeholder);
    return edit;
}

QWidget *FormPage::addDate(const QString &key, Text label)
{
    return addLine(key, std::move(label), [] { return tr("YYYY-MM-DD, e.g. 2026-05-06"); });
}

QWidget *FormPage::addMultiLine(const QString &key, Text label, Text placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key] {
        m_document.setField(pathFor(key), edit->toPlainText());
    });
    Field &field = addField(key, std::move(label), edit, [this, edit, key](const QString &v) {
        if (edit->toPlainText() == v)
            return;
        // The document may keep the text tidier ("one per line" drops empty lines): while the clerk's text
        // means the same, leave it and its cursor alone, or a new line could never be started.
        Filing typed = m_document.filing();
        if (FilingFields::setText(typed, pathFor(key), edit->toPlainText()) && FilingFields::text(typed, pathFor(key)) == v)
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
    connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
        m_document.setField(pathFor(key), combo->itemData(index).toString());
    });
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
    connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
        m_document.setField(pathFor(key), combo->itemData(index).toString());
    });
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

QWidget *FormPage::addPersonChoice(const QString &key, Text label)
{
    auto *combo = new QComboBox(this);
    connect(combo, &QComboBox::activated, this, [this, combo, key](int index) {
        m_document.setField(pathFor(key), combo->itemData(index).toString());
    });
    addField(key, std::move(label), combo, [this, combo](const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— nobody yet —"), QString());
        for (const Person &p : m_document.filing().people) {
            const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
            combo->addItem(p.id.isEmpty() ? name : tr("%1 (%2)").arg(name, p.id), p.id);
        }
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(tr("unknown person \"%1\"").arg(value), value);
            index = combo->count() - 1;
        }
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
    connect(reveal, &QToolButton::toggled, edit, [edit](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    row->addWidget(edit, 1);
    row->addWidget(reveal);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) { m_document.setField(pathFor(key), text); });
    Field &field = addField(key, std::move(label), box, [edit](const QString &v) { setLineText(edit, v); });
    field.placeholder = [] { return tr("kept in the system keychain, never in the project file"); };
    box->setFocusProxy(edit);
    return box;
}

void FormPage::addRow(Text label, QWidget *widget)
{
    if (!m_form)
        addSection([] { return QString(); });
    auto *labelWidget = new QLabel(this);
    labelWidget->setBuddy(widget);
    m_form->addRow(labelWidget, widget);
    m_rowLabels.append({labelWidget, std::move(label)});
}

void FormPage::addWidget(QWidget *widget)
{
    if (!m_form)
        addSection([] { return QString(); });
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
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void FormPage::showFindings(Field &field, const Findings &findings)
{
    const QString path = pathFor(field.key);
    QStringList lines;
    bool anyError = false;
    for (const Finding &f : findings) {
        if (f.path != path)
            continue;
        anyError = anyError || f.isError();
        lines.append((f.isError() ? u"✖ "_s : u"⚠ "_s) + f.message);
    }
    field.findings->setText(lines.join(u'\n'));
    field.findings->setVisible(!lines.isEmpty());
    field.findings->setStyleSheet(anyError ? u"color: #b3261e;"_s : u"color: #8a5a00;"_s);
    field.input->setProperty("severity", lines.isEmpty() ? QString() : anyError ? u"error"_s : u"warning"_s);
    field.input->setToolTip(lines.join(u'\n'));
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
            lines.append((f.isError() ? u"✖ "_s : u"⚠ "_s) + f.message);
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
            const bool missing = path.startsWith(u"people["_s)
                ? [&] {
                      const qsizetype i = path.mid(7, path.indexOf(u']') - 7).toLongLong();
                      return i < filing.people.size() && filing.people.at(i).idNumber.isMissing();
                  }()
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
        s.heading->setVisible(!s.heading->text().isEmpty());
        s.help->setText(s.helpText ? s.helpText() : QString());
    }
    for (Field &f : m_fields) {
        const QString label = f.label();
        f.labelWidget->setText(label + u':');
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
        labelWidget->setText(text() + u':');
    refresh(); // combo labels and findings are in the language too
}

void FormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mpdesk
