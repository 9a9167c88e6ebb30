// The host pages' parts without a host: the storage and network models (incremental after the
// first load, under QAbstractItemModelTester), the pool, volume and network forms' messages, the
// tasks dock's Cancel and detail, and a volume in use refused without a question.
#include "manage/Ipv4Subnet.h"
#include "manage/NetworkDialog.h"
#include "manage/NetworkModels.h"
#include "manage/PoolDialog.h"
#include "manage/StorageModels.h"
#include "manage/StoragePage.h"
#include "manage/VolumeDialog.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 MiB = quint64(1) << 20;
constexpr quint64 GiB = quint64(1) << 30;

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

StoragePoolInfo poolInfo(const QString &name, quint64 allocation, quint64 capacity)
{
    StoragePoolInfo pool;
    pool.name = name;
    pool.type = u"dir"_s;
    pool.active = true;
    pool.autostart = true;
    pool.capacity = capacity;
    pool.allocation = allocation;
    pool.available = capacity - allocation;
    pool.targetPath = u"/var/lib/libvirt/images/"_s + name;
    return pool;
}

VirtualNetworkInfo networkInfo(const QString &name, const QString &mode, const QString &address, int prefix)
{
    VirtualNetworkInfo network;
    network.name = name;
    network.forwardMode = mode;
    network.ipAddress = address;
    network.prefix = prefix;
    network.active = true;
    return network;
}

// A model with the caller's order, to see rows move.
class OrderedModel : public KeyedTableModel<QString>
{
public:
    using KeyedTableModel::KeyedTableModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole && rowAt(index.row()) ? QVariant(*rowAt(index.row())) : QVariant();
    }

protected:
    QString keyOf(const QString &row) const override { return row.section(u'=', 0, 0); }
    bool sameContent(const QString &a, const QString &b) const override { return a == b; }
    int columns() const override { return 2; }
};

} // namespace

class TstHostForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolModelIsIncremental();
    void keyedModelMovesRows();
    void networkAndLeaseModels();
    void poolDialogValidates();
    void volumeDialogValidates();
    void networkDialogValidates();
    void taskDockCancelsAndShowsDetail();
    void usedVolumeIsRefusedWithoutAsking();
};

