// The VM view's Details tab against the manage fixture's real libvirtd and QEMU (TCG guests):
// vCPUs and memory saved on a shut-off VM and seen after a start; on a running VM, what libvirt
// changes live and what is marked pending until restart (and gone after one); a disk hot-plugged
// into the running guest; a CD ejected and a medium inserted; a NIC's link taken down and up;
// and the refusals (memory above the host's, a MAC another VM uses), which change nothing.
#include "inventory/Inventory.h"
#include "manage/HardwareDeviceDialogs.h"
#include "manage/HardwareModels.h"
#include "manage/VmDetailsPage.h"
#include "manage/VolumePicker.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr int uiTimeoutMs = 60000;
const QString vmName = u"welkin-edt-hw"_s;
const QString otherVmName = u"welkin-edt-hw2"_s;
const QString poolName = u"welkin-edt-hw"_s;
const QString isoName = u"welkin-edt-hw.iso"_s;
const QString diskVolume = u"welkin-edt-hw-vda.qcow2"_s;
const QString nicMac = u"52:54:00:ed:00:01"_s;
const QString otherMac = u"52:54:00:ed:00:02"_s;

QString definitionXml(const QString &name, const QString &mac)
{
    return uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <features><acpi/></features>
  <devices>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
    </disk>
    <interface type='user'>
      <mac address='%2'/>
      <model type='e1000'/>
    </interface>
    <memballoon model='virtio'/>
  </devices>
</domain>)"_s.arg(name, mac);
}

void removeDomain(virConnectPtr conn, const QString &name)
{
    if (virDomainPtr old = virDomainLookupByName(conn, name.toUtf8().constData())) {
        virDomainDestroy(old);
        virDomainUndefine(old);
        virDomainFree(old);
    }
    virResetLastError();
}

void removePool(virConnectPtr conn)
{
    if (virStoragePoolPtr pool = virStoragePoolLookupByName(conn, poolName.toUtf8().constData())) {
        virStorageVolPtr *volumes = nullptr;
        const int count = virStoragePoolListAllVolumes(pool, &volumes, 0);
        for (int i = 0; i < count; ++i) {
            virStorageVolDelete(volumes[i], 0);
            virStorageVolFree(volumes[i]);
        }
        free(volumes);
        virStoragePoolDestroy(pool);
        virStoragePoolUndefine(pool);
        virStoragePoolFree(pool);
    }
    virResetLastError();
}

} // namespace

class TstVmDetailsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shutOffChangesAreSeenAfterStart();
    void runningVmLiveAndPendingUntilRestart();
    void hotPlugDiskIntoRunningGuest();
    void ejectAndInsertMedium();
    void linkDownAndUp();
    void refusalsChangeNothing();
    void graphicsPasswordSetKeptAndRemoved();
    void switchingVmsWhileLoading();
    void cleanupTestCase();

private:
    QString xml(unsigned int flags) const;
    QString persistentXml() const { return xml(VIR_DOMAIN_XML_INACTIVE); }
    QString liveXml() const { return xml(0); }
    void setRunning(bool running);
    void applyAndWait();
    bool ready() const { return m_page->isLoaded() && !m_page->isBusy(); }
    void selectDisk(const QString &target);
    void selectNic(const QString &mac);

    virConnectPtr m_conn = nullptr;
    QString m_uuid;
    QString m_isoPath;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<VmDetailsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_diskTester;
    std::unique_ptr<QAbstractItemModelTester> m_nicTester;
    ResourceId m_vm;
    ResourceId m_otherVm;
};

