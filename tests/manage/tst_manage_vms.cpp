// VmManager against the real libvirtd of the manage fixture (tests/manage/manage.cmake): create
// (imported disk, cloud image with its cloud-init seed, a local ISO uploaded on the way), rename,
// autostart, delete with exactly the chosen volumes, and the bad-input cases with their messages.
// Everything goes through VmManager tasks and is observed through the Provider / Inventory,
// checked against the host with a separate libvirt connection (ManageTestHost). Cloning is
// tst_manage_clone's.
#include "ManageTestHost.h"

#include "manage/DomainXmlWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Host = welkin::test::ManageTestHost;

namespace {
const QString tinyName = u"welkin-tiny"_s;
constexpr int reflectTimeoutMs = 10000;
const QString sshKey = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIWelkinManageTestKey0123456789abcdefghijk tester@welkin"_s;
} // namespace

class TstManageVms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilitiesAndNames();
    void createFromImportedDiskAndStart();
    void renameAndAutostart();
    void deleteRunningVm();
    void cloudImageWithSeed();
    void createFromLocalIso();
    void badInput();
    void failedCreateLeavesNothing();
    void cleanupTestCase();

private:
    bool hasVolume(const QString &volume) const { return !m_host.volumePath(m_host.vmPool(), volume).isEmpty(); }

    Host m_host{u"welkin-mng-"_s};
    QString m_importedUuid;
};

void TstManageVms::initTestCase()
{
    const QString error = m_host.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstManageVms::capabilitiesAndNames()
{
    const DomainCapabilitiesInfo &caps = m_host.caps();
    // KVM where the machine has a usable /dev/kvm, plain QEMU (TCG) elsewhere.
    QCOMPARE(caps.domainType, ::access("/dev/kvm", R_OK | W_OK) == 0 ? u"kvm"_s : u"qemu"_s);
    QCOMPARE(caps.arch, u"x86_64"_s);
    QVERIFY(caps.emulator.endsWith(u"qemu-system-x86_64"_s));
    QVERIFY(caps.machines.contains(u"pc"_s));
    QVERIFY(caps.machines.contains(u"q35"_s));
    QVERIFY(caps.graphicsTypes.contains(u"vnc"_s));
    qInfo("fixture: %s, machine %s, UEFI loaders: %s", qPrintable(caps.domainType), qPrintable(caps.machine),
          caps.loaders.isEmpty() ? "none" : qPrintable(caps.loaders.join(u", "_s)));

    Task *names = Host::run(m_host.manager()->vmNames());
    QVERIFY2(names->state() == Task::State::Succeeded, qPrintable(Host::describe(names)));
    QVERIFY2(names->result().toStringList().contains(tinyName), qPrintable(names->result().toStringList().join(u", "_s)));
}

void TstManageVms::createFromImportedDiskAndStart()
{
    // The disk to import: a copy of the fixture's (SeaBIOS then says "No bootable device", which
    // is a running guest all the same).
    const QString importPath = m_host.vmPoolDir() + u"/welkin-mng-import.qcow2"_s;
    QVERIFY(QFile::copy(m_host.tinyDisk(), importPath));
    QVERIFY(hasVolume(u"welkin-mng-import.qcow2"_s));

    NewVmSpec spec = m_host.baseSpec(u"welkin-mng-import"_s);
    spec.source = InstallSource::ImportDisk;
    spec.importPath = importPath;
    spec.startAfter = true;

    QElapsedTimer clock;
    clock.start();
    Task *task = m_host.manager()->createVm(spec);
    QCOMPARE(task->title(), u"Create VM welkin-mng-import"_s);
    QCOMPARE(task->target(), m_host.provider()->resourceId());
    QVERIFY(Host::waitFinished(task));
    const qint64 taskMs = clock.elapsed();
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Host::describe(task)));
    m_importedUuid = task->result().toString();
    QCOMPARE(m_importedUuid.size(), 36);
    QTRY_VERIFY_WITH_TIMEOUT(m_host.inventoryState(m_importedUuid) == PowerState::Running, reflectTimeoutMs);
    qInfo("createVm (import, TCG) to Running in the Inventory: %lld ms (task ended after %lld ms)",
          clock.elapsed(), taskMs);
    QCOMPARE(m_host.provider()->vmName(m_host.vmId(m_importedUuid)), spec.name);
    QCOMPARE(m_host.domainState(spec.name), int(VIR_DOMAIN_RUNNING));

    Task *disks = Host::run(m_host.manager()->disks(m_host.vmId(m_importedUuid)));
    QVERIFY2(disks->state() == Task::State::Succeeded, qPrintable(Host::describe(disks)));
    const QList<VmDiskInfo> list = disks->result().value<QList<VmDiskInfo>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().target, u"vda"_s);
    QCOMPARE(list.first().path, importPath);
    QCOMPARE(list.first().format, u"qcow2"_s);
    QCOMPARE(list.first().pool, m_host.vmPool());
    QCOMPARE(list.first().volume, u"welkin-mng-import.qcow2"_s);
    QVERIFY(list.first().alsoUsedBy.isEmpty());
    QVERIFY(list.first().owned());
}

