#pragma once

// The two hosts of the migration fixture (tests/scripts/migration-fixture.sh) as the migration
// tests see them: a LibvirtProvider for each ("Migration A", "Migration B") in one Inventory,
// a VmManager for each (what the application uses), and a plain libvirt connection to each for
// checking the hosts. The guest is "welkin-tiny", defined on A by the fixture.

#include "inventory/Inventory.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QString>

#include <memory>
#include <optional>

struct _virConnect;

namespace welkin::test {

class MigrationTestHosts
{
public:
    static constexpr const char *guest = "welkin-tiny";
    static constexpr const char *guestUuid = "c0ffee00-7e57-4d1e-9a11-000000000001";
    static constexpr const char *pool = "welkin-mig";
    static constexpr const char *disk = "/var/lib/libvirt/images/welkin-mig/welkin-tiny.qcow2";

    MigrationTestHosts();
    ~MigrationTestHosts();

    // Connects both providers (stats every `statsIntervalMs`, 0 = none) and both plain
    // connections. Empty on success, else what went wrong.
    QString open(int statsIntervalMs = 0);
    void close();

    // The guest running on A and absent from B (definition and disk), whatever an earlier test
    // left: migrated back, started, or removed from B. Empty on success.
    QString guestRunningOnA();

    QString uriA() const { return m_uriA; }
    QString uriB() const { return m_uriB; }
    _virConnect *connA() const { return m_connA; }
    _virConnect *connB() const { return m_connB; }
    LibvirtProvider *providerA() const { return m_providerA.get(); }
    LibvirtProvider *providerB() const { return m_providerB.get(); }
    VmManager managerA() const { return VmManager(m_providerA.get()); }
    VmManager managerB() const { return VmManager(m_providerB.get()); }
    const Inventory &inventory() const { return m_inventory; }
    static ResourceId vmId(const LibvirtProvider *provider);

    // Host-side checks through the plain connections.
    static bool hasGuest(_virConnect *conn);
    static int guestState(_virConnect *conn, int *reason = nullptr); // virDomainState, -1 when absent
    static bool hasDisk(_virConnect *conn);                          // after a refresh of the pool
    static bool removeDisk(_virConnect *conn);
    // The inventory's row of the guest under `provider`, or null.
    const InventoryNode *guestRow(const LibvirtProvider *provider) const { return m_inventory.node(vmId(provider)); }
    // Its power state there; Unknown without a row.
    PowerState guestRowState(const LibvirtProvider *provider) const;

    // A byte of the guest's CMOS NVRAM through the QEMU monitor (virsh qemu-monitor-command):
    // device state that moves with a live migration and that a restarted guest would not have.
    static bool writeCmos(const QString &uri, int index, int value, QString *error);
    static std::optional<int> readCmos(const QString &uri, int index, QString *error);

    static Task *run(Task *task, int timeoutMs = 180000);
    static QString describe(const Task *task);

private:
    static QString monitor(const QString &uri, const QString &command, QString *error);
    std::unique_ptr<LibvirtProvider> connect(const QString &id, const QString &name, const QString &uri,
                                             int statsIntervalMs, QString *error);

    QString m_uriA;
    QString m_uriB;
    _virConnect *m_connA = nullptr;
    _virConnect *m_connB = nullptr;
    Inventory m_inventory;
    std::unique_ptr<LibvirtProvider> m_providerA;
    std::unique_ptr<LibvirtProvider> m_providerB;
};

} // namespace welkin::test
