#pragma once

#include "model/ResourceId.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace welkin {

class Inventory;
class InventoryNode;
class LiveSamples;

// The last minutes of CPU% per VM and host, recorded from LiveSamples' latest figures, for the
// sparklines. (LiveSamples keeps one sample; the monitoring work brings real history.)
class SampleHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int capacity = 60;

    SampleHistory(Inventory *inventory, LiveSamples *samples, QObject *parent = nullptr);

    // Oldest first; NaN where a cycle had no figure.
    QList<double> cpuHistory(const ResourceId &id) const { return m_cpu.value(id).values; }

Q_SIGNALS:
    void updated(const QString &providerId);

private:
    struct Series {
        qint64 lastTimestampMs = 0;
        QList<double> values;
    };
    void record(const QString &providerId);
    void recordNode(const InventoryNode *node);

    Inventory *m_inventory;
    LiveSamples *m_samples;
    QHash<ResourceId, Series> m_cpu;
};

} // namespace welkin
