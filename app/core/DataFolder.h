#pragma once

#include <QString>

namespace mpdesk {

/// The one place that names mpdesk's data folder and the override folders in it, so that the README, the
/// messages and the code agree: on Linux ~/.local/share/mpdesk, on Windows %APPDATA%\mpdesk, on macOS
/// ~/Library/Application Support/mpdesk.
class DataFolder final
{
public:
    static QString path();
    /// Letter templates that replace the shipped ones of the same file name.
    static QString templates();
    /// Holiday notices (<year>.json) that replace the shipped ones.
    static QString holidays();
};

} // namespace mpdesk
