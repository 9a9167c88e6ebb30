// The host's Storage and Networks tabs: their models (incremental, under QAbstractItemModelTester),
// the forms' validation messages, the tasks dock's Cancel, and the pages driven like a user
// would on the manage fixture's libvirtd: a pool and a volume made through the dialogs, resized,
// uploaded, downloaded and deleted; a network made and deleted; the tabs and the host's context
// menu in the main window.
#include "HostJobSupport.h"
#include "MainWindow.h"
#include "content/ContentArea.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "manage/HostPages.h"
#include "manage/Ipv4Subnet.h"
#include "manage/NetworkDialog.h"
#include "manage/NetworkModels.h"
#include "manage/NetworksPage.h"
#include "manage/PoolDialog.h"
#include "manage/StorageModels.h"
#include "manage/StoragePage.h"
#include "manage/VolumeDialog.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/HostNetworks.h"
#include "providers/libvirt/HostStorage.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

const QString poolName = u"welkin-hp-pool"_s;
const QString volumeName = u"hp-disk.qcow2"_s;
const QString uploadName = u"hp-upload.raw"_s;
const QString networkName = u"welkin-hp-net"_s;
const QString networkSubnet = u"10.213.80.0/24"_s; // tst_manage_networks uses 10.213.61-64
constexpr quint64 MiB = quint64(1) << 20;
constexpr quint64 GiB = quint64(1) << 30;
constexpr int uiTimeoutMs = 60000;

// The visible dialog of type T under `parent` (an earlier, closed one may wait for deletion).
template <typename T>
T *openDialog(QWidget *parent, const QString &objectName = {})
{
    for (T *dialog : parent->findChildren<T *>(objectName)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QPushButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

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

class TstHostPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // No libvirt.
    void poolModelIsIncremental();
    void keyedModelMovesRows();
    void networkAndLeaseModels();
    void poolDialogValidates();
    void volumeDialogValidates();
    void networkDialogValidates();
    void taskDockCancelsAndShowsDetail();
    // The manage fixture.
    void storagePageMakesPoolAndVolume();
    void storagePageUploadsDownloadsDeletes();
    void networksPageMakesAndDeletesNetwork();
    void mainWindowHasHostTabsAndMenu();
    void listingFailureShowsInErrorLine();
    void cleanupTestCase();

private:
    void removeLeftovers();
    bool waitPool(StoragePage *page, const std::function<bool(const StoragePoolInfo *)> &condition);

    std::unique_ptr<LibvirtProvider> m_provider;
    QString m_state;
};

void TstHostPages::initTestCase()
{
    m_state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    QVERIFY2(!m_state.isEmpty(), "WELKIN_MANAGE_STATE is not set: run this test through ctest (fixture libvirtd_manage)");
    QString error;
    m_provider = connectFixture(u"hostpages"_s, &error);
    QVERIFY2(m_provider, qPrintable(error));
    removeLeftovers();
}

void TstHostPages::removeLeftovers()
{
    HostStorage storage(m_provider.get());
    Task *pools = storage.listPools();
    QVERIFY(waitFinished(pools));
    for (const StoragePoolInfo &pool : pools->result().value<QList<StoragePoolInfo>>()) {
        if (pool.name != poolName)
            continue;
        if (Task *volumes = storage.listVolumes(poolName); pool.active && waitFinished(volumes)) {
            for (const StorageVolumeInfo &volume : volumes->result().value<QList<StorageVolumeInfo>>())
                waitFinished(storage.deleteVolume(poolName, volume.name));
        }
        QString why;
        QVERIFY2(succeeded(storage.deletePool(poolName, true), &why), qPrintable(why));
        qInfo("removed pool %s left by an earlier run", qPrintable(poolName));
    }
    QDir(m_state + u"/hp-pool"_s).removeRecursively();
    HostNetworks networks(m_provider.get());
    Task *list = networks.listNetworks();
    QVERIFY(waitFinished(list));
    for (const VirtualNetworkInfo &network : list->result().value<QList<VirtualNetworkInfo>>()) {
        if (network.name.startsWith(u"welkin-hp-"_s)) {
            QString why;
            QVERIFY2(succeeded(networks.deleteNetwork(network.name), &why), qPrintable(why));
            qInfo("removed network %s left by an earlier run", qPrintable(network.name));
        }
    }
}

void TstHostPages::poolModelIsIncremental()
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

void TstHostPages::keyedModelMovesRows()
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

void TstHostPages::networkAndLeaseModels()
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

void TstHostPages::poolDialogValidates()
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

void TstHostPages::volumeDialogValidates()
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

void TstHostPages::networkDialogValidates()
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

void TstHostPages::taskDockCancelsAndShowsDetail()
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
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(uploadRow.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(),
             u"Upload of big.iso cancelled; the partial volume was deleted"_s);
    QVERIFY(!dock.cancelAction()->isEnabled());
    QVERIFY(!quick.isCancelRequested());
}

