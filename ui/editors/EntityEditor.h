#pragma once

#include "editors/FormPage.h"

namespace mpdesk {

/// The entity's part of the filing: the filing region, the addresses and the people responsible. Its
/// type, name and credit code are entered at registration.
class EntityEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit EntityEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
};

} // namespace mpdesk
