#include "companion/CompanionRows.h"

#include "core/Normalize.h"
#include "document/FilingFields.h"
#include "model/DateField.h"
#include "model/FieldPath.h"
#include "model/Regions.h"
#include "model/Roles.h"
#include "model/Vocabulary.h"
#include "secrets/ProjectSecrets.h"
#include "secrets/SecretStore.h"
#include "storage/FilingJson.h"
#include "validation/ReferenceData.h"

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

// "entityLeader.idNumber" -> "people[0].idNumber" when the filing names an entity leader. `role` gets the
// role's holder path ("entity.leader") and `unassigned` is set when the filing names nobody.
QString resolve(const Filing &filing, const QString &path, QString *rolePath, bool *unassigned)
{
    *unassigned = false;
    const qsizetype dot = path.indexOf(u'.');
    const qsizetype roleIndex = PlatformPages::rolePrefixes().indexOf(path.left(dot));
    if (dot < 0 || roleIndex < 0)
        return path;
    const Roles::Role role = Roles::all().at(roleIndex);
    *rolePath = Roles::path(role);
    const qsizetype person = filing.personIndex(Roles::holder(filing, role));
    if (person < 0) {
        *unassigned = true;
        return *rolePath;
    }
    return FieldPath::item(u"people"_s, person, path.mid(dot + 1));
}

bool applies(const Filing &filing, const QString &condition)
{
    if (condition == u"vat_special_invoice"_s)
        return filing.certification.invoice.type == InvoiceType::VatSpecial;
    if (condition == u"entity_leader_is_not_legal_representative"_s)
        return !filing.entity.leader.isEmpty() && filing.entity.leader != filing.entity.legalRepresentative;
    return true;
}

QString formatDate(const QString &raw, const PlatformPages &pages)
{
    const QDate date = DateField::parse(raw);
    return date.isValid() ? date.toString(pages.datePattern()) : Normalize::text(raw);
}

QString formatted(const Filing &filing, const PlatformFieldSpec &spec, const QString &path, const PlatformPages &pages)
{
    if (spec.format == u"preApproval"_s) {
        QStringList lines;
        for (const PreApproval &item : filing.miniProgram.preApproval) {
            const QString name = pages.choice(u"preApproval"_s, item.type.text());
            const QString number = Normalize::text(item.approvalNumber);
            lines.append(number.isEmpty() ? (name.isEmpty() ? item.type.text() : name)
                                          : (name.isEmpty() ? item.type.text() : name) + u' ' + number);
        }
        return lines.join(u'\n');
    }
    const QString raw = FilingFields::text(filing, path);
    if (spec.format == u"invoiceTitle"_s) {
        // The title is the entity's full name exactly; a different title is an error on the field.
        const QString title = Normalize::text(raw);
        return title.isEmpty() ? Normalize::text(filing.entity.name) : title;
    }
    if (raw.trimmed().isEmpty())
        return {};
    if (spec.format == u"code"_s || spec.format == u"regionCode"_s)
        return Normalize::code(raw);
    if (spec.format == u"mobile"_s)
        return Normalize::mobile(raw);
    if (spec.format == u"email"_s)
        return Normalize::email(raw);
    if (spec.format == u"date"_s)
        return formatDate(raw, pages);
    if (spec.format == u"validTo"_s)
        return raw.trimmed() == u"long-term"_s ? pages.longTerm() : formatDate(raw, pages);
    if (spec.format == u"choice"_s) {
        const QString name = pages.choice(spec.choices, raw.trimmed());
        return name.isEmpty() ? raw.trimmed() : name;
    }
    if (spec.format == u"provinceName"_s) {
        const QString code = Normalize::code(raw);
        const auto *province = ReferenceData::instance().province(code);
        return province && province->code == code ? province->name : code;
    }
    if (spec.format == u"list"_s) {
        QStringList lines = raw.split(u'\n');
        for (QString &line : lines)
            line = Normalize::text(line);
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    return Normalize::text(raw);
}

} // namespace

QList<PlatformField> CompanionRows::of(const Filing &filing, const Findings &findings, const PlatformPageSpec &page,
                                       Secrets secrets, const PlatformPages &pages)
{
    QList<PlatformField> rows;
    for (const PlatformFieldSpec &spec : page.fields) {
        if (!applies(filing, spec.when))
            continue;
        PlatformField row;
        row.page = page.id;
        row.label = spec.label;
        row.labelEn = spec.labelEn;
        row.secret = spec.secret;
        QString rolePath;
        bool unassigned = false;
        row.path = resolve(filing, spec.path, &rolePath, &unassigned);
        for (const Finding &finding : findings) {
            if (concerns(finding.path, row.path))
                row.findings.append(finding);
        }
        for (const Finding &finding : std::as_const(row.findings)) {
            if (finding.isError())
                row.blocking.append(finding);
        }
        if (unassigned) {
            row.note = tr("Nobody is chosen for this role yet: choose the person on the people page.");
            rows.append(row);
            continue;
        }
        if (spec.secret) {
            const SecretField *secret = secretAt(filing, row.path);
            if (secret) {
                const bool inMemory = secret->isKnown();
                row.known = inMemory || (!secret->ref.isEmpty() && !secret->isMissing());
                if (secrets == Secrets::Revealed && inMemory) {
                    row.value = formatSecret(secret->value);
                } else {
                    row.masked = true;
                    row.value = !secret->masked.isEmpty() ? secret->masked
                        : inMemory                        ? FilingJson::mask(formatSecret(secret->value))
                                                          : QString();
                }
                if (secret->isMissing())
                    row.note = SecretMessages::notOnThisComputer();
            }
        } else {
            row.value = formatted(filing, spec, row.path, pages);
            row.known = !row.value.isEmpty();
            // The platform lists divisions by name: the name is what the clerk looks for.
            if (spec.format == u"regionCode"_s && row.known) {
                const QString name = Regions::instance().name(row.value);
                row.note = name.isEmpty()
                    ? tr("The platform lists names: choose the one with this administrative code.")
                    : tr("Choose this name in the platform's list (administrative code %1).").arg(row.value);
                if (!name.isEmpty())
                    row.value = name;
            }
        }
        if (!row.known && row.note.isEmpty())
            row.note = tr("Not entered yet.");
        rows.append(row);
    }
    return rows;
}

const SecretField *CompanionRows::secretAt(const Filing &filing, const QString &path)
{
    for (const ProjectSecrets::ConstEntry &entry : ProjectSecrets::entries(filing)) {
        if (entry.where.path == path)
            return entry.field;
    }
    return nullptr;
}

QString CompanionRows::formatSecret(const QString &plain)
{
    return Normalize::code(plain);
}

bool CompanionRows::concerns(const QString &findingPath, const QString &fieldPath)
{
    return findingPath == fieldPath || findingPath.startsWith(fieldPath + u'[')
        || findingPath.startsWith(fieldPath + u'.');
}

} // namespace mpdesk
