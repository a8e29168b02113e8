#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpdesk {

/// One field of a platform page as the definitions describe it.
struct PlatformFieldSpec
{
    QString path; ///< a filing path ("entity.name") or a role's field ("entityLeader.idNumber")
    QString label; ///< the platform's own (Chinese) label
    QString labelEn; ///< the same in English
    QString format; ///< how the value is written for the page: "text", "code", "date", "validTo", …
    QString choices; ///< for "choice": the name of the keyword table
    QString when; ///< a condition under which the page shows the field; empty: always
    bool secret = false;
};

/// One page of the WeChat Public Platform, its fields in the platform's order.
struct PlatformPageSpec
{
    QString id; ///< "registration", "certification", "invoice", "filing-entity", …
    QString title;
    QString titleEn;
    QList<PlatformFieldSpec> fields;
};

/// The platform's pages as data (templates/platform-pages.json): when the platform moves or renames a
/// field, the fix is one line there.
class PlatformPages final
{
    Q_DECLARE_TR_FUNCTIONS(PlatformPages)

public:
    /// The definitions built into mpdesk.
    static const PlatformPages &shipped();
    static Result<PlatformPages> parse(const QByteArray &json, const QString &fileName);

    const QList<PlatformPageSpec> &pages() const { return m_pages; }
    /// The page with this id, or nullptr.
    const PlatformPageSpec *page(const QString &id) const;
    QStringList pageIds() const;
    /// The platform's name of a keyword ("enterprise" in "entityType" -> 企业); empty when unknown.
    QString choice(const QString &table, const QString &keyword) const;
    /// How the pages show a date (a QDate format).
    QString datePattern() const { return m_datePattern; }
    /// What the pages take for an ID valid without end.
    QString longTerm() const { return m_longTerm; }

    /// The role prefixes a field path may start with ("entityLeader"), each standing for a person.
    static QStringList rolePrefixes();

private:
    QList<PlatformPageSpec> m_pages;
    QHash<QString, QHash<QString, QString>> m_choices;
    QString m_datePattern;
    QString m_longTerm;
};

} // namespace mpdesk
