// LibvirtProvider against a real libvirtd with the QEMU driver (fixture libvirtd_qemu, see
// tests/integration/qemu.cmake and tests/scripts/qemu-fixture.sh): the guest "welkin-tiny" (TCG,
// 64 MiB, empty qcow2, VNC with a password) is defined and shut off when the test starts, and
// is left shut off when it ends. Everything is observed the way the application does: through
// the Provider's signals and an Inventory fed by them.
#include "inventory/Inventory.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString guestName = u"welkin-tiny"_s;
const QString guestUuid = u"c0ffee00-7e57-4d1e-9a11-000000000001"_s; // fixed in tests/data/tiny-vm.xml
constexpr int connectTimeoutMs = 30000;
constexpr int actionTimeoutMs = 60000;
constexpr int reflectTimeoutMs = 2000; // task finished -> Inventory shows the new state

// Waits for a task's end; true when it ended in time (successfully or not).
bool waitFinished(Task *task, int timeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

} // namespace

class TstLibvirtQemu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guestIsListedShutOff();
    void impossibleActionsFailReadably();
    void start();
    void cpuSampleWhileRunning();
    void lifecycleEventArrives();
    void pause();
    void resume();
    void forceOff();
    void cleanupTestCase();

private:
    const InventoryNode *vmNode() const { return m_inventory.node(m_vmId); }
    PowerState vmState() const;
    QString vmStateName() const { return powerStateName(vmState()); }
    // Runs `type` on the guest: the task must succeed, and the Inventory must show `expected`
    // within reflectTimeoutMs of the task's end.
    void act(ActionType type, PowerState expected);
    QString describeStatus() const;

    Inventory m_inventory;
    std::unique_ptr<LibvirtProvider> m_provider;
    ResourceId m_vmId;
    QList<ProviderEvent> m_events;
    MetricSample m_lastCpuSample; // last VM sample with a measured CPU%
    int m_cpuSamples = 0;
};

PowerState TstLibvirtQemu::vmState() const
{
    const InventoryNode *node = vmNode();
    const VmInfo *vm = node ? node->resource().vm() : nullptr;
    return vm ? vm->state : PowerState::Unknown;
}

QString TstLibvirtQemu::describeStatus() const
{
    if (!m_provider)
        return u"no provider"_s;
    return providerStateName(m_provider->state()) + u": "_s + m_provider->status().detail;
}

void TstLibvirtQemu::initTestCase()
{
    const QString uri = qEnvironmentVariable("WELKIN_QEMU_URI");
    QVERIFY2(!uri.isEmpty(), "WELKIN_QEMU_URI is not set: run this test through ctest (fixture libvirtd_qemu)");
    const QString socket = QUrlQuery(QUrl(uri)).queryItemValue(u"socket"_s);
    QVERIFY2(socket.isEmpty() || QFileInfo::exists(socket),
             qPrintable(u"libvirtd socket %1 is missing: the qemu fixture did not start (see the "
                        "libvirtd_qemu_start test and its libvirtd.log)"_s.arg(socket)));

    ConnectionProfile profile;
    profile.id = u"qemu-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"QEMU fixture"_s;
    profile.uri = uri;
    profile.options = {
        {u"statsIntervalMs"_s, 500}, // CPU% needs two samples: keep the wait short
        {u"keepaliveInterval"_s, 5},
        {u"keepaliveCount"_s, 3},
        {u"reconcileIntervalMs"_s, 60000},
    };
    m_provider = std::make_unique<LibvirtProvider>(profile);
    m_inventory.addProvider(m_provider.get());
    m_vmId = ResourceId(profile.id, ResourceKind::Vm, guestUuid);

    connect(m_provider.get(), &Provider::eventOccurred, this, [this](const ProviderEvent &event) {
        m_events.append(event);
    });
    connect(m_provider.get(), &Provider::samplesReady, this, [this](const MetricSamples &samples) {
        for (const MetricSample &sample : samples) {
            if (sample.id == m_vmId && std::isfinite(sample.cpuPercent)) {
                m_lastCpuSample = sample;
                ++m_cpuSamples;
            }
        }
    });
    QSignalSpy loaded(m_provider.get(), &Provider::initialLoadFinished);

    QElapsedTimer clock;
    clock.start();
    m_provider->open();
    QVERIFY2(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, connectTimeoutMs),
             qPrintable(u"no initial load from %1 within %2 ms (%3)"_s.arg(uri).arg(connectTimeoutMs).arg(describeStatus())));
    QVERIFY2(m_provider->state() == ProviderState::Connected, qPrintable(describeStatus()));
    qInfo("connected and loaded in %lld ms", clock.elapsed());
}

