#pragma once

#include "letters/TemplateIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace mpdesk {

/// Checks a Mustache letter template before it is used: every placeholder must be a name the letter
/// data provides, sections must open and close in order, and values may only be written escaped.
class TemplateCheck final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCheck)

public:
    /// `names`: every dotted name the data provides; `listItems`: for each list name, the names of its items.
    TemplateCheck(QSet<QString> names, QHash<QString, QSet<QString>> listItems);

    TemplateIssues check(const QString &source, const QString &fileName) const;

private:
    bool knows(const QString &name, const QStringList &sections) const;

    QSet<QString> m_names;
    QHash<QString, QSet<QString>> m_listItems;
};

} // namespace mpdesk
