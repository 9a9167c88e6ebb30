// CloudStackProvider end to end against the fake CloudStack (a separate process on loopback):
// the inventory tree, actions as tasks that end with their job, failing jobs, VM snapshots
// (listed, taken, reverted, deleted, refused), wrong keys, plain users, credential prompts,
// events and samples, 1,200 VMs over several pages.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"
#include "inventory/Inventory.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace welkin;
using welkin::test::FakeCloudStackServer;
using welkin::test::findByName;
using welkin::test::listSnapshotsToEnd;
using welkin::test::runToEnd;
using welkin::test::snapshotsIn;
using welkin::test::waitForEnd;

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

int countKind(const InventoryNode *node, ResourceKind kind)
{
    int n = node->kind() == kind ? 1 : 0;
    for (int i = 0; i < node->childCount(); ++i)
        n += countKind(node->child(i), kind);
    return n;
}

std::optional<VmSnapshot> named(const QList<VmSnapshot> &snapshots, const QString &name)
{
    for (const VmSnapshot &snapshot : snapshots) {
        if (snapshot.name == name)
            return snapshot;
    }
    return std::nullopt;
}

// The task failed with CloudStack's own words (the provider adds the error code after them).
bool refusedWith(const Task *task, const QString &text)
{
    return task->state() == Task::State::Failed && task->errorText().startsWith(text);
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
        return welkin::test::loadedInto(inventory, adminProvider(m_server));
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
        Task *task = runToEnd(*provider, ActionType::CreateSnapshot, vm,
                              {{u"name"_s, u"before upgrade"_s}, {u"memory"_s, true}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));

        task = listSnapshotsToEnd(*provider, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(snapshotsIn(task).size(), 1);
        const QString snapshotId = snapshotsIn(task).first().id;
        QVERIFY(!snapshotId.isEmpty());
        task = runToEnd(*provider, ActionType::RevertSnapshot, vm, {{u"snapshotId"_s, snapshotId}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, snapshotId}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::DeleteSnapshot, vm, {});
        QCOMPARE(task->state(), Task::State::Failed);
        task = listSnapshotsToEnd(*provider, vm);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QVERIFY(snapshotsIn(task).isEmpty());

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

    // A cloud of its own whose jobs take 1 s: long enough to list a snapshot while it is taken
    // and to act while a VM is stopping.
    void vmSnapshotsTreeRevertAndRefusals()
    {
        FakeCloudStackServer own;
        QVERIFY(own.start({u"--vms"_s, u"3"_s, u"--job-seconds"_s, u"1"_s}).isEmpty());
        Inventory inventory;
        auto provider = adminProvider(own);
        inventory.addProvider(provider.get());
        QVERIFY(load(*provider));

        const SnapshotSupport support = provider->snapshotSupport();
        QVERIFY(support.listed && support.revert && support.memory);
        QVERIFY(!support.describe && !support.deleteWithChildren && !support.diskOnly && !support.memoryWhenRunning
                && !support.images && !support.libvirtNames);

        const InventoryNode *runningNode = findByName(inventory.root(), u"vm-0001"_s);
        const InventoryNode *stoppedNode = findByName(inventory.root(), u"vm-0003"_s);
        const InventoryNode *failingNode = findByName(inventory.root(), u"fail-01"_s);
        QVERIFY(runningNode && stoppedNode && failingNode);
        QCOMPARE(runningNode->resource().vm()->state, PowerState::Running);
        QCOMPARE(stoppedNode->resource().vm()->state, PowerState::ShutOff);
        QCOMPARE(runningNode->parent()->kind(), ResourceKind::Host);
        const ResourceId running = runningNode->id();
        const ResourceId host = runningNode->parent()->id();
        const ResourceId stopped = stoppedNode->id();
        const ResourceId failing = failingNode->id();

        Task *task = listSnapshotsToEnd(*provider, running);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(task->title(), u"List the snapshots of vm-0001"_s);
        QVERIFY(snapshotsIn(task).isEmpty());

        // A running KVM VM: with its memory or not at all.
        task = runToEnd(*provider, ActionType::CreateSnapshot, running, {{u"name"_s, u"disk only"_s}});
        QVERIFY2(refusedWith(task, u"KVM VM does not allow to take a disk-only snapshot when VM is in running state"_s),
                 qPrintable(task->errorText()));
        QVERIFY2(task->errorText().contains(u"431"_s), qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::CreateSnapshot, running,
                        {{u"name"_s, u"base"_s}, {u"description"_s, u"clean install"_s}, {u"memory"_s, true}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));

        // The next one is listed as Creating while its job runs.
        Task *taking = provider->perform(Action{ActionType::CreateSnapshot, running,
                                                {{u"name"_s, u"work"_s}, {u"memory"_s, true}}});
        QSignalSpy progress(taking, &Task::progressChanged);
        QVERIFY(progress.wait(10000)); // the job exists
        task = listSnapshotsToEnd(*provider, running);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        const std::optional<VmSnapshot> inTheMaking = named(snapshotsIn(task), u"work"_s);
        QVERIFY(inTheMaking);
        QCOMPARE(inTheMaking->status, u"Creating"_s);
        QVERIFY(!inTheMaking->ready);
        QVERIFY2(waitForEnd(taking)->state() == Task::State::Succeeded, qPrintable(taking->errorText()));

        // Parents first; the newest is current.
        task = listSnapshotsToEnd(*provider, running);
        QList<VmSnapshot> snapshots = snapshotsIn(task);
        QCOMPARE(snapshots.size(), 2);
        const VmSnapshot base = snapshots.at(0);
        const VmSnapshot work = snapshots.at(1);
        QCOMPARE(base.name, u"base"_s);
        QVERIFY(base.parent.isEmpty());
        QCOMPARE(base.description, u"clean install"_s);
        QCOMPARE(base.memory, u"internal"_s);
        QCOMPARE(base.state, u"running"_s);
        QCOMPARE(base.status, u"Ready"_s);
        QVERIFY(base.ready && !base.current);
        QVERIFY(base.created.isValid());
        QVERIFY2(std::abs(base.created.secsTo(QDateTime::currentDateTimeUtc())) < 300,
                 qPrintable(base.created.toString(Qt::ISODate)));
        QCOMPARE(work.name, u"work"_s);
        QCOMPARE(work.parent, base.id);
        QVERIFY(work.current && work.ready);
        QVERIFY(work.id != base.id);

        // Display names are unique per VM; descriptions end at 255 characters.
        task = runToEnd(*provider, ActionType::CreateSnapshot, running, {{u"name"_s, u"base"_s}, {u"memory"_s, true}});
        QVERIFY2(refusedWith(task, u"Creating VM snapshot failed due to VM snapshot with namebase  already exists"_s),
                 qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::CreateSnapshot, running,
                        {{u"name"_s, u"long"_s}, {u"description"_s, QString(256, u'd')}, {u"memory"_s, true}});
        QVERIFY2(refusedWith(task, u"Creating VM snapshot failed due to length of VM snapshot vsDescription should not "
                                   "exceed 255"_s),
                 qPrintable(task->errorText()));

        // Reverting makes that one current; what is taken next descends from it.
        task = runToEnd(*provider, ActionType::RevertSnapshot, running, {{u"snapshotId"_s, base.id}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        snapshots = snapshotsIn(listSnapshotsToEnd(*provider, running));
        QCOMPARE(snapshots.size(), 2);
        QVERIFY(named(snapshots, u"base"_s)->current);
        QVERIFY(!named(snapshots, u"work"_s)->current);
        task = runToEnd(*provider, ActionType::CreateSnapshot, running, {{u"name"_s, u"branch"_s}, {u"memory"_s, true}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        snapshots = snapshotsIn(listSnapshotsToEnd(*provider, running));
        QCOMPARE(snapshots.size(), 3);
        const std::optional<VmSnapshot> branch = named(snapshots, u"branch"_s);
        QVERIFY(branch);
        QCOMPARE(branch->parent, base.id);
        QVERIFY(branch->current && !named(snapshots, u"base"_s)->current);
        QCOMPARE(snapshots.first().id, base.id);

        // A stopped VM: its disks only, named after CloudStack's internal name when unnamed.
        task = runToEnd(*provider, ActionType::CreateSnapshot, stopped, {{u"memory"_s, true}});
        QVERIFY2(refusedWith(task, u"Can not snapshot memory when VM is in stopped state"_s),
                 qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::CreateSnapshot, stopped);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        task = listSnapshotsToEnd(*provider, stopped);
        QCOMPARE(snapshotsIn(task).size(), 1);
        const VmSnapshot diskOnly = snapshotsIn(task).first();
        QVERIFY2(QRegularExpression(u"^i-2-3-VM_VS_\\d{14}$"_s).match(diskOnly.name).hasMatch(), qPrintable(diskOnly.name));
        QCOMPARE(diskOnly.memory, u"no"_s);
        QVERIFY(diskOnly.state.isEmpty() && !diskOnly.hasMemory());
        QVERIFY(diskOnly.current && diskOnly.ready);
        task = runToEnd(*provider, ActionType::RevertSnapshot, stopped, {{u"snapshotId"_s, diskOnly.id}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));

        // Nothing while the VM is stopping; a stopped VM cannot go back to a memory snapshot.
        Task *stopping = provider->perform(Action{ActionType::Shutdown, running, {}});
        QSignalSpy stopProgress(stopping, &Task::progressChanged);
        QVERIFY(stopProgress.wait(10000));
        task = runToEnd(*provider, ActionType::CreateSnapshot, running, {{u"name"_s, u"midway"_s}, {u"memory"_s, true}});
        QVERIFY2(refusedWith(task, u"Creating vm snapshot failed due to VM:%1 is not in the running or Stopped state"_s
                                       .arg(running.nativeId())),
                 qPrintable(task->errorText()));
        QVERIFY2(waitForEnd(stopping)->state() == Task::State::Succeeded, qPrintable(stopping->errorText()));
        task = runToEnd(*provider, ActionType::RevertSnapshot, running, {{u"snapshotId"_s, base.id}});
        QVERIFY2(refusedWith(task, u"VM Snapshot revert not allowed. This will result in VM state change. You can "
                                   "revert running VM to disk and memory type snapshot and stopped VM to disk type "
                                   "snapshot"_s),
                 qPrintable(task->errorText()));

        // A snapshot whose job failed stays listed, in Error, and cannot be reverted to.
        task = runToEnd(*provider, ActionType::CreateSnapshot, failing, {{u"name"_s, u"doomed"_s}});
        QVERIFY2(refusedWith(task, u"Unable to snapshot VM fail-01"_s), qPrintable(task->errorText()));
        task = listSnapshotsToEnd(*provider, failing);
        QCOMPARE(snapshotsIn(task).size(), 1);
        const VmSnapshot doomed = snapshotsIn(task).first();
        QCOMPARE(doomed.status, u"Error"_s);
        QVERIFY(!doomed.ready);
        task = runToEnd(*provider, ActionType::RevertSnapshot, failing, {{u"snapshotId"_s, doomed.id}});
        QVERIFY2(refusedWith(task, u"VM Snapshot reverting failed due to vm snapshot is not in the state of Created."_s),
                 qPrintable(task->errorText()));

        // Deleted: gone from the next listing; its children are roots now, as it was.
        task = runToEnd(*provider, ActionType::DeleteSnapshot, running, {{u"snapshotId"_s, base.id}});
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        snapshots = snapshotsIn(listSnapshotsToEnd(*provider, running));
        QCOMPARE(snapshots.size(), 2);
        QVERIFY(!named(snapshots, u"base"_s));
        for (const VmSnapshot &left : std::as_const(snapshots))
            QVERIFY2(left.parent.isEmpty(), qPrintable(left.name));
        QVERIFY(named(snapshots, u"branch"_s)->current);

        // Listing refused: the server's words, a resource that is no VM of this cloud, no connection.
        task = listSnapshotsToEnd(*provider, ResourceId(provider->id(), ResourceKind::Vm, u"nope"_s));
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().contains(u"Invalid parameter virtualmachineid value=nope"_s),
                 qPrintable(task->errorText()));
        task = listSnapshotsToEnd(*provider, host);
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().contains(u"is not a virtual machine of Test cloud"_s), qPrintable(task->errorText()));
        provider->close();
        task = listSnapshotsToEnd(*provider, running);
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().startsWith(u"Could not list the snapshots of "_s)
                     && task->errorText().contains(u"not connected to Test cloud"_s),
                 qPrintable(task->errorText()));
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