void TstHostForms::poolModelIsIncremental()
{
    StoragePoolModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setPools({poolInfo(u"vm10"_s, 1 * GiB, 10 * GiB), poolInfo(u"default"_s, 12 * GiB, 50 * GiB),
                    poolInfo(u"vm2"_s, 0, 10 * GiB)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(&model, 0, StoragePoolModel::NameColumn), u"default"_s);
    QCOMPARE(cell(&model, 1, StoragePoolModel::NameColumn), u"vm2"_s); // numbers sort as numbers
    QCOMPARE(cell(&model, 2, StoragePoolModel::NameColumn), u"vm10"_s);
    QCOMPARE(cell(&model, 0, StoragePoolModel::UsageColumn), u"12.0 GiB of 50.0 GiB used"_s);
    QCOMPARE(model.index(0, StoragePoolModel::UsageColumn).data(UsageFractionRole).toDouble(), 0.24);
    QCOMPARE(cell(&model, 0, StoragePoolModel::TypeColumn), u"Directory"_s);
    QCOMPARE(cell(&model, 0, StoragePoolModel::StateColumn), u"Active"_s);

    const QPersistentModelIndex vm10 = model.index(2, 0);
    inserted.clear();
    changed.clear();
    // Same listing again: nothing happens.
    model.setPools({poolInfo(u"vm10"_s, 1 * GiB, 10 * GiB), poolInfo(u"default"_s, 12 * GiB, 50 * GiB),
                    poolInfo(u"vm2"_s, 0, 10 * GiB)});
    QCOMPARE(inserted.count() + removed.count() + changed.count(), 0);
    // vm2 goes, default fills up, iso arrives.
    StoragePoolInfo stopped = poolInfo(u"iso"_s, 0, 0);
    stopped.active = false;
    model.setPools({poolInfo(u"vm10"_s, 1 * GiB, 10 * GiB), poolInfo(u"default"_s, 48 * GiB, 50 * GiB), stopped});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(cell(&model, 0, StoragePoolModel::UsageColumn), u"48.0 GiB of 50.0 GiB used"_s);
    QCOMPARE(cell(&model, 1, StoragePoolModel::StateColumn), u"Inactive"_s);
    QCOMPARE(cell(&model, 1, StoragePoolModel::UsageColumn), u"Not active"_s);
    QVERIFY(!model.index(1, StoragePoolModel::UsageColumn).data(UsageFractionRole).isValid());
    QVERIFY(vm10.isValid());
    QCOMPARE(vm10.data().toString(), u"vm10"_s);
    model.setPools({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);

    StorageVolumeModel volumes;
    QAbstractItemModelTester volumeTester(&volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StorageVolumeInfo disk;
    disk.name = u"web.qcow2"_s;
    disk.format = u"qcow2"_s;
    disk.capacity = 20 * GiB;
    disk.allocation = 1536 * MiB;
    disk.usedBy = {u"web-01"_s, u"web-02"_s};
    volumes.setVolumes({disk});
    QCOMPARE(cell(&volumes, 0, StorageVolumeModel::CapacityColumn), u"20.0 GiB"_s);
    QCOMPARE(cell(&volumes, 0, StorageVolumeModel::AllocationColumn), u"1.5 GiB"_s);
    QCOMPARE(cell(&volumes, 0, StorageVolumeModel::UsedByColumn), u"web-01, web-02"_s);
}

void TstHostForms::keyedModelMovesRows()
{
    QVERIFY(naturalLess(u"vm9"_s, u"vm10"_s));
    QVERIFY(!naturalLess(u"vm10"_s, u"vm9"_s));
    QVERIFY(naturalLess(u"img-007"_s, u"img-8"_s));
    QVERIFY(naturalLess(u"Alpha"_s, u"beta"_s)); // case does not split the list
    QVERIFY(!naturalLess(u"same"_s, u"same"_s));

    OrderedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.setRows({u"a=1"_s, u"b=1"_s, u"c=1"_s, u"d=1"_s});
    const QPersistentModelIndex a = model.index(0, 0);
    const QPersistentModelIndex d = model.index(3, 0);
    model.setRows({u"d=2"_s, u"a=1"_s, u"e=1"_s, u"b=1"_s});
    QCOMPARE(resets.count(), 0);
    QVERIFY(moved.count() >= 1);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(cell(&model, row, 0));
    QCOMPARE(rows, (QStringList{u"d=2"_s, u"a=1"_s, u"e=1"_s, u"b=1"_s}));
    QCOMPARE(a.row(), 1);
    QCOMPARE(d.row(), 0);
    QCOMPARE(d.data().toString(), u"d=2"_s);
}

void TstHostForms::networkAndLeaseModels()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VirtualNetworkInfo nat = networkInfo(u"default"_s, u"nat"_s, u"192.168.122.1"_s, 24);
    nat.bridge = u"virbr0"_s;
    nat.dhcpStart = u"192.168.122.2"_s;
    nat.dhcpEnd = u"192.168.122.254"_s;
    nat.autostart = true;
    VirtualNetworkInfo isolated = networkInfo(u"backend"_s, {}, u"10.10.0.1"_s, 16);
    isolated.active = false;
    model.setNetworks({nat, isolated});
    QCOMPARE(cell(&model, 0, NetworkModel::NameColumn), u"backend"_s);
    QCOMPARE(cell(&model, 0, NetworkModel::ModeColumn), u"Isolated"_s);
    QCOMPARE(cell(&model, 0, NetworkModel::RangeColumn), u"10.10.0.0/16"_s);
    QCOMPARE(cell(&model, 0, NetworkModel::DhcpColumn), u"Off"_s);
    QCOMPARE(cell(&model, 0, NetworkModel::StateColumn), u"Inactive"_s);
    QCOMPARE(cell(&model, 1, NetworkModel::ModeColumn), u"NAT"_s);
    QCOMPARE(cell(&model, 1, NetworkModel::BridgeColumn), u"virbr0"_s);
    QCOMPARE(cell(&model, 1, NetworkModel::RangeColumn), u"192.168.122.0/24"_s);
    QCOMPARE(cell(&model, 1, NetworkModel::DhcpColumn), u"192.168.122.2 – 192.168.122.254"_s);
    QCOMPARE(cell(&model, 1, NetworkModel::AutostartColumn), u"Yes"_s);
    QCOMPARE(NetworkModel::modeDisplayName(u"route"_s), u"Routed"_s);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    isolated.active = true;
    model.setNetworks({nat, isolated});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(&model, 0, NetworkModel::StateColumn), u"Active"_s);
    QCOMPARE(resets.count(), 0);

    LeaseModel leases;
    QAbstractItemModelTester leaseTester(&leases, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DhcpLease first{u"52:54:00:00:00:02"_s, u"192.168.122.10"_s, 24, u"web-01"_s, {}, {}};
    DhcpLease second{u"52:54:00:00:00:01"_s, u"192.168.122.9"_s, 24, u"db-01"_s, {}, {}};
    leases.setLeases({first, second});
    QCOMPARE(cell(&leases, 0, LeaseModel::HostnameColumn), u"db-01"_s); // by address, numerically
    QCOMPARE(cell(&leases, 1, LeaseModel::AddressColumn), u"192.168.122.10/24"_s);
    leases.setLeases({first});
    QCOMPARE(leases.rowCount(), 1);
}

void TstHostForms::poolDialogValidates()
{
    PoolDialog dialog;
    StoragePoolInfo existing = poolInfo(u"default"_s, 0, 10 * GiB);
    existing.targetPath = u"/var/lib/libvirt/images"_s;
    dialog.setExistingPools({existing});
    dialog.setPoolTypes({u"dir"_s, u"netfs"_s, u"disk"_s});
    QCOMPARE(dialog.typeCombo()->count(), 2); // disk has no form
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messages().isEmpty()); // nothing typed yet: no red text, just no OK

    QTest::keyClicks(dialog.nameEdit(), u"my pool"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"The storage pool name 'my pool' contains a space"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.nameEdit()->setText(u"a/b"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"The storage pool name 'a/b' contains '/'"_s);
    dialog.nameEdit()->setText(u"default"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"A storage pool named 'default' already exists"_s);
    dialog.nameEdit()->setText(u"isos"_s);
    QCOMPARE(dialog.targetEdit()->text(), u"/var/lib/libvirt/images/isos"_s); // follows the name
    QVERIFY(dialog.messages().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.targetEdit()->clear();
    QTest::keyClicks(dialog.targetEdit(), u"images"_s);
    QCOMPARE(dialog.message(dialog.targetEdit()), u"'images' is not an absolute path (it must start with /)"_s);
    dialog.targetEdit()->setText(u"/var/lib/libvirt/images/"_s);
    QCOMPARE(dialog.message(dialog.targetEdit()), u"Pool 'default' already uses /var/lib/libvirt/images"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.nameEdit()->setText(u"isos2"_s);
    QCOMPARE(dialog.targetEdit()->text(), u"/var/lib/libvirt/images/"_s); // edited: stays
    dialog.targetEdit()->setText(u"/srv/isos"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.spec().targetPath, u"/srv/isos"_s);
    QCOMPARE(dialog.spec().type, u"dir"_s);

    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(u"netfs"_s));
    QVERIFY(!dialog.okButton()->isEnabled()); // server and export missing
    QTest::keyClicks(dialog.hostEdit(), u"nfs server"_s);
    QCOMPARE(dialog.message(dialog.hostEdit()), u"'nfs server' is not a host name or address"_s);
    dialog.hostEdit()->setText(u"nfs.example.org"_s);
    QTest::keyClicks(dialog.sourceDirEdit(), u"export"_s);
    QCOMPARE(dialog.message(dialog.sourceDirEdit()), u"'export' is not an absolute path (it must start with /)"_s);
    dialog.sourceDirEdit()->setText(u"/export/isos"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    const StoragePoolSpec netfs = dialog.spec();
    QCOMPARE(netfs.type, u"netfs"_s);
    QCOMPARE(netfs.sourceHost, u"nfs.example.org"_s);
    QCOMPARE(netfs.sourceDir, u"/export/isos"_s);

    dialog.setPoolTypes({u"logical"_s});
    QCOMPARE(dialog.typeCombo()->count(), 2);
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(u"logical"_s));
    dialog.volumeGroupEdit()->setText(u"vg_data"_s);
    QCOMPARE(dialog.targetEdit()->text(), u"/dev/vg_data"_s);
    dialog.devicesEdit()->setText(u"/dev/sdb sdc"_s);
    QCOMPARE(dialog.message(dialog.devicesEdit()), u"'sdc' is not a device path (/dev/…)"_s);
    dialog.devicesEdit()->setText(u"/dev/sdb, /dev/sdc"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.spec().sourceDevices, (QStringList{u"/dev/sdb"_s, u"/dev/sdc"_s}));
    QCOMPARE(dialog.spec().sourceName, u"vg_data"_s);
}

void TstHostForms::volumeDialogValidates()
{
    VolumeDialog dialog(VolumeDialog::Mode::Create);
    dialog.setPool(poolInfo(u"small"_s, 9 * GiB, 10 * GiB));
    dialog.setExistingNames({u"web.qcow2"_s});
    QCOMPARE(dialog.freeLabel()->text(), u"1.0 GiB free in pool 'small'"_s);
    QTest::keyClicks(dialog.nameEdit(), u"web.qcow2"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"A volume named 'web.qcow2' already exists in pool 'small'"_s);
    dialog.nameEdit()->setText(u"data.qcow2"_s);
    dialog.sizeSpin()->setValue(2);
    QCOMPARE(dialog.message(dialog.sizeField()), u"2.0 GiB is more than the 1.0 GiB free in pool 'small'"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.unitCombo()->setCurrentIndex(dialog.unitCombo()->findText(u"MiB"_s));
    dialog.sizeSpin()->setValue(512);
    QVERIFY(dialog.messages().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.spec().capacity, 512 * MiB);
    QCOMPARE(dialog.spec().format, u"qcow2"_s);
    dialog.sizeSpin()->setValue(0);
    QCOMPARE(dialog.message(dialog.sizeField()), u"Enter a size larger than zero"_s);

    VolumeDialog resize(VolumeDialog::Mode::Resize);
    resize.setPool(poolInfo(u"small"_s, 9 * GiB, 10 * GiB));
    StorageVolumeInfo volume;
    volume.name = u"web.qcow2"_s;
    volume.capacity = 4 * GiB;
    resize.setVolume(volume);
    QCOMPARE(resize.freeLabel()->text(), u"Now 4.0 GiB. 1.0 GiB free in pool 'small'"_s);
    QCOMPARE(resize.message(resize.sizeField()),
             u"The new size must be larger than the current 4.0 GiB (volumes only grow)"_s);
    resize.sizeSpin()->setValue(6);
    QCOMPARE(resize.message(resize.sizeField()), u"Growing by 2.0 GiB needs more than the 1.0 GiB free in pool 'small'"_s);
    resize.sizeSpin()->setValue(4.5);
    QVERIFY(resize.okButton()->isEnabled());
    QCOMPARE(resize.sizeBytes(), 4 * GiB + 512 * MiB);
}

void TstHostForms::networkDialogValidates()
{
    NetworkDialog dialog;
    VirtualNetworkInfo taken = networkInfo(u"default"_s, u"nat"_s, u"192.168.100.1"_s, 24);
    dialog.setExistingNetworks({taken, networkInfo(u"lab"_s, {}, u"192.168.101.1"_s, 24)});
    // A free subnet is offered, with a DHCP range after the host's address.
    QCOMPARE(dialog.subnetEdit()->text(), u"192.168.102.0/24"_s);
    QCOMPARE(dialog.dhcpStartEdit()->text(), u"192.168.102.2"_s);
    QCOMPARE(dialog.dhcpEndEdit()->text(), u"192.168.102.254"_s);
    QVERIFY(!dialog.okButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog.nameEdit(), u"default"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"A network named 'default' already exists"_s);
    dialog.nameEdit()->setText(u"lab net"_s);
    QCOMPARE(dialog.message(dialog.nameEdit()), u"The network name 'lab net' contains a space"_s);
    dialog.nameEdit()->setText(u"lab2"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    QTest::keyClicks(dialog.subnetEdit(), u"x"_s);
    QVERIFY(!dialog.message(dialog.subnetEdit()).isEmpty());
    dialog.subnetEdit()->setText(u"192.168.100.128/25"_s);
    QCOMPARE(dialog.message(dialog.subnetEdit()), u"192.168.100.128/25 overlaps network 'default' (192.168.100.0/24)"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.subnetEdit()->setText(u"10.0.0.5/24"_s);
    QCOMPARE(dialog.message(dialog.subnetEdit()), u"10.0.0.5/24 has host bits set: the network is 10.0.0.0/24"_s);
    dialog.subnetEdit()->setText(u"10.1.0.0/16"_s);
    QCOMPARE(dialog.dhcpStartEdit()->text(), u"10.1.0.2"_s); // follows the subnet
    QCOMPARE(dialog.dhcpEndEdit()->text(), u"10.1.255.254"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.dhcpEndEdit()->clear();
    QTest::keyClicks(dialog.dhcpEndEdit(), u"10.2.0.9"_s);
    QCOMPARE(dialog.message(dialog.dhcpEndEdit()), u"10.2.0.9 is outside the subnet 10.1.0.0/16"_s);
    dialog.subnetEdit()->setText(u"10.2.0.0/24"_s);
    QCOMPARE(dialog.dhcpStartEdit()->text(), u"10.1.0.2"_s); // edited by hand: left alone
    QCOMPARE(dialog.message(dialog.dhcpStartEdit()), u"10.1.0.2 is outside the subnet 10.2.0.0/24"_s);
    dialog.dhcpStartEdit()->setText(u"10.2.0.1"_s);
    QCOMPARE(dialog.message(dialog.dhcpStartEdit()),
             u"The DHCP range 10.2.0.1 - 10.2.0.9 includes the host's address 10.2.0.1"_s);
    dialog.dhcpCheck()->setChecked(false); // no DHCP: the range does not matter
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.modeCombo()->setCurrentIndex(1);
    const VirtualNetworkSpec spec = dialog.spec();
    QCOMPARE(spec.mode, VirtualNetworkSpec::Mode::Isolated);
    QCOMPARE(spec.subnet, u"10.2.0.0/24"_s);
    QVERIFY(spec.dhcpStart.isEmpty());
}

void TstHostForms::taskDockCancelsAndShowsDetail()
{
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    TaskDock dock(&providers, &inventory);
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Task upload(u"Upload big.iso to default"_s, {});
    Task quick(u"Start pool default"_s, {});
    upload.setCancellable(true);
    dock.model()->addTask(&upload);
    dock.model()->addTask(&quick);
    upload.setRunning();
    quick.setRunning();
    upload.setProgress(38);
    upload.setDetail(u"38.2 MiB of 100 MiB"_s);
    const QModelIndex uploadRow = dock.model()->index(1, 0);
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::WhatColumn).data().toString(), upload.title());
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(), u"38.2 MiB of 100 MiB"_s);
    QVERIFY(uploadRow.data(TaskEventModel::CancellableRole).toBool());
    QVERIFY(!dock.model()->index(0, 0).data(TaskEventModel::CancellableRole).toBool());

    dock.view()->setCurrentIndex(dock.filter()->index(0, 0));
    QVERIFY(!dock.cancelAction()->isEnabled());
    dock.view()->setCurrentIndex(dock.filter()->mapFromSource(uploadRow));
    QVERIFY(dock.cancelAction()->isEnabled());
    dock.cancelAction()->trigger();
    QVERIFY(upload.isCancelRequested());
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::StatusColumn).data().toString(), u"Cancelling…"_s);
    QVERIFY(!dock.cancelAction()->isEnabled()); // asked once is enough
    upload.fail(u"Upload of big.iso cancelled; the partial volume was deleted"_s);
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::StatusColumn).data().toString(), u"Cancelled"_s);
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(),
             u"Upload of big.iso cancelled; the partial volume was deleted"_s);
    QVERIFY(!dock.cancelAction()->isEnabled());
    QVERIFY(!quick.isCancelRequested());
}

