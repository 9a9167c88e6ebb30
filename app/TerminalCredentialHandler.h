#pragma once

#include "providers/CredentialRequest.h"

namespace welkin {

// Answers credential prompts on the terminal in headless mode (secrets without echo). The
// reading happens on a helper thread so the main event loop keeps running. Without a terminal
// on stdin every request is cancelled, which fails the connection with an auth error.
class TerminalCredentialHandler : public CredentialHandler
{
public:
    void requestCredentials(const CredentialRequestPtr &request) override;
};

} // namespace welkin
