// Figures, quotas and events of OpenStack servers against the REAL loopback OpenStack Zed (Nova's
// fake driver) of the openstack_loopback CTest fixture: diagnostics of watched servers only,
// the 403 a member gets (asked once), hypervisor figures, quota keys on the project, and instance
// actions as events.
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "model/QuotaFigures.h"
#include "providers/openstack/NovaMonitor.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

const QString refusedReason = u"Per-server figures need an admin role or a telemetry service on this cloud"_s;

// Every sample the provider sent so far, in order.
QList<MetricSample> samplesOf(const QSignalSpy &spy, const ResourceId &id)
{
    QList<MetricSample> found;
    for (const QList<QVariant> &signal : spy) {
        for (const MetricSample &sample : signal.first().value<MetricSamples>()) {
            if (sample.id == id)
                found.append(sample);
        }
    }
    return found;
}

QList<ProviderEvent> eventsOf(const QSignalSpy &spy, const QString &containing)
{
    QList<ProviderEvent> found;
    for (const QList<QVariant> &signal : spy) {
        const auto event = signal.first().value<ProviderEvent>();
        if (event.message.contains(containing))
            found.append(event);
    }
    return found;
}

// `count` ACTIVE servers named prefix-b…, built six at a time: the loopback Nova keeps its
// databases in SQLite, and bulk builds beside other tests trip over "database is locked" (ERROR, or
// stuck in scheduling). Every server made, usable or not, goes into `created` for the clean-up.
QStringList activeServers(CloudAdmin &admin, const QString &prefix, int count, QStringList &created)
{
    QStringList active;
    for (int batch = 0; active.size() < count && batch < count / 6 + 3; ++batch) {
        const QString name = prefix + u"-b"_s + QString::number(batch);
        if (admin.createServers(name, std::min(6, count - int(active.size()))).isEmpty()) {
            qWarning() << "creating" << name << "failed:" << admin.lastError();
            QTest::qWait(2000);
            continue;
        }
        const QStringList ids = admin.serverIds(name);
        created.append(ids);
        QDeadlineTimer settling(180000);
        QStringList settled;
        for (bool building = true; building && !settling.hasExpired();) {
            settled.clear();
            building = false;
            for (const QString &id : ids) {
                const QJsonObject server = admin.server(id);
                const QString status = server.value(u"status"_s).toString();
                if (status == u"ACTIVE"_s && server.value(u"OS-EXT-STS:task_state"_s).isNull())
                    settled.append(id);
                else if (status.isEmpty() || status == u"BUILD"_s || status == u"ACTIVE"_s)
                    building = true;
            }
            if (building)
                QTest::qWait(2000);
        }
        active.append(settled);
    }
    return active.mid(0, count);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 2) + u" ms"_s;
}

} // namespace