void TstVmDetailsPage::initTestCase()
{
    const QByteArray uri = qgetenv("WELKIN_MANAGE_URI");
    const QString state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    QVERIFY2(!uri.isEmpty() && !state.isEmpty(), "WELKIN_MANAGE_URI/STATE are not set: run through ctest (fixture libvirtd_manage)");
    m_conn = virConnectOpen(uri.constData());
    QVERIFY2(m_conn, virGetLastErrorMessage());
    removeDomain(m_conn, vmName);
    removeDomain(m_conn, otherVmName);
    removePool(m_conn);

    // A directory pool for the new disk and an "ISO" (QEMU reads any file as a CD).
    const QString poolDir = state + u"/pool-"_s + poolName;
    QDir(poolDir).removeRecursively();
    const QString poolXml = u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s.arg(poolName, poolDir);
    virStoragePoolPtr pool = virStoragePoolDefineXML(m_conn, poolXml.toUtf8().constData(), 0);
    QVERIFY2(pool, virGetLastErrorMessage());
    QCOMPARE(virStoragePoolBuild(pool, 0), 0);
    QCOMPARE(virStoragePoolCreate(pool, 0), 0);
    const QString isoXml = u"<volume><name>%1</name><capacity unit='MiB'>1</capacity><target><format type='raw'/></target></volume>"_s.arg(isoName);
    virStorageVolPtr iso = virStorageVolCreateXML(pool, isoXml.toUtf8().constData(), 0);
    QVERIFY2(iso, virGetLastErrorMessage());
    char *isoPath = virStorageVolGetPath(iso);
    m_isoPath = QString::fromUtf8(isoPath);
    free(isoPath);
    virStorageVolFree(iso);
    virStoragePoolFree(pool);

    virDomainPtr other = virDomainDefineXML(m_conn, definitionXml(otherVmName, otherMac).toUtf8().constData());
    QVERIFY2(other, virGetLastErrorMessage());
    char otherUuid[VIR_UUID_STRING_BUFLEN];
    QCOMPARE(virDomainGetUUIDString(other, otherUuid), 0);
    virDomainFree(other);
    virDomainPtr domain = virDomainDefineXML(m_conn, definitionXml(vmName, nicMac).toUtf8().constData());
    QVERIFY2(domain, virGetLastErrorMessage());
    char uuid[VIR_UUID_STRING_BUFLEN];
    QCOMPARE(virDomainGetUUIDString(domain, uuid), 0);
    m_uuid = QString::fromLatin1(uuid);
    virDomainFree(domain);

    m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_providers);
    ConnectionProfile profile;
    profile.id = u"details-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Details fixture"_s;
    profile.uri = QString::fromUtf8(uri);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    QVERIFY(m_providers->addConnection(profile));
    m_vm = ResourceId(profile.id, ResourceKind::Vm, m_uuid);
    m_otherVm = ResourceId(profile.id, ResourceKind::Vm, QString::fromLatin1(otherUuid));
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm), uiTimeoutMs);

    m_page = std::make_unique<VmDetailsPage>(VmPageContext{&m_inventory, m_providers.get(), &m_samples});
    m_diskTester = std::make_unique<QAbstractItemModelTester>(m_page->diskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_nicTester = std::make_unique<QAbstractItemModelTester>(m_page->nicModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 900);
    m_page->show();
    m_page->setVm(m_vm);
    QTRY_VERIFY_WITH_TIMEOUT(ready(), uiTimeoutMs);
}

QString TstVmDetailsPage::xml(unsigned int flags) const
{
    virDomainPtr domain = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    if (!domain)
        return {};
    char *text = virDomainGetXMLDesc(domain, flags);
    const QString result = text ? QString::fromUtf8(text) : QString();
    free(text);
    virDomainFree(domain);
    return result;
}

void TstVmDetailsPage::setRunning(bool running)
{
    virDomainPtr domain = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    QVERIFY(domain);
    const int result = running ? virDomainCreate(domain) : virDomainDestroy(domain);
    virDomainFree(domain);
    QVERIFY2(result == 0, virGetLastErrorMessage());
    // The page follows the VM: it re-reads the hardware with the running VM's (or without).
    QTRY_VERIFY_WITH_TIMEOUT(ready() && m_page->state().live.has_value() == running, uiTimeoutMs);
}

