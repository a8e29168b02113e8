#pragma once

#include "model/Filing.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace mpdesk {

/// What a field holds, as the interchange format spells it.
enum class FieldKind {
    Text, ///< free text
    Keyword, ///< one word of a fixed vocabulary (the schema's enum)
    PersonRef, ///< the id of an entry in people
    Date, ///< "YYYY-MM-DD"
    DateOrLongTerm, ///< a date, or "long-term" (an ID's validity)
    Timestamp, ///< ISO 8601 with offset
    Flag, ///< true / false / not known yet
    Count, ///< a whole number
    Secret, ///< kept in the keychain; the project file holds "<key>Ref" and "<key>Masked"
    Lines, ///< a list of text
};

/// Where one field lives in a struct of the model. Both accessors are given so that reading needs no cast.
template<typename Owner, typename Value>
struct FieldMember
{
    Value &(*ref)(Owner &);
    const Value &(*get)(const Owner &);
};

template<typename Owner>
using FieldAccess =
    std::variant<FieldMember<Owner, QString>, FieldMember<Owner, DateField>, FieldMember<Owner, TimestampField>,
                 FieldMember<Owner, KeywordField<EntityType>>, FieldMember<Owner, KeywordField<IdType>>,
                 FieldMember<Owner, KeywordField<VerificationMethod>>,
                 FieldMember<Owner, KeywordField<PrimaryVerification>>, FieldMember<Owner, KeywordField<InvoiceType>>,
                 FieldMember<Owner, KeywordField<FilingStatus>>, FieldMember<Owner, std::optional<bool>>,
                 FieldMember<Owner, std::optional<int>>, FieldMember<Owner, SecretField>,
                 FieldMember<Owner, QStringList>>;

/// True for the KeywordField types: they read and write as their word.
template<typename Value>
inline constexpr bool isKeywordField = false;
template<typename E>
inline constexpr bool isKeywordField<KeywordField<E>> = true;

/// One single-value field of a filing, described once: its path in the interchange format, what it holds,
/// its name for the clerk and where the model keeps it. Reading and writing JSON, the editors' bindings,
/// the labels of findings and the schema test all walk this table.
template<typename Owner>
struct FieldDef
{
    enum Flags {
        None = 0,
        OmitWhenEmpty = 1, ///< written only when set, so that older files round-trip unchanged
        Internal = 2, ///< computed by mpdesk, not typed by the clerk: no editor binds it
    };

    QLatin1StringView path; ///< "certification.invoice.taxId"; for a person, the key ("idNumber")
    FieldKind kind;
    const char *label; ///< untranslated; translate in the "FilingFields" context
    FieldAccess<Owner> access;
    int flags = None;

    /// The object holding the field ("certification.invoice"), "" at the top.
    QLatin1StringView parent() const;
    /// The field's own key ("taxId").
    QLatin1StringView key() const;
};

template<typename Owner>
QLatin1StringView FieldDef<Owner>::parent() const
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QLatin1StringView() : path.first(dot);
}

template<typename Owner>
QLatin1StringView FieldDef<Owner>::key() const
{
    return path.sliced(path.lastIndexOf(u'.') + 1);
}

/// The filing's single-value fields outside the lists (people, name candidates, pre-approvals, letters,
/// materials), and a person's fields.
class FieldCatalog final
{
public:
    static const QList<FieldDef<Filing>> &filingFields();
    static const QList<FieldDef<Person>> &personFields();
    /// The field at `path`, or nullptr.
    static const FieldDef<Filing> *filingField(QStringView path);
    static const FieldDef<Person> *personField(QStringView key);

    /// The objects of a filing that hold fields, with the keys of them this build does not know.
    struct ObjectDef
    {
        QLatin1StringView path; ///< "entity.region"
        QJsonObject &(*extra)(Filing &);
        const QJsonObject &(*constExtra)(const Filing &);
    };
    static const QList<ObjectDef> &objects();
    static const ObjectDef *object(QLatin1StringView path);
};

} // namespace mpdesk
