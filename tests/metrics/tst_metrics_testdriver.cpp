// The metrics pipeline end to end on libvirt's test driver, whose domains' CPU time grows at
// exactly one busy CPU each: a VM with v vCPUs shows 100/v % of its own CPUs and 100/N % of an
// N-CPU host, in the hub's ring buffers, in the provider aggregate, in the stored history and
// to the alert rules.
#include "NodeXmlGenerator.h"
#include "inventory/Inventory.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtEventLoop.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;

class TestMetricsTestDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        libvirt::LibvirtEventLoop::ensureRegistered();
    }

    void cpuFromCumulativeCountersIsOneBusyCpu()
    {
        test::NodeXmlOptions options;
        options.vmCount = 12;
        options.hostCpus = 16;
        const QList<test::GeneratedDomain> domains = test::NodeXmlGenerator::domains(options);
        const QString path = m_dir.filePath(u"node.xml"_s);
        QVERIFY(test::NodeXmlGenerator::writeToFile(options, path));
        const QString uri = u"test://"_s + path;

        Inventory inventory;
        LiveSamples samples;
        ProviderManager manager(&inventory, &samples);
        registerBuiltinProviders(manager);
        MetricsHub hub;
        hub.attach(&manager); // before and after providers are added: both must work
        HistoryStore history(m_dir.filePath(u"metrics.db"_s));
        history.start();
        connect(&hub, &MetricsHub::cycleIngested, &history,
                [&history](const QString &, const MetricSamples &s) { history.enqueue(s); });
        AlertEngine alerts;
        AlertRule rule;
        rule.id = u"busy"_s;
        rule.metric = Metric::Cpu;
        rule.threshold = 75; // 1-vCPU VMs (100 %) only; 2-vCPU VMs sit at 50 %
        rule.durationMs = 1000;
        alerts.setRules({rule});
        connect(&hub, &MetricsHub::cycleIngested, &alerts, &AlertEngine::evaluateCycle);
        QSignalSpy fired(&alerts, &AlertEngine::alertFiring);

        Provider *provider = manager.addConnection(
            ConnectionProfile{uri, u"libvirt"_s, u"node"_s, uri, {{u"statsIntervalMs"_s, 250}}});
        QVERIFY(provider);

        QHash<QString, int> vcpusOf;
        int running = 0; // the host's count; paused VMs have no CPU figure (the test driver lets
                         // their CPU time grow, but their vCPUs do not run)
        for (const test::GeneratedDomain &d : domains) {
            if (d.state == test::RunState::Running)
                vcpusOf.insert(d.uuid, d.vcpus);
            running += d.state == test::RunState::Running;
        }
        QVERIFY(running >= 2);
        // Three cycles with figures for every active VM.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(vcpusOf.keyBegin(), vcpusOf.keyEnd(), [&](const QString &uuid) {
            const LiveSeries *s = hub.series(ResourceId(uri, ResourceKind::Vm, uuid));
            return s && s->size() >= 3 && !std::isnan(s->latest().cpuGuestPercent);
        }), 10000);

        int oneVcpu = 0;
        for (auto it = vcpusOf.cbegin(); it != vcpusOf.cend(); ++it) {
            const auto latest = hub.latest(ResourceId(uri, ResourceKind::Vm, it.key()));
            QVERIFY(latest);
            const double guest = 100.0 / it.value();
            QVERIFY2(std::abs(latest->cpuGuestPercent - guest) <= std::max(3.0, guest * 0.06),
                     qPrintable(u"%1 vCPUs: %2 %"_s.arg(it.value()).arg(latest->cpuGuestPercent)));
            QVERIFY2(std::abs(latest->cpuPercent - 100.0 / options.hostCpus) <= 0.5,
                     qPrintable(QString::number(latest->cpuPercent)));
            QVERIFY(latest->memoryTotalKiB > 0);
            oneVcpu += it.value() == 1;
        }
        // The provider: what its VMs take of the host (the test host has no CPU counters).
        const auto aggregate = hub.latest(ResourceId::provider(uri));
        QVERIFY(aggregate);
        const double expected = std::min(100.0, double(vcpusOf.size()) * 100.0 / options.hostCpus);
        QVERIFY2(std::abs(aggregate->cpuPercent - expected) <= 2.0, qPrintable(QString::number(aggregate->cpuPercent)));
        QCOMPARE(aggregate->runningVms, running);

        // Alerts see the same figures: every 1-vCPU VM fires, nothing else.
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), oneVcpu, 5000);
        for (const auto &args : std::as_const(fired))
            QCOMPARE(vcpusOf.value(args[0].value<AlertEvent>().resource.nativeId()), 1);

        // And the history has them.
        QVERIFY(history.sync());
        const QString firstUuid = vcpusOf.constBegin().key();
        QSignalSpy done(&history, &HistoryStore::queryFinished);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        history.query(ResourceId(uri, ResourceKind::Vm, firstUuid), now - 600000, now + 1000);
        QVERIFY(done.wait(5000));
        const auto result = done[0][0].value<HistoryResult>();
        QCOMPARE(result.resolution, HistoryResolution::Raw);
        QVERIFY(result.points.size() >= 3);
        QVERIFY(std::abs(result.points.last().avg.cpuGuestPercent - 100.0 / vcpusOf.value(firstUuid)) <= 6.0);
        QCOMPARE(history.droppedSamples(), quint64(0));

        manager.removeConnection(uri);
        QVERIFY(!hub.series(ResourceId::provider(uri)));
    }
};

QTEST_GUILESS_MAIN(TestMetricsTestDriver)
#include "tst_metrics_testdriver.moc"
