#include "PoolLoadReader.h"

#include "inventory/Inventory.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "storage/PoolStore.h"

#include <QDateTime>

#include <cmath>

namespace welkin {

PoolLoadReader::PoolLoadReader(Inventory *inventory, PoolStore *pools, HistoryStore *history, LiveSamples *samples,
                               QObject *parent)
    : QObject(parent), m_inventory(inventory), m_pools(pools), m_history(history), m_samples(samples)
{
    if (history)
        connect(history, &HistoryStore::queryFinished, this, &PoolLoadReader::onQueryFinished);
}

void PoolLoadReader::collect(const InventoryNode *node, const PoolStore *pools, QList<PlacementHost> &hosts,
                             QList<PlacementVm> &vms, const std::function<bool(const QString &providerId)> &placeable)
{
    const auto walk = [&](const auto &self, const InventoryNode *at, bool connected) -> void {
        for (int i = 0; i < at->childCount(); ++i) {
            const InventoryNode *child = at->child(i);
            bool childConnected = connected;
            if (child->kind() == ResourceKind::Provider)
                childConnected = child->providerStatus().state == ProviderState::Connected;
            if (const HostInfo *info = child->resource().host()) {
                PlacementHost host;
                host.id = child->id().toString();
                host.name = child->resource().name.isEmpty() ? info->hostname : child->resource().name;
                host.cpus = info->cpus;
                host.memoryKiB = info->memoryKiB;
                host.maintenance = pools && pools->inMaintenance(child->id());
                host.accepting = childConnected && (!placeable || placeable(child->id().providerId()));
                hosts.append(host);
            }
            if (const VmInfo *info = child->resource().vm()) {
                const InventoryNode *host = child->parent();
                while (host && host->kind() != ResourceKind::Host)
                    host = host->parent();
                if (!host)
                    continue; // VMs without a host (clouds' projects) are not placed by Welkin
                PlacementVm vm;
                vm.id = child->id().toString();
                vm.name = child->resource().name;
                vm.hostId = host->id().toString();
                vm.vcpus = qMax(1, info->vcpus);
                vm.memoryKiB = info->memoryKiB;
                vm.running = info->state == PowerState::Running || info->state == PowerState::Paused;
                if (placeable && !placeable(child->id().providerId())) {
                    vm.movable = false;
                    vm.immovableReason = tr("its connection places its own VMs (a cloud)");
                }
                vms.append(vm);
                continue;
            }
            self(self, child, childConnected);
        }
    };
    if (node)
        walk(walk, node, node->kind() != ResourceKind::Provider || node->providerStatus().state == ProviderState::Connected);
}

void PoolLoadReader::read(const QString &poolId, int windowMinutes)
{
    m_poolId = poolId;
    m_hosts.clear();
    m_vms.clear();
    m_requests.clear();
    m_hostCpus.clear();
    collect(poolId.isEmpty() ? m_inventory->root() : m_inventory->node(ServerPool::nodeId(poolId)), m_pools, m_hosts,
            m_vms, placeable);
    for (const PlacementHost &host : std::as_const(m_hosts))
        m_hostCpus.insert(host.id, host.cpus);
    for (PlacementVm &vm : m_vms)
        vm.lastMovedMs = m_lastMoved.value(ResourceId::fromString(vm.id).nativeId(), 0);

    // The newest live figures first: what stands when the history has nothing for a resource.
    if (m_samples) {
        for (PlacementHost &host : m_hosts) {
            if (const MetricSample *s = m_samples->latest(ResourceId::fromString(host.id))) {
                host.cpuPercent = s->cpuPercent;
                host.memoryUsedKiB = s->memoryUsedKiB > 0 ? quint64(s->memoryUsedKiB) : 0;
            }
        }
        for (PlacementVm &vm : m_vms) {
            const MetricSample *s = m_samples->latest(ResourceId::fromString(vm.id));
            if (s && !std::isnan(s->cpuPercent))
                vm.cpuCores = s->cpuPercent / 100.0 * m_hostCpus.value(vm.hostId);
        }
    }
    if (!m_history) {
        finish();
        return;
    }
    const qint64 now = clock ? clock() : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - qint64(qMax(1, windowMinutes)) * 60'000;
    for (const PlacementHost &host : std::as_const(m_hosts))
        m_requests.insert(m_history->query(ResourceId::fromString(host.id), from, now), host.id);
    for (const PlacementVm &vm : std::as_const(m_vms)) {
        if (vm.running)
            m_requests.insert(m_history->query(ResourceId::fromString(vm.id), from, now), vm.id);
    }
    if (m_requests.isEmpty())
        finish();
}

void PoolLoadReader::onQueryFinished(const HistoryResult &result)
{
    const auto it = m_requests.constFind(result.requestId);
    if (it == m_requests.cend())
        return; // another reader's query, or a superseded read
    const QString id = *it;
    m_requests.erase(it);
    double cpuSum = 0, memorySum = 0;
    int cpuCount = 0, memoryCount = 0;
    for (const HistoryPoint &point : result.points) {
        if (!std::isnan(point.avg.cpuPercent)) {
            cpuSum += point.avg.cpuPercent * point.count;
            cpuCount += point.count;
        }
        if (point.avg.memoryUsedKiB > 0) {
            memorySum += double(point.avg.memoryUsedKiB) * point.count;
            memoryCount += point.count;
        }
    }
    if (cpuCount > 0 || memoryCount > 0) {
        const double cpu = cpuCount > 0 ? cpuSum / cpuCount : NAN;
        if (result.id.kind() == ResourceKind::Host) {
            for (PlacementHost &host : m_hosts) {
                if (host.id != id)
                    continue;
                if (!std::isnan(cpu))
                    host.cpuPercent = cpu;
                if (memoryCount > 0)
                    host.memoryUsedKiB = quint64(memorySum / memoryCount);
            }
        } else if (!std::isnan(cpu)) {
            // A VM's CPU is its share of the whole host: in cores, it is that share of the host's.
            for (PlacementVm &vm : m_vms) {
                if (vm.id == id)
                    vm.cpuCores = cpu / 100.0 * m_hostCpus.value(vm.hostId);
            }
        }
    }
    if (m_requests.isEmpty())
        finish();
}

void PoolLoadReader::finish() { Q_EMIT ready(m_poolId, m_hosts, m_vms); }

} // namespace welkin
