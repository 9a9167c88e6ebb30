#include "MetricsHub.h"

#include "Aggregate.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryRemovals.h"
#include "providers/ProviderManager.h"

#include <QSet>

namespace welkin {

using namespace Qt::StringLiterals;

MetricsHub::MetricsHub(int capacity, QObject *parent) : QObject(parent), m_capacity(capacity) {}

void MetricsHub::attach(ProviderManager *manager)
{
    const auto follow = [this](Provider *provider) {
        connect(provider, &Provider::samplesReady, this, &MetricsHub::ingest);
    };
    for (Provider *provider : manager->providers())
        follow(provider);
    connect(manager, &ProviderManager::providerAdded, this, follow);
    connect(manager, &ProviderManager::providerRemoved, this, &MetricsHub::removeProvider);
}

void MetricsHub::followInventory(const Inventory *inventory)
{
    if (m_removals && m_removals->inventory() == inventory)
        return;
    delete m_removals;
    m_removals = new InventoryRemovals(inventory, this);
    connect(m_removals, &InventoryRemovals::removed, this, [this](const QList<RemovedResource> &gone) {
        for (const RemovedResource &r : gone)
            remove(r.id);
    });
}

qsizetype MetricsHub::pointCount() const
{
    qsizetype points = 0;
    for (const Entry &entry : m_series)
        points += entry.series.size();
    return points;
}

MetricsHub::Entry &MetricsHub::entryFor(const ResourceId &id)
{
    auto it = m_series.find(id);
    if (it == m_series.end()) {
        it = m_series.emplace(id, m_capacity);
        changedLayout();
    }
    return *it;
}

MetricsHub::Entry *MetricsHub::liveEntry(const ResourceId &id)
{
    // A batch measured before a VM was deleted can arrive after the inventory removed it: its
    // figures must not start a series (nor alert states or history rows) that nothing removes.
    if (m_removals && !m_series.contains(id) && !m_removals->inventory()->node(id))
        return nullptr;
    return &entryFor(id);
}

void MetricsHub::remove(const ResourceId &id)
{
    auto it = m_series.find(id);
    if (it == m_series.end())
        return;
    if (it->groups.isEmpty()) {
        m_series.erase(it);
        changedLayout();
    } else {
        it->series.clear(); // still a group member: keep the membership
        it->newest = {};
    }
}

void MetricsHub::ingest(const MetricSamples &samples)
{
    if (samples.isEmpty())
        return;
    const QString providerId = samples.first().id.providerId();
    QSet<QString> touchedGroups;
    BatchOrder &order = m_orders[providerId];
    const bool orderValid = order.layout == m_layout;
    const quint64 layoutBefore = m_layout;
    order.ids.resize(samples.size());
    order.entries.resize(samples.size());
    QList<qsizetype> ghosts;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const MetricSample &sample = samples[i];
        Entry *entry = orderValid && order.ids[i] == sample.id ? order.entries[i] : nullptr;
        if (!entry) {
            entry = liveEntry(sample.id);
            order.ids[i] = sample.id;
        }
        order.entries[i] = entry;
        if (!entry) {
            ghosts.append(i);
            continue;
        }
        record(*entry, sample);
        for (const QString &group : std::as_const(entry->groups))
            touchedGroups.insert(group);
    }
    // Entries added during this batch may have moved the ones remembered before them.
    order.layout = m_layout == layoutBefore ? m_layout : 0;

    MetricSamples all = samples;
    for (qsizetype k = ghosts.size() - 1; k >= 0; --k)
        all.removeAt(ghosts[k]);
    const MetricSample providerAggregate = aggregateProvider(providerId, all);
    record(entryFor(providerAggregate.id), providerAggregate);
    all.append(providerAggregate);
    // Groups span providers: each takes its members' newest figures, whoever polled last.
    for (const QString &group : std::as_const(touchedGroups)) {
        Aggregator aggregator;
        for (const ResourceId &member : m_groups.value(group)) {
            const auto it = m_series.constFind(member);
            if (it != m_series.cend() && !it->series.isEmpty())
                aggregator.add(it->newest);
        }
        const MetricSample aggregate = aggregator.result(groupKey(group), providerAggregate.timestampMs);
        record(entryFor(aggregate.id), aggregate);
        all.append(aggregate);
    }
    Q_EMIT cycleIngested(providerId, all);
}

const LiveSeries *MetricsHub::series(const ResourceId &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() || (it->series.isEmpty() && !it->groups.isEmpty()) ? nullptr : &it->series;
}

const MetricSample *MetricsHub::newest(const ResourceId &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() || it->series.isEmpty() ? nullptr : &it->newest;
}

std::optional<MetricSample> MetricsHub::latest(const ResourceId &id) const
{
    const MetricSample *sample = newest(id);
    return sample ? std::optional<MetricSample>(*sample) : std::nullopt;
}

void MetricsHub::record(Entry &entry, const MetricSample &sample)
{
    entry.series.append(sample);
    entry.newest = sample;
}

void MetricsHub::setGroups(const QHash<QString, QList<ResourceId>> &groups)
{
    // Series of groups that are gone go too; members keep theirs.
    changedLayout();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (!groups.contains(it.key()))
            m_series.remove(groupKey(it.key()));
    for (auto it = m_series.begin(); it != m_series.end();) {
        it->groups.clear();
        // Members without figures existed only for their membership.
        it = it->series.isEmpty() ? m_series.erase(it) : std::next(it);
    }
    m_groups = groups;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        for (const ResourceId &member : it.value())
            entryFor(member).groups.append(it.key());
}

ResourceId MetricsHub::groupKey(const QString &groupId)
{
    // Not a provider's resource: a reserved provider id no connection can take ("welkin:" is no
    // URI scheme Welkin opens), so keys never collide with real resources.
    return ResourceId(u"welkin:groups"_s, ResourceKind::Project, groupId);
}

void MetricsHub::removeProvider(const QString &providerId)
{
    changedLayout();
    m_orders.remove(providerId);
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (it.key().providerId() != providerId) {
            ++it;
        } else if (!it->groups.isEmpty()) {
            it->series.clear(); // a group member: the membership stays
            it->newest = {};
            ++it;
        } else {
            it = m_series.erase(it);
        }
    }
}

} // namespace welkin
