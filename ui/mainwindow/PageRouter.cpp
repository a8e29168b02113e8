#include "mainwindow/PageRouter.h"

#include "document/FilingDocument.h"
#include "editors/CertificationEditor.h"
#include "editors/EntityEditor.h"
#include "editors/FilingProgressEditor.h"
#include "editors/FormPage.h"
#include "editors/MiniProgramEditor.h"
#include "editors/PeopleEditor.h"
#include "editors/RegistrationEditor.h"
#include "letters/LettersPage.h"
#include "materials/MaterialsPage.h"
#include "model/FieldPath.h"

#include <QLoggingCategory>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPages, "mpdesk.ui.pages")

namespace mpdesk {

namespace {

struct PageRoute
{
    QString prefix;
    QString page;
};

const QList<PageRoute> &routes()
{
    static const QList<PageRoute> list = {
        {u"registration."_s, u"registrationPage"_s},
        {u"entity.type"_s, u"registrationPage"_s},
        {u"entity.name"_s, u"registrationPage"_s},
        {u"entity.creditCode"_s, u"registrationPage"_s},
        {u"entity.registeredAddress"_s, u"registrationPage"_s},
        {u"people"_s, u"peoplePage"_s},
        {u"entity.legalRepresentative"_s, u"peoplePage"_s},
        {u"entity.leader"_s, u"peoplePage"_s},
        {u"certification."_s, u"certificationPage"_s},
        {u"entity."_s, u"entityPage"_s},
        {u"miniProgram."_s, u"miniProgramPage"_s},
        {u"pitfall.nameCandidates"_s, u"miniProgramPage"_s},
        {u"pitfall.trademark"_s, u"miniProgramPage"_s},
        {u"pitfall.leaderReuse"_s, u"peoplePage"_s},
        {u"filing.entity"_s, u"entityPage"_s},
        {u"filing.authorizationLetters"_s, u"lettersPage"_s},
        {u"filing.commitmentLetters"_s, u"lettersPage"_s},
        {u"filing.materials"_s, u"materialsPage"_s},
        {u"materials"_s, u"materialsPage"_s},
        {u"filing.miniProgram"_s, u"miniProgramPage"_s},
        {u"filing."_s, u"filingPage"_s},
    };
    return list;
}

bool isFormPage(const QString &name)
{
    return name != u"lettersPage"_s && name != u"materialsPage"_s;
}

} // namespace

PageRouter::PageRouter(FilingDocument &document, QStackedWidget *pages, QObject *parent)
    : QObject(parent), m_document(document), m_pages(pages)
{
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { Q_EMIT currentPageChanged(currentPageName()); });
}

QString PageRouter::routeFor(const QString &path)
{
    qsizetype best = -1;
    QString page;
    for (const PageRoute &r : routes()) {
        if (path.startsWith(r.prefix) && r.prefix.size() > best) {
            best = r.prefix.size();
            page = r.page;
        }
    }
    return page;
}

QStringList PageRouter::pageNames()
{
    return {u"registrationPage"_s, u"peoplePage"_s, u"certificationPage"_s, u"entityPage"_s,
            u"miniProgramPage"_s,  u"filingPage"_s, u"lettersPage"_s,       u"materialsPage"_s};
}

QWidget *PageRouter::page(const QString &name)
{
    if (QWidget *built = m_built.value(name))
        return built;
    return pageNames().contains(name) ? build(name) : nullptr;
}

FormPage *PageRouter::formPageFor(const QString &path)
{
    const QString name = routeFor(path);
    if (name.isEmpty() || !isFormPage(name))
        return nullptr;
    page(name);
    return m_formPages.value(name);
}

LettersPage *PageRouter::letters()
{
    page(u"lettersPage"_s);
    return m_letters;
}

QList<FormPage *> PageRouter::builtFormPages() const
{
    QList<FormPage *> list;
    for (const QString &name : pageNames()) {
        if (FormPage *page = m_formPages.value(name))
            list.append(page);
    }
    return list;
}

QWidget *PageRouter::build(const QString &name)
{
    QWidget *widget = nullptr;
    if (name == u"lettersPage"_s) {
        m_letters = new LettersPage(m_document, m_pages);
        connect(m_letters, &LettersPage::recordProgressRequested, this, &PageRouter::showField);
        connect(m_letters, &LettersPage::scanSlotRequested, this, &PageRouter::showField);
        connect(m_letters, &LettersPage::fieldRequested, this, &PageRouter::showField);
        widget = m_letters;
    } else if (name == u"materialsPage"_s) {
        auto *materials = new MaterialsPage(m_document, m_pages);
        connect(materials, &MaterialsPage::letterRequested, this, [this](const QString &letterId) {
            LettersPage *page = letters();
            m_pages->setCurrentWidget(page);
            page->selectLetter(letterId);
            page->setFocus(Qt::OtherFocusReason);
        });
        widget = materials;
    } else {
        FormPage *form = nullptr;
        if (name == u"registrationPage"_s)
            form = new RegistrationEditor(m_document);
        else if (name == u"peoplePage"_s)
            form = new PeopleEditor(m_document);
        else if (name == u"certificationPage"_s)
            form = new CertificationEditor(m_document);
        else if (name == u"entityPage"_s)
            form = new EntityEditor(m_document);
        else if (name == u"miniProgramPage"_s)
            form = new MiniProgramEditor(m_document);
        else
            form = new FilingProgressEditor(m_document);
        form->setObjectName(name);
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(name + u"Scroll"_s);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        form->setOwnership([name](const QString &path) { return routeFor(path) == name; });
        // Built late, so it reads what the document holds now: values and every finding on its fields.
        form->refresh();
        m_formPages.insert(name, form);
        widget = scroll;
    }
    if (!isFormPage(name))
        widget->setObjectName(name);
    m_pages->addWidget(widget);
    m_built.insert(name, widget);
    qCDebug(lcPages) << "built" << name;
    Q_EMIT pageBuilt(name, widget);
    return widget;
}

bool PageRouter::showField(const QString &path)
{
    const QString name = routeFor(path);
    if (name.isEmpty())
        return false;
    QWidget *widget = page(name);
    if (!isFormPage(name)) {
        m_pages->setCurrentWidget(widget);
        widget->setFocus(Qt::OtherFocusReason);
        if (auto *materials = qobject_cast<MaterialsPage *>(widget))
            materials->showSlot(path);
        return true;
    }
    FormPage *form = m_formPages.value(name);
    m_pages->setCurrentWidget(widget); // the page's scroll area
    if (const std::optional<qsizetype> person = FieldPath::indexIn(u"people", path)) {
        if (auto *people = qobject_cast<PeopleEditor *>(form))
            people->selectPerson(*person);
        form->focusField(FieldPath::keyIn(u"people", path));
        return true;
    }
    form->focusField(form->fieldWidget(path) ? path : QString());
    return true;
}

QString PageRouter::currentPageName() const
{
    QWidget *current = m_pages->currentWidget();
    return current ? m_built.key(current) : QString();
}

void PageRouter::buildRemainingLater()
{
    if (std::exchange(m_buildingRest, true))
        return;
    QTimer::singleShot(0, this, &PageRouter::buildNext);
}

void PageRouter::buildNext()
{
    for (const QString &name : pageNames()) {
        if (!m_built.contains(name)) {
            build(name);
            // One page per turn: the clerk's typing and clicks are answered in between.
            QTimer::singleShot(0, this, &PageRouter::buildNext);
            return;
        }
    }
}

} // namespace mpdesk