bool TstHostPages::waitPool(StoragePage *page, const std::function<bool(const StoragePoolInfo *)> &condition)
{
    return QTest::qWaitFor([&] { return condition(page->poolModel()->pool(poolName)); }, uiTimeoutMs);
}

void TstHostPages::storagePageMakesPoolAndVolume()
{
    StoragePage page;
    QAbstractItemModelTester poolTester(page.poolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester volumeTester(page.volumeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(page.poolModel(), &QAbstractItemModel::modelReset);
    QSignalSpy listed(&page, &StoragePage::poolsListed);
    page.setProvider(m_provider.get());
    page.resize(1000, 700);
    page.show(); // shown: lists
    QVERIFY(listed.wait(uiTimeoutMs));
    QVERIFY2(listed.last().at(0).toBool(), qPrintable(page.errorLine()->text()));
    QVERIFY(page.errorLine()->isHidden());

    // New pool through its dialog, in the fixture's state directory.
    page.action(StoragePage::Act::NewPool)->trigger();
    PoolDialog *dialog = openDialog<PoolDialog>(&page);
    QVERIFY(dialog);
    QVERIFY(dialog->typeCombo()->findData(u"dir"_s) >= 0);
    QTest::keyClicks(dialog->nameEdit(), poolName);
    QCOMPARE(dialog->targetEdit()->text(), PoolDialog::defaultTarget(poolName));
    const QString target = m_state + u"/hp-pool"_s;
    dialog->targetEdit()->setText(target);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->messages().join(u"; "_s)));
    dialog->okButton()->click();
    QVERIFY2(waitPool(&page, [](const StoragePoolInfo *pool) { return pool && pool->active && pool->capacity > 0; }),
             qPrintable(page.errorLine()->text()));
    QCOMPARE(page.selectedPool(), poolName); // the new pool is selected
    const int row = page.poolModel()->rowOf(poolName);
    QCOMPARE(cell(page.poolModel(), row, StoragePoolModel::TypeColumn), u"Directory"_s);
    QCOMPARE(cell(page.poolModel(), row, StoragePoolModel::AutostartColumn), u"Yes"_s);
    QVERIFY(cell(page.poolModel(), row, StoragePoolModel::UsageColumn).endsWith(u" used"_s));
    QCOMPARE(cell(page.poolModel(), row, StoragePoolModel::LocationColumn), target);
    QVERIFY(QFileInfo(target).isDir());
    QVERIFY(page.action(StoragePage::Act::StopPool)->isEnabled());
    QVERIFY(!page.action(StoragePage::Act::StartPool)->isEnabled());
    QVERIFY(page.action(StoragePage::Act::AutostartPool)->isChecked());

    // The same name and directory again: refused at the fields.
    dialog = page.openNewPoolDialog();
    QTest::keyClicks(dialog->nameEdit(), poolName);
    QCOMPARE(dialog->message(dialog->nameEdit()), u"A storage pool named '%1' already exists"_s.arg(poolName));
    dialog->nameEdit()->setText(u"welkin-hp-other"_s);
    dialog->targetEdit()->setText(target);
    QCOMPARE(dialog->message(dialog->targetEdit()), u"Pool '%1' already uses %2"_s.arg(poolName, target));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->reject();

    // Autostart off and on again, from the checkable action.
    page.action(StoragePage::Act::AutostartPool)->trigger();
    QVERIFY(waitPool(&page, [](const StoragePoolInfo *pool) { return pool && !pool->autostart; }));
    QVERIFY(!page.action(StoragePage::Act::AutostartPool)->isChecked());
    page.action(StoragePage::Act::AutostartPool)->trigger();
    QVERIFY(waitPool(&page, [](const StoragePoolInfo *pool) { return pool && pool->autostart; }));

    // New volume: a size above the pool's free space is refused, 64 MiB is made.
    page.action(StoragePage::Act::NewVolume)->trigger();
    VolumeDialog *volume = openDialog<VolumeDialog>(&page, u"volumeDialog"_s);
    QVERIFY(volume);
    QVERIFY2(volume->freeLabel()->text().endsWith(u" free in pool '%1'"_s.arg(poolName)), qPrintable(volume->freeLabel()->text()));
    volume->nameEdit()->setText(volumeName);
    volume->sizeSpin()->setValue(volume->sizeSpin()->maximum());
    QVERIFY2(volume->message(volume->sizeField()).contains(u" is more than the "_s), qPrintable(volume->message(volume->sizeField())));
    QVERIFY(!volume->okButton()->isEnabled());
    volume->unitCombo()->setCurrentIndex(volume->unitCombo()->findText(u"MiB"_s));
    volume->sizeSpin()->setValue(64);
    QVERIFY2(volume->okButton()->isEnabled(), qPrintable(volume->messages().join(u"; "_s)));
    volume->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.volumeModel()->volume(volumeName), uiTimeoutMs);
    int volumeRow = page.volumeModel()->rowOf(volumeName);
    QCOMPARE(cell(page.volumeModel(), volumeRow, StorageVolumeModel::FormatColumn), u"qcow2"_s);
    QCOMPARE(cell(page.volumeModel(), volumeRow, StorageVolumeModel::CapacityColumn), u"64.0 MiB"_s);
    QCOMPARE(page.selectedVolume(), volumeName);

    // Resize: the current size is refused, 128 MiB is done.
    page.action(StoragePage::Act::ResizeVolume)->trigger();
    VolumeDialog *resize = openDialog<VolumeDialog>(&page, u"resizeDialog"_s);
    QVERIFY(resize);
    QCOMPARE(resize->message(resize->sizeField()), u"The new size must be larger than the current 64.0 MiB (volumes only grow)"_s);
    resize->sizeSpin()->setValue(128);
    QVERIFY(resize->okButton()->isEnabled());
    resize->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(page.volumeModel(), page.volumeModel()->rowOf(volumeName), StorageVolumeModel::CapacityColumn),
                              u"128.0 MiB"_s, uiTimeoutMs);

    // A failing task says why in the error line (no message box): shrinking is refused.
    Task *shrink = page.resizeVolume(volumeName, 32 * MiB);
    QVERIFY(waitFinished(shrink));
    QCOMPARE(shrink->state(), Task::State::Failed);
    QTRY_VERIFY(page.errorLine()->isVisible());
    QCOMPARE(page.errorLine()->text(), shrink->errorText());
    QVERIFY2(page.errorLine()->text().contains(volumeName), qPrintable(page.errorLine()->text()));
    QVERIFY(page.findChildren<QMessageBox *>().isEmpty());
    QCOMPARE(resets.count(), 0);
}

