// The host pages' part of welkin-screenshots: storage pools, volumes and networks for the demo
// host (the test driver reads them from its node XML), and host-storage.png, host-networks.png,
// new-pool.png, new-network.png.
#pragma once

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "content/ContentArea.h"
#include "manage/HostPages.h"
#include "manage/NetworkDialog.h"
#include "manage/NetworkModels.h"
#include "manage/NetworksPage.h"
#include "manage/PoolDialog.h"
#include "manage/StorageModels.h"
#include "manage/StoragePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <functional>

namespace welkin::screenshots {

using namespace Qt::StringLiterals;

// The demo host with a pool of its VMs' disks (so "Used by" names them), an ISO pool, an NFS
// pool and two more networks. The test driver sums a pool's allocation from its volumes and
// reports 100 GiB of capacity.
inline QByteArray withHostStorage(QByteArray node)
{
    QString pools;
    const auto volume = [](const QString &name, int capacityGiB, double allocationGiB, const QString &format) {
        return u"      <volume type=\"file\"><name>%1</name><capacity unit=\"GiB\">%2</capacity>"
               "<allocation unit=\"MiB\">%3</allocation><target><format type=\"%4\"/></target></volume>\n"_s
            .arg(name).arg(capacityGiB).arg(qRound(allocationGiB * 1024)).arg(format);
    };
    QString images;
    const std::pair<const char *, double> disks[] = {
        {"web-01", 3.1}, {"web-02", 3.4}, {"web-03", 2.9}, {"web-04", 3.0}, {"api-01", 4.2}, {"api-02", 4.0},
        {"db-primary", 5.5}, {"db-replica", 5.1}, {"gitlab", 6.2}};
    for (const auto &[name, used] : disks)
        images += volume(QString::fromLatin1(name) + u".qcow2"_s, 20, used, u"qcow2"_s);
    images += volume(u"db-primary-data.qcow2"_s, 100, 14.6, u"qcow2"_s);
    images += volume(u"ubuntu-22.04-base.qcow2"_s, 10, 2.3, u"qcow2"_s);
    pools += u"  <pool type=\"dir\"><name>default</name><uuid>6b1c1a9e-2f0d-4f57-9d53-5c4a7f0b9d01</uuid>\n"
             "    <target><path>/var/lib/libvirt/images</path></target>\n"_s + images + u"  </pool>\n"_s;
    pools += u"  <pool type=\"dir\"><name>iso-images</name><uuid>6b1c1a9e-2f0d-4f57-9d53-5c4a7f0b9d02</uuid>\n"
             "    <target><path>/var/lib/libvirt/iso</path></target>\n"_s
             + volume(u"debian-12.5.0-amd64-netinst.iso"_s, 1, 0.6, u"iso"_s)
             + volume(u"ubuntu-24.04-live-server-amd64.iso"_s, 3, 2.6, u"iso"_s)
             + volume(u"virtio-win-0.1.248.iso"_s, 1, 0.7, u"iso"_s) + u"  </pool>\n"_s;
    pools += u"  <pool type=\"netfs\"><name>nas-backup</name><uuid>6b1c1a9e-2f0d-4f57-9d53-5c4a7f0b9d03</uuid>\n"
             "    <source><host name=\"nas01.example.org\"/><dir path=\"/export/backup\"/><format type=\"nfs\"/></source>\n"
             "    <target><path>/mnt/nas-backup</path></target>\n"_s
             + volume(u"gitlab-2024-05-01.qcow2"_s, 40, 31.5, u"qcow2"_s) + u"  </pool>\n"_s;
    const QString networks =
        u"  <network><name>lab</name><bridge name=\"virbr1\"/><forward mode=\"nat\"/>\n"
        "    <ip address=\"192.168.150.1\" netmask=\"255.255.255.0\"><dhcp><range start=\"192.168.150.100\" "
        "end=\"192.168.150.199\"/></dhcp></ip></network>\n"
        "  <network><name>storage-net</name><bridge name=\"virbr2\"/>\n"
        "    <ip address=\"10.10.20.1\" netmask=\"255.255.255.0\"/></network>\n"_s;
    const qsizetype at = node.indexOf("  <network>");
    if (at < 0)
        return node;
    node.insert(at, (pools + networks).toUtf8());
    return node;
}

// Shows the host `connection` in `window` and saves its Storage and Networks tabs and the two
// "New" forms.
inline bool hostPageScreenshots(MainWindow &window, const QString &connection, const QString &out,
                                const std::function<bool(QWidget *, const QString &)> &save)
{
    QTreeView *tree = window.treeView();
    tree->selectionModel()->setCurrentIndex(guitest::findRow(tree->model(), connection),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    HostPages *pages = window.contentArea()->hostPages();
    StoragePage *storage = pages->storagePage();
    pages->showStorage();
    bool ok = QTest::qWaitFor([&] { return storage->poolModel()->rowCount() >= 3; }, 10000);
    storage->selectPool(u"default"_s);
    ok = QTest::qWaitFor([&] { return storage->volumeModel()->volume(u"db-primary-data.qcow2"_s); }, 10000) && ok;
    storage->selectVolume(u"db-primary-data.qcow2"_s);
    ok = save(&window, out + u"/host-storage.png"_s) && ok;

    // The form for an NFS pool, filled in (the test driver itself offers only directories).
    PoolDialog *pool = storage->openNewPoolDialog();
    QTest::qWait(500); // the host's own answer (only "dir") first
    pool->setPoolTypes({u"dir"_s, u"netfs"_s, u"logical"_s});
    pool->typeCombo()->setCurrentIndex(pool->typeCombo()->findData(u"netfs"_s));
    pool->nameEdit()->setText(u"nas-isos"_s);
    pool->hostEdit()->setText(u"nas01.example.org"_s);
    pool->sourceDirEdit()->setText(u"/export/isos"_s);
    pool->resize(520, pool->sizeHint().height());
    ok = save(pool, out + u"/new-pool.png"_s) && ok;
    pool->reject();

    NetworksPage *networks = pages->networksPage();
    pages->showNetworks();
    ok = QTest::qWaitFor([&] { return networks->networkModel()->rowCount() >= 3; }, 10000) && ok;
    networks->selectNetwork(u"storage-net"_s); // the test driver has no DHCP leases to show
    ok = save(&window, out + u"/host-networks.png"_s) && ok;

    // A subnet that overlaps "default": the form says so and keeps OK disabled.
    NetworkDialog *network = networks->openNewNetworkDialog();
    network->nameEdit()->setText(u"lab-2"_s);
    network->subnetEdit()->setText(u"192.168.122.128/25"_s);
    network->resize(480, network->sizeHint().height());
    ok = save(network, out + u"/new-network.png"_s) && ok;
    network->reject();
    return ok;
}

} // namespace welkin::screenshots
