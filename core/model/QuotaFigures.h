#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace welkin {

// Quotas as numbers, for gauges. A provider puts them into a group's details (GroupInfo::details,
// e.g. an OpenStack project) next to the labelled text ("Instances": "3 of 10"), under machine keys
// that views listing details leave out (isQuotaKey):
//
//   "quota.<name>.used"  whole number as text: how much the group uses now
//   "quota.<name>.max"   whole number as text: the limit; -1 = unlimited
//
// A key left out means the cloud did not say. Names (OpenStack /limits):
//   instances     servers            maxTotalInstances / totalInstancesUsed
//   cores         vCPUs              maxTotalCores / totalCoresUsed
//   ramMiB        RAM in MiB         maxTotalRAMSize / totalRAMUsed
//   keyPairs      key pairs (user)   maxTotalKeypairs / the user's key pairs counted on full polls
//   serverGroups  server groups      maxServerGroups / totalServerGroupsUsed
namespace quota {

inline constexpr char instances[] = "instances";
inline constexpr char cores[] = "cores";
inline constexpr char ramMiB[] = "ramMiB";
inline constexpr char keyPairs[] = "keyPairs";
inline constexpr char serverGroups[] = "serverGroups";

QString usedKey(const QString &name); // "quota.instances.used"
QString maxKey(const QString &name);  // "quota.instances.max"
bool isQuotaKey(const QString &detailKey);

struct Figure {
    QString name;       // "instances"
    qint64 used = -1;   // -1 = not known
    qint64 max = -1;    // -1 = unlimited (or not known when !hasMax)
    bool hasMax = false;
    bool unlimited() const { return hasMax && max < 0; }
};

// The figures found in `details`, in the order of the names above, then any others by name.
QList<Figure> figures(const QMap<QString, QString> &details);

} // namespace quota

} // namespace welkin
