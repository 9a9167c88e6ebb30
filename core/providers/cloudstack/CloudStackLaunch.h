#pragma once

#include "providers/CloudLaunch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace welkin::cloudstack {

// What a zone offers a new VM, read from the list* answers (listZones, listServiceOfferings,
// listTemplates, listNetworks, listSSHKeyPairs, listSecurityGroups). Each reader keeps the usable
// entries in the order sent; an entry it cannot offer (not an object, no usable id or name) adds
// its reason to `skipped`. Entries CloudStack cannot deploy from are left out silently: templates
// not ready yet, custom offerings (they need figures the form does not ask for), networks not
// usable for deployment.
QList<CloudOption> zoneOptions(const QJsonArray &items, QStringList &skipped);
QList<CloudOption> offeringOptions(const QJsonArray &items, QStringList &skipped);
// One entry per template (listTemplates lists a template once per zone and image store).
QList<CloudOption> templateOptions(const QJsonArray &items, QStringList &skipped);
// The one marked isdefault is preselected, else the first.
QList<CloudOption> networkOptions(const QJsonArray &items, QStringList &skipped);
// id = name: deployVirtualMachine takes the key pair's name.
QList<CloudOption> keyPairOptions(const QJsonArray &items, QStringList &skipped);
// id = name (securitygroupnames); "default" is preselected.
QList<CloudOption> securityGroupOptions(const QJsonArray &items, QStringList &skipped);

// What the form needs to know about a zone beyond its name.
struct ZoneTraits {
    bool advanced = false;       // networktype Advanced: a VM needs a network
    bool securityGroups = false; // securitygroupsenabled
};
ZoneTraits zoneTraits(const QJsonObject &zone);

// "2 vCPUs · 4 GiB RAM"
QString sizeDetail(int vcpus, qint64 memoryMiB);
// A host name CloudStack accepts for `displayName` (NetUtils.verifyDomainNameLabel: letters,
// digits and hyphens, 1 to 63 characters, no hyphen at either end, not starting with a digit):
// the name itself when it is one, else the closest such name ("Web server 1" -> "web-server-1").
QString hostNameFor(const QString &displayName);

} // namespace welkin::cloudstack
