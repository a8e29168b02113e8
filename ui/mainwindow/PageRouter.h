#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QStackedWidget;
class QWidget;

namespace mpdesk {

class FilingDocument;
class FormPage;
class LettersPage;

/// Which page holds which part of the filing, and the pages themselves. A page is built the first time
/// it is needed (shown, or asked for), so the window reaches the screen without building the editors;
/// after the first paint the rest are built one per turn of the event loop. A page built late reads the
/// document's current values and findings, so nothing it should show is lost by waiting.
class PageRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRouter)

public:
    PageRouter(FilingDocument &document, QStackedWidget *pages, QObject *parent = nullptr);

    /// The page (by object name) that holds the field at `path`: the longest matching prefix wins.
    static QString routeFor(const QString &path);
    /// Every page's name, in the checklist's order.
    static QStringList pageNames();

    /// The page called `name`, built now if it was not yet; null for an unknown name.
    QWidget *page(const QString &name);
    /// The editor holding `path`, built now if need be; null when no form page holds it.
    FormPage *formPageFor(const QString &path);
    LettersPage *letters();
    /// The form pages built so far.
    QList<FormPage *> builtFormPages() const;
    bool isBuilt(const QString &name) const { return m_built.contains(name); }

    /// Shows the page holding `path` and puts the cursor in its field; false when no page holds it.
    bool showField(const QString &path);
    /// The name of the page on show; empty before any.
    QString currentPageName() const;
    /// Builds the pages not built yet, one per turn of the event loop.
    void buildRemainingLater();

Q_SIGNALS:
    void pageBuilt(const QString &name, QWidget *page);
    void currentPageChanged(const QString &name);

private:
    QWidget *build(const QString &name);
    void buildNext();

    FilingDocument &m_document;
    QStackedWidget *m_pages;
    QHash<QString, QWidget *> m_built; ///< name → the widget in the stack (a form page's scroll area)
    QHash<QString, FormPage *> m_formPages; ///< name → the editor
    LettersPage *m_letters = nullptr;
    bool m_buildingRest = false;
};

} // namespace mpdesk
