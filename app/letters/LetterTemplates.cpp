#include "letters/LetterTemplates.h"

#include "core/DataFolder.h"
#include "letters/LetterData.h"
#include "letters/TemplateCheck.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTemplates, "mpdesk.letters.templates", QtInfoMsg)

namespace mpdesk {

namespace {

constexpr qint64 MaxTemplateSize = qint64{256} * 1024;

} // namespace

QString LetterTemplates::defaultOverrideFolder()
{
    return DataFolder::templates();
}

LetterTemplates::LetterTemplates(const LetterManifest &manifest, const QString &overrideFolder)
{
    const TemplateCheck check(LetterData::knownNames(), LetterData::listItems());
    for (const LetterSpec &spec : manifest.letters()) {
        const QString shippedPath = LetterManifest::shippedFolder() + u'/' + spec.templateFile;
        QFile shipped(shippedPath);
        if (shipped.open(QIODevice::ReadOnly)) {
            m_sources.insert(spec.id, QString::fromUtf8(shipped.readAll()));
            m_origins.insert(spec.id, shippedPath);
            m_issues.append(check.check(m_sources.value(spec.id), shippedPath));
        } else {
            m_issues.append({shippedPath, 0, tr("The shipped template is missing from this build.")});
        }
        if (overrideFolder.isEmpty())
            continue;

        const QString path = QDir(overrideFolder).filePath(spec.templateFile);
        QFile file(path);
        if (!file.exists())
            continue;
        if (file.size() > MaxTemplateSize || !file.open(QIODevice::ReadOnly)) {
            m_issues.append({QDir::toNativeSeparators(path), 0,
                             tr("The template cannot be read; the shipped template is used instead.")});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString source = QString::fromUtf8(bytes);
        if (source.contains(QChar::ReplacementCharacter)) {
            m_issues.append({QDir::toNativeSeparators(path), 0,
                             tr("The template is not UTF-8 text; the shipped template is used instead.")});
            continue;
        }
        const TemplateIssues found = check.check(source, QDir::toNativeSeparators(path));
        if (!found.isEmpty()) {
            m_issues.append(found);
            m_issues.append({QDir::toNativeSeparators(path), 0,
                             tr("The shipped template is used until these problems are fixed.")});
            continue;
        }
        qCInfo(lcTemplates) << "using template override" << path;
        m_sources.insert(spec.id, source);
        m_origins.insert(spec.id, path);
    }
}

} // namespace mpdesk
