// The migration gestures as a user meets them, on the two real libvirtds of the migration
// fixture, in one server pool: "Enter Maintenance" on host A plans and moves its two running
// guests to B live (disks copied) and marks A; then "Migrate…" on a guest shows its pre-flight
// checks (shared storage blocks, copying passes), runs with a bandwidth limit so its progress is
// seen in the Migrations window, and brings the guest back to A, where its row appears.
// WELKIN_MIGRATE_SCREENSHOT / WELKIN_MIGRATION_PROGRESS_SCREENSHOT name files for the README.
#include "MigrationTestHosts.h"

#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "migration/MigrateDialog.h"
#include "migration/MigrationController.h"
#include "migration/MigrationProgressDialog.h"
#include "placement/PoolLoadReader.h"
#include "placement/PoolSettings.h"
#include "pools/MaintenanceController.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "storage/PoolStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Hosts = welkin::test::MigrationTestHosts;

namespace {

constexpr int migrationTimeoutMs = 180000;
const QString secondGuest = u"welkin-tiny-2"_s;
const QString secondUuid = u"c0ffee00-7e57-4d1e-9a11-000000000002"_s;

QString secondDisk() { return QString::fromLatin1(Hosts::disk).replace(u"welkin-tiny.qcow2"_s, u"welkin-tiny-2.qcow2"_s); }

// Removes the second guest and its disk from a host (a leftover of an earlier run, or the end).
void removeSecondGuest(virConnectPtr conn)
{
    if (virDomainPtr domain = virDomainLookupByName(conn, secondGuest.toUtf8().constData())) {
        if (virDomainIsActive(domain) == 1)
            virDomainDestroy(domain);
        virDomainUndefineFlags(domain, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
        virDomainFree(domain);
    }
    if (virStoragePoolPtr pool = virStoragePoolLookupByName(conn, Hosts::pool)) {
        virStoragePoolRefresh(pool, 0);
        if (virStorageVolPtr volume = virStorageVolLookupByName(pool, "welkin-tiny-2.qcow2")) {
            virStorageVolDelete(volume, 0);
            virStorageVolFree(volume);
        }
        virStoragePoolFree(pool);
    }
}

// A second running guest on A: the first one's definition with its own name, UUID and disk.
QString startSecondGuest(virConnectPtr connA)
{
    virDomainPtr first = virDomainLookupByName(connA, Hosts::guest);
    if (!first)
        return u"welkin-tiny is not on A"_s;
    QString xml = QString::fromUtf8(virDomainGetXMLDesc(first, VIR_DOMAIN_XML_INACTIVE));
    virDomainFree(first);
    xml.replace(u"<name>welkin-tiny</name>"_s, u"<name>%1</name>"_s.arg(secondGuest))
        .replace(QString::fromLatin1(Hosts::guestUuid), secondUuid)
        .replace(QString::fromLatin1(Hosts::disk), secondDisk());
    virStoragePoolPtr pool = virStoragePoolLookupByName(connA, Hosts::pool);
    if (!pool)
        return u"no pool %1 on A"_s.arg(QString::fromLatin1(Hosts::pool));
    const QByteArray volumeXml = "<volume><name>welkin-tiny-2.qcow2</name><capacity unit='MiB'>32</capacity>"
                                 "<target><format type='qcow2'/></target></volume>";
    virStorageVolPtr volume = virStorageVolCreateXML(pool, volumeXml.constData(), 0);
    virStoragePoolFree(pool);
    if (!volume)
        return u"cannot create the second disk: %1"_s.arg(QString::fromUtf8(virGetLastErrorMessage()));
    virStorageVolFree(volume);
    virDomainPtr domain = virDomainDefineXML(connA, xml.toUtf8().constData());
    if (!domain)
        return u"cannot define the second guest: %1"_s.arg(QString::fromUtf8(virGetLastErrorMessage()));
    const int started = virDomainCreate(domain);
    virDomainFree(domain);
    return started == 0 ? QString() : u"cannot start the second guest: %1"_s.arg(QString::fromUtf8(virGetLastErrorMessage()));
}

int stateOf(virConnectPtr conn, const QString &name)
{
    virDomainPtr domain = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!domain)
        return -1;
    int state = -1, reason = 0;
    virDomainGetState(domain, &state, &reason, 0);
    virDomainFree(domain);
    return state;
}

} // namespace