void TstHostForms::usedVolumeIsRefusedWithoutAsking()
{
    StoragePage page; // no host: the models are filled by hand
    page.poolModel()->setPools({poolInfo(u"default"_s, GiB, 10 * GiB)});
    QVERIFY(page.selectPool(u"default"_s));
    StorageVolumeInfo disk;
    disk.pool = u"default"_s;
    disk.name = u"web.qcow2"_s;
    disk.usedBy = {u"web-01"_s};
    StorageVolumeInfo shared = disk;
    shared.name = u"base.qcow2"_s;
    shared.usedBy = {u"web-01"_s, u"web-02"_s};
    page.volumeModel()->setVolumes({disk, shared});
    QVERIFY(page.selectVolume(u"web.qcow2"_s));
    QVERIFY(page.action(StoragePage::Act::DeleteVolume)->isEnabled());
    page.action(StoragePage::Act::DeleteVolume)->trigger();
    QVERIFY(page.findChildren<QMessageBox *>().isEmpty());
    QCOMPARE(page.errorLine()->text(), u"Volume 'web.qcow2' is used by VM 'web-01'"_s);
    QVERIFY(!page.errorLine()->isHidden());
    QVERIFY(page.selectVolume(u"base.qcow2"_s));
    page.action(StoragePage::Act::DeleteVolume)->trigger();
    QCOMPARE(page.errorLine()->text(), u"Volume 'base.qcow2' is used by VMs 'web-01', 'web-02'"_s);
}

QTEST_MAIN(TstHostForms)
#include "tst_hostforms.moc"