void TstVmDetailsPage::applyAndWait()
{
    QVERIFY2(m_page->applyButton()->isEnabled(), qPrintable(m_page->applyButton()->toolTip()));
    m_page->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ready() && !m_page->hasUnappliedChanges(), uiTimeoutMs);
}

void TstVmDetailsPage::selectDisk(const QString &target)
{
    const int row = m_page->diskModel()->rowOf(target);
    QVERIFY2(row >= 0, qPrintable(target));
    m_page->diskView()->selectRow(row);
}

void TstVmDetailsPage::selectNic(const QString &mac)
{
    const int row = m_page->nicModel()->rowOf(mac);
    QVERIFY2(row >= 0, qPrintable(mac));
    m_page->nicView()->selectRow(row);
}

void TstVmDetailsPage::shutOffChangesAreSeenAfterStart()
{
    QCOMPARE(m_page->vcpusSpin()->value(), 1);
    QCOMPARE(m_page->memorySpin()->value(), 64);
    QVERIFY(!m_page->applyButton()->isEnabled());

    m_page->maxVcpusSpin()->setValue(2);
    m_page->vcpusSpin()->setValue(2);
    m_page->memorySpin()->setValue(80);
    m_page->maxMemorySpin()->setValue(128);
    QVERIFY(m_page->hasUnappliedChanges());
    QVERIFY(persistentXml().contains(u"<vcpu placement='static'>1</vcpu>"_s)); // nothing before Apply
    applyAndWait();
    QVERIFY2(m_page->messageLabel()->text().startsWith(u"Saved."_s), qPrintable(m_page->messageLabel()->text()));
    const QString saved = persistentXml();
    QVERIFY2(saved.contains(u"<vcpu placement='static'>2</vcpu>"_s), qPrintable(saved));
    QVERIFY2(saved.contains(u"<memory unit='KiB'>131072</memory>"_s), qPrintable(saved));
    QVERIFY2(saved.contains(u"<currentMemory unit='KiB'>81920</currentMemory>"_s), qPrintable(saved));

    setRunning(true);
    const VmHardware &live = *m_page->state().live;
    QCOMPARE(live.vcpus, 2);
    QCOMPARE(live.maxMemoryKiB, quint64(131072));
    QVERIFY2(liveXml().contains(u"<vcpu placement='static'>2</vcpu>"_s), qPrintable(liveXml()));
    QVERIFY(m_page->state().pendingFields().isEmpty());
}

void TstVmDetailsPage::runningVmLiveAndPendingUntilRestart()
{
    QVERIFY(m_page->state().live);
    // The maximum vCPUs and memory can only change at the next start; the current vCPUs live.
    m_page->maxVcpusSpin()->setValue(3);
    m_page->maxMemorySpin()->setValue(160);
    applyAndWait();
    QVERIFY(persistentXml().contains(u"<vcpu placement='static' current='2'>3</vcpu>"_s)
            || persistentXml().contains(u"current='2'>3</vcpu>"_s));
    const QStringList pending = m_page->state().pendingFields();
    QVERIFY2(pending.contains(u"maxVcpus"_s) && pending.contains(u"maxMemory"_s), qPrintable(pending.join(u',')));
    QLabel *processor = m_page->pendingLabel(HardwareSection::Processor);
    QVERIFY(processor->isVisible());
    QVERIFY2(processor->text().contains(u"Pending until restart"_s), qPrintable(processor->text()));
    QVERIFY(m_page->pendingLabel(HardwareSection::Memory)->isVisible());
    QVERIFY2(m_page->messageLabel()->text().contains(u"wait for the next start"_s), qPrintable(m_page->messageLabel()->text()));
    qInfo("pending on the running VM: %s", qPrintable(pending.join(u", "_s)));

    // After a restart the running VM has the saved values and nothing is pending.
    setRunning(false);
    setRunning(true);
    QCOMPARE(m_page->state().live->maxVcpus, 3);
    QCOMPARE(m_page->state().live->maxMemoryKiB, quint64(160 * 1024));
    QVERIFY2(m_page->state().pendingFields().isEmpty(), qPrintable(m_page->state().pendingFields().join(u',')));
    QVERIFY(!m_page->pendingLabel(HardwareSection::Processor)->isVisible());

    // The current vCPUs of a running VM: libvirt hot-plugs them or says why not.
    m_page->vcpusSpin()->setValue(3);
    applyAndWait();
    const VmHardware &live = *m_page->state().live;
    if (live.vcpus == 3) {
        qInfo("vCPU hot-plug 2 -> 3 on the running TCG guest: done live");
        QVERIFY(!m_page->state().pendingFields().contains(u"vcpus"_s));
    } else {
        QLabel *refused = m_page->sectionMessage(HardwareSection::Processor);
        qInfo("vCPU hot-plug refused live: %s", qPrintable(refused->text()));
        QVERIFY2(refused->isVisible() && refused->text().contains(u"waits for the next start"_s), qPrintable(refused->text()));
        QVERIFY(m_page->state().pendingFields().contains(u"vcpus"_s));
    }
}

