#pragma once

#include "workflow/KnownFilings.h"

namespace mpdesk {

/// A fixed list of known filings.
class KnownFilingList final : public KnownFilings
{
public:
    explicit KnownFilingList(QList<KnownFiling> filings) : m_filings(std::move(filings)) { }
    QList<KnownFiling> filings() const override { return m_filings; }

private:
    QList<KnownFiling> m_filings;
};

} // namespace mpdesk
