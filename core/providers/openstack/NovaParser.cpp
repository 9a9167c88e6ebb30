#include "NovaParser.h"

#include "KeystoneToken.h"
#include "model/JsonId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenStack", text);
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

QString ofLimit(const QJsonObject &a, const QString &used, const QString &max, const QString &unit = {})
{
    const qint64 limit = a.value(max).toInteger(-1);
    const QString u = unit.isEmpty() ? QString() : u' ' + unit;
    if (!a.contains(used))
        return limit < 0 ? tr("unlimited") : QString::number(limit) + u;
    const QString usedText = QString::number(a.value(used).toInteger()) + u;
    return limit < 0 ? tr("%1 (unlimited)").arg(usedText) : tr("%1 of %2").arg(usedText, QString::number(limit) + u);
}

QString skippedWithoutId(const char *what, const QJsonObject &o, const QString &nameKey)
{
    const QString name = o.value(nameKey).toString();
    return name.isEmpty() ? tr("%1 without a usable \"id\"").arg(tr(what))
                          : tr("%1 \"%2\" without a usable \"id\"").arg(tr(what), name);
}

} // namespace

namespace Nova {

QString idOf(const QJsonObject &object)
{
    return jsonId(object.value(u"id"_s));
}

QList<QJsonObject> newServersOfPage(const QJsonObject &page, QSet<QString> &seen, QStringList &skipped)
{
    QList<QJsonObject> servers;
    for (const QJsonValue &v : page.value(u"servers"_s).toArray()) {
        const QJsonObject server = v.toObject();
        const QString id = idOf(server);
        if (id.isEmpty()) {
            skipped.append(skippedWithoutId(QT_TRANSLATE_NOOP("OpenStack", "server"), server, u"name"_s));
            continue;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            servers.append(server);
        }
    }
    return servers;
}

std::optional<VersionRange> parseVersionDocument(const QJsonObject &doc, QString &error)
{
    QJsonObject chosen = doc.value(u"version"_s).toObject();
    if (chosen.isEmpty()) {
        for (const QJsonValue &v : doc.value(u"versions"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"status"_s).toString() == u"CURRENT"_s || o.value(u"id"_s).toString() == u"v2.1"_s)
                chosen = o;
        }
    }
    if (chosen.isEmpty()) {
        error = tr("The compute service's version document lists no usable API version");
        return std::nullopt;
    }
    return VersionRange{chosen.value(u"min_version"_s).toString(), chosen.value(u"version"_s).toString()};
}

int compareMicroversions(const QString &a, const QString &b)
{
    const int aMajor = a.section(u'.', 0, 0).toInt(), bMajor = b.section(u'.', 0, 0).toInt();
    if (aMajor != bMajor)
        return aMajor < bMajor ? -1 : 1;
    const int aMinor = a.section(u'.', 1, 1).toInt(), bMinor = b.section(u'.', 1, 1).toInt();
    return aMinor == bMinor ? 0 : (aMinor < bMinor ? -1 : 1);
}

QString negotiateMicroversion(const VersionRange &range, const QString &preferred)
{
    if (range.maxVersion.isEmpty())
        return {};
    if (compareMicroversions(preferred, range.maxVersion) > 0)
        return range.maxVersion;
    if (!range.minVersion.isEmpty() && compareMicroversions(preferred, range.minVersion) < 0)
        return range.minVersion;
    return preferred;
}

QHash<QString, Flavor> parseFlavors(const QJsonObject &doc)
{
    QHash<QString, Flavor> flavors;
    for (const QJsonValue &v : doc.value(u"flavors"_s).toArray()) {
        const QJsonObject f = v.toObject();
        const Flavor flavor{idOf(f), f.value(u"name"_s).toString(), f.value(u"vcpus"_s).toInt(),
                            f.value(u"ram"_s).toInteger(), f.value(u"disk"_s).toInteger()};
        flavors.insert(flavor.id, flavor);
    }
    return flavors;
}