void TstVmDetailsPage::hotPlugDiskIntoRunningGuest()
{
    QVERIFY(m_page->state().live);
    QVERIFY(!liveXml().contains(u"<target dev='vda'"_s));
    QString bus, volumeName, target;
    m_page->runDiskDialog = [&](DiskDialog &dialog) -> std::optional<VmDetailsPage::AddedDisk> {
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(int(DiskDialog::Source::NewVolume)));
        if (!QTest::qWaitFor([&] { return dialog.newVolumePool()->setPool(poolName); }, uiTimeoutMs))
            return std::nullopt;
        dialog.busCombo()->setCurrentIndex(dialog.busCombo()->findData(bus));
        dialog.volumeNameEdit()->setText(volumeName);
        dialog.sizeSpin()->setValue(0.1);
        if (dialog.targetLabel()->text() != target || !dialog.isValid()) {
            qWarning() << "disk dialog:" << dialog.targetLabel()->text() << dialog.messages();
            return std::nullopt;
        }
        return VmDetailsPage::AddedDisk{dialog.disk(), dialog.newVolume()};
    };

    // virtio-blk on the PCI bus: plugged into the running guest.
    bus = u"virtio"_s;
    volumeName = diskVolume;
    target = u"vda"_s;
    m_page->addDiskButton()->click();
    QVERIFY(m_page->diskModel()->rowOf(u"vda"_s) >= 0);
    QVERIFY(m_page->diskModel()->rowAt(m_page->diskModel()->rowOf(u"vda"_s))->status.contains(u"not applied"_s));
    applyAndWait();
    QVERIFY2(!m_page->sectionMessage(HardwareSection::Disks)->isVisible(), qPrintable(m_page->sectionMessage(HardwareSection::Disks)->text()));
    const QString live = liveXml();
    QVERIFY2(live.contains(u"<target dev='vda' bus='virtio'/>"_s), qPrintable(live));
    QVERIFY2(live.contains(diskVolume), qPrintable(live));
    QVERIFY(persistentXml().contains(diskVolume));
    QVERIFY(!m_page->state().pendingFields().contains(u"disk:vda"_s));
    QCOMPARE(m_page->diskModel()->rowAt(m_page->diskModel()->rowOf(u"vda"_s))->status, QString());

    // A SATA disk cannot be plugged into a running guest: saved, pending until restart, and
    // libvirt's reason under Disks.
    bus = u"sata"_s;
    volumeName = u"welkin-edt-hw-sda.qcow2"_s;
    target = u"sda"_s;
    m_page->addDiskButton()->click();
    applyAndWait();
    QVERIFY(persistentXml().contains(volumeName));
    QVERIFY(!liveXml().contains(volumeName));
    QLabel *refused = m_page->sectionMessage(HardwareSection::Disks);
    QVERIFY2(refused->isVisible() && refused->text().contains(u"Adding sda to the running VM waits for the next start: "_s),
             qPrintable(refused->text()));
    qInfo("refused live: %s", qPrintable(refused->text()));
    QVERIFY(m_page->state().pendingFields().contains(u"disk:sda"_s));
    QVERIFY(m_page->pendingLabel(HardwareSection::Disks)->isVisible());
    QVERIFY(m_page->diskModel()->rowAt(m_page->diskModel()->rowOf(u"sda"_s))->status.startsWith(u"Pending until restart"_s));
}

