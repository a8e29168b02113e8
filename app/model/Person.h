#pragma once

#include "model/DateField.h"
#include "model/Vocabulary.h"

#include <QJsonObject>
#include <QString>

namespace mpdesk {

/// Where a secret value (an ID or bank account number) stands on this computer.
enum class SecretStatus {
    Present, ///< the value is in memory (typed, imported, or read from the keychain)
    NotOnThisComputer, ///< the project refers to it but this computer's keychain has no entry
    Unreadable, ///< the keychain could not be asked (no service, locked, access denied)
    /// the project refers to it and nobody asked the keychain: a summary of a file on the start page,
    /// which must not read as "not on this computer"
    NotAsked,
};

/// A value kept in the OS keychain, never in the project file: the file holds only the reference and
/// a masked form for display.
struct SecretField
{
    QString value; ///< the plain value, in memory only
    QString masked; ///< e.g. "**************4514", safe to write and show
    QString ref; ///< the entry's name inside the project's keychain namespace
    SecretStatus status = SecretStatus::Present;

    bool isKnown() const { return !value.isEmpty(); }
    /// True when the project names a value that this computer cannot produce.
    bool isMissing() const
    {
        return value.isEmpty() && status != SecretStatus::Present && status != SecretStatus::NotAsked;
    }
    /// True when the value is in memory or, not asked for, in the keychain.
    bool isHeld() const { return isKnown() || status == SecretStatus::NotAsked; }
};

/// Someone who takes one or more roles in the filing.
struct Person
{
    QString id;
    QString name;
    KeywordField<IdType> idType;
    SecretField idNumber;
    DateField idValidFrom;
    DateField idValidTo; ///< a date, or "long-term"
    QString mobile;
    QString emergencyMobile;
    QString email;
    QJsonObject extra; ///< keys this build does not know, kept as they were
};

} // namespace mpdesk
