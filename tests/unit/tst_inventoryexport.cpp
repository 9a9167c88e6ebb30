#include "inventory/Inventory.h"
#include "inventory/InventoryDiffer.h"
#include "inventory/InventoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestInventoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_inventory->addProviderNode(u"qemu+ssh://root@kvm1/system"_s, u"kvm1"_s);
        m_inventory->setProviderStatus(u"qemu+ssh://root@kvm1/system"_s, {ProviderState::Connected, {}});
        const QString p = u"qemu+ssh://root@kvm1/system"_s;
        Resource host{ResourceId(p, ResourceKind::Host, u"host"_s), ResourceId::provider(p), u"kvm1.example.org"_s, HostInfo{}};
        host.host()->cpus = 32;
        host.host()->hypervisor = u"QEMU"_s;
        VmInfo vm;
        vm.uuid = u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;
        vm.state = PowerState::Running;
        vm.stateReason = u"booted"_s;
        vm.vcpus = 4;
        vm.memoryKiB = 8 * 1024 * 1024;
        vm.osName = u"Debian 12"_s;
        vm.nics = {NicInfo{u"52:54:00:aa:bb:cc"_s, u"network"_s, u"default"_s, u"virtio"_s, u"vnet0"_s,
                           {u"192.168.122.10/24"_s}}};
        vm.graphics = {GraphicsInfo{u"vnc"_s, u"127.0.0.1"_s, {}, 5901, -1, false, true}};
        Resource web{ResourceId(p, ResourceKind::Vm, vm.uuid), host.id, u"web-01"_s, vm};
        InventoryDiffer differ(p);
        m_inventory->applyDelta(differ.diffFull({host, web}));
    }

    void jsonIsANestedTreeWithFigures()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(InventoryExport::toJson(*m_inventory));
        const QJsonObject provider = doc.object().value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(provider.value(u"kind"_s).toString(), u"provider"_s);
        QCOMPARE(provider.value(u"state"_s).toString(), u"connected"_s);
        const QJsonObject host = provider.value(u"children"_s).toArray().first().toObject();
        QCOMPARE(host.value(u"kind"_s).toString(), u"host"_s);
        QCOMPARE(host.value(u"cpus"_s).toInt(), 32);
        const QJsonObject vm = host.value(u"children"_s).toArray().first().toObject();
        QCOMPARE(vm.value(u"name"_s).toString(), u"web-01"_s);
        QCOMPARE(vm.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(vm.value(u"memoryKiB"_s).toInteger(), 8 * 1024 * 1024);
        QCOMPARE(vm.value(u"ips"_s).toArray().first().toString(), u"192.168.122.10"_s);
        QCOMPARE(vm.value(u"graphics"_s).toArray().first().toObject().value(u"port"_s).toInt(), 5901);
        // The id round-trips even with '@' in the provider id.
        QCOMPARE(ResourceId::fromString(vm.value(u"id"_s).toString()).nativeId(), u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
        QCOMPARE(ResourceId::fromString(vm.value(u"id"_s).toString()).providerId(), u"qemu+ssh://root@kvm1/system"_s);
    }

    void tableHasAlignedColumns()
    {
        const QStringList lines = InventoryExport::toTable(*m_inventory).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"kvm1 [connected]"_s);
        QVERIFY(lines.at(1).trimmed().startsWith(u"NAME"_s));
        QVERIFY(lines.at(2).contains(u"web-01"_s));
        QVERIFY(lines.at(2).contains(u"8 GiB"_s));
        QVERIFY(lines.at(2).contains(u"kvm1.example.org"_s));
        QCOMPARE(lines.at(1).indexOf(u"STATE"_s), lines.at(2).indexOf(u"running"_s));
    }

    void unreachableProviderShowsItsReason()
    {
        m_inventory->setProviderStatus(u"qemu+ssh://root@kvm1/system"_s,
                                       {ProviderState::Unreachable, u"keepalive timeout"_s});
        QVERIFY(InventoryExport::toTable(*m_inventory).startsWith(u"kvm1 [unreachable: keepalive timeout]"_s));
        const QJsonObject provider = QJsonDocument::fromJson(InventoryExport::toJson(*m_inventory))
                                         .object().value(u"providers"_s).toArray().first().toObject();
        QCOMPARE(provider.value(u"detail"_s).toString(), u"keepalive timeout"_s);
    }

private:
    std::unique_ptr<Inventory> m_inventory;
};

QTEST_GUILESS_MAIN(TestInventoryExport)
#include "tst_inventoryexport.moc"