void TstManageVms::renameAndAutostart()
{
    QVERIFY(!m_importedUuid.isEmpty());
    const ResourceId id = m_host.vmId(m_importedUuid);
    // Running: refused.
    Task *refused = Host::run(m_host.manager()->renameVm(id, u"welkin-mng-renamed"_s));
    QCOMPARE(refused->state(), Task::State::Failed);
    QCOMPARE(refused->errorText(), u"welkin-mng-import is running: shut it down before renaming it"_s);

    Task *on = Host::run(m_host.manager()->setAutostart(id, true));
    QVERIFY2(on->state() == Task::State::Succeeded, qPrintable(Host::describe(on)));
    virDomainPtr d = virDomainLookupByUUIDString(m_host.conn(), m_importedUuid.toLatin1().constData());
    QVERIFY(d);
    int autostart = -1;
    virDomainGetAutostart(d, &autostart);
    QCOMPARE(autostart, 1);
    Task *off = Host::run(m_host.manager()->setAutostart(id, false));
    QVERIFY2(off->state() == Task::State::Succeeded, qPrintable(Host::describe(off)));
    virDomainGetAutostart(d, &autostart);
    QCOMPARE(autostart, 0);

    // Shut off: renamed (then back), and the name rules apply.
    QCOMPARE(virDomainDestroy(d), 0);
    virDomainFree(d);
    Task *bad = Host::run(m_host.manager()->renameVm(id, u"welkin mng"_s));
    QCOMPARE(bad->state(), Task::State::Failed);
    QVERIFY2(bad->errorText().contains(u"contains a space"_s), qPrintable(bad->errorText()));
    Task *taken = Host::run(m_host.manager()->renameVm(id, tinyName));
    QCOMPARE(taken->errorText(), u"A VM named 'welkin-tiny' already exists on Manage fixture"_s);
    Task *renamed = Host::run(m_host.manager()->renameVm(id, u"welkin-mng-renamed"_s));
    QVERIFY2(renamed->state() == Task::State::Succeeded, qPrintable(Host::describe(renamed)));
    QVERIFY(m_host.domainExists(u"welkin-mng-renamed"_s));
    QVERIFY(!m_host.domainExists(u"welkin-mng-import"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_host.provider()->vmName(id), u"welkin-mng-renamed"_s, reflectTimeoutMs);
    Task *back = Host::run(m_host.manager()->renameVm(id, u"welkin-mng-import"_s));
    QVERIFY2(back->state() == Task::State::Succeeded, qPrintable(Host::describe(back)));

    // Running again for the next test.
    Task *start = Host::run(m_host.provider()->perform(Action{ActionType::Start, id, {}}));
    QVERIFY2(start->state() == Task::State::Succeeded, qPrintable(Host::describe(start)));
}

void TstManageVms::deleteRunningVm()
{
    QVERIFY(!m_importedUuid.isEmpty());
    const QString path = m_host.volumePath(m_host.vmPool(), u"welkin-mng-import.qcow2"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(m_host.domainState(u"welkin-mng-import"_s), int(VIR_DOMAIN_RUNNING));
    // A running VM is forced off, undefined, and its disk deleted.
    Task *task = Host::run(m_host.manager()->deleteVm(m_host.vmId(m_importedUuid), {path}));
    QCOMPARE(task->title(), u"Delete VM welkin-mng-import"_s);
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Host::describe(task)));
    QVERIFY(!m_host.domainExists(u"welkin-mng-import"_s));
    QVERIFY(!m_host.volumeExists(path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_host.inventory().node(m_host.vmId(m_importedUuid)), reflectTimeoutMs);
    QVERIFY(QFileInfo::exists(m_host.tinyDisk())); // the disk it was copied from
}

void TstManageVms::cloudImageWithSeed()
{
    // A tiny "cloud image": an empty qcow2 volume.
    const QString basePath = m_host.vmPoolDir() + u"/welkin-mng-cloudbase.qcow2"_s;
    QProcess img;
    img.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, basePath, u"16M"_s});
    QVERIFY(img.waitForFinished(30000) && img.exitCode() == 0);
    QVERIFY(hasVolume(u"welkin-mng-cloudbase.qcow2"_s));

    NewVmSpec spec = m_host.baseSpec(u"welkin-mng-cloud"_s);
    spec.source = InstallSource::CloudImage;
    spec.cloudImagePath = basePath;
    spec.disk.capacity = 64ull << 20;
    spec.cloudInit.userName = u"welkin"_s;
    spec.cloudInit.sshPublicKey = sshKey;
    spec.cloudInit.extraUserData = u"packages:\n  - htop\n"_s; // host name left empty: from the VM name
    spec.startAfter = true;
    Task *task = Host::run(m_host.manager()->createVm(spec));
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Host::describe(task)));
    const QString uuid = task->result().toString();
    QCOMPARE(m_host.domainState(spec.name), int(VIR_DOMAIN_RUNNING));

    const QString overlay = m_host.volumePath(m_host.vmPool(), u"welkin-mng-cloud.qcow2"_s);
    const QString seed = m_host.volumePath(m_host.vmPool(), u"welkin-mng-cloud-cidata.iso"_s);
    QVERIFY2(!overlay.isEmpty() && !seed.isEmpty(), "the disk or the seed volume is missing");

    // Attached: the overlay as the disk, the seed as a CD.
    Task *disks = Host::run(m_host.manager()->disks(m_host.vmId(uuid)));
    QVERIFY2(disks->state() == Task::State::Succeeded, qPrintable(Host::describe(disks)));
    const QList<VmDiskInfo> list = disks->result().value<QList<VmDiskInfo>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).path, overlay);
    QCOMPARE(list.at(0).device, u"disk"_s);
    QCOMPARE(list.at(1).path, seed);
    QCOMPARE(list.at(1).device, u"cdrom"_s);
    QVERIFY(list.at(1).readOnly);
    QVERIFY(m_host.liveXml(spec.name).contains(u"welkin-mng-cloud-cidata.iso"_s));

    QProcess info;
    info.start(u"qemu-img"_s, {u"info"_s, u"-U"_s, overlay});
    QVERIFY(info.waitForFinished(30000));
    const QString overlayInfo = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(overlayInfo.contains(basePath) && overlayInfo.contains(u"64 MiB"_s), qPrintable(overlayInfo));

    // The seed as the host has it, fetched through libvirt, read back with isoinfo.
    QTemporaryDir dir;
    const QString local = dir.filePath(u"seed.iso"_s);
    QProcess download;
    download.start(u"virsh"_s, {u"-c"_s, m_host.uri(), u"vol-download"_s, u"--pool"_s, m_host.vmPool(), u"welkin-mng-cloud-cidata.iso"_s, local});
    QVERIFY(download.waitForFinished(30000));
    QVERIFY2(download.exitCode() == 0, download.readAllStandardError().constData());
    QProcess header;
    header.start(u"isoinfo"_s, {u"-d"_s, u"-i"_s, local});
    QVERIFY(header.waitForFinished(30000));
    QVERIFY2(header.readAllStandardOutput().contains("Volume id: cidata"), "the seed's label is not cidata");
    QProcess userData;
    userData.start(u"isoinfo"_s, {u"-i"_s, local, u"-R"_s, u"-x"_s, u"/user-data"_s});
    QVERIFY(userData.waitForFinished(30000));
    const QString text = QString::fromUtf8(userData.readAllStandardOutput());
    QVERIFY2(text.startsWith(u"#cloud-config\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"hostname: welkin-mng-cloud\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"  - name: welkin\n"_s));
    QVERIFY(text.contains(sshKey));
    QVERIFY(text.contains(u"packages:\n  - htop\n"_s));

    // Deleted with both volumes it made; the cloud image stays.
    Task *remove = Host::run(m_host.manager()->deleteVm(m_host.vmId(uuid), {overlay, seed}));
    QVERIFY2(remove->state() == Task::State::Succeeded, qPrintable(Host::describe(remove)));
    QVERIFY(!m_host.domainExists(spec.name));
    QVERIFY(!m_host.volumeExists(overlay));
    QVERIFY(!m_host.volumeExists(seed));
    QVERIFY(m_host.volumeExists(basePath));
}

