#include "MigrationTestHosts.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace welkin::test {

using namespace Qt::StringLiterals;

namespace {
constexpr int connectTimeoutMs = 30000;

virDomainPtr lookupGuest(virConnectPtr conn)
{
    virDomainPtr domain = virDomainLookupByName(conn, MigrationTestHosts::guest);
    virResetLastError();
    return domain;
}
} // namespace

MigrationTestHosts::MigrationTestHosts() = default;

MigrationTestHosts::~MigrationTestHosts()
{
    close();
}

std::unique_ptr<LibvirtProvider> MigrationTestHosts::connect(const QString &id, const QString &name, const QString &uri,
                                                             int statsIntervalMs, QString *error)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = u"libvirt"_s;
    profile.displayName = name;
    profile.uri = uri;
    profile.options = {{u"statsIntervalMs"_s, statsIntervalMs}};
    auto provider = std::make_unique<LibvirtProvider>(profile);
    m_inventory.addProvider(provider.get());
    QSignalSpy loaded(provider.get(), &Provider::initialLoadFinished);
    provider->open();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, connectTimeoutMs)
        || provider->state() != ProviderState::Connected) {
        *error = u"%1 did not connect: %2"_s.arg(name, provider->status().detail);
        return nullptr;
    }
    return provider;
}

QString MigrationTestHosts::open(int statsIntervalMs)
{
    m_uriA = qEnvironmentVariable("WELKIN_MIGRATION_URI_A");
    m_uriB = qEnvironmentVariable("WELKIN_MIGRATION_URI_B");
    if (m_uriA.isEmpty() || m_uriB.isEmpty())
        return u"WELKIN_MIGRATION_URI_A/B are not set: run this test through ctest (fixture libvirtd_migration)"_s;
    // A daemon that goes away mid-call is a failure to report, not a crash (as in the application).
    std::signal(SIGPIPE, SIG_IGN);
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    m_connA = virConnectOpen(m_uriA.toUtf8().constData());
    m_connB = virConnectOpen(m_uriB.toUtf8().constData());
    if (!m_connA || !m_connB)
        return u"could not open the fixture's hosts: %1"_s.arg(QString::fromUtf8(virGetLastErrorMessage()));
    QString error;
    m_providerA = connect(u"migration-a"_s, u"Migration A"_s, m_uriA, statsIntervalMs, &error);
    if (!m_providerA)
        return error;
    m_providerB = connect(u"migration-b"_s, u"Migration B"_s, m_uriB, statsIntervalMs, &error);
    return m_providerB ? QString() : error;
}

void MigrationTestHosts::close()
{
    if (m_providerA)
        m_providerA->close();
    if (m_providerB)
        m_providerB->close();
    m_providerA.reset();
    m_providerB.reset();
    for (virConnectPtr *conn : {&m_connA, &m_connB}) {
        if (*conn)
            virConnectClose(*conn);
        *conn = nullptr;
    }
}