void TstLibvirtQemu::guestIsListedShutOff()
{
    const InventoryNode *node = vmNode();
    if (!node) {
        QStringList seen;
        for (const InventoryNode *vm : m_inventory.vmsBelow(m_inventory.root()))
            seen.append(vm->resource().name + u" ("_s + vm->id().nativeId() + u')');
        QFAIL(qPrintable(u"%1 (%2) is not in the inventory; VMs: %3"_s.arg(guestName, guestUuid, seen.join(u", "_s))));
    }
    const Resource &resource = node->resource();
    QCOMPARE(resource.name, guestName);
    const ResourceId hostId(m_provider->id(), ResourceKind::Host, u"host"_s);
    QCOMPARE(resource.parent.toString(), hostId.toString());
    QVERIFY(node->parent());
    QCOMPARE(node->parent()->id().toString(), hostId.toString());

    const VmInfo *vm = resource.vm();
    QVERIFY(vm);
    QCOMPARE(powerStateName(vm->state), powerStateName(PowerState::ShutOff));
    QCOMPARE(vm->uuid, guestUuid);
    QCOMPARE(vm->vcpus, 1);
    QCOMPARE(vm->maxMemoryKiB, quint64(64 * 1024));

    QCOMPARE(vm->disks.size(), 1);
    const DiskInfo &disk = vm->disks.first();
    QCOMPARE(disk.target, u"vda"_s);
    QCOMPARE(disk.bus, u"virtio"_s);
    QCOMPARE(disk.format, u"qcow2"_s);
    QVERIFY2(disk.source.endsWith(u"/disks/welkin-tiny.qcow2"_s), qPrintable(disk.source));

    const auto vnc = std::find_if(vm->graphics.cbegin(), vm->graphics.cend(),
                                  [](const GraphicsInfo &g) { return g.type == u"vnc"_s; });
    QVERIFY2(vnc != vm->graphics.cend(), "no VNC graphics");
    QCOMPARE(vnc->listen, u"127.0.0.1"_s);
    QVERIFY(vnc->autoport);
    QCOMPARE(vnc->port, -1); // allocated at start only
    QVERIFY2(vnc->passwordRequired, "the guest's VNC has passwd='secret' but passwordRequired is false");
}

void TstLibvirtQemu::impossibleActionsFailReadably()
{
    QCOMPARE(vmStateName(), powerStateName(PowerState::ShutOff));

    // Pausing a guest that is not running: libvirt refuses.
    Task *pause = m_provider->perform(Action{ActionType::Pause, m_vmId, {}});
    QVERIFY(pause);
    QVERIFY2(waitFinished(pause, actionTimeoutMs), "the pause task never finished");
    QCOMPARE(pause->state(), Task::State::Failed);
    // Readable: a sentence with the reason, not an empty string, a code or a raw format.
    const QString error = pause->errorText();
    QVERIFY2(error.size() >= 10 && error.contains(u' ') && !error.contains(u'%'), qPrintable(error));
    qInfo("pause of a shut-off guest failed with: %s", qPrintable(error));

    // A VM the host does not know.
    const ResourceId ghost(m_provider->id(), ResourceKind::Vm, u"c0ffee00-7e57-4d1e-9a11-00000000dead"_s);
    Task *start = m_provider->perform(Action{ActionType::Start, ghost, {}});
    QVERIFY(start);
    QVERIFY2(waitFinished(start, actionTimeoutMs), "the start task never finished");
    QCOMPARE(start->state(), Task::State::Failed);
    QVERIFY2(start->errorText().size() >= 10 && !start->errorText().contains(u'%'), qPrintable(start->errorText()));
    qInfo("start of an unknown VM failed with: %s", qPrintable(start->errorText()));

    // Nothing changed.
    QCOMPARE(vmStateName(), powerStateName(PowerState::ShutOff));
    QVERIFY(!m_inventory.node(ghost));
}

