#include "ManageTestHost.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace welkin::test {

using namespace Qt::StringLiterals;

namespace {
constexpr int connectTimeoutMs = 30000;
}

ManageTestHost::ManageTestHost(QString prefix) : m_prefix(std::move(prefix)) {}

ManageTestHost::~ManageTestHost()
{
    if (m_conn)
        virConnectClose(m_conn);
}

QString ManageTestHost::open()
{
    m_uri = qEnvironmentVariable("WELKIN_MANAGE_URI");
    m_state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    if (m_uri.isEmpty() || m_state.isEmpty())
        return u"WELKIN_MANAGE_URI/STATE are not set: run this test through ctest"_s;
    // A daemon that goes away mid-call (the fixture stopped) is a failure to report, not a crash:
    // the application ignores SIGPIPE too.
    std::signal(SIGPIPE, SIG_IGN);
    // The checks look up things that may not exist: no libvirt messages on stderr.
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    m_conn = virConnectOpen(m_uri.toUtf8().constData());
    if (!m_conn)
        return u"could not open %1: %2"_s.arg(m_uri, QString::fromUtf8(virGetLastErrorMessage()));
    if (!QFileInfo::exists(tinyDisk()))
        return tinyDisk() + u" is missing"_s;

    removeLeftovers();
    QString error;
    if (!ensurePool(vmPool(), vmPoolDir(), true, &error))
        return error;

    ConnectionProfile profile;
    profile.id = u"manage-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Manage fixture"_s;
    profile.uri = m_uri;
    profile.options = {{u"statsIntervalMs"_s, 0}, {u"reconcileIntervalMs"_s, 60000}};
    m_provider = std::make_unique<LibvirtProvider>(profile);
    m_inventory.addProvider(m_provider.get());
    QSignalSpy loaded(m_provider.get(), &Provider::initialLoadFinished);
    m_provider->open();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, connectTimeoutMs) || m_provider->state() != ProviderState::Connected)
        return u"the provider did not connect: "_s + m_provider->status().detail;
    m_manager = std::make_unique<VmManager>(m_provider.get());

    Task *caps = run(m_manager->domainCapabilities());
    if (caps->state() != Task::State::Succeeded)
        return describe(caps);
    m_caps = caps->result().value<DomainCapabilitiesInfo>();
    return {};
}

QString ManageTestHost::close()
{
    if (!m_conn)
        return {};
    if (m_provider)
        m_provider->close();
    removeLeftovers();
    if (QDir(vmPoolDir()).exists())
        return vmPoolDir() + u" is still there"_s;
    return {};
}

QString ManageTestHost::ensureDiskPool()
{
    if (virStorageVolPtr vol = virStorageVolLookupByPath(m_conn, tinyDisk().toUtf8().constData())) {
        virStorageVolFree(vol);
        return {};
    }
    QString error;
    ensurePool(m_prefix + u"disks"_s, m_state + u"/disks"_s, false, &error);
    return error;
}

bool ManageTestHost::ensurePool(const QString &name, const QString &dir, bool build, QString *error)
{
    const QByteArray xml = u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s.arg(name, dir).toUtf8();
    virStoragePoolPtr pool = virStoragePoolDefineXML(m_conn, xml.constData(), 0);
    if (!pool) {
        *error = u"could not define pool %1: %2"_s.arg(name, QString::fromUtf8(virGetLastErrorMessage()));
        return false;
    }
    const bool ok = (!build || virStoragePoolBuild(pool, 0) == 0) && virStoragePoolCreate(pool, 0) == 0;
    if (!ok)
        *error = u"could not start pool %1: %2"_s.arg(name, QString::fromUtf8(virGetLastErrorMessage()));
    virStoragePoolFree(pool);
    return ok;
}

