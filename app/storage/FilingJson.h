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
        Inline, ///< interchange: secret values written as they are (for import/export only)
        References, ///< project file: only a reference and a masked form; the values go to a SecretStore
    };

    /// Reads a document, refusing wrong types, an unknown format and a newer version.
    static Result<Filing> fromJson(const QJsonObject &document);
    static QJsonObject toJson(const Filing &filing, Secrets secrets);

    /// More people than any filing needs (it has five roles); more is a damaged or hostile file.
    static constexpr qsizetype MaxPeople = 200;
    /// At most this many characters of a secret are shown in its masked form.
    static constexpr qsizetype MaskShownAtMost = 4;
    /// "**************4514": at most a third of the characters, only the last ones and never more than
    /// MaskShownAtMost; the rest as stars.
    static QString mask(const QString &value);
};

} // namespace mpdesk
