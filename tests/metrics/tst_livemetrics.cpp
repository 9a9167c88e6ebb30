// Live metrics: ring-buffer wrap, counter resets without spikes, the hub's per-cycle
// notification, provider and group aggregates, top-N.
#include "metrics/CounterRate.h"
#include "metrics/LiveSeries.h"
#include "metrics/Metric.h"
#include "metrics/MetricsHub.h"
#include "metrics/TopN.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString P = u"qemu+ssh://kvm1/system"_s;
constexpr qint64 T0 = 1'700'000'000'000; // ms

ResourceId vm(int n, const QString &provider = P)
{
    return ResourceId(provider, ResourceKind::Vm, u"vm-%1"_s.arg(n));
}

MetricSample sample(const ResourceId &id, qint64 t, double cpu)
{
    MetricSample s;
    s.id = id;
    s.timestampMs = t;
    s.cpuPercent = cpu / 4;
    s.cpuGuestPercent = cpu;
    s.memoryUsedKiB = 512 * 1024;
    s.memoryTotalKiB = 1024 * 1024;
    s.diskReadBps = 1000;
    s.diskWriteBps = 500;
    s.netRxBps = 200;
    s.netTxBps = 100;
    return s;
}

} // namespace

class TestLiveMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferWraps()
    {
        LiveSeries series(5);
        QCOMPARE(series.size(), 0);
        for (int i = 0; i < 12; ++i)
            series.append(sample(vm(1), T0 + i * 2000, i));
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.capacity(), 5);
        // Oldest first: 7..11 remain.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(series.timestampAt(i), T0 + (7 + i) * 2000);
            QCOMPARE(series.sampleAt(i).cpuGuestPercent, double(7 + i));
        }
        const MetricSample last = series.latest();
        QCOMPARE(last.memoryUsedKiB, qint64(512 * 1024));
        QCOMPARE(last.memoryTotalKiB, qint64(1024 * 1024));
        QCOMPARE(last.diskReadBps, 1000.0);
        QCOMPARE(last.netTxBps, 100.0);
        QCOMPARE(LiveSeries::bytesPerPoint, qsizetype(32));
    }

    void missingFiguresStayMissing()
    {
        LiveSeries series(3);
        MetricSample s;
        s.timestampMs = T0;
        series.append(s);
        const MetricSample back = series.latest();
        QVERIFY(std::isnan(back.cpuPercent));
        QVERIFY(std::isnan(back.diskReadBps));
        QCOMPARE(back.memoryUsedKiB, qint64(-1));
        QCOMPARE(back.runningVms, -1);
    }

    void timestampsFarApartRebase()
    {
        // 32-bit offsets: a series running for more than 24 days, or a clock jump, still keeps
        // exact times.
        LiveSeries series(4);
        series.append(sample(vm(1), T0, 1));
        series.append(sample(vm(1), T0 + 30LL * 24 * 3600 * 1000, 2)); // 30 days later
        series.append(sample(vm(1), T0 + 30LL * 24 * 3600 * 1000 + 2000, 3));
        QCOMPARE(series.timestampAt(series.size() - 1), T0 + 30LL * 24 * 3600 * 1000 + 2000);
        QCOMPARE(series.latest().cpuGuestPercent, 3.0);
        series.append(sample(vm(1), T0 + 30LL * 24 * 3600 * 1000 - 1000, 4)); // clock stepped back
        QCOMPARE(series.timestampAt(series.size() - 1), T0 + 30LL * 24 * 3600 * 1000 - 1000);
    }

    void counterResetGivesNoSpike()
    {
        // A VM's cumulative CPU time at 2 s cycles, 50 % of 2 vCPUs, restarted at cycle 5.
        MetricsHub hub(50);
        CounterReading previous;
        quint64 cpuNs = 0;
        for (int cycle = 0; cycle < 10; ++cycle) {
            if (cycle == 5)
                cpuNs = 0; // restarted: the counter starts over
            else
                cpuNs += 2'000'000'000ULL; // one busy CPU: 50 % of two vCPUs
            const CounterReading current{(T0 + cycle * 2000) * 1'000'000, cpuNs};
            MetricSample s = sample(vm(1), T0 + cycle * 2000, 0);
            s.cpuGuestPercent = cpuPercent(previous, current, 2);
            previous = current;
            hub.ingest({s});
        }
        const LiveSeries *series = hub.series(vm(1));
        QVERIFY(series);
        QCOMPARE(series->size(), 10);
        QVERIFY(std::isnan(series->sampleAt(0).cpuGuestPercent)); // no previous reading
        QVERIFY(std::isnan(series->sampleAt(5).cpuGuestPercent)); // the reset cycle: no figure
        for (int i : {1, 2, 3, 4, 6, 7, 8, 9})
            QCOMPARE(series->sampleAt(i).cpuGuestPercent, 50.0);
        for (int i = 0; i < series->size(); ++i) {
            const double v = series->sampleAt(i).cpuGuestPercent;
            QVERIFY2(std::isnan(v) || v <= 100.0, qPrintable(QString::number(v)));
        }
    }

    void oneNotificationPerCycleWithAggregates()
    {
        MetricsHub hub;
        QSignalSpy cycles(&hub, &MetricsHub::cycleIngested);
        MetricSamples batch;
        for (int i = 0; i < 100; ++i)
            batch.append(sample(vm(i), T0, i));
        MetricSample host;
        host.id = ResourceId(P, ResourceKind::Host, u"kvm1"_s);
        host.timestampMs = T0;
        host.cpuPercent = 40;
        host.memoryUsedKiB = 48 * 1024 * 1024;
        host.memoryTotalKiB = 64 * 1024 * 1024;
        host.runningVms = 100;
        batch.append(host);
        hub.ingest(batch);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles[0][0].toString(), P);
        const auto all = cycles[0][1].value<MetricSamples>();
        QCOMPARE(all.size(), 102); // the batch + the provider aggregate
        QCOMPARE(hub.seriesCount(), 102);

        const auto provider = hub.latest(ResourceId::provider(P));
        QVERIFY(provider);
        QCOMPARE(provider->cpuPercent, 40.0);                 // the host's utilisation
        QCOMPARE(provider->memoryUsedKiB, qint64(48) * 1024 * 1024);
        QCOMPARE(provider->runningVms, 100);
        QCOMPARE(provider->diskReadBps, 100 * 1000.0);        // sum over VMs
        QCOMPARE(provider->netRxBps, 100 * 200.0);
        QCOMPARE(provider->cpuGuestPercent, 49.5);            // mean of 0..99
    }

    void providerCpuFromVmsWhenHostHasNone()
    {
        // The test driver's host has no CPU figure: the VMs' host shares add up.
        MetricsHub hub;
        MetricSample host;
        host.id = ResourceId(P, ResourceKind::Host, u"h"_s);
        host.timestampMs = T0;
        hub.ingest({sample(vm(1), T0, 40), sample(vm(2), T0, 80), host}); // 10 % + 20 % of the host
        QCOMPARE(hub.latest(ResourceId::provider(P))->cpuPercent, 30.0);
    }

    void groupAggregatesSpanProviders()
    {
        const QString Q = u"test:///default"_s;
        MetricsHub hub;
        hub.setGroups({{u"web"_s, {vm(1), vm(2, Q)}}});
        QSignalSpy cycles(&hub, &MetricsHub::cycleIngested);
        hub.ingest({sample(vm(1), T0, 20), sample(vm(3), T0, 90)});
        hub.ingest({sample(vm(2, Q), T0 + 500, 60)});
        QCOMPARE(cycles.size(), 2);
        const auto group = hub.latest(MetricsHub::groupKey(u"web"_s));
        QVERIFY(group);
        QCOMPARE(group->cpuGuestPercent, 40.0);                // mean of 20 and 60, not 90
        QCOMPARE(group->memoryUsedKiB, qint64(2) * 512 * 1024); // sums
        QCOMPARE(group->diskWriteBps, 1000.0);
        QCOMPARE(group->runningVms, 2);
        // The second cycle carried the group's aggregate, after the provider's.
        const auto second = cycles[1][1].value<MetricSamples>();
        QCOMPARE(second.last().id, MetricsHub::groupKey(u"web"_s));

        hub.setGroups({});
        QVERIFY(!hub.series(MetricsHub::groupKey(u"web"_s)));
        hub.removeProvider(Q);
        QVERIFY(!hub.series(vm(2, Q)));
        QVERIFY(hub.series(vm(1)));
    }

    void topTen()
    {
        MetricsHub hub;
        MetricSamples batch;
        QList<ResourceId> ids;
        for (int i = 0; i < 50; ++i) {
            batch.append(sample(vm(i), T0, (i * 37) % 100)); // scrambled order
            ids.append(vm(i));
        }
        ids.append(vm(999)); // no figures: left out
        hub.ingest(batch);
        const QList<RankedResource> top = topResources(hub, ids, Metric::Cpu, 10);
        QCOMPARE(top.size(), 10);
        for (int i = 1; i < top.size(); ++i)
            QVERIFY(top[i - 1].value >= top[i].value);
        QCOMPARE(top.first().value, 99.0);
        QCOMPARE(topResources(hub, ids, Metric::DiskBps, 100).size(), 50);
    }

    void metricValues()
    {
        MetricSample s = sample(vm(1), T0, 80);
        QCOMPARE(metricValue(s, Metric::Cpu), 80.0);      // VM: own vCPUs
        QCOMPARE(metricValue(s, Metric::CpuHost), 20.0);
        QCOMPARE(metricValue(s, Metric::MemoryPercent), 50.0);
        QCOMPARE(metricValue(s, Metric::DiskBps), 1500.0);
        QCOMPARE(metricValue(s, Metric::NetBps), 300.0);
        s.netTxBps = NAN;
        QVERIFY(std::isnan(metricValue(s, Metric::NetBps))); // half a sum is no sum
        s.id = ResourceId(P, ResourceKind::Host, u"h"_s);
        QCOMPARE(metricValue(s, Metric::Cpu), 20.0);      // hosts: utilisation
        for (int i = 0; i < metricCount; ++i)
            QCOMPARE(metricFromName(metricName(Metric(i))), std::optional<Metric>(Metric(i)));
        QCOMPARE(metricFromName(u"CPU"_s), std::optional<Metric>(Metric::Cpu));
        QVERIFY(!metricFromName(u"bogus"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveMetrics)
#include "tst_livemetrics.moc"
