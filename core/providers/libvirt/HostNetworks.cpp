#include "HostNetworks.h"

#include "HostJob.h"
#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "manage/NetworkXml.h"

#include <QDateTime>

#include <libvirt/virterror.h>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace welkin::libvirt;

namespace {

JobOutcome lookupNetwork(virConnectPtr conn, const QString &name, NetworkHandle *network)
{
    network->reset(virNetworkLookupByName(conn, name.toUtf8().constData()));
    if (!*network)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not find network '%1'").arg(name)));
    return JobOutcome::success();
}

JobOutcome networkCall(virConnectPtr conn, const QString &name, const QString &whatFailed,
                       const std::function<int(virNetworkPtr)> &call)
{
    NetworkHandle network;
    if (JobOutcome found = lookupNetwork(conn, name, &network); !found.ok)
        return found;
    if (call(network.get()) < 0)
        return JobOutcome::failure(lastError().describe(whatFailed));
    return JobOutcome::success(name);
}

JobOutcome listNetworksJob(virConnectPtr conn)
{
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(conn, &networks, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not list the networks")));
    QList<VirtualNetworkInfo> result;
    QString error;
    for (int i = 0; i < count; ++i) {
        NetworkHandle network(networks[i]);
        const QString name = QString::fromUtf8(virNetworkGetName(network.get()));
        TextHandle xml(virNetworkGetXMLDesc(network.get(), 0));
        if (!xml) {
            const LibvirtError failure = lastError();
            // Undefined since the listing: left out.
            if (failure.code != VIR_ERR_NO_NETWORK && error.isEmpty())
                error = failure.describe(HostNetworks::tr("Could not read network '%1'").arg(name));
            continue;
        }
        VirtualNetworkInfo info;
        QString xmlError;
        if (!NetworkXml::readNetwork(QByteArray(xml.get()), &info, &xmlError)) {
            if (error.isEmpty())
                error = HostNetworks::tr("Could not read network '%1': %2").arg(name, xmlError);
            continue;
        }
        info.active = virNetworkIsActive(network.get()) == 1;
        info.persistent = virNetworkIsPersistent(network.get()) == 1;
        int autostart = 0;
        info.autostart = virNetworkGetAutostart(network.get(), &autostart) == 0 && autostart;
        result.append(info);
    }
    free(networks); // NOLINT: libvirt's malloc'd array
    virResetLastError();
    if (!error.isEmpty())
        return JobOutcome::failure(error);
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return JobOutcome::success(QVariant::fromValue(result));
}

JobOutcome createNetworkJob(virConnectPtr conn, const VirtualNetworkSpec &spec)
{
    // The form checked the same; the host may have changed since.
    const JobOutcome listed = listNetworksJob(conn);
    if (!listed.ok)
        return listed;
    if (const QString bad = NetworkXml::checkSpec(spec, listed.value.value<QList<VirtualNetworkInfo>>()); !bad.isEmpty())
        return JobOutcome::failure(bad);

    const QByteArray xml = NetworkXml::networkXml(spec);
    NetworkHandle network(virNetworkDefineXML(conn, xml.constData()));
    if (!network)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not define network '%1'").arg(spec.name)));
    auto fail = [&](const QString &step) {
        const LibvirtError error = lastError();
        if (virNetworkIsActive(network.get()) == 1)
            virNetworkDestroy(network.get());
        virNetworkUndefine(network.get());
        return JobOutcome::failure(error.describe(step));
    };
    if (spec.start && virNetworkCreate(network.get()) < 0)
        return fail(HostNetworks::tr("Could not start network '%1'").arg(spec.name));
    if (spec.autostart && virNetworkSetAutostart(network.get(), 1) < 0)
        return fail(HostNetworks::tr("Could not set network '%1' to start with the host").arg(spec.name));
    return JobOutcome::success(spec.name);
}

JobOutcome deleteNetworkJob(virConnectPtr conn, const QString &name)
{
    NetworkHandle network;
    if (JobOutcome found = lookupNetwork(conn, name, &network); !found.ok)
        return found;
    const bool persistent = virNetworkIsPersistent(network.get()) == 1;
    if (virNetworkIsActive(network.get()) == 1 && virNetworkDestroy(network.get()) < 0)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not stop network '%1'").arg(name)));
    if (persistent && virNetworkUndefine(network.get()) < 0)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not undefine network '%1'").arg(name)));
    return JobOutcome::success(name);
}

JobOutcome leasesJob(virConnectPtr conn, const QString &name)
{
    NetworkHandle network;
    if (JobOutcome found = lookupNetwork(conn, name, &network); !found.ok)
        return found;
    virNetworkDHCPLeasePtr *leases = nullptr;
    const int count = virNetworkGetDHCPLeases(network.get(), nullptr, &leases, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(HostNetworks::tr("Could not read the DHCP leases of network '%1'").arg(name)));
    QList<DhcpLease> result;
    for (int i = 0; i < count; ++i) {
        const virNetworkDHCPLeasePtr lease = leases[i];
        DhcpLease entry;
        entry.mac = QString::fromUtf8(lease->mac);
        entry.ipAddress = QString::fromUtf8(lease->ipaddr);
        entry.prefix = int(lease->prefix);
        entry.hostname = QString::fromUtf8(lease->hostname);
        entry.clientId = QString::fromUtf8(lease->clientid);
        if (lease->expirytime > 0)
            entry.expires = QDateTime::fromSecsSinceEpoch(lease->expirytime);
        result.append(entry);
        virNetworkDHCPLeaseFree(lease);
    }
    free(leases); // NOLINT: libvirt's malloc'd array
    return JobOutcome::success(QVariant::fromValue(result));
}

} // namespace

HostNetworks::HostNetworks(LibvirtProvider *provider) : m_provider(provider) {}

Task *HostNetworks::listNetworks()
{
    return runHostJob(m_provider, HostNetworks::tr("List networks"),
                      [](JobContext &context) { return listNetworksJob(context.connection()); }, false);
}

Task *HostNetworks::createNetwork(const VirtualNetworkSpec &spec)
{
    return runHostJob(m_provider, HostNetworks::tr("Create network %1").arg(spec.name),
                      [spec](JobContext &context) { return createNetworkJob(context.connection(), spec); }, true);
}

Task *HostNetworks::startNetwork(const QString &name)
{
    return runHostJob(m_provider, HostNetworks::tr("Start network %1").arg(name), [name](JobContext &context) {
        return networkCall(context.connection(), name, HostNetworks::tr("Could not start network '%1'").arg(name), &virNetworkCreate);
    }, true);
}

Task *HostNetworks::stopNetwork(const QString &name)
{
    return runHostJob(m_provider, HostNetworks::tr("Stop network %1").arg(name), [name](JobContext &context) {
        return networkCall(context.connection(), name, HostNetworks::tr("Could not stop network '%1'").arg(name), &virNetworkDestroy);
    }, true);
}

Task *HostNetworks::setNetworkAutostart(const QString &name, bool autostart)
{
    const QString title = autostart ? HostNetworks::tr("Start network %1 with the host").arg(name)
                                    : HostNetworks::tr("Do not start network %1 with the host").arg(name);
    return runHostJob(m_provider, title, [name, autostart](JobContext &context) {
        return networkCall(context.connection(), name, HostNetworks::tr("Could not change the autostart of network '%1'").arg(name),
                           [autostart](virNetworkPtr n) { return virNetworkSetAutostart(n, autostart ? 1 : 0); });
    }, true);
}

Task *HostNetworks::deleteNetwork(const QString &name)
{
    return runHostJob(m_provider, HostNetworks::tr("Delete network %1").arg(name),
                      [name](JobContext &context) { return deleteNetworkJob(context.connection(), name); }, true);
}

Task *HostNetworks::leases(const QString &name)
{
    return runHostJob(m_provider, HostNetworks::tr("Read the DHCP leases of %1").arg(name),
                      [name](JobContext &context) { return leasesJob(context.connection(), name); }, false);
}

} // namespace welkin
