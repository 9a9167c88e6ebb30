// New CloudStack VMs and changes to existing ones, end to end against the fake CloudStack: what a
// zone offers (readLaunchChoices), deployVirtualMachine as a task that ends with the VM in the
// tree (also when CloudStack could not start it), key pairs, scaling, renaming, and the requests
// that are refused before anything is sent.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"
#include "inventory/Inventory.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace welkin;
using welkin::test::failedWith;
using welkin::test::FakeCloudStackServer;
using welkin::test::findByName;
using welkin::test::runToEnd;
using welkin::test::waitForEnd;

namespace {

const char *const ed25519Key =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop@example";

const CloudOption *optionNamed(const QList<CloudOption> &options, const QString &name)
{
    const auto it = std::find_if(options.cbegin(), options.cend(), [&name](const CloudOption &o) { return o.name == name; });
    return it == options.cend() ? nullptr : &*it;
}

QStringList namesOf(const QList<CloudOption> &options)
{
    QStringList names;
    for (const CloudOption &option : options)
        names.append(option.name);
    return names;
}

} // namespace

class TestCloudOpsCloudStack : public QObject
{
    Q_OBJECT

    FakeCloudStackServer m_server;

    static std::unique_ptr<CloudStackProvider> providerFor(const FakeCloudStackServer &server)
    {
        ConnectionProfile p;
        p.id = u"cs-ops"_s;
        p.kind = u"cloudstack"_s;
        p.uri = server.uri();
        p.displayName = u"Ops cloud"_s;
        p.options = {{u"pollIntervalMs"_s, 600000},
                     {u"jobPollIntervalMs"_s, 50},
                     {u"apiKey"_s, QString::fromLatin1(FakeCloudStackServer::adminKey)},
                     {u"secretKey"_s, QString::fromLatin1(FakeCloudStackServer::adminSecret)}};
        return std::make_unique<CloudStackProvider>(p);
    }

    // Connected to the server and loaded into `inventory`; null when the load failed.
    static std::unique_ptr<CloudStackProvider> connected(Inventory &inventory, const FakeCloudStackServer &server)
    {
        return welkin::test::loadedInto(inventory, providerFor(server));
    }
    std::unique_ptr<CloudStackProvider> connected(Inventory &inventory) { return connected(inventory, m_server); }

    static CloudLaunchChoices choicesOf(CloudStackProvider &provider, const QString &location = {})
    {
        Task *task = waitForEnd(provider.readLaunchChoices(location));
        if (task->state() != Task::State::Succeeded)
            qWarning() << "readLaunchChoices:" << task->errorText();
        return task->result().value<CloudLaunchChoices>();
    }

