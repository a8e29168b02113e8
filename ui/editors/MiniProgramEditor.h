#pragma once

#include "editors/FormPage.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace mpdesk {

class PreApprovalChecks;

/// The mini program's part of the filing: its name and the candidates checked for trademarks, what it
/// does, its service categories and pre-approval items, and its leader.
class MiniProgramEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit MiniProgramEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;
    bool showsUnderField(const QString &path) const override;

protected:
    void retranslate() override;

private:
    struct Table
    {
        QTableWidget *table = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        QLabel *findings = nullptr;
    };
    Table makeTable(const QString &path, int columns, Text label);
    void refreshCandidates();
    void refreshPreApproval();
    void refreshCounter();
    /// Shows the findings of a list under its table; returns the messages of each row.
    QHash<int, QStringList> showTableFindings(const Table &table, const QString &path);
    void candidateEdited(QTableWidgetItem *item);
    void preApprovalEdited(QTableWidgetItem *item);
    void addCandidate();
    void removeCandidate();
    void preApprovalChecked(const QStringList &keywords);
    void removePreApproval();

    Table m_candidates;
    PreApprovalChecks *m_preApprovalChecks = nullptr;
    Table m_preApproval;
    QLabel *m_counter = nullptr;
};

} // namespace mpdesk