void TstHostPages::storagePageUploadsDownloadsDeletes()
{
    StoragePage page;
    QAbstractItemModelTester volumeTester(page.volumeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy volumeResets(page.volumeModel(), &QAbstractItemModel::modelReset);
    page.setProvider(m_provider.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.poolModel()->pool(poolName), uiTimeoutMs);
    QVERIFY(page.selectPool(poolName));
    QTRY_VERIFY_WITH_TIMEOUT(page.volumeModel()->volume(volumeName), uiTimeoutMs);

    QTemporaryDir dir;
    QFile source(dir.filePath(u"image.raw"_s));
    QVERIFY(source.open(QIODevice::WriteOnly));
    QByteArray bytes(3 * MiB + 12345, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    QCOMPARE(source.write(bytes), qint64(bytes.size()));
    source.close();
    QString why;
    QVERIFY2(succeeded(page.upload(source.fileName(), uploadName, u"raw"_s), &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(page.volumeModel()->volume(uploadName), uiTimeoutMs);
    QCOMPARE(page.selectedVolume(), uploadName);
    const QString copy = dir.filePath(u"copy.raw"_s);
    QVERIFY2(succeeded(page.download(uploadName, copy), &why), qPrintable(why));
    QFile downloaded(copy);
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QVERIFY(downloaded.readAll() == bytes);

    // The user's cancel (tasks dock) is not an error of the page; the partial volume goes.
    QFile big(dir.filePath(u"big.raw"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(2) * GiB)); // sparse: fast to make, slow enough to stream
    big.close();
    Task *cancelled = page.upload(big.fileName(), u"hp-cancelled.raw"_s, u"raw"_s);
    QVERIFY(cancelled->isCancellable());
    QTRY_VERIFY_WITH_TIMEOUT(cancelled->state() == Task::State::Running || cancelled->isFinished(), uiTimeoutMs);
    cancelled->requestCancel();
    QVERIFY(waitFinished(cancelled));
    QCOMPARE(cancelled->state(), Task::State::Failed);
    QSignalSpy relisted(&page, &StoragePage::volumesListed);
    QVERIFY(relisted.wait(uiTimeoutMs));
    QVERIFY(!page.volumeModel()->volume(u"hp-cancelled.raw"_s));
    QVERIFY2(page.errorLine()->isHidden(), qPrintable(page.errorLine()->text()));

    // Delete both volumes through the confirmation.
    for (const QString &name : {uploadName, volumeName}) {
        QVERIFY(page.selectVolume(name));
        page.action(StoragePage::Act::DeleteVolume)->trigger();
        auto *box = openDialog<QMessageBox>(&page, u"deleteVolumeConfirmation"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), u"Delete volume '%1' from pool '%2'?"_s.arg(name, poolName));
        QPushButton *remove = buttonNamed(box, u"Delete Volume"_s);
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.volumeModel()->volume(name), uiTimeoutMs);
    }
    QVERIFY2(page.errorLine()->isHidden(), qPrintable(page.errorLine()->text()));

    // Delete the pool with its (now empty) directory.
    QVERIFY(page.selectPool(poolName));
    page.action(StoragePage::Act::DeletePool)->trigger();
    auto *box = openDialog<QMessageBox>(&page, u"deletePoolConfirmation"_s);
    QVERIFY(box);
    auto *data = box->findChild<QCheckBox *>(u"deletePoolData"_s);
    QVERIFY(data);
    QCOMPARE(data->text(), u"Also delete the directory %1 (it must be empty)"_s.arg(m_state + u"/hp-pool"_s));
    data->setChecked(true);
    buttonNamed(box, u"Delete Pool"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.poolModel()->pool(poolName), uiTimeoutMs);
    QVERIFY(!QFileInfo::exists(m_state + u"/hp-pool"_s));
    QVERIFY2(page.errorLine()->isHidden(), qPrintable(page.errorLine()->text()));
    QCOMPARE(volumeResets.count(), 0);
}

void TstHostPages::networksPageMakesAndDeletesNetwork()
{
    NetworksPage page;
    QAbstractItemModelTester tester(page.networkModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester leaseTester(page.leaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(page.networkModel(), &QAbstractItemModel::modelReset);
    QSignalSpy listed(&page, &NetworksPage::networksListed);
    page.setProvider(m_provider.get());
    page.show();
    QVERIFY(listed.wait(uiTimeoutMs));
    QVERIFY2(listed.last().at(0).toBool(), qPrintable(page.errorLine()->text()));

    page.action(NetworksPage::Act::NewNetwork)->trigger();
    NetworkDialog *dialog = openDialog<NetworkDialog>(&page);
    QVERIFY(dialog);
    // The offered subnet overlaps none of the host's networks.
    QString error;
    const std::optional<Ipv4Subnet> offered = Ipv4Subnet::parse(dialog->subnetEdit()->text(), &error);
    QVERIFY2(offered, qPrintable(error));
    for (const VirtualNetworkInfo &network : page.networkModel()->rows()) {
        if (const auto address = Ipv4Subnet::parseAddress(network.ipAddress); address && network.prefix > 0)
            QVERIFY2(!Ipv4Subnet(*address, network.prefix).overlaps(*offered), qPrintable(network.name));
    }
    QTest::keyClicks(dialog->nameEdit(), networkName);
    dialog->modeCombo()->setCurrentIndex(1); // isolated
    dialog->subnetEdit()->setText(networkSubnet);
    QCOMPARE(dialog->dhcpStartEdit()->text(), u"10.213.80.2"_s);
    QCOMPARE(dialog->dhcpEndEdit()->text(), u"10.213.80.254"_s);
    dialog->autostartCheck()->setChecked(false);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->messages().join(u"; "_s)));
    dialog->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.networkModel()->network(networkName), uiTimeoutMs);
    QVERIFY2(page.errorLine()->isHidden(), qPrintable(page.errorLine()->text()));
    const int row = page.networkModel()->rowOf(networkName);
    const QAbstractItemModel *model = page.networkModel();
    QCOMPARE(cell(model, row, NetworkModel::StateColumn), u"Active"_s);
    QCOMPARE(cell(model, row, NetworkModel::AutostartColumn), u"No"_s);
    QCOMPARE(cell(model, row, NetworkModel::ModeColumn), u"Isolated"_s);
    QCOMPARE(cell(model, row, NetworkModel::RangeColumn), networkSubnet);
    QCOMPARE(cell(model, row, NetworkModel::DhcpColumn), u"10.213.80.2 – 10.213.80.254"_s);
    QVERIFY2(cell(model, row, NetworkModel::BridgeColumn).startsWith(u"virbr"_s), qPrintable(cell(model, row, NetworkModel::BridgeColumn)));
    QCOMPARE(page.selectedNetwork(), networkName);
    QSignalSpy leases(&page, &NetworksPage::leasesListed);
    page.refresh();
    QVERIFY(leases.wait(uiTimeoutMs));
    QVERIFY(leases.last().at(0).toBool());
    QCOMPARE(page.leaseModel()->rowCount(), 0); // no guest on it
    QCOMPARE(page.findChild<QLabel *>(u"leaseTitle"_s)->text(), u"DHCP leases of '%1'"_s.arg(networkName));

    // A second network on an overlapping subnet: the form names the first one.
    dialog = page.openNewNetworkDialog();
    dialog->nameEdit()->setText(networkName);
    QCOMPARE(dialog->message(dialog->nameEdit()), u"A network named '%1' already exists"_s.arg(networkName));
    dialog->subnetEdit()->setText(u"10.213.80.128/25"_s);
    QCOMPARE(dialog->message(dialog->subnetEdit()),
             u"10.213.80.128/25 overlaps network '%1' (%2)"_s.arg(networkName, networkSubnet));
    dialog->reject();

    // Stop, start, delete through the confirmation.
    page.action(NetworksPage::Act::Stop)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, page.networkModel()->rowOf(networkName), NetworkModel::StateColumn), u"Inactive"_s, uiTimeoutMs);
    page.action(NetworksPage::Act::Start)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, page.networkModel()->rowOf(networkName), NetworkModel::StateColumn), u"Active"_s, uiTimeoutMs);
    page.action(NetworksPage::Act::Delete)->trigger();
    auto *box = openDialog<QMessageBox>(&page, u"deleteNetworkConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Delete virtual network '%1'?"_s.arg(networkName));
    buttonNamed(box, u"Delete Network"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.networkModel()->network(networkName), uiTimeoutMs);
    QVERIFY2(page.errorLine()->isHidden(), qPrintable(page.errorLine()->text()));
    QCOMPARE(resets.count(), 0);
}

