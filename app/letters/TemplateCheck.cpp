#include "letters/TemplateCheck.h"

#include <QRegularExpression>

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;

namespace mpdesk {

struct TemplateCheck::Section
{
    QString name;
    int line = 0;
    QString prefix; ///< the dotted path from the outermost section; empty once unknown
    const QSet<QString> *items = nullptr; ///< item names of the innermost list section, if any
};

TemplateCheck::TemplateCheck(QSet<QString> names, QHash<QString, QSet<QString>> listItems)
    : m_names(std::move(names)), m_listItems(std::move(listItems))
{
    for (const QString &name : std::as_const(m_names)) {
        for (qsizetype dot = name.indexOf(u'.'); dot >= 0; dot = name.indexOf(u'.', dot + 1))
            m_prefixes.insert(name.left(dot));
        m_prefixes.insert(name);
    }
}

TemplateCheck::Section TemplateCheck::opened(const QString &name, int line, const QList<Section> &open) const
{
    Section section{name, line, {}, open.isEmpty() ? nullptr : open.constLast().items};
    const QString parent = open.isEmpty() ? QString() : open.constLast().prefix;
    if (open.isEmpty() || !parent.isEmpty()) {
        const QString prefix = parent.isEmpty() ? name : parent + u'.' + name;
        if (m_prefixes.contains(prefix))
            section.prefix = prefix;
    }
    const auto items = m_listItems.constFind(name);
    if (items != m_listItems.cend())
        section.items = &*items;
    return section;
}

bool TemplateCheck::knows(const QString &name, const QList<Section> &open) const
{
    if (name == u"."_s || m_names.contains(name))
        return true;
    // Inside {{#a}}{{#b}}, "x" may be a.b.x, a.x, or an item name of the innermost list section. Only
    // the outer sections whose path is a prefix of a known name can lead to one, and they come first.
    for (const Section &section : open) {
        if (section.prefix.isEmpty())
            break;
        if (m_names.contains(section.prefix + u'.' + name))
            return true;
    }
    const QSet<QString> *items = open.isEmpty() ? nullptr : open.constLast().items;
    return items && (items->contains(name) || items->contains(name.section(u'.', 0, 0)));
}

TemplateIssues TemplateCheck::check(const QString &source, const QString &fileName) const
{
    TemplateIssues issues;
    QList<Section> open;
    qsizetype position = 0;
    // Lines are counted as the scan moves on, once over the source.
    qsizetype counted = 0;
    int line = 1;
    while ((position = source.indexOf(u"{{"_s, position)) >= 0) {
        line += int(QStringView(source).mid(counted, position - counted).count(u'\n'));
        counted = position;
        const bool triple = source.mid(position + 2, 1) == u"{"_s;
        const QString closing = triple ? u"}}}"_s : u"}}"_s;
        const qsizetype contentStart = position + (triple ? 3 : 2);
        const qsizetype end = source.indexOf(closing, contentStart);
        if (end < 0) {
            issues.append({fileName, line, tr("A tag opens with {{ but never closes with }}.")});
            return issues;
        }
        const QString tag = source.mid(contentStart, end - contentStart).trimmed();
        position = end + closing.size();
        const QChar kind = tag.isEmpty() ? QChar() : tag.front();
        const QString name = QStringView(tag).mid(1).trimmed().toString();

        if (kind == u'!')
            continue;
        if (triple || kind == u'&') {
            issues.append(
                {fileName, line,
                 tr("\"%1\" writes a value without escaping; letters write values only as {{name}}.").arg(tag)});
            continue;
        }
        if (kind == u'>' || kind == u'=') {
            issues.append({fileName, line, tr("Partials and delimiter changes are not supported in letters.")});
            continue;
        }
        if (kind == u'#' || kind == u'^') {
            if (!knows(name, open))
                issues.append({fileName, line, tr("Unknown section \"%1\".").arg(name)});
            open.append(opened(name, line, open));
            continue;
        }
        if (kind == u'/') {
            if (open.isEmpty()) {
                issues.append({fileName, line, tr("Section \"%1\" is closed but was never opened.").arg(name)});
            } else if (open.constLast().name != name) {
                issues.append({fileName, line,
                               tr("Section \"%1\" is closed here, but the open section is \"%2\" (line %3).")
                                   .arg(name, open.constLast().name)
                                   .arg(open.constLast().line)});
                return issues; // further nesting errors would only repeat this one
            } else {
                open.removeLast();
            }
            continue;
        }
        if (tag.isEmpty()) {
            issues.append({fileName, line, tr("Empty placeholder {{}}.")});
            continue;
        }
        if (!knows(tag, open))
            issues.append({fileName, line, tr("Unknown placeholder \"%1\".").arg(tag)});
    }
    for (const Section &section : std::as_const(open))
        issues.append(
            {fileName, section.line, tr("Section \"%1\" is opened here but never closed.").arg(section.name)});

    if (issues.isEmpty()) {
        // The engine itself has the last word on syntax; its messages give a byte offset, turned into a line.
        const std::string utf8 = source.toStdString();
        const kainjow::mustache::mustache engine(utf8);
        if (!engine.is_valid()) {
            const QString message = QString::fromStdString(engine.error_message());
            static const QRegularExpression at(u" at (\\d+)$"_s);
            const QRegularExpressionMatch match = at.match(message);
            int engineLine = 0;
            if (match.hasMatch()) {
                const QByteArray bytes = QByteArray::fromStdString(utf8).left(match.captured(1).toLongLong());
                engineLine = int(bytes.count('\n')) + 1;
            }
            issues.append({fileName, engineLine, tr("The template engine cannot read this: %1").arg(message)});
        }
    }
    return issues;
}

} // namespace mpdesk
