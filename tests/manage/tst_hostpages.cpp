// The host's Storage and Networks tabs driven like a user would on the manage fixture's libvirtd:
// a pool and a volume made through the dialogs, resized, uploaded, downloaded, cancelled and
// deleted; a network made and deleted; the tabs and the host's context menu in the main window;
// a listing that fails. Models run under QAbstractItemModelTester throughout. (Models and forms
// without a host: tst_hostforms.)
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

} // namespace

class TstHostPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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
    // A listing made while the upload ran may still show the partial volume; the next one not.
    QTRY_VERIFY_WITH_TIMEOUT(!page.volumeModel()->volume(u"hp-cancelled.raw"_s), uiTimeoutMs);
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
    providers.closeAll();
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