void TstHostPages::mainWindowHasHostTabsAndMenu()
{
    QTemporaryDir dir;
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    MainWindowServices services;
    services.settingsPath = dir.filePath(u"window.ini"_s);
    MainWindow window(&providers, &inventory, &samples, services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionProfile profile;
    profile.id = u"hostpages-window"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Manage fixture"_s;
    profile.uri = qEnvironmentVariable("WELKIN_MANAGE_URI");
    profile.options = {{u"statsIntervalMs"_s, 0}};
    providers.addConnection(profile);
    QTreeView *tree = window.treeView();
    const ResourceId providerId = ResourceId::provider(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(inventory.node(providerId) && inventory.node(providerId)->childCount() > 0, uiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(providers.provider(profile.id)->state(), ProviderState::Connected, uiTimeoutMs);

    QTabWidget *tabs = window.contentArea()->containerTabs();
    const auto tabTexts = [tabs] {
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        return texts;
    };
    QVERIFY(window.selectResource(providerId));
    QCOMPARE(tabTexts(), (QStringList{u"Virtual machines"_s, u"Hosts"_s, u"Storage"_s, u"Networks"_s}));
    // The host row has them too; a user group has not.
    const ResourceId hostId = inventory.node(providerId)->child(0)->id();
    QCOMPARE(hostId.kind(), ResourceKind::Host);
    QVERIFY(window.selectResource(hostId));
    QVERIFY(tabTexts().contains(u"Storage"_s));
    window.contentArea()->showGroup(u"web"_s, {});
    QCOMPARE(tabTexts(), (QStringList{u"Virtual machines"_s, u"Hosts"_s}));

    // The host's context menu leads to the Storage tab with a new-pool form open.
    QVERIFY(window.selectResource(hostId));
    QStringList menuTexts;
    QTimer::singleShot(200, &window, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            menuTexts.append(action->text());
        if (auto *newPool = menu->findChild<QAction *>(u"hostNewPool"_s))
            newPool->trigger();
        menu->close();
    });
    const QModelIndex hostRow = tree->currentIndex();
    QCOMPARE(hostRow.data(InventoryModel::ResourceIdRole).value<ResourceId>(), hostId);
    Q_EMIT tree->customContextMenuRequested(tree->visualRect(hostRow).center());
    QVERIFY2(menuTexts.contains(u"Storage…"_s) && menuTexts.contains(u"Networks…"_s)
                 && menuTexts.contains(u"New Storage Pool…"_s) && menuTexts.contains(u"New Network…"_s),
             qPrintable(menuTexts.join(u", "_s)));
    StoragePage *storage = window.contentArea()->hostPages()->storagePage();
    QCOMPARE(tabs->currentWidget(), storage);
    QTRY_VERIFY(openDialog<PoolDialog>(storage));
    openDialog<PoolDialog>(storage)->reject();
    // Shown, it lists the host's pools (the fixture's own, whatever other tests left).
    QTRY_VERIFY_WITH_TIMEOUT(storage->errorLine()->isHidden() && storage->provider() == providers.provider(profile.id),
                             uiTimeoutMs);
    window.contentArea()->hostPages()->showNetworks();
    QCOMPARE(tabs->currentWidget(), window.contentArea()->hostPages()->networksPage());
    providers.closeAll(3000);
}

void TstHostPages::listingFailureShowsInErrorLine()
{
    // A connection that is not connected: the listing fails at once, the page says so.
    ConnectionProfile profile;
    profile.id = u"hostpages-closed"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Closed host"_s;
    profile.uri = qEnvironmentVariable("WELKIN_MANAGE_URI");
    LibvirtProvider closed(profile);
    StoragePage storage;
    NetworksPage networks;
    storage.setProvider(&closed);
    networks.setProvider(&closed);
    storage.show();
    networks.show();
    QTRY_VERIFY(storage.errorLine()->isVisible());
    QCOMPARE(storage.errorLine()->text(), u"List storage pools: not connected to Closed host (disconnected)"_s);
    QTRY_VERIFY(networks.errorLine()->isVisible());
    QCOMPARE(networks.errorLine()->text(), u"List networks: not connected to Closed host (disconnected)"_s);
    // Back to a connected host: the listing error goes.
    storage.setProvider(m_provider.get());
    QTRY_VERIFY_WITH_TIMEOUT(storage.errorLine()->isHidden(), uiTimeoutMs);
}

void TstHostPages::cleanupTestCase()
{
    if (m_provider) {
        removeLeftovers();
        m_provider->close();
    }
}

QTEST_MAIN(TstHostPages)
#include "tst_hostpages.moc"
