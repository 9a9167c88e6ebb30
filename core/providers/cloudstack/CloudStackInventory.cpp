#include "CloudStackInventory.h"

#include "model/JsonId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

namespace {

bool refused(const ApiResult &result)
{
    // A plain user gets an error envelope for admin commands; transport problems are not refusals.
    using F = ApiResult::Failure;
    return result.failure == F::Api || result.failure == F::Auth || result.failure == F::Http;
}

struct LoadState {
    std::shared_ptr<RawListing> raw = std::make_shared<RawListing>();
    std::function<void(std::shared_ptr<const RawListing>)> done;
    int pending = 0;
};

} // namespace

Params InventoryLoader::vmListParams()
{
    return {{u"listall"_s, u"true"_s}, {u"details"_s, u"servoff,tmpl,nics,stats"_s}};
}

void InventoryLoader::settleParent(Resource &resource, const std::function<bool(const ResourceId &)> &known,
                                   const ResourceId &zone, const ResourceId &provider)
{
    if (resource.parent.isValid() && known(resource.parent))
        return;
    resource.parent = zone.isValid() && known(zone) ? zone : provider;
}

void InventoryLoader::load(bool tryAdmin, std::function<void(std::shared_ptr<const RawListing>)> done)
{
    auto state = std::make_shared<LoadState>();
    state->done = std::move(done);
    state->raw->triedAdmin = tryAdmin;
    auto fetch = [this, state](RawListing::Listing listing, const QString &command, const Params &params,
                               const QString &itemKey) {
        ++state->pending;
        m_client->listAll(command, params, itemKey, [state, listing](const ApiResult &result, const QJsonArray &items) {
            state->raw->results[listing] = result;
            state->raw->items[listing] = items;
            if (--state->pending == 0)
                state->done(state->raw);
        });
    };
    // All in parallel: the slowest listing (usually the VMs) sets the time.
    fetch(RawListing::Zones, u"listZones"_s, {}, u"zone"_s);
    if (tryAdmin) {
        fetch(RawListing::Pods, u"listPods"_s, {}, u"pod"_s);
        fetch(RawListing::Clusters, u"listClusters"_s, {}, u"cluster"_s);
        fetch(RawListing::Hosts, u"listHosts"_s, {{u"type"_s, u"Routing"_s}}, u"host"_s);
        fetch(RawListing::HostMetrics, u"listHostsMetrics"_s, {{u"type"_s, u"Routing"_s}}, u"host"_s);
        fetch(RawListing::Capacity, u"listCapacity"_s, {}, u"capacity"_s);
    }
    fetch(RawListing::Vms, u"listVirtualMachines"_s, vmListParams(), u"virtualmachine"_s);
}

InventorySnapshot InventoryLoader::assemble(const RawListing &raw, const Mapper &mapper, VmTrafficRates *rates)
{
    using L = RawListing::Listing;
    InventorySnapshot snapshot;
    const ApiResult &zones = raw.results[L::Zones];
    const ApiResult &vms = raw.results[L::Vms];
    if (!zones.ok() || !vms.ok()) {
        snapshot.result = zones.ok() ? vms : zones;
        return snapshot;
    }
    snapshot.admin = raw.triedAdmin;
    for (L l : {L::Pods, L::Clusters, L::Hosts}) {
        if (!raw.triedAdmin || raw.results[l].ok())
            continue;
        if (!refused(raw.results[l])) {
            snapshot.result = raw.results[l];
            return snapshot;
        }
        snapshot.admin = false;
    }
    snapshot.result = zones;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Extras: used when they came, silently left out when refused (metrics plugin off, no admin).
    QHash<QString, QJsonObject> hostMetrics;
    if (snapshot.admin && raw.results[L::HostMetrics].ok()) {
        for (const QJsonValue &value : raw.items[L::HostMetrics]) {
            const QJsonObject object = value.toObject();
            hostMetrics.insert(jsonId(object.value(u"id"_s)), object);
        }
    }
    const QHash<QString, QMap<QString, QString>> capacity = snapshot.admin && raw.results[L::Capacity].ok()
        ? zoneCapacityDetails(raw.items[L::Capacity])
        : QHash<QString, QMap<QString, QString>>();
    const ResourceId provider = ResourceId::provider(mapper.providerId());
    QSet<ResourceId> known;
    const auto isKnown = [&known](const ResourceId &id) { return known.contains(id); };
    using MapFn = bool (Mapper::*)(const QJsonObject &, Resource &, QString &) const;
    const auto take = [&](L listing, MapFn map) {
        for (const QJsonValue &value : raw.items[listing]) {
            const QJsonObject object = value.toObject();
            Resource resource;
            QString error;
            if (!(mapper.*map)(object, resource, error)) {
                snapshot.skipped.append(error);
                continue;
            }
            settleParent(resource, isKnown, mapper.id(ResourceKind::Zone, jsonId(object.value(u"zoneid"_s))),
                         provider);
            if (GroupInfo *group = std::get_if<GroupInfo>(&resource.info); group && listing == L::Zones)
                group->details.insert(capacity.value(resource.id.nativeId()));
            known.insert(resource.id);
            if (listing == L::Hosts) {
                const auto metrics = hostMetrics.constFind(resource.id.nativeId());
                snapshot.samples.append(metrics == hostMetrics.cend() ? mapper.hostSample(object, now)
                                                                      : hostMetricsSample(resource.id, *metrics, now));
            } else if (listing == L::Vms && (object.contains(u"cpuused"_s) || (rates && rates->hasCounters(object)))) {
                MetricSample sample = mapper.vmSample(object, now);
                if (rates)
                    rates->apply(sample, object);
                snapshot.samples.append(sample);
            }
            snapshot.resources.append(std::move(resource));
        }
    };
    take(L::Zones, &Mapper::zone);
    if (snapshot.admin) {
        take(L::Pods, &Mapper::pod);
        take(L::Clusters, &Mapper::cluster);
        take(L::Hosts, &Mapper::host);
    }
    take(L::Vms, &Mapper::vm);
    if (rates)
        rates->retain(known);
    return snapshot;
}

} // namespace welkin::cloudstack
