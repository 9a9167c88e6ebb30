// VmManager::cloneVm on the manage fixture's welkin-tiny: a full copy and a linked (qcow2
// overlay) clone in the disk's pool, new UUIDs and MACs, each clone booted beside another VM;
// the refusals (running source, bad or taken names, a disk outside any pool) and deleting the
// clones with exactly their own disks. welkin-tiny gets a user-mode NIC for the MAC check and is
// restored as the fixture defined it at the end. Uses ManageTestHost with the prefix
// "welkin-mngc-", so it can run beside tst_manage_vms.
#include "ManageTestHost.h"

#include "providers/libvirt/DomainXmlParser.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using Host = welkin::test::ManageTestHost;

namespace {
const QString tinyName = u"welkin-tiny"_s;
const QString tinyUuid = u"c0ffee00-7e57-4d1e-9a11-000000000001"_s; // tests/data/tiny-vm.xml
constexpr int reflectTimeoutMs = 10000;
} // namespace

class TstManageClone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cloneFullAndLinked();
    void runBesideTheOriginal();
    void deleteClonesWithTheirDisks();
    void refusals();
    void cleanupTestCase();

private:
    struct Clone {
        QString name;
        bool linked;
        QString uuid;
        QString disk;
    };

    Host m_host{u"welkin-mngc-"_s};
    QByteArray m_tinyXml; // welkin-tiny as the fixture defined it
    QList<Clone> m_clones{{u"welkin-mngc-full"_s, false, {}, {}}, {u"welkin-mngc-linked"_s, true, {}, {}}};
};

void TstManageClone::initTestCase()
{
    QString error = m_host.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_host.ensureDiskPool();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_host.domainState(tinyName), int(VIR_DOMAIN_SHUTOFF));
    virDomainPtr tiny = virDomainLookupByName(m_host.conn(), tinyName.toUtf8().constData());
    QVERIFY(tiny);
    char *xml = virDomainGetXMLDesc(tiny, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    m_tinyXml = QByteArray(xml);
    free(xml);
    virDomainFree(tiny);
    QVERIFY(m_tinyXml.contains("<name>welkin-tiny</name>"));
}

void TstManageClone::cloneFullAndLinked()
{
    // welkin-tiny has no NIC; give it one for the MAC check (restored in cleanupTestCase).
    QByteArray withNic = m_tinyXml;
    withNic.replace("</devices>", "<interface type='user'><mac address='52:54:00:0e:57:01'/><model type='virtio'/></interface></devices>");
    virDomainPtr redefined = virDomainDefineXML(m_host.conn(), withNic.constData());
    QVERIFY2(redefined, virGetLastErrorMessage());
    virDomainFree(redefined);
    const ResourceId tiny = m_host.vmId(tinyUuid);


    for (Clone &clone : m_clones) {
        QElapsedTimer clock;
        clock.start();
        Task *task = m_host.manager()->cloneVm(tiny, CloneSpec{clone.name, clone.linked, false});
        QCOMPARE(task->title(), u"Clone welkin-tiny to %1"_s.arg(clone.name));
        QCOMPARE(task->target(), tiny);
        QVERIFY(task->isCancellable());
        int lastProgress = -1;
        connect(task, &Task::progressChanged, this, [&lastProgress](int p) { lastProgress = p; });
        QVERIFY(Host::waitFinished(task));
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(Host::describe(task)));
        QCOMPARE(lastProgress, 100);
        clone.uuid = task->result().toString();
        QVERIFY(clone.uuid.size() == 36 && clone.uuid != tinyUuid);
        qInfo("%s clone of welkin-tiny in %lld ms", clone.linked ? "linked" : "full", clock.elapsed());

        Task *disks = Host::run(m_host.manager()->disks(m_host.vmId(clone.uuid)));
        QVERIFY2(disks->state() == Task::State::Succeeded, qPrintable(Host::describe(disks)));
        const QList<VmDiskInfo> list = disks->result().value<QList<VmDiskInfo>>();
        QCOMPARE(list.size(), 1);
        clone.disk = list.first().path;
        QCOMPARE(list.first().volume, clone.name + u".qcow2"_s);
        QCOMPARE(QFileInfo(clone.disk).absolutePath(), QFileInfo(m_host.tinyDisk()).absolutePath()); // same pool
        QVERIFY(list.first().owned());
        QCOMPARE(list.first().format, u"qcow2"_s);
        // Linked: a qcow2 on top of the original; full: a standalone copy.
        QProcess info;
        info.start(u"qemu-img"_s, {u"info"_s, u"-U"_s, u"--output=json"_s, clone.disk});
        QVERIFY(info.waitForFinished(30000));
        const QString json = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(json.contains(m_host.tinyDisk()) == clone.linked, qPrintable(json));
    }
}

