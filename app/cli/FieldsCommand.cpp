#include "cli/FieldsCommand.h"

#include "assessment/Assessment.h"
#include "companion/CompanionRows.h"
#include "i18n/LanguageManager.h"
#include "i18n/Phrases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

QJsonObject rowJson(const PlatformField &row)
{
    QJsonArray findings;
    for (const Finding &finding : row.findings) {
        findings.append(QJsonObject{{u"severity"_s, finding.isError() ? u"error"_s : u"warning"_s},
                                    {u"rule"_s, finding.rule},
                                    {u"message"_s, finding.message}});
    }
    return QJsonObject{
        {u"path"_s, row.path},           {u"label"_s, row.label},
        {u"labelEn"_s, row.labelEn},     {u"value"_s, row.value.isEmpty() ? QJsonValue() : QJsonValue(row.value)},
        {u"secret"_s, row.secret},       {u"masked"_s, row.masked},
        {u"blocked"_s, row.isBlocked()}, {u"note"_s, row.note.isEmpty() ? QJsonValue() : QJsonValue(row.note)},
        {u"findings"_s, findings}};
}

} // namespace

ExitCode FieldsCommand::execute(const CommandArguments &arguments)
{
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();
    const PlatformPages &pages = PlatformPages::shipped();
    const QString format = arguments.format.isEmpty() ? u"text"_s : arguments.format;
    if (format != u"text"_s && format != u"json"_s) {
        err << tr("--format: \"%1\" is not a format. Write --format text or --format json.").arg(arguments.format)
            << Qt::endl;
        return ExitCode::BadInput;
    }
    QList<PlatformPageSpec> chosen = pages.pages();
    if (!arguments.page.isEmpty()) {
        const PlatformPageSpec *page = pages.page(arguments.page);
        if (!page) {
            err << tr("--page: \"%1\" is not a page. The pages are: %2.")
                       .arg(arguments.page, pages.pageIds().join(u", "_s))
                << Qt::endl;
            return ExitCode::BadInput;
        }
        chosen = {*page};
    }

    const QString path = arguments.positional.value(0);
    Project project(m_context.store());
    QStringList failures;
    if (!m_context.open(project, path, CommandContext::Secrets::Fetch, &failures))
        return ExitCode::BadInput;
    const Filing &filing = project.filing();
    const Assessment assessment = m_context.assess(filing, path, QString());
    const auto secrets = arguments.reveal ? CompanionRows::Secrets::Revealed : CompanionRows::Secrets::Masked;

    if (arguments.reveal) {
        err << tr("Warning: ID and bank account numbers are printed in full. They are now in this terminal's "
                  "scrollback (and in any log of it); clear it when you are done.")
            << Qt::endl;
    }

    if (format == u"json"_s) {
        QJsonArray pageArray;
        for (const PlatformPageSpec &page : std::as_const(chosen)) {
            QJsonArray fields;
            for (const PlatformField &row : CompanionRows::of(filing, assessment.findings(), page, secrets, pages))
                fields.append(rowJson(row));
            pageArray.append(QJsonObject{{u"id"_s, page.id},
                                         {u"title"_s, page.title},
                                         {u"titleEn"_s, page.titleEn},
                                         {u"fields"_s, fields}});
        }
        const QJsonObject root{{u"format"_s, u"mpdesk-fields"_s}, {u"version"_s, 1}, {u"pages"_s, pageArray}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        // The platform's pages are in Chinese: its labels always show, the English ones beside them in English.
        const bool english = LanguageManager::instance().language() != u"zh_CN"_s;
        bool first = true;
        for (const PlatformPageSpec &page : std::as_const(chosen)) {
            if (!first)
                out << Qt::endl;
            first = false;
            out << (english ? tr("%1 / %2 [%3]").arg(page.titleEn, page.title, page.id)
                            : tr("%1 [%2]").arg(page.title, page.id))
                << Qt::endl;
            for (const PlatformField &row : CompanionRows::of(filing, assessment.findings(), page, secrets, pages)) {
                const QString label = english ? tr("%1 (%2)").arg(row.label, row.labelEn) : row.label;
                QString value = row.value;
                value.replace(u'\n', u"\n    "_s);
                if (value.isEmpty())
                    value = tr("(empty)");
                out << u"  "_s << Phrases::labelled(label, value) << Qt::endl;
                if (!row.note.isEmpty())
                    out << u"    "_s << row.note << Qt::endl;
                for (const Finding &finding : row.findings) {
                    out << u"    "_s
                        << (finding.isError() ? tr("%1: %2 (not copied until fixed)") : tr("%1: %2"))
                               .arg(finding.severityText(), finding.message)
                        << Qt::endl;
                }
            }
        }
    }

    if (!failures.isEmpty()) {
        err << tr("These values cannot be read from the keychain:") << Qt::endl;
        for (const QString &line : std::as_const(failures))
            err << u"  "_s << line << Qt::endl;
        return ExitCode::SecretUnavailable;
    }
    return ExitCode::Success;
}

} // namespace mpdesk
