#pragma once

#include <QList>
#include <QString>

namespace mpdesk {

/// A problem in a letter template, where the clerk can find it.
struct TemplateIssue
{
    QString file;
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    QString message;

    /// "file:line: message", as compilers write it.
    QString text() const
    {
        if (line > 0)
            return file + u':' + QString::number(line) + u": " + message;
        return file + u": " + message;
    }
};

using TemplateIssues = QList<TemplateIssue>;

} // namespace mpdesk