bool isDeletedStatus(const QString &status)
{
    return status == u"DELETED"_s || status == u"SOFT_DELETED"_s;
}

PowerState powerStateFor(const QString &status, const QString &taskState)
{
    if (status == u"ACTIVE"_s) {
        if (taskState == u"powering-off"_s)
            return PowerState::ShuttingDown;
        return PowerState::Running;
    }
    if (status == u"REBOOT"_s || status == u"HARD_REBOOT"_s || status == u"RESCUE"_s || status == u"PASSWORD"_s)
        return PowerState::Running;
    if (status == u"SHUTOFF"_s || status == u"SHELVED"_s || status == u"SHELVED_OFFLOADED"_s
        || status == u"SOFT_DELETED"_s || status == u"DELETED"_s)
        return PowerState::ShutOff;
    if (status == u"PAUSED"_s)
        return PowerState::Paused;
    if (status == u"SUSPENDED"_s)
        return PowerState::Suspended;
    if (status == u"ERROR"_s)
        return PowerState::Error;
    if (status == u"BUILD"_s || status == u"REBUILD"_s)
        return PowerState::Building;
    if (status == u"MIGRATING"_s || status == u"RESIZE"_s || status == u"VERIFY_RESIZE"_s
        || status == u"REVERT_RESIZE"_s)
        return PowerState::Migrating;
    return PowerState::Unknown;
}

QString imageIdOf(const QJsonObject &server)
{
    return idOf(server.value(u"image"_s).toObject());
}

Resource serverToResource(const QJsonObject &s, const ServerContext &context)
{
    Resource r;
    const QString id = idOf(s);
    r.id = ResourceId(context.providerId, ResourceKind::Vm, id);
    r.parent = context.parent;
    r.name = s.value(u"name"_s).toString();
    VmInfo vm;
    vm.uuid = id;
    const QString status = s.value(u"status"_s).toString();
    const QString task = s.value(u"OS-EXT-STS:task_state"_s).toString();
    vm.state = powerStateFor(status, task);
    const QString statusText = task.isEmpty() ? status : status + u'/' + task;
    const QString fault = s.value(u"fault"_s).toObject().value(u"message"_s).toString();
    // The row's tooltip shows the reason: an ERROR server says why ("No valid host was found…").
    vm.stateReason = status == u"ERROR"_s && !fault.isEmpty() ? status + u": "_s + fault : statusText;
    vm.title = s.value(u"description"_s).toString();

    const QJsonObject flavor = s.value(u"flavor"_s).toObject();
    QString flavorName = flavor.value(u"original_name"_s).toString();
    if (flavor.contains(u"vcpus"_s) || flavor.contains(u"original_name"_s)) { // embedded (2.47+)
        vm.vcpus = flavor.value(u"vcpus"_s).toInt();
        vm.memoryKiB = static_cast<quint64>(flavor.value(u"ram"_s).toInteger()) * 1024;
    } else if (context.flavors) {
        const auto it = context.flavors->constFind(idOf(flavor));
        if (it != context.flavors->cend()) {
            vm.vcpus = it->vcpus;
            vm.memoryKiB = static_cast<quint64>(it->ramMiB) * 1024;
            flavorName = it->name;
        } else {
            flavorName = idOf(flavor);
        }
    }
    vm.maxMemoryKiB = vm.memoryKiB;

    const QJsonObject addresses = s.value(u"addresses"_s).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        NicInfo nic;
        nic.type = u"network"_s;
        nic.source = it.key();
        for (const QJsonValue &a : it.value().toArray()) {
            const QJsonObject address = a.toObject();
            nic.ips.append(address.value(u"addr"_s).toString());
            if (nic.mac.isEmpty())
                nic.mac = address.value(u"OS-EXT-IPS-MAC:mac_addr"_s).toString();
        }
        vm.nics.append(nic);
    }

    const QString imageId = imageIdOf(s);
    QString imageName = context.imageNames ? context.imageNames->value(imageId) : QString();
    if (imageName.isEmpty())
        imageName = imageId;
    vm.osName = imageName;
    if (vm.state == PowerState::Running) {
        const QDateTime launched = parseTimestamp(s.value(u"OS-SRV-USG:launched_at"_s).toString());
        vm.startedAtMs = launched.isValid() ? launched.toMSecsSinceEpoch() : 0;
    }

    auto detail = [&vm](const char *label, const QString &value) {
        if (!value.isEmpty())
            vm.details.insert(QCoreApplication::translate("OpenStack", label), value);
    };
    detail(QT_TRANSLATE_NOOP("OpenStack", "Status"), statusText);
    detail(QT_TRANSLATE_NOOP("OpenStack", "Flavor"), flavorName);
    detail(QT_TRANSLATE_NOOP("OpenStack", "Image"), imageId.isEmpty() ? tr("(boot from volume)") : imageName);
    detail(QT_TRANSLATE_NOOP("OpenStack", "Key pair"), s.value(u"key_name"_s).toString());
    detail(QT_TRANSLATE_NOOP("OpenStack", "Hypervisor host"), s.value(u"OS-EXT-SRV-ATTR:hypervisor_hostname"_s).toString());
    detail(QT_TRANSLATE_NOOP("OpenStack", "Compute host"), s.value(u"OS-EXT-SRV-ATTR:host"_s).toString());
    detail(QT_TRANSLATE_NOOP("OpenStack", "Availability zone"), s.value(u"OS-EXT-AZ:availability_zone"_s).toString());
    detail(QT_TRANSLATE_NOOP("OpenStack", "Created"), s.value(u"created"_s).toString());
    detail(QT_TRANSLATE_NOOP("OpenStack", "Fault"), fault);
    if (s.value(u"locked"_s).toBool())
        detail(QT_TRANSLATE_NOOP("OpenStack", "Locked"), s.value(u"locked_reason"_s).toString().isEmpty()
                                                           ? tr("yes") : s.value(u"locked_reason"_s).toString());
    r.info = vm;
    return r;
}