void TstManageClone::runBesideTheOriginal()
{
    QVERIFY(!m_clones[0].uuid.isEmpty() && !m_clones[1].uuid.isEmpty());
    const ResourceId tiny = m_host.vmId(tinyUuid);
    const QList<Clone> &clones = m_clones;
    // The original and its full clone run at once; a linked clone cannot run beside the
    // original (QEMU's image locks: the original writes the linked clone's backing file), so it
    // runs beside the full clone once the original is off. Every MAC differs.
    auto start = [this](const QString &uuid) {
        Task *task = Host::run(m_host.provider()->perform(Action{ActionType::Start, m_host.vmId(uuid), {}}));
        return task->state() == Task::State::Succeeded ? QString() : Host::describe(task);
    };
    auto liveMac = [this](const QString &name) {
        const DomainXmlResult live = DomainXmlParser::parse(m_host.liveXml(name).toUtf8());
        return live.ok && live.vm.nics.size() == 1 ? live.vm.nics.first().mac : QString();
    };
    QString problem = start(tinyUuid);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = start(clones[0].uuid);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(m_host.inventoryState(tinyUuid) == PowerState::Running, reflectTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_host.inventoryState(clones[0].uuid) == PowerState::Running, reflectTimeoutMs);
    QCOMPARE(m_host.domainState(tinyName), int(VIR_DOMAIN_RUNNING));
    QCOMPARE(m_host.domainState(clones[0].name), int(VIR_DOMAIN_RUNNING));
    QStringList macs{liveMac(tinyName), liveMac(clones[0].name)};

    // A running VM is not cloned.
    Task *refused = Host::run(m_host.manager()->cloneVm(tiny, CloneSpec{u"welkin-mngc-refused"_s, false, false}));
    QCOMPARE(refused->state(), Task::State::Failed);
    QCOMPARE(refused->errorText(), u"welkin-tiny is running: shut it down before cloning"_s);
    QVERIFY(!m_host.domainExists(u"welkin-mngc-refused"_s));

    Task *stopTiny = Host::run(m_host.provider()->perform(Action{ActionType::ForceOff, tiny, {}}));
    QVERIFY2(stopTiny->state() == Task::State::Succeeded, qPrintable(Host::describe(stopTiny)));
    problem = start(clones[1].uuid);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(m_host.inventoryState(clones[1].uuid) == PowerState::Running, reflectTimeoutMs);
    QCOMPARE(m_host.domainState(clones[0].name), int(VIR_DOMAIN_RUNNING));
    QCOMPARE(m_host.domainState(clones[1].name), int(VIR_DOMAIN_RUNNING));
    macs.append(liveMac(clones[1].name));
    // ... and the original now refuses to start while its linked clone runs.
    problem = start(tinyUuid);
    if (problem.isEmpty()) {
        // QEMU locks images with OFD locks; a file system without them (a chroot's overlay, some
        // NFS) lets both start. Then the original goes off again for the next steps.
        qInfo("welkin-tiny started beside its linked clone: no image locking on this file system");
        Task *stopAgain = Host::run(m_host.provider()->perform(Action{ActionType::ForceOff, tiny, {}}));
        QVERIFY2(stopAgain->state() == Task::State::Succeeded, qPrintable(Host::describe(stopAgain)));
    } else {
        QVERIFY2(problem.contains(u"lock"_s), qPrintable(u"starting welkin-tiny beside its linked clone: "_s + problem));
    }

    qInfo("MACs: %s", qPrintable(macs.join(u", "_s)));
    QCOMPARE(macs.first(), u"52:54:00:0e:57:01"_s);
    QVERIFY(!macs.at(1).isEmpty() && !macs.at(2).isEmpty());
    QVERIFY(macs.at(0) != macs.at(1) && macs.at(0) != macs.at(2) && macs.at(1) != macs.at(2));
}

void TstManageClone::deleteClonesWithTheirDisks()
{
    const QList<Clone> &clones = m_clones;
    // Stop all; delete the clones with exactly their own disks.
    for (const QString &uuid : {clones[0].uuid, clones[1].uuid}) {
        Task *stop = Host::run(m_host.provider()->perform(Action{ActionType::ForceOff, m_host.vmId(uuid), {}}));
        QVERIFY2(stop->state() == Task::State::Succeeded, qPrintable(Host::describe(stop)));
    }
    QCOMPARE(m_host.domainState(tinyName), int(VIR_DOMAIN_SHUTOFF));
    // The full clone with its disk and, by mistake, the original's: that one is kept.
    Task *full = Host::run(m_host.manager()->deleteVm(m_host.vmId(clones[0].uuid), {clones[0].disk, m_host.tinyDisk()}));
    QCOMPARE(full->title(), u"Delete VM welkin-mngc-full"_s);
    QCOMPARE(full->state(), Task::State::Failed);
    QCOMPARE(full->errorText(), u"Deleted welkin-mngc-full, but not all of its disks: %1 was kept: VM 'welkin-tiny' uses it"_s
                                    .arg(m_host.tinyDisk()));
    // The linked clone with its disk and a path that is gone: the disk still goes.
    const QString ghost = m_host.vmPoolDir() + u"/welkin-mngc-ghost.qcow2"_s;
    Task *linked = Host::run(m_host.manager()->deleteVm(m_host.vmId(clones[1].uuid), {ghost, clones[1].disk}));
    QCOMPARE(linked->state(), Task::State::Failed);
    QVERIFY2(linked->errorText().startsWith(u"Deleted welkin-mngc-linked, but not all of its disks: Could not find the volume "_s + ghost),
             qPrintable(linked->errorText()));
    for (const Clone &clone : std::as_const(clones)) {
        QVERIFY(!m_host.domainExists(clone.name));
        QVERIFY2(!QFileInfo::exists(clone.disk), qPrintable(clone.disk));
        QTRY_VERIFY_WITH_TIMEOUT(!m_host.inventory().node(m_host.vmId(clone.uuid)), reflectTimeoutMs);
    }
    QVERIFY(m_host.domainExists(tinyName));
    QVERIFY(QFileInfo::exists(m_host.tinyDisk()));
    QProcess check;
    check.start(u"qemu-img"_s, {u"check"_s, u"-U"_s, m_host.tinyDisk()});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
}


