#pragma once

#include "LiveSeries.h"
#include "MetricSample.h"

#include <QHash>
#include <QObject>

namespace welkin {

class Inventory;
class InventoryRemovals;
class ProviderManager;

// The live figures of every resource on the GUI thread: one LiveSeries (ring buffer) per
// ResourceId, plus aggregate series per provider (ResourceId::provider) and per user group
// (groupKey()). Providers' batches arrive through ingest(); the hub announces each batch once
// (cycleIngested, with the aggregates appended), so history, alerts and views do one pass per
// poll cycle, never one signal per VM.
//
// Memory per VM at the default 300 points (10 min at 2 s): 300 x 32 B = 9,600 B of points
// (LiveSeries) + ~150 B of entry, hash node and key ≈ 9.5 KiB; 10,000 VMs ≈ 95 MiB (measured
// RSS growth in bench_metrics: see the report there). Allocated on a resource's first sample,
// freed by removeProvider() / remove(), and when the inventory removes the resource
// (followInventory()). The hub is the one place live points are kept: LiveSamples and the
// sparklines read from it.
class MetricsHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultCapacity = 300;

    explicit MetricsHub(int capacity = defaultCapacity, QObject *parent = nullptr);

    // Follows every provider the manager has and will have (samplesReady -> ingest) and forgets
    // a provider's series when it is removed.
    void attach(ProviderManager *manager);

    // Forgets a resource's series when `inventory` removes it (deleted VM, vanished host), and
    // drops figures of resources it does not have (a late batch), so they start nothing.
    // Following the same inventory twice changes nothing.
    void followInventory(const Inventory *inventory);

    // One poll cycle of one provider (all samples share its providerId).
    void ingest(const MetricSamples &samples);

    const LiveSeries *series(const ResourceId &id) const;
    // The newest sample (with its id), in full precision (the series keeps floats); nullptr /
    // nullopt when none yet. The pointer is valid until the next ingest or removal.
    const MetricSample *newest(const ResourceId &id) const;
    std::optional<MetricSample> latest(const ResourceId &id) const;
    QList<ResourceId> ids() const { return m_series.keys(); }
    int capacity() const { return m_capacity; }
    int seriesCount() const { return int(m_series.size()); }
    // Points held in every series (memory tests, the soak benchmark).
    qsizetype pointCount() const;

    // User groups (id -> members). Their aggregates are kept under groupKey(id).
    void setGroups(const QHash<QString, QList<ResourceId>> &groups);
    static ResourceId groupKey(const QString &groupId);

    void remove(const ResourceId &id);
    void removeProvider(const QString &providerId);

Q_SIGNALS:
    // After a batch went into the buffers; `samples` = the batch, then the provider's aggregate,
    // then the aggregates of the groups the batch touched.
    void cycleIngested(const QString &providerId, const welkin::MetricSamples &samples);

private:
    // A resource's buffer and the user groups it belongs to: one hash look-up per sample.
    struct Entry {
        explicit Entry(int capacity) : series(capacity) {}
        LiveSeries series;
        MetricSample newest; // valid while the series is not empty
        QStringList groups;
    };
    Entry &entryFor(const ResourceId &id);
    Entry *liveEntry(const ResourceId &id); // nullptr: a resource the followed inventory lost
    static void record(Entry &entry, const MetricSample &sample);
    void changedLayout() { ++m_layout; } // inserts and erases may move a QHash's nodes

    // A provider sends its resources in the same order each cycle: remembering where the last
    // batch's entries live turns 10,000 hash look-ups (hashing ~60-character ids) into 10,000
    // id comparisons. Valid while no entry was inserted or erased since (m_layout unchanged).
    struct BatchOrder {
        QList<ResourceId> ids;
        QList<Entry *> entries;
        quint64 layout = 0;
    };

    int m_capacity;
    QHash<ResourceId, Entry> m_series;
    QHash<QString, BatchOrder> m_orders;
    quint64 m_layout = 1;
    QHash<QString, QList<ResourceId>> m_groups;
    InventoryRemovals *m_removals = nullptr;
};

} // namespace welkin