    // A spec for `name` on the zone's first network with the fake's Ubuntu template.
    static CloudLaunchSpec specFor(const CloudLaunchChoices &choices, const QString &name, const QString &size)
    {
        CloudLaunchSpec spec;
        spec.location = choices.location;
        spec.name = name;
        if (const CloudOption *offering = optionNamed(choices.sizes, size))
            spec.sizeId = offering->id;
        if (const CloudOption *image = optionNamed(choices.images, u"Ubuntu 22.04"_s))
            spec.imageId = image->id;
        if (!choices.networks.isEmpty())
            spec.networkIds = {choices.networks.first().id};
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start({u"--vms"_s, u"4"_s, u"--job-seconds"_s, u"0.3"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readsWhatTheZoneOffers()
    {
        Inventory inventory;
        auto disconnected = providerFor(m_server);
        QVERIFY(!disconnected->canLaunch());
        Task *refused = waitForEnd(disconnected->readLaunchChoices({}));
        QVERIFY2(failedWith(refused, u"not connected"_s), qPrintable(refused->errorText()));

        const auto provider = connected(inventory);
        QVERIFY(provider);
        QVERIFY(provider->canLaunch());
        Task *task = provider->readLaunchChoices({});
        QCOMPARE(task->title(), u"Read what Ops cloud offers"_s);
        waitForEnd(task);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        const auto choices = task->result().value<CloudLaunchChoices>();
        QVERIFY2(choices.problems.isEmpty(), qPrintable(choices.problems.values().join(u"; "_s)));

        QCOMPARE(namesOf(choices.locations), QStringList{u"zone-1"_s});
        QCOMPARE(choices.location, choices.locations.first().id);
        QCOMPARE(choices.locations.first().detail, u"Advanced"_s);
        // Custom offerings need figures the form does not ask for.
        QCOMPARE(namesOf(choices.sizes), (QStringList{u"Very small instance"_s, u"Small Instance"_s, u"Medium Instance"_s,
                                                      u"Large Instance"_s, u"Huge Instance"_s}));
        const CloudOption *medium = optionNamed(choices.sizes, u"Medium Instance"_s);
        QCOMPARE(medium->vcpus, 2);
        QCOMPARE(medium->memoryMiB, 4096);
        QCOMPARE(medium->detail, u"2 vCPUs · 4 GiB RAM"_s);
        QCOMPARE(optionNamed(choices.sizes, u"Small Instance"_s)->detail, u"1 vCPU · 1 GiB RAM"_s);
        // Debian is still downloading: not offered.
        QCOMPARE(namesOf(choices.images), (QStringList{u"CentOS 5.6 (64-bit)"_s, u"Ubuntu 22.04"_s}));
        QCOMPARE(optionNamed(choices.images, u"Ubuntu 22.04"_s)->detail, u"Ubuntu 22.04 LTS · 2.2 GiB"_s);
        QCOMPARE(namesOf(choices.networks), (QStringList{u"guest-net-1"_s, u"shared-net-1"_s}));
        QVERIFY(choices.networks.first().preselected);
        QVERIFY(!choices.networks.last().preselected);
        QCOMPARE(choices.networks.first().detail, u"Isolated · 10.1.0.0/24"_s);
        QVERIFY(choices.networksRequired); // an Advanced zone
        QCOMPARE(namesOf(choices.keyPairs), QStringList{u"testSSHKey"_s});
        QCOMPARE(choices.keyPairs.first().id, u"testSSHKey"_s);
        QVERIFY(!choices.hasSecurityGroups);
        QVERIFY(choices.securityGroups.isEmpty());
        QCOMPARE(choices.maxCount, 1);

        // The same zone by its id; an unknown one is an error.
        const CloudLaunchChoices again = choicesOf(*provider, choices.location);
        QCOMPARE(again.location, choices.location);
        QCOMPARE(again.sizes.size(), choices.sizes.size());
        task = waitForEnd(provider->readLaunchChoices(u"no-such-zone"_s));
        QVERIFY2(failedWith(task, u"Ops cloud has no zone no-such-zone"_s), qPrintable(task->errorText()));

        // A VM's location is its zone, through its host, cluster and pod.
        const InventoryNode *vm = findByName(inventory.root(), u"vm-0001"_s);
        QVERIFY(vm);
        QCOMPARE(vm->parent()->kind(), ResourceKind::Host);
        QCOMPARE(provider->launchLocationOf(vm->id()), choices.location);
    }

    void securityGroupZones()
    {
        FakeCloudStackServer server;
        const QString error = server.start({u"--vms"_s, u"1"_s, u"--security-groups"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Inventory inventory;
        const auto provider = connected(inventory, server);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider);
        QVERIFY(choices.hasSecurityGroups);
        QCOMPARE(namesOf(choices.securityGroups), QStringList{u"default"_s});
        QVERIFY(choices.securityGroups.first().preselected);
        QCOMPARE(choices.securityGroups.first().id, u"default"_s);
    }

    void launchedVmRunsInTheTree()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider);
        CloudLaunchSpec spec = specFor(choices, u"web-01"_s, u"Medium Instance"_s);
        spec.keyPair = u"testSSHKey"_s;
        spec.userData = "#cloud-config\npackages: [nginx]\n";
        QVERIFY(cloudLaunchProblem(spec, choices).isEmpty());

        QSignalSpy started(provider.get(), &Provider::taskStarted);
        Task *task = provider->launch(spec);
        QCOMPARE(task->title(), u"Create web-01"_s);
        QCOMPARE(started.count(), 1); // announced
        QCOMPARE(task->state(), Task::State::Running);
        // The row must be there, running, by the time the task ends.
        const VmInfo *atEnd = nullptr;
        QString nameAtEnd;
        connect(task, &Task::finished, this, [&] {
            const QStringList ids = task->result().toStringList();
            const InventoryNode *node = ids.isEmpty() ? nullptr : inventory.node(ResourceId::fromString(ids.first()));
            atEnd = node ? node->resource().vm() : nullptr;
            nameAtEnd = node ? node->resource().name : QString();
        });
        waitForEnd(task);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QVERIFY(atEnd);
        QCOMPARE(nameAtEnd, u"web-01"_s);
        QCOMPARE(atEnd->state, PowerState::Running);
        QCOMPARE(atEnd->details.value(u"Offering"_s), u"Medium Instance"_s);
        QCOMPARE(atEnd->details.value(u"Template"_s), u"Ubuntu 22.04"_s);
        QCOMPARE(atEnd->vcpus, 2);
        QCOMPARE(atEnd->memoryKiB, 4096ull * 1024);
        QCOMPARE(atEnd->nics.size(), 1);
        QCOMPARE(atEnd->nics.first().source, u"guest-net-1"_s);

        const QStringList ids = task->result().toStringList();
        QCOMPARE(ids.size(), 1);
        const ResourceId vm = ResourceId::fromString(ids.first());
        QCOMPARE(vm.providerId(), provider->id());
        QCOMPARE(vm.kind(), ResourceKind::Vm);
        QCOMPARE(inventory.node(vm)->parent()->kind(), ResourceKind::Host);
        QCOMPARE(provider->launchLocationOf(vm), choices.location);

        // The host name is taken on that network now: CloudStack's words.
        task = waitForEnd(provider->launch(spec));
        QVERIFY2(failedWith(task, u"The vm with hostName web-01 already exists in the network domain"_s),
                 qPrintable(task->errorText()));

        // A display name that is no host name keeps its words; the host name is made from it.
        spec = specFor(choices, u"Web server 2"_s, u"Small Instance"_s);
        task = waitForEnd(provider->launch(spec));
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        const InventoryNode *node = inventory.node(ResourceId::fromString(task->result().toStringList().value(0)));
        QVERIFY(node);
        QCOMPARE(node->resource().name, u"Web server 2"_s);
        QCOMPARE(node->resource().vm()->details.value(u"Host name"_s), u"web-server-2"_s);
    }

    void launchWithoutCapacityLeavesTheErrorVmListed()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider);
        Task *task = waitForEnd(provider->launch(specFor(choices, u"big-01"_s, u"Huge Instance"_s)));
        QCOMPARE(task->state(), Task::State::Failed);
        QVERIFY2(task->errorText().startsWith(u"Unable to create a deployment for VM[User|i-2-"_s),
                 qPrintable(task->errorText()));
        QVERIFY2(task->errorText().contains(u"533"_s), qPrintable(task->errorText()));
        // The VM CloudStack could not start is shown, in state Error, not hidden.
        const InventoryNode *node = findByName(inventory.root(), u"big-01"_s);
        QVERIFY(node);
        QCOMPARE(node->resource().vm()->state, PowerState::Error);
        QCOMPARE(node->resource().vm()->stateReason, u"Error"_s);
        const Capabilities caps = provider->capabilities(node->id());
        QVERIFY(caps.testFlag(Capability::Delete));
        QVERIFY(!caps.testFlag(Capability::Rename)); // updateVirtualMachine refuses VMs in Error
        QVERIFY(!caps.testFlag(Capability::Resize));
    }

