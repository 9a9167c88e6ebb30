#pragma once

#include "manage/NetworkTypes.h"

#include <QCoreApplication>
#include <QPointer>

namespace welkin {

class LibvirtProvider;
class Task;

// Virtual networks of one libvirt host. GUI thread; Tasks as in HostStorage. Results:
//   listNetworks -> QList<VirtualNetworkInfo>, leases -> QList<DhcpLease>.
class HostNetworks
{
    Q_DECLARE_TR_FUNCTIONS(welkin::HostNetworks)
public:
    explicit HostNetworks(LibvirtProvider *provider);

    Task *listNetworks();
    // Validates the spec (name, subnet, DHCP range inside it, no overlap with the host's other
    // networks) on the job side too, defines, then starts/autostarts as asked.
    Task *createNetwork(const VirtualNetworkSpec &spec);
    Task *startNetwork(const QString &name);
    Task *stopNetwork(const QString &name);
    Task *setNetworkAutostart(const QString &name, bool autostart);
    Task *deleteNetwork(const QString &name); // stops when active, then undefines
    Task *leases(const QString &name);

private:
    QPointer<LibvirtProvider> m_provider;
};

} // namespace welkin
