#include "editors/MiniProgramEditor.h"

#include "common/PlainText.h"
#include "common/PreApprovalChecks.h"
#include "core/Normalize.h"
#include "document/FilingDocument.h"
#include "document/FilingEdits.h"
#include "model/FieldPath.h"
#include "validation/ReferenceData.h"
#include "validation/Validator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

constexpr int CandidateName = 0, CandidateTrademark = 1, CandidateNote = 2;
constexpr int PreApprovalCategory = 0, PreApprovalNumber = 1;

QString rowPath(const QString &list, int row, const QString &key)
{
    return FieldPath::item(list, row, key);
}

void setCellText(QTableWidget *table, int row, int column, const QString &text, bool editable = true)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    const Qt::ItemFlags flags =
        editable ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::ItemIsSelectable;
    if (item->flags() != flags)
        item->setFlags(flags);
}

// The keywords of `kind` in the user's language; a value this build does not know is shown, not hidden.
void fillChoice(QComboBox *combo, Vocabulary::Kind kind, const QString &value, bool withEmpty)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (withEmpty)
        combo->addItem(MiniProgramEditor::tr("— choose —"), QString());
    for (const QString &keyword : Vocabulary::keywords(kind))
        combo->addItem(Vocabulary::label(kind, keyword), keyword);
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// A column of choices is as wide as its widest choice: resizeColumnToContents() sees only the items.
// The combo box in a table cell, made once per row; `chosen` gets the row and the keyword picked.
QComboBox *rowChoice(QTableWidget *table, int row, int column, std::function<void(int, const QString &)> chosen)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    if (!combo) {
        combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the column is fitted to it
        QObject::connect(combo, &QComboBox::activated, table, [combo, chosen = std::move(chosen)](int index) {
            chosen(combo->property("row").toInt(), combo->itemData(index).toString());
        });
        table->setCellWidget(row, column, combo);
    }
    combo->setProperty("row", row); // rows move when one above is removed
    return combo;
}

void fitChoiceColumn(QTableWidget *table, int column)
{
    int width = table->horizontalHeader()->sectionSizeHint(column);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (QWidget *choice = table->cellWidget(row, column))
            width = qMax(width, choice->sizeHint().width());
    }
    table->setColumnWidth(column, width);
}

} // namespace

MiniProgramEditor::MiniProgramEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    addSection([] { return tr("Name"); },
               [] {
                   return tr("The name may not contain: %1. Check the trademark of every candidate and keep "
                             "alternatives ready: after certification the name can change at most twice a year.")
                       .arg(ReferenceData::instance().forbiddenNameWords().join(u", "_s));
               });
    addLine(u"miniProgram.name"_s, [] { return tr("Mini program name"); });
    addLine(
        u"miniProgram.appId"_s, [] { return tr("AppID"); }, [] { return tr("e.g. wx3f2a9c81d07b6e45"); });
    m_candidates = makeTable(u"miniProgram.nameCandidates"_s, 3, [] { return tr("Name candidates"); });
    connect(m_candidates.table, &QTableWidget::itemChanged, this, &MiniProgramEditor::candidateEdited);
    connect(m_candidates.add, &QPushButton::clicked, this, &MiniProgramEditor::addCandidate);
    connect(m_candidates.remove, &QPushButton::clicked, this, &MiniProgramEditor::removeCandidate);

    addSection([] { return tr("What it does"); },
               [] {
                   return tr("Describe what the mini program actually does in 20 to 200 characters. Choose 1 to 5 "
                             "second-level service categories from the official list, and leave out sensitive "
                             "categories it does not need.");
               });
    QWidget *description = addMultiLine(
        u"miniProgram.description"_s, [] { return tr("Description"); },
        [] { return tr("what users can do with it, in 20 to 200 characters"); });
    m_counter = new QLabel(description->parentWidget());
    m_counter->setObjectName(u"miniProgram.description:counter"_s);
    m_counter->setTextFormat(Qt::PlainText);
    if (auto *cell = qobject_cast<QBoxLayout *>(description->parentWidget()->layout()))
        cell->insertWidget(1, m_counter, 0, Qt::AlignRight); // right under the text, above its findings
    else
        addWidget(m_counter);
    addMultiLine(
        u"miniProgram.serviceCategories"_s, [] { return tr("Service categories"); },
        [] { return tr("one per line, as the platform lists them, e.g. Tools > Bookkeeping"); });

    addSection([] { return tr("Pre-approval"); },
               [] {
                   return tr(
                       "News, publishing, education, medical care, drugs and medical devices and the other listed "
                       "categories need the authority's approval first: enter its number and upload the approval "
                       "document. When none applies, keep only \"None of these\".");
               });
    m_preApprovalChecks = new PreApprovalChecks(this);
    addRow([] { return tr("Categories that apply"); }, m_preApprovalChecks);
    connect(m_preApprovalChecks, &PreApprovalChecks::changed, this, &MiniProgramEditor::preApprovalChecked);
    // One row per ticked category, for its approval number; the boxes add and remove the rows.
    m_preApproval = makeTable(u"miniProgram.preApproval"_s, 2, [] { return tr("Approval numbers"); });
    delete std::exchange(m_preApproval.add, nullptr);
    connect(m_preApproval.table, &QTableWidget::itemChanged, this, &MiniProgramEditor::preApprovalEdited);
    connect(m_preApproval.remove, &QPushButton::clicked, this, &MiniProgramEditor::removePreApproval);

    addSection([] { return tr("Mini program leader"); },
               [] {
                   return tr("The mini program leader does a face verification during the filing. A leader who is not "
                             "the entity leader needs an authorization letter, and a person who is mini program leader "
                             "for one entity cannot be used for another.");
               });
    addPersonChoice(u"miniProgram.leader"_s, [] { return tr("Mini program leader"); });
    addDate(u"miniProgram.leaderFaceVerifiedOn"_s, [] { return tr("Face verification done on"); });
    retranslate();
}

