#include "editors/PeopleEditor.h"

#include "common/Dialogs.h"
#include "document/FilingDocument.h"
#include "document/FilingEdits.h"
#include "model/FieldPath.h"
#include "model/Roles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace mpdesk {

PeopleEditor::PeopleEditor(FilingDocument &document, QWidget *parent) : FormPage(document, parent)
{
    addSection([] { return tr("People"); },
               [] {
                   return tr("Enter each person once, exactly as on their ID document, then give them their roles "
                             "below. ID numbers go to the system keychain.");
               });
    auto *listRow = new QWidget(this);
    auto *listLayout = new QHBoxLayout(listRow);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(listRow);
    m_list->setObjectName(u"peopleList"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 7);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(listRow);
    m_add->setObjectName(u"addPersonButton"_s);
    m_remove = new QPushButton(listRow);
    m_remove->setObjectName(u"removePersonButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);
    addWidget(listRow);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { selectPerson(row); });
    connect(m_add, &QPushButton::clicked, this, &PeopleEditor::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeopleEditor::removePerson);

    addSection([] { return tr("Selected person"); });
    addLine(u"name"_s, [] { return tr("Name"); });
    addChoice(
        u"idType"_s, [] { return tr("ID type"); }, Vocabulary::Kind::IdType);
    addSecret(u"idNumber"_s, [] { return tr("ID number"); });
    addDate(u"idValidFrom"_s, [] { return tr("Valid from"); });
    addValidity(u"idValidTo"_s, [] { return tr("Valid to"); });
    addLine(u"mobile"_s, [] { return tr("Mobile"); });
    addLine(
        u"emergencyMobile"_s, [] { return tr("Emergency contact mobile"); },
        [] { return tr("someone else's mobile, used by nobody else in the filing"); });
    addLine(u"email"_s, [] { return tr("Email"); });

    addSection([] { return tr("Roles"); }, [] { return tr("The same person may hold several roles."); });
    for (Roles::Role role : Roles::all())
        addPersonChoice(Roles::path(role), [role] { return Roles::label(role); });
    m_tip = new QLabel(this);
    m_tip->setObjectName(u"sameLeaderTip"_s);
    m_tip->setWordWrap(true);
    m_tip->setTextFormat(Qt::PlainText);
    m_tip->setStyleSheet(u"background: #eef4fb; border: 1px solid #a9c4e4; padding: 6px;"_s);
    addWidget(m_tip);
    retranslate();
}

QString PeopleEditor::title() const
{
    return tr("People and roles");
}

QString PeopleEditor::pathFor(const QString &key) const
{
    if (key.contains(u'.'))
        return key; // a role: a path of its own
    return FieldPath::item(u"people"_s, qMax<qsizetype>(m_current, 0), key);
}

QString PeopleEditor::rolesOf(const QString &personId) const
{
    const Filing &f = document().filing();
    QStringList roles;
    if (f.entity.legalRepresentative == personId)
        roles.append(tr("legal representative"));
    if (f.registration.administrator == personId)
        roles.append(tr("administrator"));
    if (f.certification.contact == personId)
        roles.append(tr("certification contact"));
    if (f.entity.leader == personId)
        roles.append(tr("entity leader"));
    if (f.miniProgram.leader == personId)
        roles.append(tr("mini program leader"));
    return roles.join(tr(", "));
}

void PeopleEditor::refresh()
{
    if (!isVisible()) {
        FormPage::refresh(); // only marks the page to catch up when it is shown
        return;
    }
    const Filing &f = document().filing();
    if (m_list) {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Person &p : f.people) {
            const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
            const QString roles = rolesOf(p.id);
            m_list->addItem(roles.isEmpty() ? name : tr("%1 — %2").arg(name, roles));
        }
        if (m_current >= f.people.size())
            m_current = f.people.size() - 1;
        if (m_current < 0 && !f.people.isEmpty())
            m_current = 0;
        m_list->setCurrentRow(int(m_current));
        m_remove->setEnabled(m_current >= 0);
    }
    FormPage::refresh();
    // Person fields mean nothing without a person.
    for (const char *key :
         {"name", "idType", "idNumber", "idValidFrom", "idValidTo", "mobile", "emergencyMobile", "email"}) {
        if (QWidget *w = fieldWidget(QString::fromLatin1(key)))
            w->setEnabled(m_current >= 0);
    }
    if (m_tip) {
        // The process guide's tip: the same person as administrator and entity leader means no
        // authorization letter for the mini program leader.
        m_tip->setVisible(FilingEdits::administratorDiffersFromEntityLeader(f));
    }
}

void PeopleEditor::personAdded(qsizetype index)
{
    // Added from a role picker: the rest of their details are entered right here.
    m_current = index;
    refresh();
    focusField(u"idNumber"_s);
}

void PeopleEditor::selectPerson(qsizetype index)
{
    if (index == m_current)
        return;
    m_current = index;
    refresh();
}

void PeopleEditor::addPerson()
{
    document().edit([] { return tr("Add a person"); }, [](Filing &filing) { FilingEdits::addPerson(filing); });
    m_current = document().filing().people.size() - 1;
    refresh();
    focusField(u"name"_s);
}

void PeopleEditor::removePerson()
{
    const Filing &f = document().filing();
    if (m_current < 0 || m_current >= f.people.size())
        return;
    const Person &p = f.people.at(m_current);
    const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
    if (!Dialogs::confirm(this, tr("Remove %1?").arg(name),
                          tr("%1 will be removed from this filing, with every role they hold. When you save, their ID "
                             "number is deleted from the system keychain.")
                              .arg(name)))
        return;
    const qsizetype index = m_current;
    document().edit([name] { return tr("Remove %1").arg(name); },
                    [index](Filing &filing) { FilingEdits::removePerson(filing, index); });
}

void PeopleEditor::retranslate()
{
    if (m_add) {
        m_add->setText(tr("Add person"));
        m_remove->setText(tr("Remove"));
        m_list->setAccessibleName(tr("People"));
        m_tip->setText(tr("Tip: make the administrator the entity leader before filing. Then the mini program "
                          "leader authorization letter is not needed; the administrator can be changed after the "
                          "filing is approved."));
    }
    FormPage::retranslate();
}

} // namespace mpdesk
