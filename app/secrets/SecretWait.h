#pragma once

#include "secrets/ProjectSecrets.h"

namespace mpdesk {

/// For the command line only: waits for a batch of keychain requests in a local event loop. The GUI
/// never waits; it chains on the callbacks.
class SecretWait final
{
public:
    /// Starts `start` and returns its outcomes once its callback has run.
    static ProjectSecrets::Outcomes run(const std::function<void(ProjectSecrets::Done)> &start);
    /// Starts `start`, which calls the function it is given when its work is done, and waits for that.
    static void until(const std::function<void(std::function<void()>)> &start);
};

} // namespace mpdesk