class TestCloudOpsOpenStackMonitoring : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_providers{this};
    Inventory *m_inventory = nullptr;

    // Requests for `serverId`'s diagnostics in Nova's API log (-1 when the log cannot be read):
    // what the cloud saw, not only what Welkin counted.
    int diagnosticsRequestsLogged(const QString &serverId) const
    {
        QFile log(m_cloud.base + u"/log/nova-api.log"_s);
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray needle = "/servers/" + serverId.toLatin1() + "/diagnostics";
        return int(log.readAll().count(needle));
    }

    const InventoryNode *regionNode(const OpenStackProvider *p) const
    {
        return LoopbackProviders::childNamed(m_inventory->node(p->resourceId()), ResourceKind::Region, u"RegionOne"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_providers.setUp(m_cloud, error), qPrintable(error));
        m_inventory = m_providers.inventory();
        for (const QString &project : {u"admin"_s, u"demo"_s}) {
            CloudAdmin admin(m_cloud, u"admin"_s, project);
            QVERIFY2(admin.login(), qPrintable(admin.lastError()));
            admin.deleteServers(admin.serverIds(u"wk-mon"_s));
        }
    }

    void adminSeesFiguresOfWatchedServersQuotasHostsAndActions()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        const QString name = LoopbackCloud::uniqueName(u"wk-mon"_s);
        QStringList created;
        const QStringList ids = activeServers(admin, name, 2, created);
        QCOMPARE(ids.size(), 2);

        OpenStackProvider *p = m_providers.provider(u"admin"_s); // polls every second
        QSignalSpy samples(p, &Provider::samplesReady);
        QSignalSpy events(p, &Provider::eventOccurred);
        QVERIFY(LoopbackProviders::connectNow(p));
        const ResourceId watched(p->id(), ResourceKind::Vm, ids.at(0));
        const ResourceId other(p->id(), ResourceKind::Vm, ids.at(1));
        QVERIFY(m_inventory->node(watched) && m_inventory->node(other));
        const QString watchedName = m_inventory->node(watched)->resource().name;

        // Hypervisor figures from the full listing: allocation, memory, running servers.
        const InventoryNode *host = LoopbackProviders::childNamed(regionNode(p), ResourceKind::Host, u"welkin-compute-1"_s);
        QVERIFY(host);
        QVERIFY(QTest::qWaitFor([&] { return !samplesOf(samples, host->id()).isEmpty(); }, 10000));
        const MetricSample hostSample = samplesOf(samples, host->id()).first();
        QCOMPARE(hostSample.memoryTotalKiB, qint64(host->resource().host()->memoryKiB));
        QVERIFY2(hostSample.memoryUsedKiB > 0 && hostSample.memoryUsedKiB <= hostSample.memoryTotalKiB,
                 qPrintable(QString::number(hostSample.memoryUsedKiB)));
        QVERIFY2(hostSample.runningVms >= 2, qPrintable(QString::number(hostSample.runningVms)));
        QVERIFY(hostSample.cpuPercent > 0 && hostSample.cpuPercent <= 100);
        QVERIFY(std::isnan(hostSample.cpuGuestPercent));

        // Quotas on the project as numbers for gauges (the limits are read on every poll).
        const InventoryNode *project = LoopbackProviders::childNamed(regionNode(p), ResourceKind::Project, u"admin"_s);
        QVERIFY(project);
        QVERIFY(QTest::qWaitFor([&] {
            return project->resource().group()->details.value(u"quota.instances.used"_s).toInt() >= 2;
        }, 15000));
        const QMap<QString, QString> details = project->resource().group()->details;
        QCOMPARE(details.value(u"quota.instances.max"_s), u"1000"_s);
        QVERIFY(details.value(u"quota.cores.used"_s).toInt() >= 2);
        QVERIFY(details.value(u"quota.ramMiB.used"_s).toInt() >= 1024);
        QCOMPARE(details.value(u"quota.keyPairs.max"_s), u"100"_s);
        QVERIFY(details.contains(u"quota.keyPairs.used"_s));
        QVERIFY(details.contains(u"quota.serverGroups.max"_s));
        QCOMPARE(quota::figures(details).size(), 5);
        QVERIFY(details.value(u"Instances"_s).contains(u" of "_s)); // the labelled text stays

        // Nothing is asked before anything is watched; then only the watched server.
        QTest::qWait(2500);
        QCOMPARE(p->monitoringStats().totalRequests, 0);
        p->setWatchedResources({watched, host->id(), project->id()});
        QVERIFY(QTest::qWaitFor([&] { return samplesOf(samples, watched).size() >= 3; }, 30000));
        QVERIFY(samplesOf(samples, other).isEmpty());
        const QList<MetricSample> figures = samplesOf(samples, watched);
        // The first answer has no rate yet; the fake driver's counters stand still, so 0 after it.
        QVERIFY(std::isnan(figures.first().cpuGuestPercent));
        QVERIFY(std::isnan(figures.first().diskReadBps));
        const MetricSample &later = figures.last();
        QCOMPARE(later.cpuGuestPercent, 0.0);
        QCOMPARE(later.cpuPercent, 0.0); // the host's CPUs are known to an admin
        QCOMPARE(later.diskReadBps, 0.0);
        QCOMPARE(later.diskWriteBps, 0.0);
        QCOMPARE(later.netRxBps, 0.0);
        QCOMPARE(later.netTxBps, 0.0);
        QCOMPARE(later.memoryTotalKiB, 512 * 1024); // m1.tiny
        QCOMPARE(later.memoryUsedKiB, 0);
        QVERIFY(later.timestampMs > figures.first().timestampMs);
        QVERIFY(p->metricsUnavailableReason(watched).isEmpty());
        const openstack::MonitoringStats stats = p->monitoringStats();
        QCOMPARE(stats.totalRequests, int(samplesOf(samples, watched).size())); // one request, one sample
        QCOMPARE(stats.lastRequests, 1);
        QCOMPARE(stats.refusals, 0);
        if (const int logged = diagnosticsRequestsLogged(ids.at(1)); logged >= 0)
            QCOMPARE(logged, 0);
        qInfo().noquote() << u"poll: %1 GUI, %2 requests; diagnostics of 1 server: %3 GUI per cycle (max %4), wall %5 ms"_s
                                 .arg(ms(p->pollStats().lastNs)).arg(p->pollStats().lastRequests)
                                 .arg(ms(stats.lastNs), ms(stats.maxNs)).arg(stats.lastWallMs);

        // Stopped behind nobody's back, through Welkin: the instance action comes back as an event,
        // and a stopped server is no longer asked.
        Task *stop = p->perform(Action{ActionType::Shutdown, watched, {}});
        if (!LoopbackProviders::runTask(stop) && stop->errorText().contains(u"(HTTP 500)"_s))
            stop = p->perform(Action{ActionType::Shutdown, watched, {}});
        QVERIFY2(LoopbackProviders::runTask(stop), qPrintable(stop->errorText()));
        const QString stopText = u"stop of %1 by user admin (req-"_s.arg(watchedName);
        QVERIFY2(QTest::qWaitFor([&] { return !eventsOf(events, stopText).isEmpty(); }, 30000),
                 qPrintable(u"no \"%1…\" event; %2 action requests"_s.arg(stopText).arg(p->monitoringStats().actionRequests)));
        const ProviderEvent stopped = eventsOf(events, stopText).first();
        QCOMPARE(stopped.resource, watched);
        QCOMPARE(stopped.severity, ProviderEvent::Severity::Info);
        QVERIFY(stopped.time.isValid());
        QTest::qWait(2000);
        QCOMPARE(eventsOf(events, stopText).size(), 1); // told once however often it is listed
        // History from before the connection is not replayed.
        QVERIFY(eventsOf(events, u"create of "_s + name).isEmpty());
        const int asked = p->monitoringStats().totalRequests;
        QTest::qWait(3000);
        QCOMPARE(p->monitoringStats().totalRequests, asked);
        QVERIFY(p->monitoringStats().actionRequests >= 1);

        QVERIFY2(admin.deleteServers(created), qPrintable(admin.lastError()));
        m_providers.remove(p);
    }

    void twentyServersPerCycleRoundRobin()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        const QString name = LoopbackCloud::uniqueName(u"wk-mon-many"_s);
        constexpr int count = 22;
        QStringList created;
        const QStringList ids = activeServers(admin, name, count, created);
        QVERIFY2(ids.size() == count, qPrintable(u"only %1 of %2 servers became ACTIVE"_s.arg(ids.size()).arg(count)));

        OpenStackProvider *p = m_providers.provider(u"admin"_s, {{u"pollIntervalMs"_s, 2000}});
        QSignalSpy samples(p, &Provider::samplesReady);
        QVERIFY(LoopbackProviders::connectNow(p));
        // Servers that failed to build are watched too: not ACTIVE, never asked.
        QSet<ResourceId> watched;
        for (const QString &id : std::as_const(created))
            watched.insert(ResourceId(p->id(), ResourceKind::Vm, id));
        p->setWatchedResources(watched);
        // 20 per cycle at most: 22 servers need two cycles, and every one gets its turn.
        QVERIFY(QTest::qWaitFor([&] { return p->monitoringStats().cycles >= 4; }, 60000));
        const openstack::MonitoringStats stats = p->monitoringStats();
        QCOMPARE(stats.lastRequests, 20);
        QCOMPARE(stats.lastSamples, 20);
        for (const QString &id : created) {
            const ResourceId server(p->id(), ResourceKind::Vm, id);
            const qsizetype got = samplesOf(samples, server).size();
            // One that failed to build may still come up late; until then it is not asked.
            const bool asked = ids.contains(id) || p->novaStatus(server) == u"ACTIVE"_s;
            QVERIFY2(asked ? got >= 1 : got == 0, qPrintable(u"%1 (%2): %3 samples"_s.arg(id, p->novaStatus(server)).arg(got)));
            if (ids.contains(id))
                QVERIFY2(got >= 2, qPrintable(u"%1: %2 samples"_s.arg(id).arg(got)));
        }
        qInfo().noquote() << u"diagnostics of 20 servers per cycle (4 at a time): %1 GUI last cycle, %2 average, %3 max; wall %4 ms; poll: %5 GUI, %6 requests"_s
                                 .arg(ms(stats.lastNs), ms(stats.totalNs / stats.cycles), ms(stats.maxNs))
                                 .arg(stats.lastWallMs).arg(ms(p->pollStats().lastNs)).arg(p->pollStats().lastRequests);
        m_providers.remove(p);
        QVERIFY2(admin.deleteServers(created), qPrintable(admin.lastError()));
    }

    void memberIsRefusedOnceAndToldWhy()
    {
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        const QString name = LoopbackCloud::uniqueName(u"wk-mon-demo"_s);
        QStringList created;
        const QStringList active = activeServers(demo, name, 1, created);
        QVERIFY2(active.size() == 1, qPrintable(demo.lastError()));
        const QString serverId = active.first();

        OpenStackProvider *p = m_providers.provider(u"appcred"_s); // user demo, project demo
        QSignalSpy samples(p, &Provider::samplesReady);
        QSignalSpy events(p, &Provider::eventOccurred);
        QSignalSpy availability(p, &OpenStackProvider::metricsAvailabilityChanged);
        QVERIFY(LoopbackProviders::connectNow(p));
        const ResourceId server(p->id(), ResourceKind::Vm, serverId);
        QVERIFY(m_inventory->node(server));
        QVERIFY(p->metricsUnavailableReason(server).isEmpty()); // nothing asked yet
        const int loggedBefore = diagnosticsRequestsLogged(serverId);

        p->setWatchedResources({server});
        QVERIFY(availability.wait(15000));
        QCOMPARE(p->metricsUnavailableReason(server), refusedReason);
        QTest::qWait(4000); // four more cycles: no retry storm
        QCOMPARE(p->monitoringStats().totalRequests, 1);
        QCOMPARE(p->monitoringStats().refusals, 1);
        if (loggedBefore >= 0)
            QCOMPARE(diagnosticsRequestsLogged(serverId) - loggedBefore, 1);
        QVERIFY(samplesOf(samples, server).isEmpty());
        const QList<ProviderEvent> told = eventsOf(events, refusedReason);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().severity, ProviderEvent::Severity::Warning);
        QVERIFY2(told.first().message.contains(u"403"_s), qPrintable(told.first().message));
        QCOMPARE(availability.size(), 1);

        // A new login asks once more (roles may have changed), without telling it again.
        p->close();
        QVERIFY(LoopbackProviders::connectNow(p));
        QVERIFY(QTest::qWaitFor([&] { return p->monitoringStats().totalRequests == 2; }, 15000));
        QTest::qWait(3000);
        QCOMPARE(p->monitoringStats().totalRequests, 2);
        QCOMPARE(p->metricsUnavailableReason(server), refusedReason);
        QCOMPARE(eventsOf(events, refusedReason).size(), 1);

        // A server created behind Welkin's back after it connected: its creation is news.
        const QString late = LoopbackCloud::uniqueName(u"wk-mon-demo-late"_s);
        QVERIFY2(activeServers(demo, late, 1, created).size() == 1, qPrintable(demo.lastError()));
        QVERIFY2(QTest::qWaitFor([&] { return !eventsOf(events, u"create of %1-b"_s.arg(late)).isEmpty(); }, 30000),
                 qPrintable(u"%1 action requests"_s.arg(p->monitoringStats().actionRequests)));
        QVERIFY(eventsOf(events, u"by user demo (req-"_s).size() >= 1);
        QVERIFY(eventsOf(events, u"create of %1-b"_s.arg(name)).isEmpty()); // from before the login

        QVERIFY2(demo.deleteServers(created), qPrintable(demo.lastError()));
        m_providers.remove(p);
    }
};

QTEST_GUILESS_MAIN(TestCloudOpsOpenStackMonitoring)
#include "tst_cloudops_openstack_monitoring.moc"