void TstLibvirtQemu::act(ActionType type, PowerState expected)
{
    Task *task = m_provider->perform(Action{type, m_vmId, {}});
    QVERIFY(task);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(waitFinished(task, actionTimeoutMs),
             qPrintable(u"%1 did not finish within %2 ms"_s.arg(actionName(type)).arg(actionTimeoutMs)));
    const qint64 taskMs = clock.elapsed();
    QVERIFY2(task->state() == Task::State::Succeeded,
             qPrintable(u"%1 failed: %2"_s.arg(actionName(type), task->errorText())));
    QElapsedTimer sinceFinish;
    sinceFinish.start();
    QTRY_COMPARE_WITH_TIMEOUT(vmStateName(), powerStateName(expected), reflectTimeoutMs);
    qInfo("%s: task %lld ms, inventory showed %s %lld ms after the task ended", qPrintable(actionName(type)),
          taskMs, qPrintable(powerStateName(expected)), sinceFinish.elapsed());
}

void TstLibvirtQemu::start()
{
    m_events.clear();
    act(ActionType::Start, PowerState::Running);
    if (QTest::currentTestFailed())
        return;
    // The live XML has the VNC port QEMU got (autoport).
    auto vncPort = [this] {
        const InventoryNode *node = vmNode();
        const VmInfo *vm = node ? node->resource().vm() : nullptr;
        if (!vm)
            return -1;
        for (const GraphicsInfo &g : vm->graphics) {
            if (g.type == u"vnc"_s)
                return g.port;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(vncPort() >= 5900, reflectTimeoutMs);
    qInfo("VNC port %d", vncPort());
}

void TstLibvirtQemu::cpuSampleWhileRunning()
{
    QCOMPARE(vmStateName(), powerStateName(PowerState::Running));
    // A fresh one: the first sample after the start only sets the baseline.
    const int before = m_cpuSamples;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(QTest::qWaitFor([&] { return m_cpuSamples > before; }, 10000),
             "no VM sample with a CPU% within 10 s (statsIntervalMs 500)");
    QVERIFY2(m_lastCpuSample.cpuPercent >= 0.0 && m_lastCpuSample.cpuPercent <= 100.0,
             qPrintable(QString::number(m_lastCpuSample.cpuPercent)));
    QVERIFY(m_lastCpuSample.timestampMs > 0);
    qInfo("CPU %.1f %% of the host (guest view %.1f %%) after %lld ms", m_lastCpuSample.cpuPercent,
          m_lastCpuSample.cpuGuestPercent, clock.elapsed());
}

void TstLibvirtQemu::lifecycleEventArrives()
{
    // start() cleared the list before starting the guest: QEMU sends Resumed, then Started.
    auto guestEvents = [this] {
        QList<ProviderEvent> found;
        for (const ProviderEvent &event : std::as_const(m_events)) {
            if (event.resource == m_vmId)
                found.append(event);
        }
        return found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!guestEvents().isEmpty(), 5000);
    for (const ProviderEvent &event : guestEvents()) {
        QVERIFY2(!event.message.trimmed().isEmpty(), "an event without a message");
        QCOMPARE(event.providerId, m_provider->id());
        QVERIFY(event.time.isValid());
        qInfo("event: %s", qPrintable(event.message));
    }
}

void TstLibvirtQemu::pause()
{
    act(ActionType::Pause, PowerState::Paused);
}

void TstLibvirtQemu::resume()
{
    act(ActionType::Resume, PowerState::Running);
}

void TstLibvirtQemu::forceOff()
{
    act(ActionType::ForceOff, PowerState::ShutOff);
}

void TstLibvirtQemu::cleanupTestCase()
{
    if (!m_provider)
        return;
    // Leave the guest shut off even when a step above failed.
    if (m_provider->state() == ProviderState::Connected && powerStateIsActive(vmState())) {
        Task *off = m_provider->perform(Action{ActionType::ForceOff, m_vmId, {}});
        waitFinished(off, actionTimeoutMs);
    }
    m_provider->close();
    m_provider.reset();
}

QTEST_GUILESS_MAIN(TstLibvirtQemu)
#include "tst_libvirt_qemu.moc"
