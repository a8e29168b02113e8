#pragma once

#include "editors/FormPage.h"

namespace mpdesk {

/// Registration on the WeChat Public Platform: the account email, the entity's licence data and the
/// entity verification.
class RegistrationEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit RegistrationEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
};

} // namespace mpdesk