QString MiniProgramEditor::title() const
{
    return tr("Filing: mini program");
}

MiniProgramEditor::Table MiniProgramEditor::makeTable(const QString &path, int columns, Text label)
{
    Table t;
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    t.table = new QTableWidget(0, columns, box);
    t.table->setObjectName(path);
    t.table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between cells
    t.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.table->setSelectionMode(QAbstractItemView::SingleSelection);
    t.table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    t.table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t.table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The first column holds what the clerk types (a name, a type): it shares the width with the last.
    t.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t.table->horizontalHeader()->setStretchLastSection(true);
    // Room for three rows from the start (the guide asks for several candidates), growing to six, so
    // that adding the second and third moves nothing below.
    const auto rowsHigh = [table = t.table](int rows) {
        return table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->defaultSectionSize() * rows
            + 2 * table->frameWidth();
    };
    t.table->setMinimumHeight(rowsHigh(3));
    t.table->setMaximumHeight(rowsHigh(6));
    auto *buttons = new QVBoxLayout;
    t.add = new QPushButton(box);
    t.remove = new QPushButton(box);
    t.add->setObjectName(path + u":add"_s);
    t.remove->setObjectName(path + u":remove"_s);
    buttons->addWidget(t.add);
    buttons->addWidget(t.remove);
    buttons->addStretch();
    row->addWidget(t.table, 1);
    row->addLayout(buttons);
    outer->addLayout(row);
    t.findings = new QLabel(box);
    t.findings->setObjectName(path + u":findings"_s);
    t.findings->setTextFormat(Qt::PlainText); // messages quote what the clerk typed
    t.findings->setWordWrap(true);
    t.findings->hide();
    outer->addWidget(t.findings);
    box->setFocusProxy(t.table);
    addRow(std::move(label), box);
    QTableWidget *table = t.table;
    QPushButton *remove = t.remove;
    connect(table, &QTableWidget::currentCellChanged, remove,
            [table, remove](int currentRow) { remove->setEnabled(currentRow >= 0 && currentRow < table->rowCount()); });
    return t;
}

void MiniProgramEditor::refresh()
{
    if (!isVisible()) {
        FormPage::refresh(); // only marks the page to catch up when it is shown
        return;
    }
    FormPage::refresh();
    if (!m_counter || !m_preApproval.table)
        return; // still being built
    refreshCandidates();
    refreshPreApproval();
    refreshCounter();
}

void MiniProgramEditor::refreshCounter()
{
    const qsizetype length = Normalize::text(document().filing().miniProgram.description).size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(Validator::DescriptionMaxLength));
    const bool outside = length < Validator::DescriptionMinLength || length > Validator::DescriptionMaxLength;
    m_counter->setStyleSheet(outside ? u"color: #b3261e;"_s : QString());
}

bool MiniProgramEditor::showsUnderField(const QString &path) const
{
    // The lists show their findings, and their rows' findings, under their tables.
    for (const QString &list : {u"miniProgram.nameCandidates"_s, u"miniProgram.preApproval"_s}) {
        if (path == list || path.startsWith(list + u'['))
            return true;
    }
    return FormPage::showsUnderField(path);
}