void TstVmDetailsPage::ejectAndInsertMedium()
{
    QVERIFY(m_page->state().live);
    selectDisk(u"hdc"_s);
    QVERIFY(m_page->insertButton()->isEnabled());
    QVERIFY(!m_page->ejectButton()->isEnabled()); // the drive is empty
    m_page->runDiskDialog = [this](DiskDialog &dialog) -> std::optional<VmDetailsPage::AddedDisk> {
        if (!QTest::qWaitFor([&] { return dialog.isoPicker()->setPool(poolName) && dialog.isoPicker()->setVolume(m_isoPath); },
                             uiTimeoutMs))
            return std::nullopt;
        return VmDetailsPage::AddedDisk{dialog.disk(), std::nullopt};
    };
    m_page->insertButton()->click();
    applyAndWait();
    QString live = liveXml();
    QVERIFY2(live.contains(u"<source file='%1'"_s.arg(m_isoPath)), qPrintable(live));
    QVERIFY(persistentXml().contains(u"<source file='%1'/>"_s.arg(m_isoPath)));

    selectDisk(u"hdc"_s);
    QVERIFY(m_page->ejectButton()->isEnabled());
    m_page->ejectButton()->click();
    applyAndWait();
    live = liveXml();
    QVERIFY2(!live.contains(m_isoPath), qPrintable(live));
    QVERIFY(!persistentXml().contains(m_isoPath));
}

void TstVmDetailsPage::linkDownAndUp()
{
    QVERIFY(m_page->state().live);
    selectNic(nicMac);
    QCOMPARE(m_page->linkButton()->text(), u"&Link Down"_s);
    m_page->linkButton()->click();
    applyAndWait();
    QVERIFY2(liveXml().contains(u"<link state='down'/>"_s), qPrintable(liveXml()));
    QVERIFY(persistentXml().contains(u"<link state='down'/>"_s));
    QVERIFY(!m_page->state().live->nic(nicMac)->linkUp);

    selectNic(nicMac);
    QCOMPARE(m_page->linkButton()->text(), u"&Link Up"_s);
    m_page->linkButton()->click();
    applyAndWait();
    QVERIFY2(!liveXml().contains(u"<link state='down'/>"_s), qPrintable(liveXml()));
    QVERIFY(m_page->state().live->nic(nicMac)->linkUp);
}

void TstVmDetailsPage::refusalsChangeNothing()
{
    const QString before = persistentXml();
    // Memory above the host's: refused at the field, Apply stays off.
    const quint64 hostKiB = m_page->state().limits.hostMemoryKiB;
    QVERIFY(hostKiB > 0);
    m_page->maxMemorySpin()->setValue(int(hostKiB / 1024) + 1024);
    QLabel *memory = m_page->sectionMessage(HardwareSection::Memory);
    QVERIFY(memory->isVisible());
    QVERIFY2(memory->text().contains(u"host"_s), qPrintable(memory->text()));
    QVERIFY(!m_page->applyButton()->isEnabled());
    m_page->revertButton()->click();
    QVERIFY(!memory->isVisible());

    // A MAC another VM of the host has: only the apply job can know, and it changes nothing.
    m_page->runNicDialog = [](NicDialog &dialog) -> std::optional<VmHardwareNic> {
        dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(u"bridge"_s));
        dialog.bridgeEdit()->setText(u"br-none"_s);
        dialog.macEdit()->setText(otherMac);
        return dialog.nic();
    };
    m_page->addNicButton()->click();
    QVERIFY(m_page->nicModel()->rowOf(otherMac) >= 0);
    QVERIFY(m_page->applyButton()->isEnabled());
    m_page->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ready(), uiTimeoutMs);
    QLabel *nics = m_page->sectionMessage(HardwareSection::Nics);
    QVERIFY(nics->isVisible());
    QVERIFY2(nics->text().contains(otherMac) && nics->text().contains(u"another VM"_s), qPrintable(nics->text()));
    QVERIFY2(m_page->messageLabel()->text().contains(u"Nothing was changed"_s), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(persistentXml(), before);
    QVERIFY(m_page->hasUnappliedChanges()); // the form keeps the edit to correct
    m_page->revertButton()->click();
    QCOMPARE(m_page->nicModel()->rowOf(otherMac), -1);
}

