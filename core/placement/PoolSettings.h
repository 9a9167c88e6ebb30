#pragma once

#include "placement/PlacementTypes.h"

#include <QJsonObject>

namespace welkin {

// A server pool's balancing settings as ServerPool::balancePolicy keeps them (JSON).
struct PoolSettings {
    BalancePolicy policy;
    // Hosts without shared storage: balancing and maintenance moves copy the VMs' disks. Off by
    // default: copying onto storage both hosts share would write a disk onto itself.
    bool copyDisks = false;
    // Automatic mode only logs what it would do until this is switched off.
    bool dryRun = true;

    static PoolSettings fromJson(const QJsonObject &json); // missing or bad values: the defaults
    QJsonObject toJson() const;

    friend bool operator==(const PoolSettings &, const PoolSettings &) = default;
};

} // namespace welkin