QMap<QString, QString> limitsDetails(const QJsonObject &doc)
{
    const QJsonObject a = doc.value(u"limits"_s).toObject().value(u"absolute"_s).toObject();
    QMap<QString, QString> details;
    if (a.isEmpty())
        return details;
    details.insert(tr("Instances"), ofLimit(a, u"totalInstancesUsed"_s, u"maxTotalInstances"_s));
    details.insert(tr("vCPUs"), ofLimit(a, u"totalCoresUsed"_s, u"maxTotalCores"_s));
    details.insert(tr("RAM"), ofLimit(a, u"totalRAMUsed"_s, u"maxTotalRAMSize"_s, u"MiB"_s));
    details.insert(tr("Key pairs"), ofLimit(a, u"totalKeypairsUsed"_s, u"maxTotalKeypairs"_s));
    details.insert(tr("Server groups"), ofLimit(a, u"totalServerGroupsUsed"_s, u"maxServerGroups"_s));
    return details;
}

Resource hypervisorToResource(const QJsonObject &h, const QString &providerId, const ResourceId &region)
{
    Resource r;
    r.id = ResourceId(providerId, ResourceKind::Host, region.nativeId() + u'/' + idOf(h));
    r.parent = region;
    r.name = h.value(u"hypervisor_hostname"_s).toString();
    HostInfo host;
    host.hostname = r.name;
    host.hypervisor = h.value(u"hypervisor_type"_s).toString();
    host.hypervisorVersion = text(h, u"hypervisor_version"_s);
    host.cpus = h.value(u"vcpus"_s).toInt();
    host.memoryKiB = static_cast<quint64>(h.value(u"memory_mb"_s).toInteger()) * 1024;
    const QJsonValue cpuInfo = h.value(u"cpu_info"_s);
    const QJsonObject cpu = cpuInfo.isObject() ? cpuInfo.toObject()
                                               : QJsonDocument::fromJson(cpuInfo.toString().toUtf8()).object();
    host.cpuModel = cpu.value(u"model"_s).toString();
    const QJsonObject topology = cpu.value(u"topology"_s).toObject();
    host.sockets = topology.value(u"sockets"_s).toInt();
    host.cores = topology.value(u"cores"_s).toInt();
    host.threads = topology.value(u"threads"_s).toInt();
    auto detail = [&host](const QString &label, const QString &value) {
        if (!value.isEmpty())
            host.details.insert(label, value);
    };
    detail(tr("State"), h.value(u"state"_s).toString());
    detail(tr("Status"), h.value(u"status"_s).toString());
    detail(tr("Host IP"), h.value(u"host_ip"_s).toString());
    if (h.contains(u"running_vms"_s))
        detail(tr("Running VMs"), text(h, u"running_vms"_s));
    if (h.contains(u"vcpus_used"_s))
        detail(tr("vCPUs used"), tr("%1 of %2").arg(text(h, u"vcpus_used"_s), text(h, u"vcpus"_s)));
    if (h.contains(u"memory_mb_used"_s))
        detail(tr("Memory used"), tr("%1 of %2 MiB").arg(text(h, u"memory_mb_used"_s), text(h, u"memory_mb"_s)));
    r.info = host;
    return r;
}