void TstManageVms::createFromLocalIso()
{
    // An install ISO on "this computer", uploaded into the pool on the way.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"content"_s));
    QFile readme(dir.filePath(u"content/README"_s));
    QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write(QByteArray(300 * 1024, 'w')) > 0);
    readme.close();
    const QString localIso = dir.filePath(u"welkin-mng-install.iso"_s);
    QProcess mkisofs;
    mkisofs.start(u"genisoimage"_s, {u"-quiet"_s, u"-V"_s, u"WELKIN_INSTALL"_s, u"-o"_s, localIso, dir.filePath(u"content"_s)});
    QVERIFY(mkisofs.waitForFinished(30000) && mkisofs.exitCode() == 0);

    NewVmSpec spec = m_host.baseSpec(u"welkin-mng-local"_s);
    spec.source = InstallSource::LocalIso;
    spec.localIsoPath = localIso;
    spec.isoPool = m_host.vmPool();
    spec.disk.capacity = 16ull << 20;
    Task *task = m_host.manager()->createVm(spec);
    QVERIFY(task->isCancellable());
    int lastProgress = -1;
    connect(task, &Task::progressChanged, this, [&lastProgress](int p) { lastProgress = p; });
    QVERIFY(Host::waitFinished(task));
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Host::describe(task)));
    QCOMPARE(lastProgress, 100);
    const QString uuid = task->result().toString();
    const QString isoPath = m_host.volumePath(m_host.vmPool(), u"welkin-mng-install.iso"_s);
    const QString diskPath = m_host.volumePath(m_host.vmPool(), u"welkin-mng-local.qcow2"_s);
    QVERIFY2(!isoPath.isEmpty() && !diskPath.isEmpty(), "the uploaded ISO or the new disk is missing");
    QCOMPARE(QFileInfo(isoPath).size(), QFileInfo(localIso).size());

    Task *disks = Host::run(m_host.manager()->disks(m_host.vmId(uuid)));
    const QList<VmDiskInfo> list = disks->result().value<QList<VmDiskInfo>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).path, diskPath);
    QCOMPARE(list.at(1).path, isoPath);
    QCOMPARE(list.at(1).device, u"cdrom"_s);
    QVERIFY(!list.at(1).owned()); // unchecked in the delete dialog

    // A second VM from the same file uses the volume already there.
    spec.name = u"welkin-mng-local2"_s;
    Task *second = Host::run(m_host.manager()->createVm(spec));
    QVERIFY2(second->state() == Task::State::Succeeded, qPrintable(Host::describe(second)));
    const QString uuid2 = second->result().toString();
    Task *disks2 = Host::run(m_host.manager()->disks(m_host.vmId(uuid2)));
    const QList<VmDiskInfo> list2 = disks2->result().value<QList<VmDiskInfo>>();
    QCOMPARE(list2.size(), 2);
    QCOMPARE(list2.at(1).path, isoPath);
    QCOMPARE(list2.at(1).alsoUsedBy, QStringList{u"welkin-mng-local"_s});

    // A local ISO that is not there.
    spec.name = u"welkin-mng-local3"_s;
    spec.localIsoPath = dir.filePath(u"absent.iso"_s);
    Task *missing = Host::run(m_host.manager()->createVm(spec));
    QCOMPARE(missing->errorText(), u"ISO %1 does not exist on this computer"_s.arg(spec.localIsoPath));

    for (const auto &[id, paths] : {std::pair{uuid, QStringList{diskPath}},
                                    std::pair{uuid2, QStringList{m_host.volumePath(m_host.vmPool(), u"welkin-mng-local2.qcow2"_s), isoPath}}}) {
        Task *remove = Host::run(m_host.manager()->deleteVm(m_host.vmId(id), paths));
        QVERIFY2(remove->state() == Task::State::Succeeded, qPrintable(Host::describe(remove)));
    }
    QVERIFY(!m_host.volumeExists(isoPath));
    QVERIFY(!m_host.volumeExists(diskPath));
    QVERIFY(!m_host.domainExists(u"welkin-mng-local"_s) && !m_host.domainExists(u"welkin-mng-local2"_s));
}

