#pragma once

#include "metrics/MetricSample.h"
#include "model/ResourceId.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace welkin::openstack {

// Nova's monitoring answers -> figures: server diagnostics, hypervisor figures, quotas, instance
// actions. Pure functions, no I/O; every field may be missing, null or of another type.
namespace NovaFigures {

// One GET /servers/{id}/diagnostics answer, either shape: the standard one from microversion 2.48
// (num_cpus, cpu_details, memory_details, disk_details, nic_details) or the driver's own keys
// before it (libvirt: "cpu0_time", "vda_read", "tap…_rx", "memory", "memory-actual"…).
struct Diagnostics {
    bool standard = false;             // the 2.48 shape
    int cpus = 0;                      // vCPUs the answer names; 0 = not said
    std::optional<quint64> cpuTimeNs;  // summed over the vCPUs
    double cpuUtilisation = NAN;       // mean "utilisation" of the vCPUs (%), when the driver gives it
    qint64 memoryTotalKiB = -1;
    qint64 memoryUsedKiB = -1;
    std::optional<quint64> diskReadBytes, diskWriteBytes, netRxBytes, netTxBytes; // summed counters
};
// `flavorMemoryKiB` (0 = unknown) settles the memory unit: the API says MiB, but Nova's libvirt
// driver divides KiB by 2^20 and its fake driver sends KiB; the scale that lands nearest the
// flavor's RAM wins, MiB when nothing is close.
Diagnostics parseDiagnostics(const QJsonObject &body, quint64 flavorMemoryKiB);

// Figures of each /os-hypervisors/detail entry that still carries them (they are gone from
// microversion 2.88: then none, never zeros). cpuPercent is the vCPU allocation (vcpus_used /
// vcpus), not a measured load: Nova knows nothing more.
MetricSamples hypervisorSamples(const QJsonObject &doc, const QString &providerId, const ResourceId &region,
                                qint64 timestampMs);
// hypervisor_hostname -> vcpus of the same answer (0 = not said), for the host share of a server.
QHash<QString, int> hypervisorCpus(const QJsonObject &doc);

// GET /limits -> the machine keys of model/QuotaFigures.h; keyPairsUsed -1 = not counted.
QMap<QString, QString> quotaDetails(const QJsonObject &limitsDoc, int keyPairsUsed);
// How many key pairs a GET /os-keypairs answer lists; -1 when it is no such answer.
int keyPairCount(const QJsonObject &doc);

struct InstanceAction {
    QString action;     // "stop", "confirmResize", "live-migration"…
    QString requestId;  // "req-…"
    QString userId;
    QString message;    // "" unless it failed ("Error")
    QDateTime started;  // UTC; invalid when not given
};
// GET /servers/{id}/os-instance-actions, newest first as Nova lists them; entries without a
// request_id are left out (nothing could tell them apart).
QList<InstanceAction> parseInstanceActions(const QJsonObject &doc);
// "stop", "confirm resize", "live migration"… (translated); unknown names as they are.
QString actionVerb(const QString &action);
// "stop of web-01 by user admin (req-…)"; failed actions say so with Nova's message.
QString actionMessage(const InstanceAction &action, const QString &serverName, const QString &userName);

} // namespace NovaFigures

} // namespace welkin::openstack
