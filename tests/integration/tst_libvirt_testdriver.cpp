// LibvirtProvider against libvirt's in-process test driver (test:///default and generated node
// XML): listing, lifecycle through events, deletion, authentication prompts, failures, stats,
// IP addresses, and a GUI thread that stays responsive while 1,000 VMs load.
#include "NodeXmlGenerator.h"
#include "inventory/Inventory.h"
#include "providers/libvirt/LibvirtEventLoop.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

// Answers every prompt: user-name fields with `user`, hidden ones with `password`.
class AnsweringHandler : public CredentialHandler
{
public:
    AnsweringHandler(QString user, QString password) : m_user(std::move(user)), m_password(std::move(password)) {}
    void requestCredentials(const CredentialRequestPtr &request) override
    {
        ++asked;
        QStringList values;
        for (const CredentialRequest::Field &field : request->fields()) {
            prompts.append(field.prompt);
            kinds.append(field.kind);
            values.append(field.echo() ? m_user : m_password);
        }
        request->answer(values);
    }
    int asked = 0;
    QStringList prompts;
    QList<CredentialRequest::Field::Kind> kinds;

private:
    QString m_user, m_password;
};

class CancellingHandler : public CredentialHandler
{
public:
    void requestCredentials(const CredentialRequestPtr &request) override
    {
        ++asked;
        request->cancel();
    }
    int asked = 0;
};

// Keeps the request and never answers (a user who walked away from the dialog).
class SilentHandler : public CredentialHandler
{
public:
    void requestCredentials(const CredentialRequestPtr &request) override { pending = request; }
    CredentialRequestPtr pending;
};

const QByteArray cpuBlock = "<cpu><mhz>2000</mhz><model>x86_64</model><active>8</active><nodes>1</nodes>"
                            "<sockets>1</sockets><cores>4</cores><threads>2</threads></cpu>"
                            "<memory>16777216</memory>";

const QByteArray dhcpNetwork =
    "<network><name>default</name><bridge name='virbr0'/><forward/>"
    "<ip address='192.168.122.1' netmask='255.255.255.0'><dhcp>"
    "<range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>";

QByteArray domain(const QByteArray &name, int runstate, int vcpus = 1, const QByteArray &devices = {})
{
    return "<domain type='test'><name>" + name + "</name><memory>1048576</memory><vcpu>"
        + QByteArray::number(vcpus) + "</vcpu><os><type>hvm</type></os><devices>" + devices
        + "</devices><test:runstate>" + QByteArray::number(runstate) + "</test:runstate></domain>";
}

QByteArray node(const QByteArray &body)
{
    return "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>" + cpuBlock + body + "</node>";
}

ConnectionProfile profileFor(const QString &uri, QVariantMap options = {})
{
    return ConnectionProfile{uri, u"libvirt"_s, {}, uri, std::move(options)};
}

// The VM with this name below the provider's node, or nullptr.
const InventoryNode *vmNamed(const Inventory &inventory, const QString &providerId, const QString &name)
{
    for (const InventoryNode *vm : inventory.vmsBelow(inventory.node(ResourceId::provider(providerId)))) {
        if (vm->resource().name == name)
            return vm;
    }
    return nullptr;
}

PowerState stateOf(const Inventory &inventory, const QString &providerId, const QString &name)
{
    const InventoryNode *vm = vmNamed(inventory, providerId, name);
    return vm && vm->resource().vm() ? vm->resource().vm()->state : PowerState::Unknown;
}

int vmCount(const InventoryDelta &delta)
{
    int n = 0;
    for (const Resource &r : delta.added)
        n += r.id.kind() == ResourceKind::Vm;
    return n;
}

} // namespace

class TestLibvirtTestDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeNode(const QString &file, const QByteArray &xml)
    {
        const QString path = m_dir.filePath(file);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(xml);
        return u"test://"_s + path;
    }

    // Runs an action and waits for its task to end; returns the task's final state.
    static Task::State run(Provider &provider, ActionType type, const ResourceId &target, QString *error = nullptr,
                           QVariantMap options = {})
    {
        Task *task = provider.perform(Action{type, target, std::move(options)});
        QSignalSpy finished(task, &Task::finished);
        if (!task->isFinished() && !finished.wait(5000))
            return Task::State::Running;
        if (error)
            *error = task->errorText();
        return task->state();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        libvirt::LibvirtEventLoop::ensureRegistered();
        QVERIFY(libvirt::LibvirtEventLoop::isRegistered());
    }

    void defaultDriverShowsHostAndTestVm()
    {
        Inventory inventory;
        LibvirtProvider provider(profileFor(u"test:///default"_s, {{u"statsIntervalMs"_s, 0}}));
        inventory.addProvider(&provider);
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QCOMPARE(provider.state(), ProviderState::Connecting); // open() returns at once
        QVERIFY(loaded.wait(5000));
        QCOMPARE(provider.state(), ProviderState::Connected);
        QVERIFY(provider.hasEverConnected());

        const InventoryNode *providerNode = inventory.node(provider.resourceId());
        QVERIFY(providerNode);
        QCOMPARE(providerNode->providerStatus().state, ProviderState::Connected);
        QCOMPARE(providerNode->childCount(), 1);
        const InventoryNode *host = providerNode->child(0);
        QCOMPARE(host->id(), ResourceId(provider.id(), ResourceKind::Host, u"host"_s));
        const HostInfo *info = host->resource().host();
        QVERIFY(info);
        QCOMPARE(info->cpus, 16);
        QCOMPARE(info->memoryKiB, quint64(3145728));
        QCOMPARE(info->hypervisor, u"TEST"_s);
        QCOMPARE(info->uri, u"test:///default"_s);
        QVERIFY(!info->hostname.isEmpty());
        QCOMPARE(host->resource().name, info->hostname);
        QCOMPARE(provider.hostInfo().value_or(HostInfo{}).cpus, 16);

        QCOMPARE(host->childCount(), 1);
        const Resource &vm = host->child(0)->resource();
        QCOMPARE(vm.name, u"test"_s);
        QCOMPARE(vm.id, ResourceId(provider.id(), ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s));
        QCOMPARE(vm.parent, host->id());
        QVERIFY(vm.vm());
        QCOMPARE(vm.vm()->state, PowerState::Running);
        QCOMPARE(vm.vm()->uuid, vm.id.nativeId());
        QCOMPARE(vm.vm()->vcpus, 2); // from the domain XML

        const Capabilities caps = provider.capabilities(vm.id);
        QVERIFY(caps.testFlag(Capability::Pause));
        QVERIFY(caps.testFlag(Capability::Shutdown));
        QVERIFY(!caps.testFlag(Capability::Start));
        QVERIFY(!caps.testFlag(Capability::Resume));

        provider.close();
        QCOMPARE(provider.state(), ProviderState::Disconnected);
        QCOMPARE(providerNode->childCount(), 0); // rows go with the connection
        QCOMPARE(provider.capabilities(vm.id), Capabilities{});
    }

    void thousandDomainsArriveInChunks()
    {
        test::NodeXmlOptions options;
        options.vmCount = 1000;
        options.hostCpus = 32;
        const QList<test::GeneratedDomain> expected = test::NodeXmlGenerator::domains(options);
        const QString uri = writeNode(u"thousand.xml"_s, test::NodeXmlGenerator::generate(options, expected));
        QVERIFY(!uri.isEmpty());

        Inventory inventory;
        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}, {u"listChunkSize"_s, 250}}));
        inventory.addProvider(&provider);
        QList<int> vmsPerDelta;
        int addedWithDefinition = 0, definitionsRead = 0;
        connect(&provider, &Provider::deltaReady, this, [&](const InventoryDelta &d) {
            if (vmCount(d) > 0)
                vmsPerDelta.append(vmCount(d));
            // Rows come from the listing alone; the definitions arrive as updates afterwards.
            for (const Resource &r : d.added)
                addedWithDefinition += r.vm() && !r.vm()->definitionPending;
            for (const ResourceChange &c : d.changed)
                definitionsRead += c.resource.vm() && !c.resource.vm()->definitionPending;
        });

        // The GUI thread must stay responsive while the worker lists: a 10 ms timer's gaps.
        QElapsedTimer sinceTick;
        qint64 maxGapMs = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        connect(&ticker, &QTimer::timeout, this, [&] {
            maxGapMs = std::max(maxGapMs, sinceTick.restart());
        });
        QStringList warnings;
        connect(&provider, &Provider::eventOccurred, this, [&](const ProviderEvent &e) {
            if (e.severity != ProviderEvent::Severity::Info)
                warnings.append(e.message);
        });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        QElapsedTimer clock;
        qint64 connectedMs = -1, firstVmsMs = -1;
        connect(&provider, &Provider::stateChanged, this, [&](const ProviderStatus &status) {
            if (status.state == ProviderState::Connected && connectedMs < 0)
                connectedMs = clock.elapsed();
        });
        connect(&provider, &Provider::deltaReady, this, [&](const InventoryDelta &d) {
            if (vmCount(d) > 0 && firstVmsMs < 0)
                firstVmsMs = clock.elapsed();
        });
        clock.start();
        sinceTick.start();
        ticker.start(10);
        provider.open();
        QVERIFY(loaded.wait(60000));
        const qint64 loadMs = clock.elapsed();
        ticker.stop();
        qInfo("1000 VMs: connected after %lld ms, first VMs after %lld ms, all loaded after %lld ms "
              "(%lld deltas); GUI max timer gap %lld ms",
              connectedMs, firstVmsMs, loadMs, static_cast<long long>(vmsPerDelta.size()), maxGapMs);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

        QCOMPARE(inventory.vmsBelow(inventory.node(provider.resourceId())).size(), 1000);
        QCOMPARE(vmsPerDelta, (QList<int>{250, 250, 250, 250}));
        QCOMPARE(addedWithDefinition, 0);
        QVERIFY2(maxGapMs < 200, qPrintable(u"GUI blocked for %1 ms"_s.arg(maxGapMs)));

        // The rows came first (above); by the time the load is announced every definition was read.
        int running = 0, paused = 0, shutOff = 0, crashed = 0;
        for (const test::GeneratedDomain &d : expected) {
            const ResourceId id(provider.id(), ResourceKind::Vm, d.uuid.toLower());
            const InventoryNode *vm = inventory.node(id);
            QVERIFY2(vm, qPrintable(d.name));
            QCOMPARE(vm->resource().name, d.name);
            PowerState want = PowerState::Unknown;
            switch (d.state) {
            case test::RunState::Running: want = PowerState::Running; ++running; break;
            case test::RunState::Paused: want = PowerState::Paused; ++paused; break;
            case test::RunState::ShutOff: want = PowerState::ShutOff; ++shutOff; break;
            case test::RunState::Crashed: want = PowerState::Crashed; ++crashed; break;
            }
            QCOMPARE(vm->resource().vm()->state, want);
        }
        QVERIFY(running > 0 && paused > 0 && shutOff > 0);

        QVERIFY(definitionsRead >= 1000);
        for (const test::GeneratedDomain &d : expected) {
            const InventoryNode *vm = inventory.node(ResourceId(provider.id(), ResourceKind::Vm, d.uuid.toLower()));
            QVERIFY2(vm && !vm->resource().vm()->definitionPending, qPrintable(d.name));
            QCOMPARE(vm->resource().vm()->vcpus, d.vcpus);
        }
        provider.close();
    }

    // A receiver slower than the relay's per-pass budget: what the worker sent meanwhile waits
    // for later passes of the event loop (so the window repaints between them), and arrives in
    // the order it was sent.
    void slowReceiverGetsTheRestOnLaterPassesInOrder()
    {
        test::NodeXmlOptions options;
        options.vmCount = 1000;
        options.hostCpus = 32;
        const QString uri = writeNode(u"slow-receiver.xml"_s, test::NodeXmlGenerator::generate(options));
        QVERIFY(!uri.isEmpty());

        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}, {u"listChunkSize"_s, 100}}));
        QSet<ResourceId> added;
        int deltas = 0, definitionDeltas = 0, sameLoop = 0;
        bool rowsAfterDefinitions = false, changeBeforeRow = false;
        bool markerRan = true;
        QObject markers; // its pending markers die with it, not in the next test
        connect(&provider, &Provider::deltaReady, this, [&](const InventoryDelta &d) {
            ++deltas;
            if (!markerRan)
                ++sameLoop; // this delta ran in the same loop pass as the one before
            for (const Resource &r : d.added) {
                added.insert(r.id);
                rowsAfterDefinitions = rowsAfterDefinitions || (r.vm() && definitionDeltas > 0);
            }
            bool definitions = false;
            for (const ResourceChange &c : d.changed) {
                changeBeforeRow = changeBeforeRow || !added.contains(c.resource.id);
                definitions = definitions || (c.resource.vm() && !c.resource.vm()->definitionPending);
            }
            definitionDeltas += definitions;
            QThread::msleep(13); // more than the GUI thread's 12 ms share of a pass
            markerRan = false;
            QMetaObject::invokeMethod(&markers, [&] { markerRan = true; }, Qt::QueuedConnection);
        });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(60000));
        disconnect(&provider, &Provider::deltaReady, this, nullptr); // closing sends one more at once
        provider.close();

        QCOMPARE(added.size(), 1001); // the host and its VMs
        QVERIFY(deltas >= 10 + 5);    // 10 row chunks, then the definitions 200 at a time
        QVERIFY(definitionDeltas >= 5);
        QVERIFY(!rowsAfterDefinitions);
        QVERIFY(!changeBeforeRow);
        QCOMPARE(sameLoop, 0);
    }

    // Rows the user looks at get their details before the rest.
    void watchedDomainsAreDefinedFirst()
    {
        test::NodeXmlOptions options;
        options.vmCount = 1000;
        options.hostCpus = 32;
        const QList<test::GeneratedDomain> domains = test::NodeXmlGenerator::domains(options);
        const QString uri = writeNode(u"watched-first.xml"_s, test::NodeXmlGenerator::generate(options, domains));
        QVERIFY(!uri.isEmpty());

        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}}));
        QSet<ResourceId> watched;
        for (qsizetype i = domains.size() - 3; i < domains.size(); ++i)
            watched.insert(ResourceId(provider.id(), ResourceKind::Vm, domains.at(i).uuid.toLower()));
        provider.setWatchedResources(watched);
        QSet<ResourceId> firstDefined;
        connect(&provider, &Provider::deltaReady, this, [&](const InventoryDelta &d) {
            if (!firstDefined.isEmpty())
                return;
            for (const ResourceChange &c : d.changed) {
                if (c.resource.vm() && !c.resource.vm()->definitionPending)
                    firstDefined.insert(c.resource.id);
            }
        });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(60000));
        provider.close();
        QVERIFY(firstDefined.size() >= 3);
        QVERIFY(firstDefined.size() < 1000);
        QVERIFY2(firstDefined.contains(watched), "the watched domains were not in the first definitions");
    }

    void lifecycleActionsFollowEvents()
    {
        Inventory inventory;
        LibvirtProvider provider(profileFor(u"test:///default"_s, {{u"statsIntervalMs"_s, 0}}));
        inventory.addProvider(&provider);
        QStringList messages;
        connect(&provider, &Provider::eventOccurred, this,
                [&](const ProviderEvent &e) { messages.append(e.message); });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(5000));
        const QString pid = provider.id();
        const InventoryNode *vm = vmNamed(inventory, pid, u"test"_s);
        QVERIFY(vm);
        const ResourceId id = vm->id();
        QCOMPARE(stateOf(inventory, pid, u"test"_s), PowerState::Running);

        QCOMPARE(run(provider, ActionType::Pause, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Paused, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(messages.contains(u"test paused"_s), 2000); // from the lifecycle event
        QVERIFY(provider.capabilities(id).testFlag(Capability::Resume));
        QVERIFY(!provider.capabilities(id).testFlag(Capability::Pause));

        QCOMPARE(run(provider, ActionType::Resume, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Running, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(messages.contains(u"test resumed"_s), 2000);

        QCOMPARE(run(provider, ActionType::Shutdown, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::ShutOff, 2000);
        QCOMPARE(vmNamed(inventory, pid, u"test"_s)->resource().vm()->stateReason, u"shutdown"_s);

        QCOMPARE(run(provider, ActionType::Start, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Running, 2000);
        QCOMPARE(vmNamed(inventory, pid, u"test"_s)->resource().vm()->stateReason, u"booted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages.contains(u"test started (booted)"_s), 2000);

        QCOMPARE(run(provider, ActionType::ForceOff, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::ShutOff, 2000);
        QCOMPARE(vmNamed(inventory, pid, u"test"_s)->resource().vm()->stateReason, u"destroyed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages.contains(u"test stopped (destroyed)"_s), 2000);
        QVERIFY(provider.capabilities(id).testFlag(Capability::Start));

        QCOMPARE(run(provider, ActionType::Start, id), Task::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Running, 2000);

        // Starting a running domain must fail with libvirt's reason, readably.
        QString error;
        QCOMPARE(run(provider, ActionType::Start, id, &error), Task::State::Failed);
        QVERIFY2(error.startsWith(u"Could not start test: "_s), qPrintable(error));
        QVERIFY2(error.contains(u"already running"_s), qPrintable(error));
        QCOMPARE(stateOf(inventory, pid, u"test"_s), PowerState::Running);

        // A change made by someone else (a second connection to the same driver) arrives
        // through the domain events alone: no action refresh, reconciliation is 60 s away.
        virConnectPtr other = virConnectOpen("test:///default");
        QVERIFY(other);
        virDomainPtr dom = virDomainLookupByName(other, "test");
        QVERIFY(dom);
        QCOMPARE(virDomainSuspend(dom), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Paused, 2000);
        QCOMPARE(virDomainResume(dom), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(inventory, pid, u"test"_s), PowerState::Running, 2000);
        virDomainFree(dom);
        virConnectClose(other);

        // Unknown domain: fails, does not crash.
        QCOMPARE(run(provider, ActionType::Pause, ResourceId(pid, ResourceKind::Vm, u"00000000-0000-0000-0000-000000000000"_s),
                     &error),
                 Task::State::Failed);
        QVERIFY(!error.isEmpty());
        provider.close();
    }

    void deleteRemovesTheRow()
    {
        const QString uri = writeNode(u"delete.xml"_s,
                                      node(domain("doomed", 5) + domain("running-doomed", 1) + domain("keeper", 1)));
        Inventory inventory;
        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}}));
        inventory.addProvider(&provider);
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(5000));
        const QString pid = provider.id();
        const InventoryNode *doomed = vmNamed(inventory, pid, u"doomed"_s);
        QVERIFY(doomed);
        const ResourceId doomedId = doomed->id();
        QCOMPARE(stateOf(inventory, pid, u"doomed"_s), PowerState::ShutOff);
        QVERIFY(provider.capabilities(doomedId).testFlag(Capability::Delete));

        QString error;
        QCOMPARE(run(provider, ActionType::Delete, doomedId, &error), Task::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(!inventory.node(doomedId), 2000);
        QVERIFY(!vmNamed(inventory, pid, u"doomed"_s));

        // A running domain is destroyed first, then undefined.
        const ResourceId runningId = vmNamed(inventory, pid, u"running-doomed"_s)->id();
        QCOMPARE(run(provider, ActionType::Delete, runningId, &error), Task::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(!inventory.node(runningId), 2000);
        QVERIFY(vmNamed(inventory, pid, u"keeper"_s));
        QCOMPARE(inventory.vmsBelow(inventory.node(provider.resourceId())).size(), 1);
        provider.close();
    }

    void authAnsweredConnects()
    {
        const QString uri = writeNode(u"auth.xml"_s,
                                      node("<auth><user password='testpass'>testuser</user></auth>" + domain("locked", 1)));
        Inventory inventory;
        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}}));
        inventory.addProvider(&provider);
        AnsweringHandler handler(u"testuser"_s, u"testpass"_s);
        provider.setCredentialHandler(&handler);
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(provider.state(), ProviderState::Connected);
        QVERIFY(handler.asked >= 1);
        QVERIFY(handler.kinds.contains(CredentialRequest::Field::Kind::Username));
        QVERIFY(handler.kinds.contains(CredentialRequest::Field::Kind::Password));
        QVERIFY2(handler.prompts.contains(u"Enter username for localhost"_s), qPrintable(handler.prompts.join(u'|')));
        QVERIFY(vmNamed(inventory, provider.id(), u"locked"_s));
        provider.close();
    }

    void authWrongPasswordFails()
    {
        const QString uri = writeNode(u"auth.xml"_s,
                                      node("<auth><user password='testpass'>testuser</user></auth>" + domain("locked", 1)));
        LibvirtProvider provider(profileFor(uri));
        AnsweringHandler handler(u"testuser"_s, u"wrong"_s);
        provider.setCredentialHandler(&handler);
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::AuthFailed, 5000);
        QVERIFY2(provider.status().detail.contains(u"authentication"_s, Qt::CaseInsensitive),
                 qPrintable(provider.status().detail));
        QVERIFY(!provider.hasEverConnected());
        // No automatic retry after an authentication failure.
        const int asked = handler.asked;
        QTest::qWait(1500);
        QCOMPARE(provider.state(), ProviderState::AuthFailed);
        QCOMPARE(handler.asked, asked);
        provider.close();
    }

    void authCancelledFails()
    {
        const QString uri = writeNode(u"auth.xml"_s,
                                      node("<auth><user password='testpass'>testuser</user></auth>" + domain("locked", 1)));
        LibvirtProvider provider(profileFor(uri));
        CancellingHandler handler;
        provider.setCredentialHandler(&handler);
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::AuthFailed, 5000);
        QCOMPARE(handler.asked, 1);
        QVERIFY2(provider.status().detail.contains(u"cancel"_s, Qt::CaseInsensitive), qPrintable(provider.status().detail));

        // Opening again asks again (the user's retry); this time with the right answer.
        AnsweringHandler good(u"testuser"_s, u"testpass"_s);
        provider.setCredentialHandler(&good);
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::Connected, 5000);
        provider.close();
    }

    void closeDoesNotWaitForAnUnansweredPrompt()
    {
        const QString uri = writeNode(u"auth.xml"_s,
                                      node("<auth><user password='testpass'>testuser</user></auth>" + domain("locked", 1)));
        auto provider = std::make_unique<LibvirtProvider>(profileFor(uri));
        SilentHandler handler;
        provider->setCredentialHandler(&handler);
        provider->open();
        QTRY_VERIFY_WITH_TIMEOUT(handler.pending != nullptr, 5000);
        QElapsedTimer clock;
        clock.start();
        provider->close();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(provider->state(), ProviderState::Disconnected);
        provider.reset();
    }

    void badUriIsUnreachableAndRetried()
    {
        const QString uri = u"nosuchdriver:///x"_s;
        // What libvirt itself says about it, on this machine.
        virConnectPtr direct = virConnectOpen(uri.toUtf8().constData());
        QVERIFY(!direct);
        const QString libvirtMessage = QString::fromUtf8(virGetLastErrorMessage());
        QVERIFY(!libvirtMessage.isEmpty());

        Inventory inventory;
        LibvirtProvider provider(profileFor(uri));
        inventory.addProvider(&provider);
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::Unreachable, 5000);
        const QString detail = provider.status().detail;
        QVERIFY2(detail.contains(libvirtMessage), qPrintable(detail + u" / "_s + libvirtMessage));
        QVERIFY2(detail.contains(u"Retrying in 1 s"_s), qPrintable(detail));
        QCOMPARE(inventory.node(provider.resourceId())->providerStatus().state, ProviderState::Unreachable);
        QVERIFY(!provider.hasEverConnected());

        // Actions while not connected fail clearly (and asynchronously).
        Task *task = provider.perform({ActionType::Start, ResourceId(provider.id(), ResourceKind::Vm, u"x"_s), {}});
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().contains(u"not connected"_s), qPrintable(task->errorText()));

        // Backoff: the next attempt comes after 1 s and announces 2 s.
        QTRY_VERIFY_WITH_TIMEOUT(provider.status().detail.contains(u"Retrying in 2 s"_s), 4000);
        provider.close();
        QCOMPARE(provider.state(), ProviderState::Disconnected);
    }

    void statsFollowTheTestDriversClock()
    {
        const QByteArray disk = "<disk type='file' device='disk'><source file='/x.img'/><target dev='vda' bus='virtio'/></disk>";
        const QByteArray nic = "<interface type='network'><mac address='52:54:00:00:00:11'/><source network='default'/></interface>";
        const QString uri = writeNode(u"stats.xml"_s,
                                      node(dhcpNetwork + domain("one-cpu", 1, 1, disk + nic) + domain("two-cpu", 1, 2)
                                           + domain("off", 5, 1)));
        Inventory inventory;
        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 300}}));
        inventory.addProvider(&provider);
        QHash<QString, MetricSample> latest; // by VM name / "host"
        connect(&provider, &Provider::samplesReady, this, [&](const MetricSamples &samples) {
            for (const MetricSample &s : samples) {
                const QString key = s.id.kind() == ResourceKind::Host ? u"host"_s : provider.vmName(s.id);
                latest.insert(key, s);
            }
        });
        QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
        provider.open();
        QVERIFY(loaded.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(latest.contains(u"one-cpu"_s) && !std::isnan(latest[u"one-cpu"_s].cpuPercent)
                                     && latest.contains(u"two-cpu"_s) && !std::isnan(latest[u"two-cpu"_s].cpuPercent),
                                 5000);
        // The test driver's CPU time is wall-clock time: exactly one busy CPU per domain.
        const MetricSample one = latest[u"one-cpu"_s];
        QVERIFY2(std::abs(one.cpuGuestPercent - 100.0) <= 5.0, qPrintable(QString::number(one.cpuGuestPercent)));
        QVERIFY2(std::abs(one.cpuPercent - 100.0 / 8) <= 1.0, qPrintable(QString::number(one.cpuPercent)));
        const MetricSample two = latest[u"two-cpu"_s];
        QVERIFY2(std::abs(two.cpuGuestPercent - 50.0) <= 3.0, qPrintable(QString::number(two.cpuGuestPercent)));
        QVERIFY2(std::abs(two.cpuPercent - 100.0 / 8) <= 1.0, qPrintable(QString::number(two.cpuPercent)));
        QVERIFY(one.timestampMs > 0 && std::abs(one.timestampMs - QDateTime::currentMSecsSinceEpoch()) < 5000);
        QCOMPARE(one.memoryTotalKiB, qint64(1048576));
        // Fake but growing block and interface counters: rates, not NaN.
        QVERIFY(!std::isnan(one.diskReadBps) && one.diskReadBps >= 0);
        QVERIFY(!std::isnan(one.netRxBps) && one.netRxBps >= 0);
        QVERIFY(std::isnan(two.diskReadBps)); // no disk: nothing to measure

        // A shut-off VM gets no CPU figure.
        QVERIFY(!latest.contains(u"off"_s) || std::isnan(latest[u"off"_s].cpuPercent));

        const MetricSample host = latest[u"host"_s];
        QCOMPARE(host.id, ResourceId(provider.id(), ResourceKind::Host, u"host"_s));
        QCOMPARE(host.runningVms, 2);
        QCOMPARE(host.memoryTotalKiB, qint64(16777216));
        // The test driver has no free-memory figure for a node without NUMA cells: unknown, not 0.
        QVERIFY(host.memoryUsedKiB == -1 || host.memoryUsedKiB <= host.memoryTotalKiB);

        // Stopping a VM ends its figures; starting it again never produces a spike.
        const ResourceId oneId = vmNamed(inventory, provider.id(), u"one-cpu"_s)->id();
        QCOMPARE(run(provider, ActionType::ForceOff, oneId), Task::State::Succeeded);
        latest.remove(u"one-cpu"_s);
        QTest::qWait(700);
        QVERIFY(!latest.contains(u"one-cpu"_s) || std::isnan(latest[u"one-cpu"_s].cpuPercent));
        QCOMPARE(latest[u"host"_s].runningVms, 1);
        QCOMPARE(run(provider, ActionType::Start, oneId), Task::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(latest.contains(u"one-cpu"_s) && !std::isnan(latest[u"one-cpu"_s].cpuPercent), 3000);
        QVERIFY(latest[u"one-cpu"_s].cpuGuestPercent <= 100.0);
        provider.close();
    }

    void leaseAddressesReachTheInventory()
    {
        const QByteArray nic = "<interface type='network'><mac address='52:54:00:00:00:02'/><source network='default'/></interface>";
        const QByteArray vnc = "<graphics type='vnc' port='5901' autoport='no' passwd='secret123' listen='127.0.0.1'/>";
        const QString uri = writeNode(u"ip.xml"_s, node(dhcpNetwork + domain("web-01", 1, 1, nic + vnc) + domain("no-nic", 1)));
        Inventory inventory;
        LibvirtProvider provider(profileFor(uri, {{u"statsIntervalMs"_s, 0}}));
        inventory.addProvider(&provider);
        QList<ResourceFields> addressChanges;
        connect(&provider, &Provider::deltaReady, this, [&](const InventoryDelta &d) {
            for (const ResourceChange &c : d.changed)
                if (c.fields.testFlag(ResourceField::Addresses))
                    addressChanges.append(c.fields);
        });
        provider.open();
        auto ipsOf = [&](const QString &name) {
            const InventoryNode *vm = vmNamed(inventory, provider.id(), name);
            return vm ? vm->resource().vm()->ipAddresses() : QStringList{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!ipsOf(u"web-01"_s).isEmpty(), 5000);
        const QStringList ips = ipsOf(u"web-01"_s);
        QCOMPARE(ips.size(), 1);
        QVERIFY2(ips.first().startsWith(u"192.168.122."_s), qPrintable(ips.first()));
        QVERIFY(!addressChanges.isEmpty()); // a follow-up delta after the listing
        const VmInfo *info = vmNamed(inventory, provider.id(), u"web-01"_s)->resource().vm();
        QCOMPARE(info->nics.size(), 1); // put on the XML's NIC, not added beside it
        QCOMPARE(info->nics.first().mac, u"52:54:00:00:00:02"_s);
        QVERIFY(ipsOf(u"no-nic"_s).isEmpty());
        // The console password's presence is known (secure XML), never its value.
        QCOMPARE(info->graphics.size(), 1);
        QCOMPARE(info->graphics.first().port, 5901);
        QVERIFY(info->graphics.first().passwordRequired);

        // Off: the address goes away with the state.
        QCOMPARE(run(provider, ActionType::ForceOff, vmNamed(inventory, provider.id(), u"web-01"_s)->id()),
                 Task::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(ipsOf(u"web-01"_s).isEmpty(), 2000);
        provider.close();
    }
};

QTEST_GUILESS_MAIN(TestLibvirtTestDriver)
#include "tst_libvirt_testdriver.moc"
