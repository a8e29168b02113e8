#pragma once

#include "core/Result.h"
#include "model/Filing.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mpdesk {

/// Converts a Filing to and from the interchange format (resources/schema/mpdesk-filing.schema.json).
class FilingJson final
{
    Q_DECLARE_TR_FUNCTIONS(FilingJson)

public:
    static constexpr int FormatVersion = 1;

    enum class Secrets {
        Inline,     ///< interchange: secret values written as they are (for import/export only)
        References, ///< project file: only a reference and a masked form; the values go to a SecretStore
    };

    /// Reads a document, refusing wrong types, an unknown format and a newer version.
    static Result<Filing> fromJson(const QJsonObject &document);
    static QJsonObject toJson(const Filing &filing, Secrets secrets);

    /// "110***********4514": the first 3 and last 4 characters, the rest as stars.
    static QString mask(const QString &value);
};

} // namespace mpdesk
