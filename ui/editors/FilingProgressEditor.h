#pragma once

#include "editors/FormPage.h"

#include <QTimer>

class QLabel;

namespace mpdesk {

/// The filing from the letters to the record number: each needed letter printed, signed and sealed and
/// uploaded; the platform's submission and its outcome; the MIIT bureau's SMS with the time left to
/// answer it; and the record number.
class FilingProgressEditor final : public FormPage
{
    Q_OBJECT

public:
    explicit FilingProgressEditor(FilingDocument &document, QWidget *parent = nullptr);
    QString title() const override;
    void refresh() override;

private:
    void updateCountdown();

    QLabel *m_countdown = nullptr;
    QTimer m_tick; ///< the countdown moves on by itself while the page is shown
    qsizetype m_firstLetterSection = 0;
};

} // namespace mpdesk
