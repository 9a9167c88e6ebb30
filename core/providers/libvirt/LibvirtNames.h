#pragma once

#include "model/PowerState.h"
#include "providers/ProviderEvent.h"

#include <QString>

namespace welkin::libvirt {

// virDomainState -> PowerState (VIR_DOMAIN_NOSTATE and unknown values -> Unknown).
PowerState powerStateFromLibvirt(int state);

// The state reason as one stable word: "booted", "user", "destroyed", "shutdown", "crashed",
// "unknown" (reason 0 or a value this build does not know).
QString stateReasonWord(int state, int reason);

// A lifecycle event (virDomainEventType + detail) as readable text without the name:
// "started (booted)", "paused", "resumed", "stopped (destroyed)", "undefined".
QString lifecycleEventText(int event, int detail);
ProviderEvent::Severity lifecycleEventSeverity(int event, int detail);

// virConnectCloseReason -> "connection closed: keepalive timeout", "end of file from server".
QString closeReasonText(int reason);

} // namespace welkin::libvirt
