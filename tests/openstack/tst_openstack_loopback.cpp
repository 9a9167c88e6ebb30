// The OpenStack provider against a REAL OpenStack Zed on loopback (Keystone, Nova with the fake
// driver, Glance, Placement, Neutron API) started by the openstack_loopback CTest fixture.
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

QString uniqueName(const QString &prefix)
{
    return prefix + u'-' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

const InventoryNode *childNamed(const InventoryNode *node, ResourceKind kind, const QString &name)
{
    for (int i = 0; node && i < node->childCount(); ++i) {
        if (node->child(i)->kind() == kind && node->child(i)->resource().name == name)
            return node->child(i);
    }
    return nullptr;
}

} // namespace

class TestOpenStackLoopback : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_providers{this};
    Inventory *m_inventory = nullptr;

    OpenStackProvider *provider(const QString &cloud, QVariantMap options = {})
    {
        return m_providers.provider(cloud, std::move(options));
    }
    static bool connectNow(OpenStackProvider *p) { return LoopbackProviders::connectNow(p); }
    static bool runTask(Task *task, int timeoutMs = 120000) { return LoopbackProviders::runTask(task, timeoutMs); }
    void removeProvider(OpenStackProvider *p) { m_providers.remove(p); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_providers.setUp(m_cloud, error), qPrintable(error));
        m_inventory = m_providers.inventory();
        // Leftovers of an interrupted earlier run would only slow the listings down.
        for (const QString &project : {u"admin"_s, u"demo"_s}) {
            CloudAdmin admin(m_cloud, u"admin"_s, project);
            QVERIFY2(admin.login(), qPrintable(admin.lastError()));
            admin.deleteServers(admin.serverIds(u"wk-"_s));
            admin.deleteImages(u"wk-"_s); // snapshots of the servers
        }
    }

    void passwordLoginShowsRegionProjectAndNewServers()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        OpenStackProvider *p = provider(u"admin"_s);
        QVERIFY(connectNow(p));
        QCOMPARE(p->state(), ProviderState::Connected);
        const InventoryNode *top = m_inventory->node(p->resourceId());
        const InventoryNode *region = childNamed(top, ResourceKind::Region, u"RegionOne"_s);
        QVERIFY(region);
        const InventoryNode *project = childNamed(region, ResourceKind::Project, u"admin"_s);
        QVERIFY(project);
        QVERIFY2(project->resource().group()->details.value(u"Instances"_s).contains(u" of "_s),
                 qPrintable(project->resource().group()->details.value(u"Instances"_s)));
        // admin: the fake hypervisor under the region
        const InventoryNode *host = childNamed(region, ResourceKind::Host, u"welkin-compute-1"_s);
        QVERIFY(host);
        QCOMPARE(host->resource().host()->hypervisor, u"fake"_s);

        // Created behind Welkin's back: appears within a poll or two (changes-since).
        const QString name = uniqueName(u"wk-tree"_s);
        QVERIFY2(!admin.createServers(name).isEmpty(), qPrintable(admin.lastError()));
        QVERIFY(QTest::qWaitFor([&] { return childNamed(project, ResourceKind::Vm, name) != nullptr; }, 30000));
        const QStringList ids = admin.serverIds(name);
        QCOMPARE(ids.size(), 1);
        QVERIFY2(admin.waitForStatus(ids, u"ACTIVE"_s, 60000), qPrintable(admin.lastError()));
        QVERIFY(QTest::qWaitFor([&] {
            const InventoryNode *vm = childNamed(project, ResourceKind::Vm, name);
            return vm && vm->resource().vm()->state == PowerState::Running;
        }, 15000));
        const VmInfo *vm = childNamed(project, ResourceKind::Vm, name)->resource().vm();
        QCOMPARE(vm->vcpus, 1);
        QCOMPARE(vm->memoryKiB, 512ull * 1024);
        QCOMPARE(vm->osName, u"cirros-fake"_s);
        QCOMPARE(vm->details.value(u"Flavor"_s), u"m1.tiny"_s);
        QCOMPARE(vm->details.value(u"Hypervisor host"_s), u"welkin-compute-1"_s);

        // Deleted behind Welkin's back: changes-since lists it as DELETED, the row goes.
        QVERIFY2(admin.deleteServers(ids), qPrintable(admin.lastError()));
        QVERIFY(QTest::qWaitFor([&] { return childNamed(project, ResourceKind::Vm, name) == nullptr; }, 60000));
        const ResourceId regionId = region->id();
        p->close(); // removes every row it sent
        QVERIFY(!m_inventory->node(regionId));
        removeProvider(p);
    }

    void applicationCredentialLogin()
    {
        OpenStackProvider *p = provider(u"appcred"_s);
        QVERIFY(connectNow(p));
        const InventoryNode *region = childNamed(m_inventory->node(p->resourceId()), ResourceKind::Region, u"RegionOne"_s);
        QVERIFY(childNamed(region, ResourceKind::Project, u"demo"_s));
        // demo is no admin: no hypervisors
        for (int i = 0; i < region->childCount(); ++i)
            QVERIFY(region->child(i)->kind() != ResourceKind::Host);
        removeProvider(p);
    }

    void wrongPasswordIsAuthFailedWithKeystonesText()
    {
        OpenStackProvider *p = provider(u"wrongpw"_s);
        QVERIFY(!connectNow(p));
        QCOMPARE(p->state(), ProviderState::AuthFailed);
        QVERIFY2(p->status().detail.contains(u"The request you have made requires authentication."_s),
                 qPrintable(p->status().detail));
        QVERIFY(p->status().detail.contains(u"401"_s));
        removeProvider(p);
    }

    void profileOptionsWithPasswordPrompt()
    {
        // No clouds.yaml entry: auth URL from the URI, the rest from options, password asked for.
        struct Answerer : CredentialHandler {
            QString password;
            QList<CredentialRequest::Field> asked;
            void requestCredentials(const CredentialRequestPtr &request) override
            {
                asked = request->fields();
                request->answer({password});
            }
        } answerer;
        answerer.password = m_cloud.password;
        ConnectionProfile profile;
        profile.uri = u"openstack+"_s + m_cloud.authUrl;
        profile.id = profile.uri;
        profile.kind = u"openstack"_s;
        profile.options = {{u"username"_s, u"demo"_s}, {u"projectName"_s, u"demo"_s},
                           {u"regionName"_s, u"RegionOne"_s}, {u"pollIntervalMs"_s, 0}};
        auto *p = new OpenStackProvider(profile, this);
        p->setCredentialHandler(&answerer);
        m_inventory->addProvider(p);
        QVERIFY(connectNow(p));
        QCOMPARE(answerer.asked.size(), 1);
        QCOMPARE(answerer.asked.first().kind, CredentialRequest::Field::Kind::Password);
        QVERIFY2(answerer.asked.first().prompt.contains(u"demo"_s), qPrintable(answerer.asked.first().prompt));
        QVERIFY(childNamed(childNamed(m_inventory->node(p->resourceId()), ResourceKind::Region, u"RegionOne"_s),
                           ResourceKind::Project, u"demo"_s));
        removeProvider(p);

        // Without anyone to answer, the prompt is cancelled: a clear AuthFailed, no hang.
        profile.id += u"#2"_s;
        auto *unanswered = new OpenStackProvider(profile, this);
        m_inventory->addProvider(unanswered);
        QVERIFY(!connectNow(unanswered));
        QCOMPARE(unanswered->state(), ProviderState::AuthFailed);
        QVERIFY(unanswered->status().detail.contains(u"No password"_s));
        removeProvider(unanswered);
    }

    void unknownCloudIsAClearError()
    {
        OpenStackProvider *p = provider(u"no-such-cloud"_s);
        QVERIFY(!connectNow(p));
        QCOMPARE(p->state(), ProviderState::AuthFailed);
        QVERIFY2(p->status().detail.contains(u"no cloud \"no-such-cloud\""_s), qPrintable(p->status().detail));
        removeProvider(p);
    }

    void actionsReachTheirStates()
    {
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        const QString name = uniqueName(u"wk-life"_s);
        const QString serverId = demo.createActiveServer(name, 60000);
        QVERIFY2(!serverId.isEmpty(), qPrintable(demo.lastError()));

        OpenStackProvider *p = provider(u"demo"_s, {{u"pollIntervalMs"_s, 60000}}); // tasks alone must update the tree
        QVERIFY(connectNow(p));
        const ResourceId vm(p->id(), ResourceKind::Vm, serverId);
        QVERIFY(m_inventory->node(vm));
        QVERIFY(p->capabilities(vm).testFlag(Capability::Shutdown));
        QVERIFY(!p->capabilities(vm).testFlag(Capability::Start));

        struct Step {
            ActionType action;
            QString status;
            PowerState state;
        };
        const QList<Step> steps{
            {ActionType::Shutdown, u"SHUTOFF"_s, PowerState::ShutOff},
            {ActionType::Start, u"ACTIVE"_s, PowerState::Running},
            {ActionType::Reboot, u"ACTIVE"_s, PowerState::Running},
            {ActionType::ForceReboot, u"ACTIVE"_s, PowerState::Running},
            {ActionType::Pause, u"PAUSED"_s, PowerState::Paused},
            {ActionType::Resume, u"ACTIVE"_s, PowerState::Running},
            {ActionType::Suspend, u"SUSPENDED"_s, PowerState::Suspended},
            {ActionType::Resume, u"ACTIVE"_s, PowerState::Running},
        };
        for (const Step &step : steps) {
            QVERIFY2(p->capabilities(vm).testFlag(capabilityFor(step.action)), qPrintable(actionName(step.action)));
            Task *task = p->perform(Action{step.action, vm, {}});
            // The loopback Nova keeps its databases in SQLite, which answers "database is locked"
            // (HTTP 500, nothing done) on a busy machine: one more try then.
            if (!runTask(task) && task->errorText().contains(u"(HTTP 500)"_s))
                task = p->perform(Action{step.action, vm, {}});
            QVERIFY2(runTask(task), qPrintable(actionName(step.action) + u": "_s + task->errorText()));
            QCOMPARE(p->novaStatus(vm), step.status);
            QCOMPARE(m_inventory->node(vm)->resource().vm()->state, step.state);
            QCOMPARE(demo.server(serverId).value(u"status"_s).toString(), step.status);
        }
        // Nova refuses a second start of a running server: the task fails with Nova's text.
        Task *conflict = p->perform(Action{ActionType::Start, vm, {}});
        QVERIFY(QTest::qWaitFor([conflict] { return conflict->isFinished(); }, 30000));
        QCOMPARE(conflict->state(), Task::State::Failed);
        QVERIFY2(conflict->errorText().contains(u"Conflict"_s) && conflict->errorText().contains(u"409"_s),
                 qPrintable(conflict->errorText()));

        Task *snapshot = p->perform(Action{ActionType::CreateSnapshot, vm, {{u"name"_s, QString(name + u"-snap"_s)}}});
        QVERIFY2(runTask(snapshot), qPrintable(snapshot->errorText()));

        Task *remove = p->perform(Action{ActionType::Delete, vm, {}});
        QVERIFY2(runTask(remove), qPrintable(remove->errorText()));
        QVERIFY(!m_inventory->node(vm));
        // Nova may still show the row as DELETED for a moment before it is gone.
        const QJsonObject gone = demo.server(serverId);
        QVERIFY2(gone.isEmpty() || gone.value(u"status"_s).toString() == u"DELETED"_s,
                 qPrintable(gone.value(u"status"_s).toString()));
        removeProvider(p);
    }

    void paginationWithMoreServersThanTheLimit()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"demo"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        const QString name = uniqueName(u"wk-page"_s);
        QVERIFY2(!admin.createServers(name, 7, u"10"_s).isEmpty(), qPrintable(admin.lastError()));
        const QStringList ids = admin.serverIds(name);
        QCOMPARE(ids.size(), 7);
        // Nova pages a server still being scheduled from its build request, and one that moves to
        // its cell between two pages can fall through the marker (seen on a slow fresh machine:
        // one of the 7 missing from the first listing, there on the next poll). Page settled
        // servers: out of BUILD, ACTIVE or ERROR (the fake host may not fit all 7).
        const auto building = [&admin, &ids] {
            for (const QString &id : ids) {
                const QString status = admin.server(id).value(u"status"_s).toString();
                if (status.isEmpty() || status == u"BUILD"_s)
                    return true;
            }
            return false;
        };
        QDeadlineTimer settling(180000);
        while (building() && !settling.hasExpired())
            QTest::qWait(2000);
        QVERIFY2(!building(), "the servers were still building after 3 minutes");

        OpenStackProvider *p = provider(u"demo"_s, {{u"pageSize"_s, 3}, {u"pollIntervalMs"_s, 60000}});
        QVERIFY(connectNow(p));
        for (const QString &id : ids)
            QVERIFY2(m_inventory->node(ResourceId(p->id(), ResourceKind::Vm, id)), qPrintable(id));
        // 7+ servers, 3 per page: at least 3 server pages (plus limits).
        QVERIFY2(p->pollStats().lastRequests >= 4, qPrintable(QString::number(p->pollStats().lastRequests)));
        // Clean-up only (removal is checked elsewhere); settled servers delete cleanly.
        admin.deleteServers(ids);
        removeProvider(p);
    }

    void callsAfterTokenExpirySucceed()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        const int lifetime = admin.tokenLifetimeS();
        QVERIFY2(lifetime > 0 && lifetime <= 300,
                 qPrintable(u"Keystone tokens live %1 s; the fixture sets CP_TOKEN_EXPIRATION=180"_s.arg(lifetime)));
        // One provider refreshes ahead of expiry, the other only reacts to Nova's 401.
        OpenStackProvider *ahead = provider(u"admin"_s, {{u"pollIntervalMs"_s, 0}});
        QVERIFY(connectNow(ahead));
        OpenStackProvider *on401 = provider(u"bench"_s, {{u"pollIntervalMs"_s, 0}, {u"trustTokenExpiry"_s, false}});
        QVERIFY(connectNow(on401));
        QCOMPARE(ahead->authenticationCount(), 1);
        QCOMPARE(on401->authenticationCount(), 1);
        QTest::qWait((lifetime + 5) * 1000);
        for (OpenStackProvider *p : {ahead, on401}) {
            QSignalSpy polled(p, &OpenStackProvider::pollFinished);
            p->pollNow(true);
            QVERIFY2(polled.wait(60000), qPrintable(p->status().detail));
            QCOMPARE(p->state(), ProviderState::Connected);
            QCOMPARE(p->authenticationCount(), 2);
        }
        removeProvider(ahead);
        removeProvider(on401);
    }
};

QTEST_GUILESS_MAIN(TestOpenStackLoopback)
#include "tst_openstack_loopback.moc"
