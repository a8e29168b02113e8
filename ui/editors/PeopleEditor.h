#pragma once

#include "editors/FormPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace mpdesk {

/// People are entered once and given roles: legal representative, administrator, certification contact,
/// entity leader and mini program leader.
class PeopleEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit PeopleEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;
    /// Shows the person at `index` in the form.
    void selectPerson(qsizetype index);

protected:
    QString pathFor(const QString &key) const override;
    void retranslate() override;
    void personAdded(qsizetype index) override;

private:
    void addPerson();
    void removePerson();
    QString rolesOf(const QString &personId) const;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_tip = nullptr;
    QWidget *m_personForm = nullptr;
    qsizetype m_current = -1;
};

} // namespace mpdesk