void TstManageVms::badInput()
{
    auto failsWith = [this](const NewVmSpec &spec, const QString &message) {
        Task *task = Host::run(m_host.manager()->createVm(spec));
        if (task->state() != Task::State::Failed)
            return u"%1 did not fail: %2"_s.arg(spec.name, Host::describe(task));
        if (!task->errorText().contains(message))
            return u"%1 failed with \"%2\", expected \"%3\""_s.arg(spec.name, task->errorText(), message);
        return QString();
    };
    NewVmSpec spec = m_host.baseSpec(tinyName);
    spec.source = InstallSource::Network;
    spec.disk.capacity = 16ull << 20;
    QString problem = failsWith(spec, u"A VM named 'welkin-tiny' already exists on Manage fixture"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    spec.name = u"welkin/mng"_s;
    problem = failsWith(spec, u"The virtual machine name 'welkin/mng' contains '/'"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The fixture offers no UEFI firmware (no loader in its domain capabilities).
    QVERIFY(m_host.caps().loaders.isEmpty());
    spec.name = u"welkin-mng-uefi"_s;
    spec.firmware = u"uefi"_s;
    problem = failsWith(spec, u"UEFI firmware is not available on this host (no loader in the domain capabilities)"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The definition a UEFI VM gets where firmware exists passes libvirt's validation here too
    // (firmware autoselection happens at start, which needs OVMF).
    NewVmSpec uefi = m_host.baseSpec(u"welkin-mng-efi"_s);
    uefi.source = InstallSource::Network;
    uefi.machine = u"q35"_s;
    uefi.firmware = u"uefi"_s;
    const QByteArray uefiXml = DomainXmlWriter::write(uefi, {});
    virDomainPtr efi = virDomainDefineXMLFlags(m_host.conn(), uefiXml.constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    QVERIFY2(efi, virGetLastErrorMessage());
    char *defined = virDomainGetXMLDesc(efi, VIR_DOMAIN_XML_INACTIVE);
    const bool autoselect = QByteArray(defined).contains("<os firmware='efi'>");
    free(defined);
    virDomainUndefineFlags(efi, VIR_DOMAIN_UNDEFINE_NVRAM);
    virDomainFree(efi);
    QVERIFY(autoselect);

    spec = m_host.baseSpec(u"welkin-mng-iso"_s);
    spec.source = InstallSource::IsoVolume;
    spec.isoPath = u"/x.iso"_s;
    spec.disk.capacity = 16ull << 20;
    problem = failsWith(spec, u"ISO /x.iso does not exist on the host"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    spec = m_host.baseSpec(u"welkin-mng-cloud-bad"_s);
    spec.source = InstallSource::CloudImage;
    spec.cloudImagePath = m_host.volumePath(m_host.vmPool(), u"welkin-mng-cloudbase.qcow2"_s); // cloudImageWithSeed's
    spec.cloudInit.userName = u"welkin"_s;
    spec.cloudInit.sshPublicKey = u"my key"_s;
    problem = failsWith(spec, u"The SSH public key does not look like one"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    for (const QString &name : {u"welkin-mng-uefi"_s, u"welkin-mng-iso"_s, u"welkin-mng-cloud-bad"_s})
        QVERIFY(!m_host.domainExists(name));
    QVERIFY(!hasVolume(u"welkin-mng-uefi.qcow2"_s));
    QVERIFY(!hasVolume(u"welkin-mng-iso.qcow2"_s));
}

void TstManageVms::failedCreateLeavesNothing()
{
    // The disk is made, then libvirt's validation refuses the machine type: the disk goes again.
    NewVmSpec spec = m_host.baseSpec(u"welkin-mng-bad"_s);
    spec.source = InstallSource::Network;
    spec.disk.capacity = 16ull << 20;
    spec.machine = u"pc-welkin-9.9"_s;
    Task *task = Host::run(m_host.manager()->createVm(spec));
    QCOMPARE(task->state(), Task::State::Failed);
    QVERIFY2(task->errorText().startsWith(u"Could not define welkin-mng-bad: "_s), qPrintable(task->errorText()));
    QVERIFY2(task->errorText().size() > u"Could not define welkin-mng-bad: "_s.size() + 10, qPrintable(task->errorText())); // libvirt's reason
    qInfo("rejected machine: %s", qPrintable(task->errorText()));
    QVERIFY(!m_host.domainExists(spec.name));
    QVERIFY(!hasVolume(u"welkin-mng-bad.qcow2"_s));
    QVERIFY(!QFileInfo::exists(m_host.vmPoolDir() + u"/welkin-mng-bad.qcow2"_s));

    // The same with a cloud image: overlay and seed were both made before the define failed.
    spec = m_host.baseSpec(u"welkin-mng-bad2"_s);
    spec.source = InstallSource::CloudImage;
    spec.cloudImagePath = m_host.volumePath(m_host.vmPool(), u"welkin-mng-cloudbase.qcow2"_s);
    QVERIFY(!spec.cloudImagePath.isEmpty());
    spec.cloudInit.userName = u"welkin"_s;
    spec.cloudInit.sshPublicKey = sshKey;
    spec.machine = u"pc-welkin-9.9"_s;
    task = Host::run(m_host.manager()->createVm(spec));
    QCOMPARE(task->state(), Task::State::Failed);
    QVERIFY2(task->errorText().startsWith(u"Could not define welkin-mng-bad2: "_s), qPrintable(task->errorText()));
    QVERIFY(!hasVolume(u"welkin-mng-bad2.qcow2"_s));
    QVERIFY(!hasVolume(u"welkin-mng-bad2-cidata.iso"_s));
    QVERIFY(hasVolume(u"welkin-mng-cloudbase.qcow2"_s)); // not ours to remove
}

void TstManageVms::cleanupTestCase()
{
    const QString error = m_host.close();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo::exists(m_host.tinyDisk()));
}

QTEST_GUILESS_MAIN(TstManageVms)
#include "tst_manage_vms.moc"
