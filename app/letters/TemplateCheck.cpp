#include "letters/TemplateCheck.h"

#include <kainjow/mustache.hpp>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

int lineAt(const QString &source, qsizetype position)
{
    return int(QStringView(source).left(position).count(u'\n')) + 1;
}

struct OpenSection
{
    QString name;
    int line;
};

} // namespace

TemplateCheck::TemplateCheck(QSet<QString> names, QHash<QString, QSet<QString>> listItems)
    : m_names(std::move(names))
    , m_listItems(std::move(listItems))
{
}

bool TemplateCheck::knows(const QString &name, const QStringList &sections) const
{
    if (name == u"."_s || m_names.contains(name))
        return true;
    // Inside {{#a}}{{#b}}, "x" may be a.b.x, a.x, or an item name of the innermost list section.
    QString prefix;
    for (const QString &section : sections) {
        prefix = prefix.isEmpty() ? section : prefix + u'.' + section;
        if (m_names.contains(prefix + u'.' + name))
            return true;
    }
    for (auto it = sections.crbegin(); it != sections.crend(); ++it) {
        const auto items = m_listItems.constFind(*it);
        if (items != m_listItems.cend())
            return items->contains(name) || items->contains(name.section(u'.', 0, 0));
    }
    return false;
}

TemplateIssues TemplateCheck::check(const QString &source, const QString &fileName) const
{
    TemplateIssues issues;
    QList<OpenSection> open;
    QStringList sections;
    qsizetype position = 0;
    while ((position = source.indexOf(u"{{"_s, position)) >= 0) {
        const int line = lineAt(source, position);
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
            issues.append({fileName, line,
                           tr("\"%1\" writes a value without escaping; letters write values only as {{name}}.")
                               .arg(tag)});
            continue;
        }
        if (kind == u'>' || kind == u'=') {
            issues.append({fileName, line, tr("Partials and delimiter changes are not supported in letters.")});
            continue;
        }
        if (kind == u'#' || kind == u'^') {
            if (!knows(name, sections))
                issues.append({fileName, line, tr("Unknown section \"%1\".").arg(name)});
            open.append({name, line});
            sections.append(name);
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
                sections.removeLast();
            }
            continue;
        }
        if (tag.isEmpty()) {
            issues.append({fileName, line, tr("Empty placeholder {{}}.")});
            continue;
        }
        if (!knows(tag, sections))
            issues.append({fileName, line, tr("Unknown placeholder \"%1\".").arg(tag)});
    }
    for (const OpenSection &section : std::as_const(open))
        issues.append({fileName, section.line, tr("Section \"%1\" is opened here but never closed.").arg(section.name)});

    if (issues.isEmpty()) {
        // The engine itself has the last word on syntax; its messages give a byte offset, turned into a line.
        const std::string utf8 = source.toStdString();
        const kainjow::mustache::mustache engine(utf8);
        if (!engine.is_valid()) {
            const QString message = QString::fromStdString(engine.error_message());
            static const QRegularExpression at(u" at (\\d+)$"_s);
            const QRegularExpressionMatch match = at.match(message);
            int line = 0;
            if (match.hasMatch()) {
                const QByteArray bytes = QByteArray::fromStdString(utf8).left(match.captured(1).toLongLong());
                line = int(bytes.count('\n')) + 1;
            }
            issues.append({fileName, line, tr("The template engine cannot read this: %1").arg(message)});
        }
    }
    return issues;
}

} // namespace mpdesk
