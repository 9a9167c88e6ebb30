// libvirt snapshots through VmManager on the manage fixture's real libvirtd and QEMU: a tree of
// three snapshots on two levels (internal, with memory, of a running TCG guest on qcow2),
// reverting restores the state each was taken in (running, paused), one made by another client
// shows up in the next listing, deleting with children empties the tree; and the refusals: an
// existing or all-digit name, a raw disk, an unknown snapshot.
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QDir>
#include <QProcess>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 120000;
const QString qcowVm = u"welkin-edt-snap"_s;
const QString rawVm = u"welkin-edt-raw"_s;

QString domainXml(const QString &name, const QString &disk, const QString &format)
{
    return uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='%3'/>
      <source file='%2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>)"_s.arg(name, disk, format);
}

} // namespace

class TstSnapshotsQemu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeRevertAndForeignSnapshots();
    void refusals();
    void deleteWithChildren();
    void cleanupTestCase();

private:
    ResourceId defineVm(const QString &name, const QString &format);
    void removeVm(const QString &name);
    Task *run(Task *task);
    QList<VmSnapshot> list();
    int state(const QString &name) const;
    QString failure(Task *task) { return run(task)->state() == Task::State::Failed ? task->errorText() : QString(); }

    virConnectPtr m_conn = nullptr;
    QString m_dir;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<VmManager> m_manager;
    ResourceId m_vm;
    ResourceId m_raw;
};

Task *TstSnapshotsQemu::run(Task *task)
{
    if (!QTest::qWaitFor([task] { return task->isFinished(); }, timeoutMs))
        qWarning("%s did not end within %d ms", qPrintable(task->title()), timeoutMs);
    return task;
}

QList<VmSnapshot> TstSnapshotsQemu::list()
{
    Task *task = run(m_manager->snapshots(m_vm));
    if (task->state() != Task::State::Succeeded)
        qWarning("listing failed: %s", qPrintable(task->errorText()));
    return task->result().value<QList<VmSnapshot>>();
}

int TstSnapshotsQemu::state(const QString &name) const
{
    virDomainPtr domain = virDomainLookupByName(m_conn, name.toUtf8().constData());
    if (!domain)
        return -1;
    int state = -1, reason = 0;
    virDomainGetState(domain, &state, &reason, 0);
    virDomainFree(domain);
    return state;
}

void TstSnapshotsQemu::removeVm(const QString &name)
{
    if (virDomainPtr domain = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
        virDomainDestroy(domain);
        virDomainUndefineFlags(domain, VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
        virDomainFree(domain);
    }
}

ResourceId TstSnapshotsQemu::defineVm(const QString &name, const QString &format)
{
    removeVm(name);
    const QString disk = m_dir + u'/' + name + u'.' + format;
    QFile::remove(disk);
    const int made = QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, format, disk, u"16M"_s});
    if (made != 0) {
        qWarning("qemu-img create %s failed (%d)", qPrintable(disk), made);
        return {};
    }
    virDomainPtr domain = virDomainDefineXML(m_conn, domainXml(name, disk, format).toUtf8().constData());
    if (!domain) {
        qWarning("define %s: %s", qPrintable(name), virGetLastErrorMessage());
        return {};
    }
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(domain, uuid);
    virDomainFree(domain);
    return ResourceId(u"snap-fixture"_s, ResourceKind::Vm, QString::fromLatin1(uuid));
}

void TstSnapshotsQemu::initTestCase()
{
    const QByteArray uri = qgetenv("WELKIN_MANAGE_URI");
    m_dir = qEnvironmentVariable("WELKIN_MANAGE_STATE") + u"/edit-snapshots"_s;
    QVERIFY2(!uri.isEmpty(), "WELKIN_MANAGE_URI is not set: run through ctest (fixture libvirtd_manage)");
    QVERIFY(QDir().mkpath(m_dir));
    m_conn = virConnectOpen(uri.constData());
    QVERIFY2(m_conn, virGetLastErrorMessage());
    m_vm = defineVm(qcowVm, u"qcow2"_s);
    m_raw = defineVm(rawVm, u"raw"_s);
    QVERIFY(!m_vm.nativeId().isEmpty() && !m_raw.nativeId().isEmpty());

    m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_providers);
    ConnectionProfile profile;
    profile.id = u"snap-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Snapshot fixture"_s;
    profile.uri = QString::fromUtf8(uri);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    QVERIFY(m_providers->addConnection(profile));
    auto *provider = qobject_cast<LibvirtProvider *>(m_providers->provider(profile.id));
    QVERIFY(provider);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm) && m_inventory.node(m_raw), timeoutMs);
    m_manager = std::make_unique<VmManager>(provider);
}