QList<Resource> hypervisorsToResources(const QJsonObject &doc, const QString &providerId, const ResourceId &region,
                                       QStringList &skipped)
{
    QList<Resource> hosts;
    for (const QJsonValue &v : doc.value(u"hypervisors"_s).toArray()) {
        const QJsonObject h = v.toObject();
        if (idOf(h).isEmpty())
            skipped.append(skippedWithoutId(QT_TRANSLATE_NOOP("OpenStack", "hypervisor"), h, u"hypervisor_hostname"_s));
        else
            hosts.append(hypervisorToResource(h, providerId, region));
    }
    return hosts;
}

} // namespace Nova

namespace Glance {

VmSnapshot imageToSnapshot(const QJsonObject &image)
{
    VmSnapshot snapshot;
    snapshot.id = Nova::idOf(image);
    snapshot.name = image.value(u"name"_s).toString();
    snapshot.description = image.value(u"description"_s).toString();
    snapshot.created = parseTimestamp(image.value(u"created_at"_s).toString());
    snapshot.memory = u"no"_s;
    snapshot.status = image.value(u"status"_s).toString();
    snapshot.ready = snapshot.status == u"active"_s;
    const qint64 size = image.value(u"size"_s).toInteger(-1);
    snapshot.sizeBytes = size >= 0 ? size : -1;
    return snapshot;
}

QList<VmSnapshot> serverSnapshotsOfPage(const QJsonObject &page, const QString &serverId, QSet<QString> &seen,
                                        QStringList &skipped)
{
    QList<VmSnapshot> snapshots;
    if (serverId.isEmpty())
        return snapshots;
    for (const QJsonValue &v : page.value(u"images"_s).toArray()) {
        const QJsonObject image = v.toObject();
        if (image.value(u"instance_uuid"_s).toString() != serverId)
            continue;
        const QString id = Nova::idOf(image);
        if (id.isEmpty()) {
            skipped.append(skippedWithoutId(QT_TRANSLATE_NOOP("OpenStack", "image"), image, u"name"_s));
        } else if (!seen.contains(id)) {
            seen.insert(id);
            snapshots.append(imageToSnapshot(image));
        }
    }
    return snapshots;
}

QString nextPageQuery(const QJsonObject &page)
{
    const QString next = page.value(u"next"_s).toString();
    return next.isEmpty() ? QString() : QUrl(next).query(QUrl::FullyEncoded);
}

} // namespace Glance

} // namespace welkin::openstack
