#pragma once

#include "metrics/MetricSample.h"
#include "model/Resource.h"
#include "model/VmSnapshot.h"
#include "providers/ProviderEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace welkin::cloudstack {

// Turns CloudStack API objects (zone, pod, cluster, host, virtualmachine, event, vmSnapshot) into
// Welkin's model. Only stable fields go into Resources (so a poll without changes yields no delta);
// the moving figures (cpuused, counters) become MetricSamples. Each mapper returns false with a
// specific message when a field Welkin needs is missing or has the wrong type.
class Mapper
{
public:
    explicit Mapper(QString providerId);

    const QString &providerId() const { return m_providerId; }
    ResourceId id(ResourceKind kind, const QString &nativeId) const { return {m_providerId, kind, nativeId}; }

    bool zone(const QJsonObject &object, Resource &out, QString &error) const;
    bool pod(const QJsonObject &object, Resource &out, QString &error) const;
    bool cluster(const QJsonObject &object, Resource &out, QString &error) const;
    // Parent: the cluster, else the pod, else the zone it names.
    bool host(const QJsonObject &object, Resource &out, QString &error) const;
    // Parent: the host it runs on, else its zone. Named by its display name.
    bool vm(const QJsonObject &object, Resource &out, QString &error) const;
    // Whether a running VM mapped by vm() may be scaled (isdynamicallyscalable).
    static bool dynamicallyScalable(const VmInfo &vm);
    bool event(const QJsonObject &object, ProviderEvent &out, QString &error) const;
    // One VMSnapshotResponse; false with `error` when it has no usable id. Lenient otherwise:
    // a field of the wrong type counts as absent.
    static bool vmSnapshot(const QJsonObject &object, VmSnapshot &out, QString &error);
    // listVMSnapshot's "vmSnapshot" value: its usable entries in the order sent; each entry that
    // cannot be shown (and a value that is not a list) adds its reason to `skipped`. Absent or
    // null is an empty list (CloudStack leaves the array out then).
    static QList<VmSnapshot> vmSnapshots(const QJsonValue &items, QStringList &skipped);

    // cpuused ("12.3%") and memory figures of a VM; host figures of a host.
    MetricSample vmSample(const QJsonObject &object, qint64 timestampMs) const;
    MetricSample hostSample(const QJsonObject &object, qint64 timestampMs) const;

    static PowerState powerState(const QString &cloudStackState);
    // true or "true" (booleans sometimes come as strings); anything else is false.
    static bool flag(const QJsonValue &value);
    // "12.3%", "12.3", 12.3 -> 12.3; NaN when absent or unreadable.
    static double percent(const QJsonValue &value);
    // "2011-03-10T18:20:25-0800" (no colon in the offset); invalid when unreadable.
    static QDateTime parseTime(const QString &text);

private:
    bool identify(const QJsonObject &object, const char *what, ResourceKind kind, Resource &out,
                  QString &error) const;

    QString m_providerId;
};

} // namespace welkin::cloudstack