QString MigrationTestHosts::guestRunningOnA()
{
    if (virDomainPtr leftover = lookupGuest(m_connB)) {
        virDomainPtr home = lookupGuest(m_connA);
        if (home) {
            // A copy on B beside the one on A: not ours to keep.
            virDomainFree(home);
            if (virDomainIsActive(leftover) == 1)
                virDomainDestroy(leftover);
            virDomainUndefineFlags(leftover, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
        } else {
            // An earlier test stopped half-way with the guest on B: moved back with plain libvirt.
            const bool active = virDomainIsActive(leftover) == 1;
            const unsigned int flags = VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE
                | (active ? VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_DISK : VIR_MIGRATE_OFFLINE);
            virDomainPtr back = virDomainMigrate3(leftover, m_connA, nullptr, 0, flags);
            const QString error = QString::fromUtf8(virGetLastErrorMessage());
            virDomainFree(leftover);
            if (!back)
                return u"could not bring %1 back from B: %2"_s.arg(QString::fromLatin1(guest), error);
            virDomainFree(back);
            leftover = nullptr;
        }
        if (leftover)
            virDomainFree(leftover);
    }
    removeDisk(m_connB);
    virDomainPtr domain = lookupGuest(m_connA);
    if (!domain)
        return u"%1 is not defined on A: restart the fixture (migration-fixture.sh start)"_s.arg(QString::fromLatin1(guest));
    QString error;
    if (virDomainIsActive(domain) != 1 && virDomainCreate(domain) < 0)
        error = u"could not start %1 on A: %2"_s.arg(QString::fromLatin1(guest), QString::fromUtf8(virGetLastErrorMessage()));
    virDomainFree(domain);
    return error;
}

ResourceId MigrationTestHosts::vmId(const LibvirtProvider *provider)
{
    return ResourceId(provider->id(), ResourceKind::Vm, QString::fromLatin1(guestUuid));
}

PowerState MigrationTestHosts::guestRowState(const LibvirtProvider *provider) const
{
    const InventoryNode *row = guestRow(provider);
    const VmInfo *vm = row ? row->resource().vm() : nullptr;
    return vm ? vm->state : PowerState::Unknown;
}

bool MigrationTestHosts::hasGuest(virConnectPtr conn)
{
    virDomainPtr byName = lookupGuest(conn);
    virDomainPtr byUuid = virDomainLookupByUUIDString(conn, guestUuid);
    virResetLastError();
    const bool found = byName || byUuid;
    if (byName)
        virDomainFree(byName);
    if (byUuid)
        virDomainFree(byUuid);
    return found;
}

int MigrationTestHosts::guestState(virConnectPtr conn, int *reason)
{
    virDomainPtr domain = lookupGuest(conn);
    if (!domain)
        return -1;
    int state = -1;
    int why = 0;
    virDomainGetState(domain, &state, &why, 0);
    virDomainFree(domain);
    if (reason)
        *reason = why;
    return state;
}

bool MigrationTestHosts::hasDisk(virConnectPtr conn)
{
    if (virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool)) {
        virStoragePoolRefresh(p, 0);
        virStoragePoolFree(p);
    }
    virStorageVolPtr volume = virStorageVolLookupByPath(conn, disk);
    virResetLastError();
    if (volume)
        virStorageVolFree(volume);
    return volume;
}

bool MigrationTestHosts::removeDisk(virConnectPtr conn)
{
    if (!hasDisk(conn))
        return true;
    virStorageVolPtr volume = virStorageVolLookupByPath(conn, disk);
    const bool ok = volume && virStorageVolDelete(volume, 0) == 0;
    if (volume)
        virStorageVolFree(volume);
    virResetLastError();
    return ok;
}

QString MigrationTestHosts::monitor(const QString &uri, const QString &command, QString *error)
{
    QProcess virsh;
    virsh.start(u"virsh"_s, {u"-q"_s, u"-c"_s, uri, u"qemu-monitor-command"_s, u"--hmp"_s, QString::fromLatin1(guest), command});
    if (!virsh.waitForFinished(30000) || virsh.exitCode() != 0) {
        *error = u"virsh qemu-monitor-command '%1' failed: %2"_s.arg(command, QString::fromUtf8(virsh.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(virsh.readAllStandardOutput()).trimmed();
}

bool MigrationTestHosts::writeCmos(const QString &uri, int index, int value, QString *error)
{
    // Port 0x70 selects the CMOS byte, port 0x71 is its value.
    monitor(uri, u"o /b 0x70 0x%1"_s.arg(index, 0, 16), error);
    if (error->isEmpty())
        monitor(uri, u"o /b 0x71 0x%1"_s.arg(value, 0, 16), error);
    return error->isEmpty();
}

std::optional<int> MigrationTestHosts::readCmos(const QString &uri, int index, QString *error)
{
    monitor(uri, u"o /b 0x70 0x%1"_s.arg(index, 0, 16), error);
    if (!error->isEmpty())
        return std::nullopt;
    const QString answer = monitor(uri, u"i /b 0x71"_s, error); // "portb[0x0071] = 0xa5"
    const QRegularExpressionMatch match = QRegularExpression(u"= *0x([0-9a-fA-F]+)"_s).match(answer);
    if (!match.hasMatch()) {
        if (error->isEmpty())
            *error = u"unexpected monitor answer: "_s + answer;
        return std::nullopt;
    }
    return match.captured(1).toInt(nullptr, 16);
}

Task *MigrationTestHosts::run(Task *task, int timeoutMs)
{
    if (!task->isFinished()) {
        QSignalSpy finished(task, &Task::finished);
        finished.wait(timeoutMs);
    }
    return task;
}

QString MigrationTestHosts::describe(const Task *task)
{
    return u"%1: %2 %3"_s.arg(task->title(), QVariant::fromValue(task->state()).toString(), task->errorText());
}

} // namespace welkin::test