class TestMigrationGui : public QObject
{
    Q_OBJECT

private:
    Hosts m_hosts; // plain connections for checking the hosts; its own providers stay idle
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    PoolStore m_pools;
    QWidget m_window;
    MigrationController *m_migration = nullptr;
    LibvirtProvider *m_a = nullptr;
    LibvirtProvider *m_b = nullptr;

    LibvirtProvider *connect(const QString &id, const QString &name, const QString &uri)
    {
        ConnectionProfile profile{id, u"libvirt"_s, name, uri, {{u"statsIntervalMs"_s, 1000}}};
        auto *provider = qobject_cast<LibvirtProvider *>(m_providers->addConnection(profile));
        if (provider && !QTest::qWaitFor([provider] { return provider->state() == ProviderState::Connected; }, 30000))
            return nullptr;
        return provider;
    }

    ResourceId vmOn(const LibvirtProvider *provider, const QString &uuid) const
    {
        return ResourceId(provider->id(), ResourceKind::Vm, uuid);
    }

    ResourceId hostOf(const LibvirtProvider *provider) const
    {
        const InventoryNode *node = m_inventory.node(provider->resourceId());
        return node && node->childCount() == 1 ? node->child(0)->id() : ResourceId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_hosts.open(0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        removeSecondGuest(m_hosts.connA());
        removeSecondGuest(m_hosts.connB());
        const QString guest = m_hosts.guestRunningOnA();
        QVERIFY2(guest.isEmpty(), qPrintable(guest));
        const QString second = startSecondGuest(m_hosts.connA());
        QVERIFY2(second.isEmpty(), qPrintable(second));

        m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
        registerBuiltinProviders(*m_providers);
        m_a = connect(u"host-a"_s, u"Host A"_s, m_hosts.uriA());
        m_b = connect(u"host-b"_s, u"Host B"_s, m_hosts.uriB());
        QVERIFY(m_a && m_b);
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(vmOn(m_a, secondUuid)), 15000);
        PoolSettings settings;
        settings.copyDisks = true; // the two daemons share no storage
        QCOMPARE(m_pools.save(ServerPool{u"dc"_s, u"Datacenter"_s, {}, {m_a->id(), m_b->id()}, settings.toJson()}), QString());
        m_inventory.setServerPools(m_pools.pools());
        m_window.resize(1000, 700);
        m_migration = new MigrationController(m_providers.get(), &m_inventory, &m_pools, &m_window);
    }

    void cleanupTestCase()
    {
        if (m_hosts.connA()) {
            removeSecondGuest(m_hosts.connA());
            removeSecondGuest(m_hosts.connB());
            m_hosts.guestRunningOnA();
        }
        if (m_providers)
            m_providers->closeAll();
        m_hosts.close();
    }

