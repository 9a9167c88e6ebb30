#pragma once

#include "placement/PlacementTypes.h"

namespace welkin {

// Where each running VM of `hostId` goes when the host enters maintenance: biggest memory first,
// each to the accepting, non-maintenance host of `hosts` with the most free memory, never past
// its memory capacity. Hosts that stay under the policy's ceilings and keep groups apart come
// first; when none does, the reason says which rule gave way. VMs that are not movable or fit
// nowhere are listed as stuck with the reason. Ignores the cooldown: the host must be emptied.
EvacuationPlan planEvacuation(const QString &hostId, const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms,
                              const BalancePolicy &policy);

} // namespace welkin