void TstVmDetailsPage::graphicsPasswordSetKeptAndRemoved()
{
    const auto secureXml = [this] { return xml(VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE); };
    QVERIFY(!m_page->state().persistent.hasGraphicsPassword);
    m_page->graphicsCombo()->setCurrentIndex(m_page->graphicsCombo()->findData(u"vnc"_s));
    m_page->listenEdit()->setText(u"127.0.0.1"_s);
    m_page->passwordEdit()->setText(u"s3cret-1"_s);
    applyAndWait();
    QVERIFY2(secureXml().contains(u"passwd='s3cret-1'"_s), qPrintable(secureXml()));
    QVERIFY(!persistentXml().contains(u"s3cret-1"_s));
    QVERIFY(m_page->passwordEdit()->text().isEmpty()); // the form does not keep it
    QVERIFY(m_page->state().persistent.hasGraphicsPassword);
    QCOMPARE(m_page->passwordEdit()->placeholderText(), u"set (type to change)"_s);
    // A graphics device added to a running VM waits for its next start.
    QVERIFY(m_page->state().pendingFields().contains(u"display"_s));

    // Another change of the display keeps the password; "No password" removes it.
    m_page->serialCheck()->setChecked(true);
    applyAndWait();
    QVERIFY2(secureXml().contains(u"passwd='s3cret-1'"_s), qPrintable(secureXml()));
    QVERIFY(secureXml().contains(u"<serial type='pty'>"_s));
    auto *noPassword = m_page->findChild<QCheckBox *>(u"detailsRemovePassword"_s);
    QVERIFY(noPassword && noPassword->isEnabled());
    noPassword->setChecked(true);
    applyAndWait();
    QVERIFY2(!secureXml().contains(u"passwd="_s), qPrintable(secureXml()));
    QVERIFY(!m_page->state().persistent.hasGraphicsPassword);
}

void TstVmDetailsPage::switchingVmsWhileLoading()
{
    // The other VM's load is still running when this one is chosen: this one loads, and the
    // other's answer is dropped.
    m_page->setVm(m_otherVm);
    QVERIFY(m_page->isBusy());
    m_page->setVm(m_vm);
    QTRY_VERIFY_WITH_TIMEOUT(ready(), uiTimeoutMs);
    QVERIFY(m_page->state().persistent.nic(nicMac));
    QVERIFY(!m_page->state().persistent.nic(otherMac));
    QTest::qWait(500);
    QVERIFY(m_page->state().persistent.nic(nicMac));
    QVERIFY(m_page->applyButton()->isEnabled() == m_page->hasUnappliedChanges());
}

void TstVmDetailsPage::cleanupTestCase()
{
    m_page.reset();
    if (m_conn) {
        removeDomain(m_conn, vmName);
        removeDomain(m_conn, otherVmName);
        removePool(m_conn);
        virConnectClose(m_conn);
    }
}

QTEST_MAIN(TstVmDetailsPage)
#include "tst_vmdetailspage.moc"
