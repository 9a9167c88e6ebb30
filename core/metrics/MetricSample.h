#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QMetaType>

#include <cmath>

namespace welkin {

// One poll's figures for a VM or a host. NaN / -1 mean "not measured this cycle".
struct MetricSample {
    ResourceId id;
    qint64 timestampMs = 0;          // wall clock, ms since epoch
    double cpuPercent = NAN;         // share of the whole host (VM) or host utilisation (host)
    double cpuGuestPercent = NAN;    // share of the VM's own vCPUs
    qint64 memoryUsedKiB = -1;
    qint64 memoryTotalKiB = -1;
    double diskReadBps = NAN;
    double diskWriteBps = NAN;
    double netRxBps = NAN;
    double netTxBps = NAN;
    int runningVms = -1;             // hosts only
};

using MetricSamples = QList<MetricSample>;

} // namespace welkin

Q_DECLARE_METATYPE(welkin::MetricSample)
Q_DECLARE_METATYPE(welkin::MetricSamples)