    void launchRefusedBeforeAnyRequest()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider);
        const int sent = provider->client()->requestsSent();
        const CloudLaunchSpec good = specFor(choices, u"web-09"_s, u"Small Instance"_s);
        const QList<std::pair<CloudLaunchSpec, QString>> cases{
            {[&] { auto s = good; s.name = u"  "_s; return s; }(), u"Give the VM a name"_s},
            {[&] { auto s = good; s.location.clear(); return s; }(), u"Choose a zone for web-09"_s},
            {[&] { auto s = good; s.sizeId.clear(); return s; }(), u"Choose a service offering for web-09"_s},
            {[&] { auto s = good; s.imageId.clear(); return s; }(), u"Choose a template for web-09"_s},
            {[&] { auto s = good; s.count = 2; return s; }(), u"CloudStack creates one VM at a time"_s}};
        for (const auto &[spec, why] : cases) {
            Task *task = provider->launch(spec);
            QCOMPARE(task->state(), Task::State::Queued); // fails on a later turn, so callers can connect
            waitForEnd(task);
            QVERIFY2(failedWith(task, why), qPrintable(task->errorText()));
        }
        QCOMPARE(provider->client()->requestsSent(), sent);

        // What the server refuses comes back in its words: the fake's Debian template (not
        // offered, still downloading; uid(13, 2) in fake_cloudstack.py) asked for anyway.
        CloudLaunchSpec debian = good;
        debian.imageId = u"0000000d-0000-4000-8000-000000000002"_s;
        Task *task = waitForEnd(provider->launch(debian));
        QVERIFY2(failedWith(task, u"has not been completely downloaded to zone"_s), qPrintable(task->errorText()));
    }

    void importsKeyPairs()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const QString zone = choicesOf(*provider).location;
        Task *task = provider->importKeyPair(zone, u"laptop"_s, QString::fromLatin1(ed25519Key));
        QCOMPARE(task->title(), u"Import key pair laptop"_s);
        waitForEnd(task);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(task->result().toString(), u"laptop"_s);
        QVERIFY(optionNamed(choicesOf(*provider).keyPairs, u"laptop"_s));

        task = waitForEnd(provider->importKeyPair(zone, u"laptop"_s, QString::fromLatin1(ed25519Key)));
        QVERIFY2(failedWith(task, u"A key pair with name 'laptop' already exists for this account."_s),
                 qPrintable(task->errorText()));
        task = waitForEnd(provider->importKeyPair(zone, u"desk"_s, QString::fromLatin1(ed25519Key)));
        QVERIFY2(failedWith(task, u"A key pair with key 'ssh-ed25519 AAAAC3"_s), qPrintable(task->errorText()));
        task = waitForEnd(provider->importKeyPair(zone, u"bad"_s, u"not a key"_s));
        QVERIFY2(failedWith(task, u"Public key is invalid"_s), qPrintable(task->errorText()));

        const int sent = provider->client()->requestsSent();
        task = waitForEnd(provider->importKeyPair(zone, u""_s, QString::fromLatin1(ed25519Key)));
        QVERIFY2(failedWith(task, u"Give the key pair a name"_s), qPrintable(task->errorText()));
        task = waitForEnd(provider->importKeyPair(zone, u"empty"_s, u"  "_s));
        QVERIFY2(failedWith(task, u"No public key was given for empty"_s), qPrintable(task->errorText()));
        QCOMPARE(provider->client()->requestsSent(), sent);
    }

    void scalesAStoppedVm()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider); // also names the offerings for task titles
        const InventoryNode *node = findByName(inventory.root(), u"vm-0003"_s);
        QVERIFY(node);
        const ResourceId vm = node->id();
        QCOMPARE(node->resource().vm()->state, PowerState::ShutOff);
        const Capabilities caps = provider->capabilities(vm);
        QVERIFY(caps.testFlag(Capability::Resize));
        QVERIFY(caps.testFlag(Capability::Rename));

        const QString large = optionNamed(choices.sizes, u"Large Instance"_s)->id;
        Task *task = provider->perform(Action{ActionType::Resize, vm, {{u"sizeId"_s, large}}});
        QCOMPARE(task->title(), u"Scale vm-0003 to Large Instance"_s);
        waitForEnd(task);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        const VmInfo *info = inventory.node(vm)->resource().vm();
        QCOMPARE(info->details.value(u"Offering"_s), u"Large Instance"_s);
        QCOMPARE(info->vcpus, 4);
        QCOMPARE(info->memoryKiB, 16384ull * 1024);
        QCOMPARE(info->state, PowerState::ShutOff);

        // The offering it has now: refused inside the job, in CloudStack's words.
        task = runToEnd(*provider, ActionType::Resize, vm, {{u"sizeId"_s, large}});
        QVERIFY2(failedWith(task, u"since it already has the requested service offering (Large Instance)"_s),
                 qPrintable(task->errorText()));
    }

    void scalingARunningVmWithoutDynamicScalingFails()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const CloudLaunchChoices choices = choicesOf(*provider);
        const InventoryNode *node = findByName(inventory.root(), u"vm-0001"_s);
        QVERIFY(node);
        const ResourceId vm = node->id();
        QCOMPARE(node->resource().vm()->state, PowerState::Running);
        QCOMPARE(node->resource().vm()->details.value(u"Dynamic scaling"_s), u"no"_s);
        QVERIFY(!provider->capabilities(vm).testFlag(Capability::Resize));
        QVERIFY(provider->capabilities(vm).testFlag(Capability::Rename));

        Task *task = runToEnd(*provider, ActionType::Resize, vm,
                              {{u"sizeId"_s, optionNamed(choices.sizes, u"Large Instance"_s)->id}});
        QVERIFY2(failedWith(task, u"Unable to live scale VM on KVM when current service offering is a \"Fixed Offering\""_s),
                 qPrintable(task->errorText()));
        QVERIFY2(task->errorText().contains(u"431"_s), qPrintable(task->errorText()));
        QCOMPARE(inventory.node(vm)->resource().vm()->details.value(u"Offering"_s), u"Very small instance"_s);
        QCOMPARE(inventory.node(vm)->resource().vm()->state, PowerState::Running);
    }

    void renamesAVm()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const InventoryNode *node = findByName(inventory.root(), u"vm-0002"_s);
        QVERIFY(node);
        const ResourceId vm = node->id();
        QSignalSpy deltas(provider.get(), &Provider::deltaReady);
        Task *task = provider->perform(Action{ActionType::Rename, vm, {{u"name"_s, u" web-02 "_s}}});
        QCOMPARE(task->title(), u"Rename vm-0002 to web-02"_s);
        QString nameAtEnd;
        connect(task, &Task::finished, this, [&] { nameAtEnd = inventory.node(vm)->resource().name; });
        waitForEnd(task);
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
        QCOMPARE(nameAtEnd, u"web-02"_s);
        QVERIFY(!deltas.isEmpty());
        const auto delta = deltas.last().first().value<InventoryDelta>();
        QCOMPARE(delta.changed.size(), 1);
        QCOMPARE(delta.changed.first().resource.id, vm);
        QVERIFY(delta.changed.first().fields.testFlag(ResourceField::Name));
        // The guest's host name stays; it shows beside the new name.
        QCOMPARE(inventory.node(vm)->resource().vm()->details.value(u"Host name"_s), u"vm-0002"_s);
        QCOMPARE(findByName(inventory.root(), u"web-02"_s), inventory.node(vm));
    }

    void missingOptionsAreRefusedWithoutARequest()
    {
        Inventory inventory;
        const auto provider = connected(inventory);
        QVERIFY(provider);
        const ResourceId vm = findByName(inventory.root(), u"vm-0004"_s)->id();
        const int sent = provider->client()->requestsSent();
        Task *task = provider->perform(Action{ActionType::Resize, vm, {}});
        QCOMPARE(task->title(), u"Scale vm-0004"_s);
        waitForEnd(task);
        QVERIFY2(failedWith(task, u"No service offering was chosen (option \"sizeId\")"_s), qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::Rename, vm, {{u"name"_s, u"   "_s}});
        QCOMPARE(task->title(), u"Rename vm-0004"_s);
        QVERIFY2(failedWith(task, u"No new name was given (option \"name\")"_s), qPrintable(task->errorText()));
        task = runToEnd(*provider, ActionType::Rebuild, vm, {{u"imageId"_s, u"x"_s}});
        QVERIFY2(failedWith(task, u"CloudStack does not support \"Rebuild\""_s), qPrintable(task->errorText()));
        QCOMPARE(provider->client()->requestsSent(), sent);
    }
};

QTEST_GUILESS_MAIN(TestCloudOpsCloudStack)
#include "tst_cloudops_cloudstack.moc"