QHash<int, QStringList> MiniProgramEditor::showTableFindings(const Table &table, const QString &path)
{
    QStringList lines;
    QHash<int, QStringList> byRow;
    bool anyError = false;
    for (const Finding &finding : document().findings()) {
        if (finding.path != path && !finding.path.startsWith(path + u'['))
            continue;
        QString line = finding.message;
        if (finding.path != path) {
            const int row = finding.path.mid(path.size() + 1).section(u']', 0, 0).toInt();
            line = tr("Row %1: %2").arg(QString::number(row + 1), finding.message);
            byRow[row].append(finding.message);
        }
        anyError = anyError || finding.isError();
        lines.append((finding.isError() ? u"✖ "_s : u"⚠ "_s) + line);
    }
    table.findings->setText(lines.join(u'\n'));
    table.findings->setVisible(!lines.isEmpty());
    table.findings->setStyleSheet(anyError ? u"color: #b3261e;"_s : u"color: #8a5a00;"_s);
    return byRow;
}

void MiniProgramEditor::refreshCandidates()
{
    const QString path = u"miniProgram.nameCandidates"_s;
    const QList<NameCandidate> &candidates = document().filing().miniProgram.nameCandidates;
    QTableWidget *table = m_candidates.table;
    const QHash<int, QStringList> problems = showTableFindings(m_candidates, path);
    const QSignalBlocker blocker(table);
    table->setRowCount(int(candidates.size()));
    QWidget *previous = table;
    for (int row = 0; row < table->rowCount(); ++row) {
        const NameCandidate &candidate = candidates.at(row);
        setCellText(table, row, CandidateName, candidate.name);
        setCellText(table, row, CandidateNote, candidate.note);
        QComboBox *combo = rowChoice(table, row, CandidateTrademark, [this](int at, const QString &value) {
            document().edit([] { return tr("Record a trademark check"); },
                            [at, value](Filing &f) {
                                if (at < f.miniProgram.nameCandidates.size())
                                    f.miniProgram.nameCandidates[at].trademark = value;
                            });
        });
        combo->setObjectName(rowPath(path, row, u"trademark"_s));
        combo->setAccessibleName(tr("Trademark check of candidate %1").arg(row + 1));
        fillChoice(combo, Vocabulary::Kind::Trademark, candidate.trademark.text(), false);
        const QString tip = plainToolTip(problems.value(row).join(u'\n'));
        combo->setToolTip(tip);
        for (int column : {CandidateName, CandidateNote})
            table->item(row, column)->setToolTip(tip);
        QWidget::setTabOrder(previous, combo); // the combos follow the table, before its buttons
        previous = combo;
    }
    fitChoiceColumn(table, CandidateTrademark);
    m_candidates.remove->setEnabled(table->currentRow() >= 0 && table->currentRow() < table->rowCount());
}

void MiniProgramEditor::refreshPreApproval()
{
    const QString path = u"miniProgram.preApproval"_s;
    const QList<PreApproval> &items = document().filing().miniProgram.preApproval;
    QStringList ticked;
    for (const PreApproval &item : items)
        ticked.append(item.type.text());
    m_preApprovalChecks->setKeywords(ticked);
    QTableWidget *table = m_preApproval.table;
    const QHash<int, QStringList> problems = showTableFindings(m_preApproval, path);
    const QSignalBlocker blocker(table);
    table->setRowCount(int(items.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const PreApproval &item = items.at(row);
        // "None of these" has no approval number; an old one stays editable so it can be removed.
        const bool numbered = item.type != mpdesk::PreApprovalType::None || !item.approvalNumber.isEmpty();
        const QString category = item.type.isEmpty() ? tr("(no category)") : item.type.label();
        setCellText(table, row, PreApprovalCategory, category, false);
        table->item(row, PreApprovalCategory)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        setCellText(table, row, PreApprovalNumber, item.approvalNumber, numbered);
        const QString tip = plainToolTip(problems.value(row).join(u'\n'));
        table->item(row, PreApprovalCategory)->setToolTip(tip);
        table->item(row, PreApprovalNumber)->setToolTip(tip);
    }
    table->resizeColumnToContents(PreApprovalCategory);
    // "None of these" alone needs no number: no table to puzzle over.
    const bool numbers = std::any_of(items.cbegin(), items.cend(), [](const PreApproval &item) {
        return item.type != mpdesk::PreApprovalType::None || !item.approvalNumber.isEmpty();
    });
    table->setVisible(numbers);
    m_preApproval.remove->setVisible(numbers);
    // The row itself, label and all, stays only while it has numbers to take or findings to show.
    QWidget *box = table->parentWidget();
    const bool row = numbers || !m_preApproval.findings->isHidden();
    box->setVisible(row);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == box)
            label->setVisible(row);
    }
    m_preApproval.remove->setEnabled(table->currentRow() >= 0 && table->currentRow() < table->rowCount());
}

