#pragma once

#include "model/PowerState.h"
#include "model/ResourceKind.h"
#include "providers/ProviderState.h"

#include <QIcon>

namespace welkin::Icons {

// The icon for a node: kind, with the power or connection state as a badge.
QIcon forVm(PowerState state);
QIcon forProvider(ProviderState state);
QIcon forKind(ResourceKind kind);

} // namespace welkin::Icons
