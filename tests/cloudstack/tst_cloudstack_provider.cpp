// CloudStackProvider end to end against the fake CloudStack (a separate process on loopback):
// the inventory tree, actions as tasks that end with their job, failing jobs, wrong keys,
// plain users, credential prompts, events and samples, 1,200 VMs over several pages.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"
#include "inventory/Inventory.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;
using welkin::test::FakeCloudStackServer;
using welkin::test::runToEnd;

namespace {

class AnsweringHandler : public CredentialHandler
{
public:
    QStringList answer;
    QList<CredentialRequest::Field::Kind> kinds;
    void requestCredentials(const CredentialRequestPtr &request) override
    {
        for (const auto &field : request->fields())
            kinds.append(field.kind);
        request->answer(answer);
    }
};

const InventoryNode *findByName(const InventoryNode *node, const QString &name)
{
    if (node->resource().name == name)
        return node;
    for (int i = 0; i < node->childCount(); ++i) {
        if (const InventoryNode *found = findByName(node->child(i), name))
            return found;
    }
    return nullptr;
}

int countKind(const InventoryNode *node, ResourceKind kind)
{
    int n = node->kind() == kind ? 1 : 0;
    for (int i = 0; i < node->childCount(); ++i)
        n += countKind(node->child(i), kind);
    return n;
}

} // namespace

class TestCloudStackProvider : public QObject
{
    Q_OBJECT

    FakeCloudStackServer m_server;

    ConnectionProfile profile(const QString &uri, const QString &key, const QString &secret, QVariantMap extra = {})
    {
        ConnectionProfile p;
        p.id = u"cs-test"_s;
        p.kind = u"cloudstack"_s;
        p.uri = uri;
        p.displayName = u"Test cloud"_s;
        p.options = {{u"pollIntervalMs"_s, 600000}, {u"jobPollIntervalMs"_s, 50}};
        if (!key.isEmpty())
            p.options.insert(u"apiKey"_s, key);
        if (!secret.isEmpty())
            p.options.insert(u"secretKey"_s, secret);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            p.options.insert(it.key(), it.value());
        return p;
    }

    std::unique_ptr<CloudStackProvider> adminProvider(const FakeCloudStackServer &server, QVariantMap extra = {})
    {
        return std::make_unique<CloudStackProvider>(profile(server.uri(), QString::fromLatin1(FakeCloudStackServer::adminKey),
                                                            QString::fromLatin1(FakeCloudStackServer::adminSecret),
                                                            std::move(extra)));
    }

    // An admin connection to m_server, loaded into `inventory`; null when the load failed.
    std::unique_ptr<CloudStackProvider> connectedAdmin(Inventory &inventory)
    {
        auto provider = adminProvider(m_server);
        inventory.addProvider(provider.get());
        if (!load(*provider))
            return {};
        return provider;
    }