void TstSnapshotsQemu::treeRevertAndForeignSnapshots()
{
    virDomainPtr domain = virDomainLookupByName(m_conn, qcowVm.toUtf8().constData());
    QVERIFY(domain);
    QVERIFY2(virDomainCreate(domain) == 0, virGetLastErrorMessage());

    QCOMPARE(failure(m_manager->createSnapshot(m_vm, {u"s1"_s, u"before the upgrade"_s, false})), QString());
    QVERIFY2(virDomainSuspend(domain) == 0, virGetLastErrorMessage());
    QCOMPARE(failure(m_manager->createSnapshot(m_vm, {u"s2"_s, {}, false})), QString());
    // Back to s1: running again, and the next snapshot is s1's second child.
    QCOMPARE(failure(m_manager->revertSnapshot(m_vm, u"s1"_s)), QString());
    QCOMPARE(state(qcowVm), int(VIR_DOMAIN_RUNNING));
    QCOMPARE(failure(m_manager->createSnapshot(m_vm, {u"s3"_s, {}, false})), QString());

    QList<VmSnapshot> snapshots = list();
    QCOMPARE(snapshots.size(), 3);
    QCOMPARE(snapshots.at(0).name, u"s1"_s);
    QCOMPARE(snapshots.at(0).parent, QString());
    QCOMPARE(snapshots.at(0).description, u"before the upgrade"_s);
    QCOMPARE(snapshots.at(0).state, u"running"_s);
    QVERIFY(snapshots.at(0).hasMemory());
    QVERIFY(snapshots.at(0).created.isValid());
    QCOMPARE(snapshots.at(1).name, u"s2"_s);
    QCOMPARE(snapshots.at(1).parent, u"s1"_s);
    QCOMPARE(snapshots.at(1).state, u"paused"_s);
    QCOMPARE(snapshots.at(2).name, u"s3"_s);
    QCOMPARE(snapshots.at(2).parent, u"s1"_s);
    QVERIFY(snapshots.at(2).current && !snapshots.at(0).current && !snapshots.at(1).current);

    // s2 was taken paused: reverting to it leaves the VM paused.
    QCOMPARE(failure(m_manager->revertSnapshot(m_vm, u"s2"_s)), QString());
    QCOMPARE(state(qcowVm), int(VIR_DOMAIN_PAUSED));

    // Another client (virsh, say) takes one: the next listing has it, under s2.
    virDomainSnapshotPtr foreign = virDomainSnapshotCreateXML(
        domain, "<domainsnapshot><name>from-virsh</name></domainsnapshot>", 0);
    QVERIFY2(foreign, virGetLastErrorMessage());
    virDomainSnapshotFree(foreign);
    virDomainFree(domain);
    snapshots = list();
    QCOMPARE(snapshots.size(), 4);
    const auto it = std::find_if(snapshots.cbegin(), snapshots.cend(), [](const VmSnapshot &s) { return s.name == "from-virsh"_L1; });
    QVERIFY(it != snapshots.cend());
    QCOMPARE(it->parent, u"s2"_s);
    QVERIFY(it->current);
}

void TstSnapshotsQemu::refusals()
{
    QString error = failure(m_manager->createSnapshot(m_vm, {u"s1"_s, {}, false}));
    QVERIFY2(error.contains(u"already has a snapshot named s1"_s), qPrintable(error));
    error = failure(m_manager->createSnapshot(m_vm, {u"42"_s, {}, false}));
    QVERIFY2(error.contains(u"only digits"_s), qPrintable(error));
    error = failure(m_manager->createSnapshot(m_vm, {u"two words"_s, {}, false}));
    QVERIFY2(error.contains(u"contains a space"_s), qPrintable(error));
    error = failure(m_manager->createSnapshot(m_raw, {u"r1"_s, {}, false}));
    QVERIFY2(error.contains(u"internal snapshots need qcow2 disks"_s) && error.contains(u"vda (raw)"_s), qPrintable(error));
    error = failure(m_manager->revertSnapshot(m_vm, u"nope"_s));
    QVERIFY2(error.contains(u"has no snapshot named nope"_s), qPrintable(error));
    error = failure(m_manager->deleteSnapshot(m_vm, u"nope"_s, false));
    QVERIFY2(error.contains(u"has no snapshot named nope"_s), qPrintable(error));
    QCOMPARE(list().size(), 4); // nothing made, nothing lost
}

void TstSnapshotsQemu::deleteWithChildren()
{
    // One alone first: its children move up to its parent.
    QCOMPARE(failure(m_manager->deleteSnapshot(m_vm, u"s2"_s, false)), QString());
    QList<VmSnapshot> snapshots = list();
    QCOMPARE(snapshots.size(), 3);
    const auto foreign = std::find_if(snapshots.cbegin(), snapshots.cend(), [](const VmSnapshot &s) { return s.name == "from-virsh"_L1; });
    QVERIFY(foreign != snapshots.cend());
    QCOMPARE(foreign->parent, u"s1"_s);
    QCOMPARE(failure(m_manager->deleteSnapshot(m_vm, u"s1"_s, true)), QString());
    QCOMPARE(list().size(), 0);
}

void TstSnapshotsQemu::cleanupTestCase()
{
    m_manager.reset();
    if (m_providers)
        m_providers->closeAll();
    if (m_conn) {
        removeVm(qcowVm);
        removeVm(rawVm);
        virConnectClose(m_conn);
    }
    QDir(m_dir).removeRecursively();
}

QTEST_MAIN(TstSnapshotsQemu)
#include "tst_snapshots_qemu.moc"
