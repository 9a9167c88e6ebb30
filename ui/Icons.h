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
// A snapshot (the theme's camera, else the style's save icon: Xvfb and some desktops have no theme).
QIcon snapshot();
// The snapshot a VM now descends from.
QIcon currentSnapshot();
// Migrate a VM to another host (a theme icon, else the style's forward arrow).
QIcon migrate();

} // namespace welkin::Icons