    static bool load(CloudStackProvider &provider) { return welkin::test::loadProvider(provider); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start({u"--vms"_s, u"6"_s, u"--job-seconds"_s, u"0.4"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void adminSeesZonesPodsClustersHostsAndVms()
    {
        Inventory inventory;
        const auto provider = connectedAdmin(inventory);
        QVERIFY(provider);
        QCOMPARE(provider->state(), ProviderState::Connected);
        QVERIFY(provider->isAdmin());

        const InventoryNode *providerNode = inventory.node(provider->resourceId());
        QVERIFY(providerNode);
        QCOMPARE(providerNode->childCount(), 1);
        const InventoryNode *zone = providerNode->child(0);
        QCOMPARE(zone->kind(), ResourceKind::Zone);
        QCOMPARE(zone->resource().name, u"zone-1"_s);
        const InventoryNode *pod = findByName(zone, u"pod-1"_s);
        QVERIFY(pod && pod->kind() == ResourceKind::Pod && pod->parent() == zone);
        const InventoryNode *cluster = findByName(zone, u"cluster-1"_s);
        QVERIFY(cluster && cluster->kind() == ResourceKind::Cluster && cluster->parent() == pod);
        QCOMPARE(countKind(cluster, ResourceKind::Host), 2);
        QCOMPARE(countKind(providerNode, ResourceKind::Vm), 7);

        // Running VMs sit under their host, stopped ones under their zone.
        const InventoryNode *running = findByName(zone, u"vm-0001"_s);
        QVERIFY(running);
        QCOMPARE(running->parent()->kind(), ResourceKind::Host);
        const VmInfo *vm = running->resource().vm();
        QCOMPARE(vm->state, PowerState::Running);
        QCOMPARE(vm->vcpus, 1);
        QCOMPARE(vm->memoryKiB, 512ull * 1024);
        QCOMPARE(vm->details.value(u"Offering"_s), u"Very small instance"_s);
        QCOMPARE(vm->details.value(u"Template"_s), u"CentOS 5.6 (64-bit)"_s);
        QCOMPARE(vm->details.value(u"Hypervisor"_s), u"KVM"_s);
        QCOMPARE(vm->details.value(u"Hypervisor host"_s), running->parent()->resource().name);
        QCOMPARE(vm->nics.size(), 1);
        QCOMPARE(vm->nics.first().ips, QStringList{u"10.1.0.2/24"_s});
        QCOMPARE(vm->nics.first().mac, u"02:00:00:00:00:01"_s);
        const InventoryNode *stopped = findByName(zone, u"vm-0003"_s);
        QVERIFY(stopped);
        QCOMPARE(stopped->resource().vm()->state, PowerState::ShutOff);
        QCOMPARE(stopped->parent(), zone);

        QVERIFY(provider->capabilities(running->id()).testFlag(Capability::Shutdown));
        QVERIFY(!provider->capabilities(running->id()).testFlag(Capability::Start));
        QVERIFY(provider->capabilities(stopped->id()).testFlag(Capability::Start));
        QVERIFY(!provider->capabilities(stopped->id()).testFlag(Capability::Reboot));

        // A second poll with nothing changed sends no delta.
        QSignalSpy deltas(provider.get(), &Provider::deltaReady);
        QSignalSpy polled(provider.get(), &CloudStackProvider::pollFinished);
        provider->open(); // polls now
        QVERIFY(polled.wait(20000));
        QCOMPARE(deltas.count(), 0);
        provider->close();
        QCOMPARE(inventory.node(provider->resourceId())->childCount(), 0);
    }

    void stopStartRebootEndWhenTheirJobsEnd()
    {
        Inventory inventory;
        const auto provider = connectedAdmin(inventory);
        QVERIFY(provider);
        const InventoryNode *node = findByName(inventory.root(), u"vm-0002"_s);
        QVERIFY(node);
        const ResourceId vm = node->id();

        // The row must be right by the time the task ends.
        PowerState stateAtEnd = PowerState::Unknown;
        QElapsedTimer clock;
        clock.start();
        Task *task = provider->perform(Action{ActionType::Shutdown, vm, {}});
        QCOMPARE(task->state(), Task::State::Running);
        connect(task, &Task::finished, this, [&] { stateAtEnd = inventory.node(vm)->resource().vm()->state; });
        QSignalSpy finished(task, &Task::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QVERIFY(clock.elapsed() >= 400); // the job takes 0.4 s
        QCOMPARE(stateAtEnd, PowerState::ShutOff);
        QCOMPARE(inventory.node(vm)->parent()->kind(), ResourceKind::Zone);
        QCOMPARE(task->title(), u"Shut Down vm-0002"_s);

        task = runToEnd(*provider, ActionType::Start, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(inventory.node(vm)->resource().vm()->state, PowerState::Running);
        QCOMPARE(inventory.node(vm)->parent()->kind(), ResourceKind::Host);

        task = runToEnd(*provider, ActionType::Reboot, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::ForceOff, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(inventory.node(vm)->resource().vm()->state, PowerState::ShutOff);
        task = runToEnd(*provider, ActionType::Start, vm);
        QVERIFY(task->state() == Task::State::Succeeded);
    }

    void failingJobShowsItsErrortext()
    {
        Inventory inventory;
        const auto provider = connectedAdmin(inventory);
        QVERIFY(provider);
        const InventoryNode *node = findByName(inventory.root(), u"fail-01"_s);
        QVERIFY(node);
        Task *task = runToEnd(*provider, ActionType::Start, node->id());
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().startsWith(u"Unable to start VM fail-01: simulated hypervisor failure"_s),
                 qPrintable(task->errorText()));
        QVERIFY(task->errorText().contains(u"530"_s));
        QCOMPARE(inventory.node(node->id())->resource().vm()->state, PowerState::ShutOff);

        // Refused before any job: a bad parameter is the server's error text too.
        task = runToEnd(*provider, ActionType::Start, ResourceId(provider->id(), ResourceKind::Vm, u"nope"_s));
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().contains(u"Invalid parameter id"_s), qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::Pause, node->id());
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().contains(u"does not support"_s), qPrintable(task->errorText()));
    }

    void snapshotsAndDestroy()
    {
        Inventory inventory;
        const auto provider = connectedAdmin(inventory);
        QVERIFY(provider);
        const ResourceId vm = findByName(inventory.root(), u"vm-0004"_s)->id();
        Task *task = runToEnd(*provider, ActionType::CreateSnapshot, vm, {{u"name"_s, u"before upgrade"_s}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));

        QString snapshotId;
        provider->client()->call(u"listVMSnapshot"_s, {{u"virtualmachineid"_s, vm.nativeId()}},
                                 [&](const cloudstack::ApiResult &r) {
                                     snapshotId = r.body.value(u"vmSnapshot"_s).toArray().first()[u"id"_s].toString();
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(!snapshotId.isEmpty(), 10000);
        task = runToEnd(*provider, ActionType::RevertSnapshot, vm, {{u"snapshotId"_s, snapshotId}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, snapshotId}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::DeleteSnapshot, vm, {});
        QCOMPARE(task->state(), Task::State::Failed);

        // Destroy keeps a Destroyed VM; expunge removes it before the task ends.
        task = runToEnd(*provider, ActionType::Delete, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(inventory.node(vm)->resource().vm()->stateReason, u"Destroyed"_s);
        QCOMPARE(provider->capabilities(vm), Capabilities(Capability::Delete));
        task = runToEnd(*provider, ActionType::Delete, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QVERIFY(!inventory.node(vm));

        // destroyVirtualMachine with expunge=true: gone in one job.
        const ResourceId other = findByName(inventory.root(), u"vm-0005"_s)->id();
        task = runToEnd(*provider, ActionType::Delete, other, {{u"expunge"_s, true}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QVERIFY(!inventory.node(other));
    }

    void eventsAndSamples()
    {
        auto provider = adminProvider(m_server);
        QSignalSpy samples(provider.get(), &Provider::samplesReady);
        QVERIFY(load(*provider));
        QCOMPARE(samples.count(), 1);
        const MetricSamples first = samples.first().first().value<MetricSamples>();
        QVERIFY(std::any_of(first.cbegin(), first.cend(), [](const MetricSample &s) {
            return s.id.kind() == ResourceKind::Vm && s.cpuPercent > 0;
        }));
        QVERIFY(std::any_of(first.cbegin(), first.cend(), [](const MetricSample &s) {
            return s.id.kind() == ResourceKind::Host && s.memoryTotalKiB > 0;
        }));

        QSignalSpy events(provider.get(), &Provider::eventOccurred);
        QSignalSpy polled(provider.get(), &CloudStackProvider::pollFinished);
        QTest::qWait(300); // the first event listing primes what counts as old
        Task *task = runToEnd(*provider, ActionType::Reboot,
                              ResourceId(provider->id(), ResourceKind::Vm, u"00000005-0000-4000-8000-000000000001"_s));
        QVERIFY(task->state() == Task::State::Succeeded);
        provider->open();
        QVERIFY(polled.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 1, 10000);
        const ProviderEvent event = events.last().first().value<ProviderEvent>();
        QVERIFY2(event.message.startsWith(u"VM.REBOOT"_s), qPrintable(event.message));
        QCOMPARE(event.resource.nativeId(), u"00000005-0000-4000-8000-000000000001"_s);
    }

    void pollsTurnOutsideChangesIntoDeltas()
    {
        FakeCloudStackServer own;
        QVERIFY(own.start({u"--vms"_s, u"3"_s, u"--job-seconds"_s, u"0"_s}).isEmpty());
        Inventory inventory;
        auto provider = adminProvider(own, {{u"pollIntervalMs"_s, 200}});
        inventory.addProvider(provider.get());
        QVERIFY(load(*provider));
        const ResourceId vm(provider->id(), ResourceKind::Vm, u"00000005-0000-4000-8000-000000000001"_s);
        QCOMPARE(inventory.node(vm)->resource().vm()->state, PowerState::Running);

        // Someone else stops the VM (another client, the CloudStack UI): the next poll shows it.
        QSignalSpy deltas(provider.get(), &Provider::deltaReady);
        cloudstack::Client other(QUrl(own.httpUrl()), QString::fromLatin1(FakeCloudStackServer::adminKey),
                                 QString::fromLatin1(FakeCloudStackServer::adminSecret));
        bool stopped = false;
        cloudstack::runAsyncCommand(&other, u"stopVirtualMachine"_s, {{u"id"_s, vm.nativeId()}}, {}, {},
                                    [&](const cloudstack::JobOutcome &o) { stopped = o.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(inventory.node(vm)->resource().vm()->state, PowerState::ShutOff, 10000);
        QVERIFY(!deltas.isEmpty());
        const InventoryDelta delta = deltas.last().first().value<InventoryDelta>();
        QVERIFY(delta.added.isEmpty() && delta.removed.isEmpty());
        QCOMPARE(delta.changed.size(), 1);
        QVERIFY(delta.changed.first().fields.testFlag(ResourceField::State));
        QVERIFY(delta.changed.first().fields.testFlag(ResourceField::Parent)); // host -> zone
    }

    void reconnectsWhenTheServerComesBack()
    {
        FakeCloudStackServer own;
        QVERIFY(own.start({u"--vms"_s, u"2"_s}).isEmpty());
        const int port = own.port();
        Inventory inventory;
        auto provider = adminProvider(own);
        inventory.addProvider(provider.get());
        QVERIFY(load(*provider));
        own.stop();
        provider->open(); // poll now: the server is gone
        QTRY_COMPARE_WITH_TIMEOUT(provider->state(), ProviderState::Unreachable, 10000);
        QVERIFY2(provider->status().detail.contains(u"retrying in 1 s"_s), qPrintable(provider->status().detail));
        // The rows stay while the cloud is away.
        QCOMPARE(countKind(inventory.node(provider->resourceId()), ResourceKind::Vm), 3);
        QVERIFY(own.start({u"--vms"_s, u"2"_s, u"--port"_s, QString::number(port)}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(provider->state(), ProviderState::Connected, 15000);
        QCOMPARE(countKind(inventory.node(provider->resourceId()), ResourceKind::Vm), 3);
    }

    void wrongSecretIsAnAuthenticationError()
    {
        Inventory inventory;
        CloudStackProvider provider(profile(m_server.uri(), QString::fromLatin1(FakeCloudStackServer::adminKey), u"wrong"_s));
        inventory.addProvider(&provider);
        QSignalSpy states(&provider, &Provider::stateChanged);
        provider.open();
        QTRY_COMPARE_WITH_TIMEOUT(provider.state(), ProviderState::AuthFailed, 20000);
        QVERIFY2(provider.status().detail.contains(u"unable to verify user credentials and/or request signature"_s),
                 qPrintable(provider.status().detail));
        QCOMPARE(inventory.node(provider.resourceId())->providerStatus().state, ProviderState::AuthFailed);
        QCOMPARE(inventory.node(provider.resourceId())->childCount(), 0);
    }

    void plainUserSeesZonesAndVms()
    {
        Inventory inventory;
        CloudStackProvider provider(profile(m_server.uri(), QString::fromLatin1(FakeCloudStackServer::userKey),
                                            QString::fromLatin1(FakeCloudStackServer::userSecret)));
        inventory.addProvider(&provider);
        QVERIFY(load(provider));
        QVERIFY(!provider.isAdmin());
        const InventoryNode *providerNode = inventory.node(provider.resourceId());
        QCOMPARE(countKind(providerNode, ResourceKind::Host), 0);
        QCOMPARE(countKind(providerNode, ResourceKind::Pod), 0);
        QVERIFY(countKind(providerNode, ResourceKind::Vm) >= 5);
        const InventoryNode *zone = providerNode->child(0);
        QCOMPARE(zone->kind(), ResourceKind::Zone);
        for (int i = 0; i < zone->childCount(); ++i)
            QCOMPARE(zone->child(i)->kind(), ResourceKind::Vm);
    }

    void credentialsAreAskedFor()
    {
        AnsweringHandler handler;
        handler.answer = {QString::fromLatin1(FakeCloudStackServer::adminKey),
                          QString::fromLatin1(FakeCloudStackServer::adminSecret)};
        // A plain http URL: no environment keys apply.
        CloudStackProvider provider(profile(m_server.httpUrl(), {}, {}));
        provider.setCredentialHandler(&handler);
        QVERIFY(load(provider));
        QCOMPARE(provider.state(), ProviderState::Connected);
        QCOMPARE(handler.kinds, (QList<CredentialRequest::Field::Kind>{CredentialRequest::Field::Kind::Text,
                                                                        CredentialRequest::Field::Kind::Secret}));

        CloudStackProvider unanswered(profile(m_server.httpUrl(), {}, {}));
        unanswered.open(); // no handler: the prompt is cancelled
        QTRY_COMPARE_WITH_TIMEOUT(unanswered.state(), ProviderState::AuthFailed, 10000);
    }

    void unreachableAndMalformedServers()
    {
        FakeCloudStackServer broken;
        QVERIFY(broken.start({u"--malformed-command"_s, u"listZones"_s}).isEmpty());
        auto provider = adminProvider(broken);
        provider->open();
        QTRY_COMPARE_WITH_TIMEOUT(provider->state(), ProviderState::Unreachable, 20000);
        QVERIFY2(provider->status().detail.contains(u"malformed JSON"_s), qPrintable(provider->status().detail));
        provider->close();

        const int port = broken.port();
        broken.stop();
        ConnectionProfile p = profile(u"cloudstack+http://127.0.0.1:%1/client/api"_s.arg(port),
                                      QString::fromLatin1(FakeCloudStackServer::adminKey), u"s"_s);
        CloudStackProvider gone(p);
        gone.open();
        QTRY_COMPARE_WITH_TIMEOUT(gone.state(), ProviderState::Unreachable, 20000);
        QVERIFY2(gone.status().detail.contains(u"cannot reach 127.0.0.1"_s), qPrintable(gone.status().detail));
    }

    void twelveHundredVmsOverSeveralPages()
    {
        FakeCloudStackServer big;
        QVERIFY(big.start({u"--vms"_s, u"1200"_s, u"--failing-vms"_s, u"0"_s, u"--zones"_s, u"2"_s}).isEmpty());
        Inventory inventory;
        auto provider = adminProvider(big, {{u"pageSize"_s, 500}});
        inventory.addProvider(provider.get());
        QVERIFY(load(*provider));
        QCOMPARE(countKind(inventory.node(provider->resourceId()), ResourceKind::Vm), 1200);
        QCOMPARE(countKind(inventory.node(provider->resourceId()), ResourceKind::Zone), 2);
        QVERIFY(findByName(inventory.root(), u"vm-1200"_s));
        // zones, pods, clusters, hosts, host metrics, capacity: 1 page each; VMs: 3 pages of 500;
        // events: 1.
        QCOMPARE(provider->client()->requestsSent(), 6 + 3 + 1);
    }
};

QTEST_GUILESS_MAIN(TestCloudStackProvider)
#include "tst_cloudstack_provider.moc"
