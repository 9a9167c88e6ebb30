#pragma once

#include "metrics/HistoryTypes.h"
#include "placement/PlacementTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace welkin {

class HistoryStore;
class Inventory;
class InventoryNode;
class LiveSamples;
class PoolStore;

// What the planners need to know about one server pool: its hosts (capacity, maintenance,
// connected) and running VMs from the Inventory, and their loads averaged over the policy's
// window from the stored history. GUI thread; the history answers on its writer thread, so a
// read never blocks. Without history (or none stored yet) the newest live sample stands in.
class PoolLoadReader : public QObject
{
    Q_OBJECT
public:
    PoolLoadReader(Inventory *inventory, PoolStore *pools, HistoryStore *history = nullptr,
                   LiveSamples *samples = nullptr, QObject *parent = nullptr);

    // Starts reading pool `poolId` (empty: every connection); ready() follows. A new read
    // supersedes one still running.
    void read(const QString &poolId, int windowMinutes);
    // The hosts and VMs below `node` (a pool, a connection or the whole tree), without loads.
    // Hosts of connections that are not `placeable` take no VMs and their VMs stay put.
    static void collect(const InventoryNode *node, const PoolStore *pools, QList<PlacementHost> &hosts,
                        QList<PlacementVm> &vms, const std::function<bool(const QString &providerId)> &placeable = {});

    // Which connections Welkin may move VMs between (libvirt ones; clouds place their own).
    // Unset: every connection.
    std::function<bool(const QString &providerId)> placeable;

    // When a VM (by UUID) last moved: the planners' cooldown. Kept for this run of the app.
    void recordMove(const QString &vmNativeId, qint64 whenMs) { m_lastMoved.insert(vmNativeId, whenMs); }

    // ms since the epoch (tests inject one that matches their stored history).
    std::function<qint64()> clock;

Q_SIGNALS:
    void ready(const QString &poolId, const QList<welkin::PlacementHost> &hosts, const QList<welkin::PlacementVm> &vms);

private:
    void onQueryFinished(const HistoryResult &result);
    void finish();

    Inventory *m_inventory;
    PoolStore *m_pools;
    QPointer<HistoryStore> m_history;
    QPointer<LiveSamples> m_samples;
    QHash<QString, qint64> m_lastMoved;

    // The read in progress.
    QString m_poolId;
    QList<PlacementHost> m_hosts;
    QList<PlacementVm> m_vms;
    QHash<quint64, QString> m_requests; // history request -> host or VM id string
    QHash<QString, int> m_hostCpus;     // host id -> cores, for VMs' shares of their host
};

} // namespace welkin
