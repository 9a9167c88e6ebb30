#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QObject>

namespace welkin {

class Inventory;
class LiveSamples;

// The last minutes of the CPU figure (Metric::Cpu) per VM and host, for the sparklines: read from the live samples'
// hub (the one owner of live points), never copied.
class SampleHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int capacity = 60;

    // Series of resources the inventory removes are dropped by the hub (followInventory).
    SampleHistory(Inventory *inventory, LiveSamples *samples, QObject *parent = nullptr);

    // Up to `capacity` values, oldest first; NaN where a cycle had no figure.
    QList<double> cpuHistory(const ResourceId &id) const;

Q_SIGNALS:
    void updated(const QString &providerId);

private:
    LiveSamples *m_samples;
};

} // namespace welkin
