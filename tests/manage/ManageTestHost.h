#pragma once

// The manage fixture's libvirtd as the VM tests see it: a LibvirtProvider + Inventory + VmManager
// (what the application uses) and a separate plain libvirt connection for checking the host.
//
// Each test names what it makes with its own prefix ("welkin-mng-", "welkin-mngc-"), so tests
// running at the same time never touch each other's VMs, pools or volumes. open() removes
// leftovers of an earlier failed run with that prefix and makes a dir pool "<prefix>vms" under
// $WELKIN_MANAGE_STATE; close() removes everything with the prefix again.

#include "inventory/Inventory.h"
#include "manage/VmSpec.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QString>

#include <memory>

struct _virConnect;

namespace welkin::test {

class ManageTestHost
{
public:
    explicit ManageTestHost(QString prefix);
    ~ManageTestHost();

    // Empty on success, else what went wrong.
    QString open();
    // Everything with the prefix goes; welkin-tiny is shut off. Empty on success.
    QString close();

    // welkin-tiny's disk must be a pool volume to be cloned: a pool "<prefix>disks" over the
    // fixture's disks directory unless one already covers it.
    QString ensureDiskPool();

    const QString &prefix() const { return m_prefix; }
    QString vmPool() const { return m_prefix + QStringLiteral("vms"); }
    QString vmPoolDir() const { return m_state + QStringLiteral("/pool-") + vmPool(); }
    const QString &state() const { return m_state; }
    const QString &uri() const { return m_uri; }
    QString tinyDisk() const { return m_state + QStringLiteral("/disks/welkin-tiny.qcow2"); }
    _virConnect *conn() const { return m_conn; }
    LibvirtProvider *provider() const { return m_provider.get(); }
    VmManager *manager() const { return m_manager.get(); }
    const Inventory &inventory() const { return m_inventory; }
    const DomainCapabilitiesInfo &caps() const { return m_caps; }
    ResourceId vmId(const QString &uuid) const { return ResourceId(m_provider->id(), ResourceKind::Vm, uuid); }

    // A TCG guest as small as the fixture's: 64 MiB, user-mode NIC, no graphics, disk in vmPool().
    NewVmSpec baseSpec(const QString &name) const;

    // Host-side checks through the plain connection.
    bool domainExists(const QString &name) const;
    int domainState(const QString &name) const; // virDomainState, -1 when unknown
    QString liveXml(const QString &name) const;
    QString volumePath(const QString &pool, const QString &volume) const; // after a pool refresh
    bool volumeExists(const QString &path) const;
    PowerState inventoryState(const QString &uuid) const;

    static Task *run(Task *task); // waits for the end (2 minutes at most)
    static bool waitFinished(Task *task, int timeoutMs = 120000);
    static QString describe(const Task *task);

private:
    bool ensurePool(const QString &name, const QString &dir, bool build, QString *error);
    void removeLeftovers();

    QString m_prefix;
    QString m_uri;
    QString m_state;
    _virConnect *m_conn = nullptr;
    Inventory m_inventory;
    std::unique_ptr<LibvirtProvider> m_provider;
    std::unique_ptr<VmManager> m_manager;
    DomainCapabilitiesInfo m_caps;
};

} // namespace welkin::test
