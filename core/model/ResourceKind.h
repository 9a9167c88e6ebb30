#pragma once

#include <QMetaType>
#include <QString>

namespace welkin {

// What a node of the inventory tree is. Clouds use Region/Zone/Project (CloudStack also
// Pod/Cluster) between the provider and its hosts; libvirt goes straight from provider to host.
// Pools are the user's server pools above the providers (ServerPool).
enum class ResourceKind : quint8 {
    Invalid,
    Provider,
    Region,
    Zone,
    Pod,
    Cluster,
    Project,
    Host,
    Vm,
    Pool,
};

QString resourceKindName(ResourceKind kind);          // stable, for ids and JSON: "vm"
ResourceKind resourceKindFromName(const QString &name); // Invalid when unknown

} // namespace welkin
