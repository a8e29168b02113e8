#pragma once

#include "assessment/NextAction.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace mpdesk {

/// A quick look at a filing on disk for the list of recent filings: its name, its stage and what is due
/// next. Read without the keychain, so numbers count as entered; never writes anything.
struct FilingSummary
{
    Q_DECLARE_TR_FUNCTIONS(FilingSummary)

public:
    QString path;
    bool readable = false;
    QString problem; ///< why it could not be read, translated
    QString name; ///< the mini program's name, else the entity's, else the file's
    QString stage; ///< "Registration", "Filing", "Finished", … translated
    NextAction next;

    static FilingSummary of(const QString &path, const Clock &clock);
};

} // namespace mpdesk
