#pragma once

#include "CloudStackClient.h"
#include "CloudStackMapper.h"
#include "CloudStackMetrics.h"

#include "metrics/MetricSample.h"
#include "model/Resource.h"

#include <functional>
#include <memory>

namespace welkin::cloudstack {

// What one poll fetched, before any mapping (cheap to collect on the GUI thread).
struct RawListing {
    // HostMetrics and Capacity are extras: a refusal or failure only leaves their figures out.
    enum Listing { Zones, Pods, Clusters, Hosts, Vms, HostMetrics, Capacity, Count };
    bool triedAdmin = false;
    ApiResult results[Count];
    QJsonArray items[Count];
};

// One full listing of the cloud, mapped.
struct InventorySnapshot {
    ApiResult result;          // ok, or why the listing failed
    bool admin = false;        // pods/clusters/hosts were listed (refused for plain users)
    QList<Resource> resources; // parents before children
    MetricSamples samples;     // VM cpuused/memory/traffic rates, host cpuused/memory
    QStringList skipped;       // objects that could not be mapped, with the reason
};

// Lists zones -> pods -> clusters -> hosts -> VMs (admins) or zones -> VMs (users: listHosts
// refused) in parallel requests; admins also get listHostsMetrics (host figures) and
// listCapacity (zone capacity into the zone's details). Mapping is separate (assemble()), so it
// can run off the GUI thread.
class InventoryLoader
{
public:
    explicit InventoryLoader(Client *client) : m_client(client) {}

    // tryAdmin = false skips the admin-only listings (a previous load found them refused).
    void load(bool tryAdmin, std::function<void(std::shared_ptr<const RawListing>)> done);

    // Maps a listing into a tree; any thread. `rates` (optional) turns the VMs' cumulative
    // traffic counters into rates against the previous listing it saw.
    static InventorySnapshot assemble(const RawListing &raw, const Mapper &mapper, VmTrafficRates *rates = nullptr);

    // The listing parameters for VMs (all accounts visible to the caller, the details we map).
    static Params vmListParams();

    // Points a resource at the nearest ancestor that exists: its parent if `known`, else its
    // zone, else the provider node.
    static void settleParent(Resource &resource, const std::function<bool(const ResourceId &)> &known,
                             const ResourceId &zone, const ResourceId &provider);

private:
    Client *m_client;
};

} // namespace welkin::cloudstack
