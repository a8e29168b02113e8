#pragma once

#include "model/Filing.h"

#include <QByteArray>
#include <QString>

namespace mpdesk {

/// The keyed fingerprint of a mini program leader's ID number (HMAC-SHA256 over the ID type and the
/// normalised number, with the key of FingerprintKey): what lets filings be compared for a leader used
/// twice without the number being compared, stored or shown.
namespace LeaderFingerprint {

/// Hex; empty when the key or the number is unknown.
QString of(const QByteArray &key, const Person &person);
/// Sets miniProgram.leaderFingerprint from the leader's ID number; returns true if it changed. Keeps the
/// stored fingerprint when the number is not on this computer.
bool update(Filing &filing, const QByteArray &key);

} // namespace LeaderFingerprint

} // namespace mpdesk
