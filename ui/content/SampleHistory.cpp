#include "SampleHistory.h"

#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"

namespace welkin {

SampleHistory::SampleHistory(Inventory *inventory, LiveSamples *samples, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_samples(samples)
{
    if (samples)
        connect(samples, &LiveSamples::samplesUpdated, this, &SampleHistory::record);
    connect(inventory, &Inventory::nodesAboutToBeRemoved, this,
            [this](const InventoryNode *parent, int first, int last) {
                // Forget what disappears, so a long session does not accumulate dead series.
                for (int row = first; row <= last; ++row) {
                    for (const InventoryNode *vm : m_inventory->vmsBelow(parent->child(row)))
                        m_cpu.remove(vm->id());
                    m_cpu.remove(parent->child(row)->id());
                }
            });
}

void SampleHistory::record(const QString &providerId)
{
    if (const InventoryNode *provider = m_inventory->node(ResourceId::provider(providerId)))
        recordNode(provider);
    Q_EMIT updated(providerId);
}

void SampleHistory::recordNode(const InventoryNode *node)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() != ResourceKind::Vm && child->kind() != ResourceKind::Host) {
            recordNode(child);
            continue;
        }
        if (const MetricSample *sample = m_samples->latest(child->id())) {
            Series &series = m_cpu[child->id()];
            if (sample->timestampMs != series.lastTimestampMs) {
                series.lastTimestampMs = sample->timestampMs;
                series.values.append(sample->cpuPercent);
                if (series.values.size() > capacity)
                    series.values.removeFirst();
            }
        }
        if (child->kind() == ResourceKind::Host)
            recordNode(child);
    }
}

} // namespace welkin
