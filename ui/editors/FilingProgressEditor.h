#pragma once

#include "editors/FormPage.h"

namespace mpdesk {

/// The filing after it is submitted: the platform's review, the MIIT bureau's SMS verification and the
/// record number.
class FilingProgressEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit FilingProgressEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
};

} // namespace mpdesk