    void maintenanceMovesBothGuestsToTheOtherHost()
    {
        PoolLoadReader loads(&m_inventory, &m_pools, nullptr, &m_samples);
        loads.placeable = [this](const QString &id) { return id == m_a->id() || id == m_b->id(); };
        MaintenanceController maintenance(&m_inventory, &m_pools, &loads, m_migration, &m_window);
        QStringList planned, stuck;
        maintenance.showPlan = [&](MaintenancePlanDialog *dialog) {
            planned = dialog->moveLines();
            stuck = dialog->stuckLines();
            dialog->accept();
        };
        QSignalSpy started(&maintenance, &MaintenanceController::evacuationStarted);
        const ResourceId hostA = hostOf(m_a);
        QVERIFY(hostA.isValid());
        QVERIFY(maintenance.enterMaintenance(hostA));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        planned.sort();
        QCOMPARE(planned, (QStringList{u"welkin-tiny → Host B"_s, u"welkin-tiny-2 → Host B"_s}));
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(u'\n')));
        QVERIFY(m_pools.inMaintenance(hostA));

        const auto tasks = started.first().at(1).value<QList<Task *>>();
        QCOMPARE(tasks.size(), 2);
        QList<QPointer<Task>> guarded(tasks.cbegin(), tasks.cend());
        for (const QPointer<Task> &task : guarded) {
            QTRY_VERIFY_WITH_TIMEOUT(!task || task->isFinished(), migrationTimeoutMs);
            QVERIFY2(task && task->state() == Task::State::Succeeded, task ? qPrintable(task->errorText()) : "task gone");
            qInfo("%s: %s", qPrintable(task->title()), qPrintable(task->detail()));
        }
        // Both run on B and are gone from A; their rows moved in the tree.
        QCOMPARE(stateOf(m_hosts.connB(), u"welkin-tiny"_s), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(stateOf(m_hosts.connB(), secondGuest), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(stateOf(m_hosts.connA(), u"welkin-tiny"_s), -1);
        QCOMPARE(stateOf(m_hosts.connA(), secondGuest), -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(vmOn(m_b, secondUuid)), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_inventory.node(vmOn(m_a, secondUuid)), 15000);

        // Out of maintenance again, so A may take VMs back.
        maintenance.exitMaintenance(hostA);
        QVERIFY(!m_pools.inMaintenance(hostA));
    }

    void migrateDialogChecksThenMovesTheGuestBack()
    {
        const ResourceId guest = vmOn(m_b, QString::fromLatin1(Hosts::guestUuid));
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(guest), 15000);
        QSignalSpy selected(m_migration, &MigrationController::selectRequested);
        m_migration->setSelectionSource([guest] { return QList<ResourceId>{guest}; });
        QCOMPARE(m_migration->destinationsFor({guest}).size(), 1);

        // The copy libvirt left on A when the guest moved out: gone, as an admin would clean it up.
        QVERIFY(Hosts::removeDisk(m_hosts.connA()));
        MigrateDialog *dialog = m_migration->openDialog({guest});
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &MigrateDialog::checksFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        // Shared storage (the default): the disk is not on A, so it cannot work.
        QVERIFY2(!dialog->migrateButton()->isEnabled(), qPrintable(dialog->checkLines().join(u'\n')));
        QVERIFY2(dialog->checkLines().join(u'\n').contains(u": blocks: "_s), qPrintable(dialog->checkLines().join(u'\n')));

        // Copying the disk: every check passes. A limit makes the move last long enough to watch.
        auto *storage = dialog->findChild<QComboBox *>(u"storage"_s);
        storage->setCurrentIndex(storage->findData(int(MigrationOptions::Storage::CopyFull)));
        dialog->findChild<QSpinBox *>(u"bandwidth"_s)->setValue(16);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 2 && !dialog->isChecking(), 30000);
        QVERIFY2(dialog->migrateButton()->isEnabled(), qPrintable(dialog->checkLines().join(u'\n')));
        QVERIFY(!dialog->checkLines().join(u'\n').contains(u": blocks: "_s));
        QCOMPARE(dialog->destination().providerId, m_a->id());
        if (const QString path = qEnvironmentVariable("WELKIN_MIGRATE_SCREENSHOT"); !path.isEmpty())
            QVERIFY(dialog->grab().save(path));

        QTest::mouseClick(dialog->migrateButton(), Qt::LeftButton);
        MigrationProgressDialog *progress = m_migration->progressWindow();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->runningCount(), 1);
        // The job's figures while it runs: data copied of the total, and the bar moving.
        // Its row is the newest (the window keeps the maintenance moves above it).
        auto *detail = progress->findChildren<QLabel *>(u"migrationDetail"_s).constLast();
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(u" of "_s), 60000);
        if (const QString path = qEnvironmentVariable("WELKIN_MIGRATION_PROGRESS_SCREENSHOT"); !path.isEmpty())
            QVERIFY(progress->grab().save(path));
        QTRY_COMPARE_WITH_TIMEOUT(progress->runningCount(), 0, migrationTimeoutMs);
        QVERIFY2(detail->text().startsWith(u"moved in"_s), qPrintable(detail->text()));
        qInfo("Migrate… B -> A: %s", qPrintable(detail->text()));

        QCOMPARE(stateOf(m_hosts.connA(), u"welkin-tiny"_s), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(stateOf(m_hosts.connB(), u"welkin-tiny"_s), -1);
        // The moved VM was selected: its row on A is selected once it appears.
        QTRY_VERIFY_WITH_TIMEOUT(!selected.isEmpty(), 15000);
        QCOMPARE(selected.first().first().value<ResourceId>(), vmOn(m_a, QString::fromLatin1(Hosts::guestUuid)));
        QVERIFY(m_inventory.node(vmOn(m_a, QString::fromLatin1(Hosts::guestUuid))));
    }
};

QTEST_MAIN(TestMigrationGui)
#include "tst_migration_gui.moc"
