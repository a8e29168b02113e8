#pragma once

#include <QString>

namespace mpdesk {

/// A tooltip that may quote what the clerk typed (a finding, a reason, a file name): Qt shows a tooltip as
/// markup whenever it looks like markup, so the text is escaped and always shown as written.
QString plainToolTip(const QString &text);

} // namespace mpdesk
