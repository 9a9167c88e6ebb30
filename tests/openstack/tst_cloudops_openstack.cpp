// Creating servers and the cloud actions against a REAL OpenStack Zed on loopback (the
// openstack_loopback fixture): launch choices, POST /servers followed to ACTIVE (one, several, one
// that goes to ERROR), resize with confirm and revert, rebuild, rename, lock, the noVNC console,
// key pair import and Nova's quota refusal. Runs as user demo in project demo (no admin role);
// admin lowers the quota and makes networks and an image. Everything made here is named "wco-".
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr char prefix[] = "wco-";
const QString publicKey = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKP8rQLzXncJR8rZWnPFB85HT4JjtFG6UsfbyYyuPnt+ wco-test"_s;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasOption(const QList<CloudOption> &options, const QString &name)
{
    return std::any_of(options.cbegin(), options.cend(), [&name](const CloudOption &o) { return o.name == name; });
}

const CloudOption *optionNamed(const QList<CloudOption> &options, const QString &name)
{
    for (const CloudOption &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace

class TestCloudOpsOpenStack : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_providers{this};
    Inventory *m_inventory = nullptr;
    OpenStackProvider *m_demo = nullptr; // user demo, project demo
    std::unique_ptr<CloudAdmin> m_admin; // admin in project admin: networks, quotas, images
    std::unique_ptr<CloudAdmin> m_user;  // demo: its own key pairs
    std::unique_ptr<CloudAdmin> m_servers; // admin in project demo: finds and deletes servers
    QString m_demoProject;
    QString m_imageId;        // cirros-fake
    QString m_ownNetwork;     // project demo's, with a subnet no port can be bound on
    QStringList m_networks;   // made here, deleted at the end
    QString m_bigImage;       // min_disk 40 GiB: no flavor here is large enough
    QString m_keyName;
    ResourceId m_vm;          // the server launched by launchFollowsBuildToActive
    qint64 m_quotaToRestore = -1;

    static bool runTask(Task *task, int timeoutMs = 120000) { return LoopbackProviders::runTask(task, timeoutMs); }
    static bool failsWithin(Task *task, int timeoutMs = 120000)
    {
        return QTest::qWaitFor([task] { return task->isFinished(); }, timeoutMs) && task->state() == Task::State::Failed;
    }

    Task *act(ActionType type, const QVariantMap &options = {}) { return m_demo->perform(Action{type, m_vm, options}); }
    // The loopback's SQLite databases are shared by every service and test: when they are busy,
    // Nova answers 500 "database is locked", its compute service drops the action and the server
    // stays as it was, or the conductor's failure puts it into ERROR ("RemoteError" is all a
    // non-admin sees). Such an action is sent again (after admin resets the state); any other
    // failure counts.
    bool perform(const ResourceId &vm, ActionType type, const QVariantMap &options = {})
    {
        for (int attempt = 1;; ++attempt) {
            Task *task = m_demo->perform(Action{type, vm, options});
            if (runTask(task))
                return true;
            const QString error = task->errorText();
            const bool remote = error.contains(u"went into ERROR: RemoteError"_s);
            const bool busy = remote || error.contains(u"(HTTP 500)"_s) || error.contains(u"database is locked"_s)
                || error.contains(u" again (expected"_s) || error.contains(u"did not delete"_s);
            if (!busy || attempt == 3)
                return false;
            if (remote) {
                const QJsonObject reset{{u"os-resetState"_s, QJsonObject{{u"state"_s, u"active"_s}}}};
                m_servers->compute("POST", u"/servers/%1/action"_s.arg(vm.nativeId()), compact(reset));
                m_demo->pollNow(true);
            }
            QTest::qWait(1500);
            if (type == ActionType::Delete && m_demo->novaStatus(vm).isEmpty())
                return true; // the refused request was carried out after all: the poll saw it go
        }
    }
    const VmInfo *row(const ResourceId &vm) const
    {
        const InventoryNode *node = m_inventory->node(vm);
        return node ? node->resource().vm() : nullptr;
    }
    QString createNetwork(const QString &name, const QJsonObject &extra)
    {
        QJsonObject network = extra;
        network.insert(u"name"_s, name);
        const openstack::ApiResponse r = m_admin->network("POST", u"/v2.0/networks"_s, compact({{u"network"_s, network}}));
        const QString id = r.json.object()[u"network"_s][u"id"_s].toString();
        if (!id.isEmpty())
            m_networks.append(id);
        else
            qWarning() << "network" << name << r.error;
        return id;
    }
    void restoreQuota()
    {
        if (m_quotaToRestore < 0)
            return;
        const QJsonObject quota{{u"quota_set"_s, QJsonObject{{u"instances"_s, m_quotaToRestore}}}};
        const openstack::ApiResponse r = m_admin->compute("PUT", u"/os-quota-sets/"_s + m_demoProject, compact(quota));
        if (r.ok())
            m_quotaToRestore = -1;
        else
            qWarning() << "could not restore the instance quota of project demo:" << r.error;
    }
    void deleteLeftovers()
    {
        m_servers->deleteServers(m_servers->serverIds(QLatin1StringView(prefix)));
        const QJsonObject networks = m_admin->network("GET", u"/v2.0/networks"_s).json.object();
        QStringList leftoverNetworks;
        for (const QJsonValue &v : networks[u"networks"_s].toArray()) {
            if (v[u"name"_s].toString().startsWith(QLatin1StringView(prefix)))
                leftoverNetworks.append(v[u"id"_s].toString());
        }
        if (!leftoverNetworks.isEmpty())
            m_servers->waitForStatus(m_servers->serverIds(QLatin1StringView(prefix)), u"DELETED"_s, 60000); // ports go with them
        for (const QString &id : std::as_const(leftoverNetworks))
            m_admin->network("DELETE", u"/v2.0/networks/"_s + id);
        const QJsonObject keys = m_user->compute("GET", u"/os-keypairs"_s).json.object();
        for (const QJsonValue &v : keys[u"keypairs"_s].toArray()) {
            const QString name = v[u"keypair"_s][u"name"_s].toString();
            if (name.startsWith(QLatin1StringView(prefix)))
                m_user->compute("DELETE", u"/os-keypairs/"_s + name);
        }
        const QJsonObject images = m_admin->image("GET", u"/v2/images?limit=1000"_s).json.object();
        for (const QJsonValue &v : images[u"images"_s].toArray()) {
            if (v[u"name"_s].toString().startsWith(QLatin1StringView(prefix)))
                m_admin->image("DELETE", u"/v2/images/"_s + v[u"id"_s].toString());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_providers.setUp(m_cloud, error), qPrintable(error));
        m_inventory = m_providers.inventory();
        m_admin = std::make_unique<CloudAdmin>(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(m_admin->login(), qPrintable(m_admin->lastError()));
        m_user = std::make_unique<CloudAdmin>(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(m_user->login(), qPrintable(m_user->lastError()));
        m_demoProject = m_user->projectId();
        m_servers = std::make_unique<CloudAdmin>(m_cloud, u"admin"_s, u"demo"_s);
        QVERIFY2(m_servers->login(), qPrintable(m_servers->lastError()));
        deleteLeftovers();
        // An interrupted run may have left the quota at what the project used then.
        const QJsonObject quota = m_admin->compute("GET", u"/os-quota-sets/"_s + m_demoProject).json.object();
        if (quota[u"quota_set"_s][u"instances"_s].toInt(1000) < 100)
            m_admin->compute("DELETE", u"/os-quota-sets/"_s + m_demoProject); // back to the defaults

        const QJsonObject images = m_user->image("GET", u"/v2/images?name=cirros-fake"_s).json.object();
        m_imageId = images[u"images"_s][0][u"id"_s].toString();
        QVERIFY(!m_imageId.isEmpty());
        // Networks: one of project demo (with a subnet: Nova tries to bind a port there and, with no
        // Neutron agents, fails), a shared one, and one of project admin that demo must not be offered.
        m_ownNetwork = createNetwork(LoopbackCloud::uniqueName(u"wco-net-own"_s), {{u"project_id"_s, m_demoProject}});
        QVERIFY(!m_ownNetwork.isEmpty());
        const QJsonObject subnet{{u"network_id"_s, m_ownNetwork}, {u"ip_version"_s, 4}, {u"cidr"_s, u"10.97.0.0/24"_s},
                                 {u"enable_dhcp"_s, false}, {u"project_id"_s, m_demoProject}};
        QVERIFY(m_admin->network("POST", u"/v2.0/subnets"_s, compact({{u"subnet"_s, subnet}})).ok());
        QVERIFY(!createNetwork(LoopbackCloud::uniqueName(u"wco-net-shared"_s), {{u"shared"_s, true}}).isEmpty());
        QVERIFY(!createNetwork(LoopbackCloud::uniqueName(u"wco-net-admin"_s), {}).isEmpty());

        m_demo = m_providers.provider(u"demo"_s, {{u"actionPollMs"_s, 500}});
        QVERIFY(LoopbackProviders::connectNow(m_demo));
        QVERIFY(m_demo->canLaunch());
    }

    void cleanupTestCase()
    {
        restoreQuota();
        if (m_servers && m_admin && m_user)
            deleteLeftovers();
        if (m_demo)
            m_providers.remove(m_demo);
    }

    void importKeyPairAndDuplicate()
    {
        m_keyName = LoopbackCloud::uniqueName(u"wco-key"_s);
        Task *task = m_demo->importKeyPair({}, m_keyName, publicKey);
        QVERIFY(runTask(task));
        QCOMPARE(task->result().toString(), m_keyName);
        Task *again = m_demo->importKeyPair(u"RegionOne"_s, m_keyName, publicKey);
        QVERIFY(failsWithin(again));
        QVERIFY2(again->errorText().contains(u"Key pair '%1' already exists."_s.arg(m_keyName)), qPrintable(again->errorText()));
        Task *nowhere = m_demo->importKeyPair(u"NoSuchRegion"_s, m_keyName, publicKey);
        QVERIFY(failsWithin(nowhere, 5000));
        QVERIFY(nowhere->errorText().contains(u"NoSuchRegion"_s));
    }

    void launchChoicesListWhatTheCloudOffers()
    {
        Task *task = m_demo->readLaunchChoices({});
        QVERIFY(runTask(task, 30000));
        const auto choices = task->result().value<CloudLaunchChoices>();
        QVERIFY2(choices.problems.isEmpty(), qPrintable(QStringList(choices.problems.values()).join(u"; "_s)));
        QCOMPARE(choices.location, u"RegionOne"_s);
        QCOMPARE(choices.locations.size(), 1);
        QCOMPARE(choices.locations.first().name, u"RegionOne"_s);

        const CloudOption *tiny = optionNamed(choices.sizes, u"m1.tiny"_s);
        QVERIFY(tiny);
        QCOMPARE(tiny->id, u"1"_s);
        QCOMPARE(tiny->detail, u"1 vCPU · 512 MiB RAM · 1 GiB disk"_s);
        QVERIFY(hasOption(choices.sizes, u"m1.small"_s));
        QVERIFY(optionNamed(choices.images, u"cirros-fake"_s));
        QCOMPARE(optionNamed(choices.images, u"cirros-fake"_s)->id, m_imageId);

        const QJsonObject networks = m_admin->network("GET", u"/v2.0/networks"_s).json.object();
        QStringList own, foreign;
        for (const QJsonValue &v : networks[u"networks"_s].toArray()) {
            const QString name = v[u"name"_s].toString();
            if (name.startsWith(u"wco-net-own"_s) || name.startsWith(u"wco-net-shared"_s))
                own.append(name);
            else if (name.startsWith(u"wco-net-admin"_s))
                foreign.append(name);
        }
        QCOMPARE(own.size(), 2);
        for (const QString &name : std::as_const(own))
            QVERIFY2(hasOption(choices.networks, name), qPrintable(name));
        for (const QString &name : std::as_const(foreign))
            QVERIFY2(!hasOption(choices.networks, name), qPrintable(name)); // admin's own network
        QVERIFY(!choices.networksRequired); // 2.79: "none" is a choice

        QVERIFY(hasOption(choices.keyPairs, m_keyName));
        QVERIFY(choices.hasSecurityGroups);
        const CloudOption *group = optionNamed(choices.securityGroups, u"default"_s);
        QVERIFY(group);
        QVERIFY(group->preselected);
        QVERIFY(choices.quotaLeft.value(u"instances"_s) > 0);
        QVERIFY(choices.quotaLeft.contains(u"cores"_s));
        QVERIFY(choices.quotaLeft.contains(u"ramMiB"_s));
        QCOMPARE(choices.maxCount, 10);

        Task *unknown = m_demo->readLaunchChoices(u"NoSuchRegion"_s);
        QVERIFY(failsWithin(unknown, 5000));
        QVERIFY(unknown->errorText().contains(u"NoSuchRegion"_s));
    }

    void launchFollowsBuildToActive()
    {
        CloudLaunchSpec spec;
        spec.name = LoopbackCloud::uniqueName(u"wco-web"_s);
        spec.sizeId = u"1"_s;
        spec.imageId = m_imageId;
        spec.keyPair = m_keyName;
        Task *choicesTask = m_demo->readLaunchChoices(u"RegionOne"_s);
        QVERIFY(runTask(choicesTask, 30000));
        const auto choices = choicesTask->result().value<CloudLaunchChoices>();
        spec.securityGroups = {optionNamed(choices.securityGroups, u"default"_s)->id};
        spec.userData = "#cloud-config\nhostname: wco\n";
        QCOMPARE(cloudLaunchProblem(spec, choices), QString());

        // Every state the tree was sent for the new server, in order.
        QList<PowerState> shown;
        QObject listening; // the connections end with this test
        connect(m_demo, &Provider::deltaReady, &listening, [&](const InventoryDelta &delta) {
            QList<Resource> resources = delta.added;
            for (const ResourceChange &change : delta.changed)
                resources.append(change.resource);
            for (const Resource &r : std::as_const(resources)) {
                if (r.vm() && r.name == spec.name && (shown.isEmpty() || shown.last() != r.vm()->state))
                    shown.append(r.vm()->state);
            }
        });
        QElapsedTimer timer;
        timer.start();
        Task *task = m_demo->launch(spec);
        QStringList details;
        connect(task, &Task::detailChanged, &listening, [&details](const QString &detail) { details.append(detail); });
        QVERIFY(runTask(task));
        const qint64 ms = timer.elapsed();
        qInfo().noquote() << u"create-to-ACTIVE of one server on the loopback: %1 ms (poll every 500 ms)"_s.arg(ms);

        const QStringList ids = task->result().toStringList();
        QCOMPARE(ids.size(), 1);
        m_vm = ResourceId::fromString(ids.first());
        QVERIFY(m_vm.isValid());
        QCOMPARE(m_vm.kind(), ResourceKind::Vm);
        QCOMPARE(task->progress(), 100);
        // The task follows the build: "BUILD…" while it lasts, unless the fake driver finished it
        // before the first poll (seen on a fresh machine); it always ends at ACTIVE.
        QVERIFY2(details.last() == u"ACTIVE"_s
                     || std::any_of(details.cbegin(), details.cend(), [](const QString &d) { return d.startsWith(u"BUILD"_s); }),
                 qPrintable(details.join(u" | "_s)));
        QVERIFY2(shown.size() >= 2 && shown.first() == PowerState::Building && shown.last() == PowerState::Running,
                 qPrintable(QString::number(shown.size())));

        const VmInfo *vm = row(m_vm);
        QVERIFY(vm);
        QCOMPARE(vm->state, PowerState::Running);
        QCOMPARE(vm->details.value(u"Flavor"_s), u"m1.tiny"_s);
        QCOMPARE(vm->details.value(u"Key pair"_s), m_keyName);
        QCOMPARE(m_inventory->node(m_vm)->parent()->resource().name, u"demo"_s); // under the project
        QCOMPARE(m_demo->launchLocationOf(m_vm), u"RegionOne"_s);
    }

    void launchSeveralAtOnce()
    {
        CloudLaunchSpec spec;
        spec.name = LoopbackCloud::uniqueName(u"wco-batch"_s);
        spec.sizeId = u"1"_s;
        spec.imageId = m_imageId;
        spec.count = 2;
        QElapsedTimer timer;
        timer.start();
        Task *task = m_demo->launch(spec);
        QVERIFY(runTask(task));
        qInfo().noquote() << u"create-to-ACTIVE of two servers in one request: %1 ms"_s.arg(timer.elapsed());
        const QStringList ids = task->result().toStringList();
        QCOMPARE(ids.size(), 2);
        QStringList names;
        for (const QString &id : ids) {
            const VmInfo *vm = row(ResourceId::fromString(id));
            QVERIFY(vm);
            QCOMPARE(vm->state, PowerState::Running);
            names.append(m_inventory->node(ResourceId::fromString(id))->resource().name);
        }
        names.sort();
        QCOMPARE(names, (QStringList{spec.name + u"-1"_s, spec.name + u"-2"_s}));
        for (const QString &id : ids)
            QVERIFY(perform(ResourceId::fromString(id), ActionType::Delete));
    }

    void launchIntoErrorKeepsTheFault()
    {
        CloudLaunchSpec spec;
        spec.name = LoopbackCloud::uniqueName(u"wco-unbound"_s);
        spec.sizeId = u"1"_s;
        spec.imageId = m_imageId;
        spec.networkIds = {m_ownNetwork};
        Task *task = m_demo->launch(spec);
        QVERIFY(failsWithin(task));
        // Nova's fault: the port cannot be bound (no Neutron agents), so every host was tried.
        QVERIFY2(task->errorText().contains(u"Exceeded maximum number of retries"_s), qPrintable(task->errorText()));
        const QStringList ids = task->result().toStringList();
        QCOMPARE(ids.size(), 1);
        const ResourceId failed = ResourceId::fromString(ids.first());
        const VmInfo *vm = row(failed);
        QVERIFY(vm); // stays listed
        QCOMPARE(vm->state, PowerState::Error);
        QVERIFY2(vm->stateReason.startsWith(u"ERROR: Exceeded maximum number of retries"_s), qPrintable(vm->stateReason));
        QVERIFY(vm->details.value(u"Fault"_s).contains(u"Exceeded maximum number of retries"_s));
        // Still there after the next polls (full and incremental).
        m_demo->pollNow(true);
        QTest::qWait(1500);
        QVERIFY(row(failed));
        QCOMPARE(row(failed)->state, PowerState::Error);
        QVERIFY(m_demo->capabilities(failed).testFlag(Capability::Rebuild));
        QVERIFY(perform(failed, ActionType::Delete));
        QVERIFY(!row(failed));
    }

    void launchRefusedWithNovasWords()
    {
        // An image asking for a larger disk than the flavor has: Nova's 400, verbatim.
        const QJsonObject image{{u"name"_s, LoopbackCloud::uniqueName(u"wco-bigdisk"_s)}, {u"disk_format"_s, u"raw"_s},
                                {u"container_format"_s, u"bare"_s}, {u"min_disk"_s, 40}, {u"visibility"_s, u"public"_s}};
        const openstack::ApiResponse made = m_admin->image("POST", u"/v2/images"_s, compact(image));
        QVERIFY2(made.ok(), qPrintable(made.error));
        m_bigImage = made.json.object()[u"id"_s].toString();
        const openstack::ApiResponse data = m_admin->image("PUT", u"/v2/images/%1/file"_s.arg(m_bigImage),
                                                           QByteArray(4096, '\0'), "application/octet-stream");
        QVERIFY2(data.ok(), qPrintable(data.error));

        CloudLaunchSpec spec;
        spec.name = LoopbackCloud::uniqueName(u"wco-toosmall"_s);
        spec.sizeId = u"1"_s;
        spec.imageId = m_bigImage;
        Task *task = m_demo->launch(spec);
        QVERIFY(failsWithin(task, 30000));
        QVERIFY2(task->errorText().contains(u"Flavor's disk is smaller than the minimum size specified in image metadata"_s), qPrintable(task->errorText()));
        QVERIFY(task->result().toStringList().isEmpty());
        QVERIFY(m_servers->serverIds(spec.name).isEmpty());
    }

    void resizeRevertThenConfirm()
    {
        QVERIFY(m_vm.isValid());
        Capabilities caps = m_demo->capabilities(m_vm);
        QVERIFY(caps.testFlag(Capability::Resize));
        QVERIFY(!caps.testFlag(Capability::ConfirmResize) && !caps.testFlag(Capability::RevertResize));

        // Refused before anything is sent: the flavor it has, a disk Nova would have to shrink.
        Task *same = act(ActionType::Resize, {{u"sizeId"_s, u"1"_s}});
        QVERIFY(failsWithin(same, 5000));
        QVERIFY2(same->errorText().contains(u"already has flavor m1.tiny"_s), qPrintable(same->errorText()));
        Task *shrink = act(ActionType::Resize, {{u"sizeId"_s, u"10"_s}}); // w1.nano: disk 0
        QVERIFY(failsWithin(shrink, 5000));
        QVERIFY2(shrink->errorText().contains(u"cannot shrink"_s), qPrintable(shrink->errorText()));

        QVERIFY(perform(m_vm, ActionType::Resize, {{u"sizeId"_s, u"2"_s}}));
        QCOMPARE(m_demo->novaStatus(m_vm), u"VERIFY_RESIZE"_s);
        caps = m_demo->capabilities(m_vm);
        QVERIFY(caps.testFlag(Capability::ConfirmResize) && caps.testFlag(Capability::RevertResize));
        QVERIFY(!caps.testFlag(Capability::Resize));
        QCOMPARE(row(m_vm)->details.value(u"Flavor"_s), u"m1.small"_s);
        QVERIFY(perform(m_vm, ActionType::RevertResize));
        QCOMPARE(m_demo->novaStatus(m_vm), u"ACTIVE"_s);
        QCOMPARE(row(m_vm)->details.value(u"Flavor"_s), u"m1.tiny"_s); // the old flavor back
        QCOMPARE(row(m_vm)->memoryKiB, 512ull * 1024);

        QVERIFY(perform(m_vm, ActionType::Resize, {{u"sizeId"_s, u"2"_s}}));
        QVERIFY(perform(m_vm, ActionType::ConfirmResize));
        QCOMPARE(m_demo->novaStatus(m_vm), u"ACTIVE"_s);
        QCOMPARE(row(m_vm)->details.value(u"Flavor"_s), u"m1.small"_s);
        QCOMPARE(row(m_vm)->memoryKiB, 2048ull * 1024);
        QVERIFY(m_demo->capabilities(m_vm).testFlag(Capability::Resize));
    }

    void rebuild()
    {
        QVERIFY(m_demo->capabilities(m_vm).testFlag(Capability::Rebuild));
        Task *missing = act(ActionType::Rebuild);
        QVERIFY(failsWithin(missing, 5000));
        QVERIFY(missing->errorText().contains(u"no image"_s));
        QVERIFY(perform(m_vm, ActionType::Rebuild, {{u"imageId"_s, m_imageId}}));
        QCOMPARE(m_demo->novaStatus(m_vm), u"ACTIVE"_s);
        QVERIFY(!m_bigImage.isEmpty());
        Task *tooSmall = act(ActionType::Rebuild, {{u"imageId"_s, m_bigImage}});
        QVERIFY(failsWithin(tooSmall));
        QVERIFY2(tooSmall->errorText().contains(u"Flavor's disk is smaller than the minimum size specified in image metadata"_s),
                 qPrintable(tooSmall->errorText()));
    }

    void renameAndLock()
    {
        const QString name = LoopbackCloud::uniqueName(u"wco-renamed"_s);
        Task *empty = act(ActionType::Rename, {{u"name"_s, u"  "_s}});
        QVERIFY(failsWithin(empty, 5000));
        QVERIFY(perform(m_vm, ActionType::Rename, {{u"name"_s, name}}));
        QCOMPARE(m_inventory->node(m_vm)->resource().name, name); // at once, not on the next poll
        QCOMPARE(m_servers->server(m_vm.nativeId())[u"name"_s].toString(), name);

        Capabilities caps = m_demo->capabilities(m_vm);
        QVERIFY(caps.testFlag(Capability::Lock) && !caps.testFlag(Capability::Unlock));
        QVERIFY(caps.testFlag(Capability::Rename));
        QVERIFY(perform(m_vm, ActionType::Lock));
        caps = m_demo->capabilities(m_vm);
        QVERIFY(caps.testFlag(Capability::Unlock) && !caps.testFlag(Capability::Lock));
        QCOMPARE(row(m_vm)->details.value(u"Locked"_s), u"yes"_s);
        QVERIFY(m_servers->server(m_vm.nativeId())[u"locked"_s].toBool());
        QVERIFY(perform(m_vm, ActionType::Unlock));
        caps = m_demo->capabilities(m_vm);
        QVERIFY(caps.testFlag(Capability::Lock) && !caps.testFlag(Capability::Unlock));
        QVERIFY(!row(m_vm)->details.contains(u"Locked"_s));
    }

    void consoleIsANoVncUrl()
    {
        QVERIFY(m_demo->capabilities(m_vm).testFlag(Capability::OpenConsole));
        for (const QString &asked : {u"vnc"_s, u"spice"_s, QString()}) {
            // SPICE is disabled on the loopback: Nova says "Unavailable console type", noVNC follows.
            Task *task = m_demo->requestConsoleEndpoint(m_vm, asked);
            QVERIFY(runTask(task, 30000));
            const auto endpoint = task->result().value<ConsoleEndpoint>();
            QVERIFY(endpoint.isUrl());
            QCOMPARE(endpoint.url.port(), 6080);
            QVERIFY2(endpoint.url.path().endsWith(u"vnc_auto.html"_s), qPrintable(endpoint.url.toString()));
            QVERIFY(endpoint.url.query().contains(u"token"_s));
            QCOMPARE(task->detail(), u"noVNC console, link valid about 10 minutes"_s);
            QCOMPARE(endpoint.note, task->detail()); // shown where the console would be
            QCOMPARE(endpoint.title, m_inventory->node(m_vm)->resource().name);
        }
        // Shut off: no console, said before Nova is asked.
        QVERIFY(perform(m_vm, ActionType::Shutdown));
        QVERIFY(!m_demo->capabilities(m_vm).testFlag(Capability::OpenConsole));
        Task *off = m_demo->requestConsoleEndpoint(m_vm, u"vnc"_s);
        QVERIFY(failsWithin(off, 5000));
        QVERIFY(off->errorText().contains(u"SHUTOFF"_s));
        QVERIFY(m_demo->capabilities(m_vm).testFlag(Capability::Resize)); // a stopped server resizes too
        QVERIFY(perform(m_vm, ActionType::Start));
    }

    void quotaExceededIsNovasText()
    {
        const QJsonObject detail = m_admin->compute("GET", u"/os-quota-sets/%1/detail"_s.arg(m_demoProject))
                                       .json.object()[u"quota_set"_s][u"instances"_s].toObject();
        QVERIFY(detail.contains(u"limit"_s));
        const int used = detail[u"in_use"_s].toInt();
        m_quotaToRestore = detail[u"limit"_s].toInt();
        const QJsonObject lower{{u"quota_set"_s, QJsonObject{{u"instances"_s, used}}}};
        const openstack::ApiResponse lowered = m_admin->compute("PUT", u"/os-quota-sets/"_s + m_demoProject, compact(lower));
        QVERIFY2(lowered.ok(), qPrintable(lowered.error));

        Task *choices = m_demo->readLaunchChoices({});
        QVERIFY(runTask(choices, 30000));
        QCOMPARE(choices->result().value<CloudLaunchChoices>().quotaLeft.value(u"instances"_s), qint64(0));

        CloudLaunchSpec spec;
        spec.name = LoopbackCloud::uniqueName(u"wco-over"_s);
        spec.sizeId = u"1"_s;
        spec.imageId = m_imageId;
        Task *task = m_demo->launch(spec);
        const bool failed = failsWithin(task, 30000);
        restoreQuota();
        QVERIFY(failed);
        QVERIFY2(task->errorText().contains(u"Quota exceeded for instances: Requested 1, but already used %1 of %1 instances"_s
                                                .arg(used)), qPrintable(task->errorText()));
        QVERIFY(task->result().toStringList().isEmpty());
        QVERIFY(m_servers->serverIds(spec.name).isEmpty()); // nothing was created
        QCOMPARE(m_quotaToRestore, qint64(-1));
    }

    void deleteTheLaunchedServer()
    {
        QVERIFY(perform(m_vm, ActionType::Delete));
        QVERIFY(!row(m_vm));
    }
};

QTEST_GUILESS_MAIN(TestCloudOpsOpenStack)
#include "tst_cloudops_openstack.moc"