void MiniProgramEditor::candidateEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    const int column = item->column();
    const QString text = item->text();
    const QList<NameCandidate> &candidates = document().filing().miniProgram.nameCandidates;
    if (row < 0 || row >= candidates.size())
        return;
    if (column == CandidateName && candidates.at(row).name != text) {
        document().edit([] { return tr("Edit a candidate name"); },
                        [row, text](Filing &f) { f.miniProgram.nameCandidates[row].name = text; });
    } else if (column == CandidateNote && candidates.at(row).note != text) {
        document().edit([] { return tr("Edit a candidate's note"); },
                        [row, text](Filing &f) { f.miniProgram.nameCandidates[row].note = text; });
    }
}

void MiniProgramEditor::preApprovalEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    const QString text = item->text();
    const QList<PreApproval> &items = document().filing().miniProgram.preApproval;
    if (item->column() != PreApprovalNumber || row < 0 || row >= items.size() || items.at(row).approvalNumber == text)
        return;
    document().edit([] { return tr("Edit an approval number"); },
                    [row, text](Filing &f) { f.miniProgram.preApproval[row].approvalNumber = text; });
}

void MiniProgramEditor::addCandidate()
{
    document().edit([] { return tr("Add a name candidate"); }, [](Filing &f) { FilingEdits::addNameCandidate(f); });
    QTableWidget *table = m_candidates.table;
    const int row = table->rowCount() - 1;
    table->setCurrentCell(row, CandidateName);
    table->setFocus(Qt::OtherFocusReason);
    table->editItem(table->item(row, CandidateName));
}

void MiniProgramEditor::removeCandidate()
{
    const int row = m_candidates.table->currentRow();
    if (row < 0 || row >= document().filing().miniProgram.nameCandidates.size())
        return;
    document().edit([] { return tr("Remove a name candidate"); },
                    [row](Filing &f) { f.miniProgram.nameCandidates.removeAt(row); });
}

void MiniProgramEditor::preApprovalChecked(const QStringList &keywords)
{
    // Rows of categories still ticked keep their numbers; a newly ticked one gets an empty row, where the
    // clerk types its number next.
    document().edit([] { return tr("Choose pre-approval categories"); },
                    [keywords](Filing &f) {
                        QList<PreApproval> kept;
                        for (const PreApproval &item : std::as_const(f.miniProgram.preApproval)) {
                            if (keywords.contains(item.type))
                                kept.append(item);
                        }
                        for (const QString &keyword : keywords) {
                            const bool present =
                                std::any_of(kept.cbegin(), kept.cend(),
                                            [&keyword](const PreApproval &item) { return item.type == keyword; });
                            if (!present) {
                                PreApproval item;
                                item.type = keyword;
                                kept.append(item);
                            }
                        }
                        f.miniProgram.preApproval = kept;
                    });
    const auto &items = document().filing().miniProgram.preApproval;
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).type != mpdesk::PreApprovalType::None && items.at(row).approvalNumber.isEmpty()) {
            m_preApproval.table->setCurrentCell(row, PreApprovalNumber);
            break;
        }
    }
}

void MiniProgramEditor::removePreApproval()
{
    const int row = m_preApproval.table->currentRow();
    if (row < 0 || row >= document().filing().miniProgram.preApproval.size())
        return;
    document().edit([] { return tr("Remove a pre-approval item"); },
                    [row](Filing &f) { f.miniProgram.preApproval.removeAt(row); });
}

void MiniProgramEditor::retranslate()
{
    if (m_preApproval.table) {
        m_candidates.table->setHorizontalHeaderLabels({tr("Name"), tr("Trademark check"), tr("Note")});
        m_candidates.table->setAccessibleName(tr("Name candidates"));
        m_candidates.add->setText(tr("Add"));
        m_candidates.add->setAccessibleName(tr("Add a name candidate"));
        m_candidates.remove->setText(tr("Remove"));
        m_candidates.remove->setAccessibleName(tr("Remove the selected name candidate"));
        m_preApproval.table->setHorizontalHeaderLabels({tr("Category"), tr("Approval number")});
        m_preApproval.table->setAccessibleName(tr("Approval numbers of the ticked categories"));
        m_preApprovalChecks->setAccessibleName(tr("Pre-approval categories"));
        m_preApproval.remove->setText(tr("Remove"));
        m_preApproval.remove->setAccessibleName(tr("Remove the selected pre-approval item"));
        m_counter->setAccessibleName(tr("Characters in the description"));
    }
    FormPage::retranslate();
}

} // namespace mpdesk
