#include "MetricsHub.h"

#include "Aggregate.h"
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

MetricsHub::Entry &MetricsHub::entryFor(const ResourceId &id)
{
    auto it = m_series.find(id);
    if (it == m_series.end()) {
        it = m_series.emplace(id, m_capacity);
        changedLayout();
    }
    return *it;
}

void MetricsHub::remove(const ResourceId &id)
{
    auto it = m_series.find(id);
    if (it == m_series.end())
        return;
    if (it->groups.isEmpty()) {
        m_series.erase(it);
        changedLayout();
    } else
        it->series.clear(); // still a group member: keep the membership
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
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const MetricSample &sample = samples[i];
        Entry *entry = orderValid && order.ids[i] == sample.id ? order.entries[i] : nullptr;
        if (!entry) {
            entry = &entryFor(sample.id);
            order.ids[i] = sample.id;
        }
        order.entries[i] = entry;
        entry->series.append(sample);
        for (const QString &group : std::as_const(entry->groups))
            touchedGroups.insert(group);
    }
    // Entries added during this batch may have moved the ones remembered before them.
    order.layout = m_layout == layoutBefore ? m_layout : 0;

    MetricSamples all = samples;
    const MetricSample providerAggregate = aggregateProvider(providerId, samples);
    entryFor(providerAggregate.id).series.append(providerAggregate);
    all.append(providerAggregate);
    // Groups span providers: each takes its members' newest figures, whoever polled last.
    for (const QString &group : std::as_const(touchedGroups)) {
        Aggregator aggregator;
        for (const ResourceId &member : m_groups.value(group)) {
            const auto it = m_series.constFind(member);
            if (it != m_series.cend() && !it->series.isEmpty()) {
                MetricSample s = it->series.latest();
                s.id = member;
                aggregator.add(s);
            }
        }
        const MetricSample aggregate = aggregator.result(groupKey(group), providerAggregate.timestampMs);
        entryFor(aggregate.id).series.append(aggregate);
        all.append(aggregate);
    }
    Q_EMIT cycleIngested(providerId, all);
}

const LiveSeries *MetricsHub::series(const ResourceId &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() || (it->series.isEmpty() && !it->groups.isEmpty()) ? nullptr : &it->series;
}

std::optional<MetricSample> MetricsHub::latest(const ResourceId &id) const
{
    const LiveSeries *s = series(id);
    if (!s || s->isEmpty())
        return std::nullopt;
    MetricSample sample = s->latest();
    sample.id = id;
    return sample;
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
            ++it;
        } else {
            it = m_series.erase(it);
        }
    }
}

} // namespace welkin
