#pragma once

namespace mpdesk {

/// What every verb of the command line returns to the shell; one definition for all of them.
enum class ExitCode : int {
    Success = 0, ///< no errors (warnings allowed); export: every needed letter written
    FindingsWithErrors = 1, ///< the filing has errors; export: findings stop a letter (listed)
    BadInput = 2, ///< the file cannot be read, an output cannot be written, or the arguments are wrong
    SecretUnavailable = 3, ///< an ID or account number cannot be read from (or stored in) the keychain
    MissingGlyphs = 4, ///< export: a character no installed font has
};

} // namespace mpdesk
