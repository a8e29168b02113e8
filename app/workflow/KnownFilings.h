#pragma once

#include "workflow/KnownFiling.h"

#include <QList>

namespace mpdesk {

/// The filings mpdesk knows, for checks across projects. The application backs it with its recent
/// projects list; tests with a fixed list.
class KnownFilings
{
public:
    KnownFilings() = default;
    virtual ~KnownFilings() = default;
    KnownFilings(const KnownFilings &) = delete;
    KnownFilings &operator=(const KnownFilings &) = delete;

    virtual QList<KnownFiling> filings() const = 0;
};

} // namespace mpdesk