void ManageTestHost::removeLeftovers()
{
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(m_conn, &domains, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(domains[i]));
        if (name.startsWith(m_prefix)) {
            if (virDomainIsActive(domains[i]) == 1)
                virDomainDestroy(domains[i]);
            virDomainUndefineFlags(domains[i], VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
            qInfo("removed VM %s", qPrintable(name));
        }
        virDomainFree(domains[i]);
    }
    free(domains);

    // Volumes with the prefix in the fixture's disks directory (clones), whichever pool has them.
    const QStringList clones = QDir(m_state + u"/disks"_s).entryList({m_prefix + u'*'}, QDir::Files);
    for (const QString &file : clones) {
        const QString path = m_state + u"/disks/"_s + file;
        if (virStorageVolPtr vol = virStorageVolLookupByPath(m_conn, path.toUtf8().constData())) {
            virStorageVolDelete(vol, 0);
            virStorageVolFree(vol);
        }
        QFile::remove(path);
    }

    for (const QString &name : QStringList{vmPool(), m_prefix + u"disks"_s}) {
        virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, name.toUtf8().constData());
        if (!pool)
            continue;
        const bool ours = name == vmPool(); // the other one covers the fixture's directory
        if (ours && virStoragePoolIsActive(pool) == 1) {
            virStoragePoolRefresh(pool, 0);
            virStorageVolPtr *vols = nullptr;
            const int count = virStoragePoolListAllVolumes(pool, &vols, 0);
            for (int i = 0; i < count; ++i) {
                virStorageVolDelete(vols[i], 0);
                virStorageVolFree(vols[i]);
            }
            free(vols);
        }
        if (virStoragePoolIsActive(pool) == 1)
            virStoragePoolDestroy(pool);
        if (ours)
            virStoragePoolDelete(pool, 0);
        virStoragePoolUndefine(pool);
        virStoragePoolFree(pool);
    }
    virResetLastError();
}

NewVmSpec ManageTestHost::baseSpec(const QString &name) const
{
    NewVmSpec spec;
    spec.name = name;
    spec.domainType = m_caps.domainType; // "qemu" (TCG) on the fixture
    spec.emulator = m_caps.emulator;
    spec.machine = u"pc"_s;
    spec.memoryMiB = 64;
    spec.vcpus = 1;
    spec.networkType = u"user"_s; // no host bridge in the sandbox
    // No VNC: an autoport can race with other tests' listeners on 59xx (the definitions with
    // graphics are tst_domainxmlwriter's; welkin-tiny and its clones still have VNC).
    spec.graphics = u"none"_s;
    spec.disk.pool = vmPool();
    spec.startAfter = false;
    return spec;
}

bool ManageTestHost::domainExists(const QString &name) const
{
    virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData());
    if (d)
        virDomainFree(d);
    virResetLastError();
    return d;
}

int ManageTestHost::domainState(const QString &name) const
{
    virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData());
    int state = -1;
    int reason = 0;
    if (d) {
        virDomainGetState(d, &state, &reason, 0);
        virDomainFree(d);
    }
    virResetLastError();
    return state;
}

QString ManageTestHost::liveXml(const QString &name) const
{
    virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData());
    if (!d)
        return {};
    char *xml = virDomainGetXMLDesc(d, 0);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    virDomainFree(d);
    return text;
}

QString ManageTestHost::volumePath(const QString &pool, const QString &volume) const
{
    QString path;
    if (virStoragePoolPtr p = virStoragePoolLookupByName(m_conn, pool.toUtf8().constData())) {
        virStoragePoolRefresh(p, 0);
        if (virStorageVolPtr v = virStorageVolLookupByName(p, volume.toUtf8().constData())) {
            char *text = virStorageVolGetPath(v);
            path = QString::fromUtf8(text);
            free(text);
            virStorageVolFree(v);
        }
        virStoragePoolFree(p);
    }
    virResetLastError();
    return path;
}

bool ManageTestHost::volumeExists(const QString &path) const
{
    // Asks the daemon (after a refresh of our pool) and the file system.
    if (virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, vmPool().toUtf8().constData())) {
        virStoragePoolRefresh(pool, 0);
        virStoragePoolFree(pool);
    }
    virStorageVolPtr vol = virStorageVolLookupByPath(m_conn, path.toUtf8().constData());
    if (vol)
        virStorageVolFree(vol);
    virResetLastError();
    return vol || QFileInfo::exists(path);
}

PowerState ManageTestHost::inventoryState(const QString &uuid) const
{
    const InventoryNode *node = m_inventory.node(vmId(uuid));
    const VmInfo *vm = node ? node->resource().vm() : nullptr;
    return vm ? vm->state : PowerState::Unknown;
}

bool ManageTestHost::waitFinished(Task *task, int timeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

Task *ManageTestHost::run(Task *task)
{
    waitFinished(task);
    return task;
}

QString ManageTestHost::describe(const Task *task)
{
    return u"%1: %2 %3"_s.arg(task->title(), QVariant::fromValue(task->state()).toString(), task->errorText());
}

} // namespace welkin::test