void TstManageClone::refusals()
{
    const ResourceId tiny = m_host.vmId(tinyUuid);
    QCOMPARE(m_host.domainState(tinyName), int(VIR_DOMAIN_SHUTOFF));
    Task *spaced = Host::run(m_host.manager()->cloneVm(tiny, CloneSpec{u"welkin mngc"_s, false, false}));
    QCOMPARE(spaced->state(), Task::State::Failed);
    QCOMPARE(spaced->errorText(), u"The virtual machine name 'welkin mngc' contains a space"_s);
    Task *slashed = Host::run(m_host.manager()->cloneVm(tiny, CloneSpec{u"welkin/mngc"_s, false, false}));
    QCOMPARE(slashed->errorText(), u"The virtual machine name 'welkin/mngc' contains '/'"_s);
    Task *taken = Host::run(m_host.manager()->cloneVm(tiny, CloneSpec{tinyName, false, false}));
    QCOMPARE(taken->errorText(), u"A VM named 'welkin-tiny' already exists on Manage fixture"_s);

    // A disk outside any pool cannot be copied: refused before anything is made.
    const QString outside = m_host.state() + u"/welkin-mngc-outside.qcow2"_s;
    QProcess img;
    img.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, outside, u"8M"_s});
    QVERIFY(img.waitForFinished(30000) && img.exitCode() == 0);
    QByteArray xml = m_tinyXml;
    xml.replace("<name>welkin-tiny</name>", "<name>welkin-mngc-outside</name>");
    xml.replace(m_host.tinyDisk().toUtf8(), outside.toUtf8());
    const qsizetype uuidAt = xml.indexOf("<uuid>");
    xml.remove(uuidAt, xml.indexOf("</uuid>") + 7 - uuidAt);
    virDomainPtr defined = virDomainDefineXML(m_host.conn(), xml.constData());
    QVERIFY2(defined, virGetLastErrorMessage());
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(defined, uuid);
    virDomainFree(defined);
    Task *outsideClone = Host::run(m_host.manager()->cloneVm(m_host.vmId(QString::fromLatin1(uuid)),
                                                             CloneSpec{u"welkin-mngc-outside2"_s, false, false}));
    QCOMPARE(outsideClone->state(), Task::State::Failed);
    QCOMPARE(outsideClone->errorText(),
             u"Disk vda of welkin-mngc-outside (%1) is not in a storage pool: Welkin can only copy volumes of a pool"_s.arg(outside));
    QVERIFY(!m_host.domainExists(u"welkin-mngc-outside2"_s));
    QVERIFY(!QFileInfo::exists(m_host.state() + u"/disks/welkin-mngc-outside2.qcow2"_s));
    QFile::remove(outside);
}

void TstManageClone::cleanupTestCase()
{
    if (!m_host.conn())
        return;
    if (virDomainPtr tiny = virDomainLookupByName(m_host.conn(), tinyName.toUtf8().constData())) {
        if (virDomainIsActive(tiny) == 1)
            virDomainDestroy(tiny);
        virDomainFree(tiny);
    }
    if (!m_tinyXml.isEmpty()) {
        virDomainPtr restored = virDomainDefineXML(m_host.conn(), m_tinyXml.constData());
        QVERIFY2(restored, virGetLastErrorMessage());
        virDomainFree(restored);
    }
    const QString error = m_host.close();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_host.domainState(tinyName), int(VIR_DOMAIN_SHUTOFF));
    QVERIFY(!m_host.liveXml(tinyName).contains(u"52:54:00:0e:57:01"_s)); // the NIC is gone again
    QVERIFY(QFileInfo::exists(m_host.tinyDisk()));
}

QTEST_GUILESS_MAIN(TstManageClone)
#include "tst_manage_clone.moc"
