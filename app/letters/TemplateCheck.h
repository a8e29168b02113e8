#pragma once

#include "letters/TemplateIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
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
    struct Section; // an open section, with what a name inside it may refer to
    /// Constant time per name whatever the nesting: only the few outer sections that still form a
    /// prefix of a known name are looked at, and the innermost list section is carried along.
    bool knows(const QString &name, const QList<Section> &open) const;
    Section opened(const QString &name, int line, const QList<Section> &open) const;

    QSet<QString> m_names;
    QHash<QString, QSet<QString>> m_listItems;
    QSet<QString> m_prefixes; ///< every dotted prefix of a known name ("a" and "a.b" of "a.b.c")
};

} // namespace mpdesk
