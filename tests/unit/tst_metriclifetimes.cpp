// What live monitoring keeps for resources that are gone, and how often it keeps a sample:
// - MetricsHub forgets the series of a VM the inventory removes (not of one that only moved);
// - an alert firing on a VM that is deleted resolves, with an event saying why, and its
//   highlight goes; a pending one is dropped silently;
// - live points are held once: LiveSamples and the sparklines' SampleHistory read the hub.
#include "content/SampleHistory.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryDiffer.h"
#include "metrics/AlertEngine.h"
#include "metrics/LiveSamples.h"
#include "metrics/LiveSeries.h"
#include "metrics/MetricsHub.h"

#include <QSignalSpy>

#include <algorithm>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
const QString P = u"test:///lifetimes"_s;

ResourceId hostId(int n)
{
    return ResourceId(P, ResourceKind::Host, u"host-%1"_s.arg(n));
}

ResourceId vmId(int n)
{
    return ResourceId(P, ResourceKind::Vm, u"vm-%1"_s.arg(n));
}

Resource host(int n)
{
    Resource r;
    r.id = hostId(n);
    r.parent = ResourceId::provider(P);
    r.name = u"host%1"_s.arg(n);
    r.info = HostInfo{};
    return r;
}

Resource vm(int n, int hostN)
{
    Resource r;
    r.id = vmId(n);
    r.parent = hostId(hostN);
    r.name = u"web-%1"_s.arg(n);
    VmInfo info;
    info.state = PowerState::Running;
    r.info = info;
    return r;
}

MetricSample sample(const ResourceId &id, qint64 second, double cpu)
{
    MetricSample s;
    s.id = id;
    s.timestampMs = T0 + second * 1000;
    s.cpuPercent = cpu;
    s.cpuGuestPercent = cpu;
    return s;
}

// Two hosts; VMs 0..count-1, the first half on host 0.
QList<Resource> estate(int count)
{
    QList<Resource> list{host(0), host(1)};
    for (int n = 0; n < count; ++n)
        list.append(vm(n, n < count / 2 ? 0 : 1));
    return list;
}

MetricSamples cycle(int count, qint64 second, double cpu = 10)
{
    MetricSamples batch;
    for (int n = 0; n < count; ++n)
        batch.append(sample(vmId(n), second, cpu + n));
    batch.append(sample(hostId(0), second, cpu));
    batch.append(sample(hostId(1), second, cpu));
    return batch;
}

QList<Resource> without(QList<Resource> list, const ResourceId &id)
{
    list.removeIf([&](const Resource &r) { return r.id == id; });
    return list;
}

} // namespace

class TestMetricLifetimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_inventory->addProviderNode(P, u"lifetimes"_s);
        m_differ = std::make_unique<InventoryDiffer>(P);
        m_listing = estate(4);
        m_inventory->applyDelta(m_differ->diffFull(m_listing));
    }

    void cleanup()
    {
        m_differ.reset();
        m_inventory.reset();
    }

    void hubForgetsRemovedVms()
    {
        MetricsHub hub;
        hub.followInventory(m_inventory.get());
        hub.followInventory(m_inventory.get()); // twice: still one follower
        for (int s = 0; s < 5; ++s)
            hub.ingest(cycle(4, s));
        QVERIFY(hub.series(vmId(1)));
        const int before = hub.seriesCount();

        update(without(m_listing, vmId(1)));
        QVERIFY(!hub.series(vmId(1)));
        QVERIFY(!hub.latest(vmId(1)));
        QCOMPARE(hub.seriesCount(), before - 1);

        // A batch measured before the deletion, arriving after it: the ghost starts nothing and
        // is not passed on (alerts, history).
        QSignalSpy cycles(&hub, &MetricsHub::cycleIngested);
        hub.ingest(cycle(4, 5));
        QVERIFY(!hub.series(vmId(1)));
        QCOMPARE(hub.seriesCount(), before - 1);
        const auto passedOn = cycles.first().at(1).value<MetricSamples>();
        QCOMPARE(passedOn.size(), 4 + 2 - 1 + 1); // VMs and hosts without the ghost, the aggregate
        QVERIFY(std::none_of(passedOn.cbegin(), passedOn.cend(), [](const MetricSample &s) { return s.id == vmId(1); }));
        QCOMPARE(hub.series(vmId(2))->size(), 6);

        // A migration moves the node: the VM is not gone, nor are its figures.
        m_listing[m_listing.indexOf(vm(3, 1))].parent = hostId(0);
        update(m_listing);
        QCOMPARE(m_inventory->node(vmId(3))->parent()->id(), hostId(0));
        QVERIFY(hub.series(vmId(3)));
        QCOMPARE(hub.series(vmId(3))->size(), 6);

        // A host that vanishes takes its VMs' series with it.
        m_listing.removeIf([](const Resource &r) { return r.id == hostId(0) || r.parent == hostId(0); });
        update(m_listing);
        QVERIFY(!hub.series(hostId(0)));
        QVERIFY(!hub.series(vmId(0)));
        QVERIFY(!hub.series(vmId(3)));
        QVERIFY(hub.series(vmId(2)));

        // The whole provider: nothing of it stays, its aggregate included.
        m_inventory->removeProvider(P);
        QCOMPARE(hub.seriesCount(), 0);
        QCOMPARE(hub.pointCount(), 0);
    }

    void firingAlertOfADeletedVmResolves()
    {
        AlertEngine engine;
        AlertRule rule;
        rule.id = u"cpu-high"_s;
        rule.name = u"CPU high"_s;
        rule.metric = Metric::Cpu;
        rule.comparison = MetricQuery::Comparison::Greater;
        rule.threshold = 50;
        rule.durationMs = 10'000;
        engine.setRules({rule});
        engine.followInventory(m_inventory.get());
        AlertHighlights highlights(&engine);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        QSignalSpy events(&engine, &AlertEngine::eventOccurred);

        // VM 1 fires; VM 2 is pending (over the threshold for less than the duration).
        for (int s = 0; s <= 10; ++s)
            engine.evaluate({sample(vmId(1), s, 90), sample(vmId(2), s + 5, s < 5 ? 10 : 90)});
        QVERIFY(engine.isFiring(u"cpu-high"_s, vmId(1)));
        QVERIFY(!engine.isFiring(u"cpu-high"_s, vmId(2)));
        QVERIFY(highlights.isHighlighted(vmId(1)));
        events.clear();

        update(without(without(m_listing, vmId(1)), vmId(2)));
        QCOMPARE(resolved.count(), 1); // the pending one never fired: nothing to resolve
        const auto event = resolved.first().first().value<AlertEvent>();
        QCOMPARE(event.resource, vmId(1));
        QCOMPARE(event.ruleId, u"cpu-high"_s);
        QCOMPARE(events.count(), 1);
        const auto logged = events.first().first().value<ProviderEvent>();
        QVERIFY2(logged.message.contains(u"web-1"_s) && logged.message.contains(u"was removed"_s),
                 qPrintable(logged.message));
        QCOMPARE(logged.resource, vmId(1));
        QVERIFY(engine.firing().isEmpty());
        QVERIFY(!highlights.isHighlighted(vmId(1)));

        // Nothing is left of either: the next figures of a namesake start from Ok.
        engine.evaluate({sample(vmId(2), 30, 90)});
        QVERIFY(!engine.isFiring(u"cpu-high"_s, vmId(2)));
        QCOMPARE(resolved.count(), 1);
    }

    void firingAlertOfAMovedVmStays()
    {
        AlertEngine engine;
        AlertRule rule;
        rule.id = u"cpu-high"_s;
        rule.threshold = 50;
        engine.setRules({rule});
        engine.followInventory(m_inventory.get());
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        engine.evaluate({sample(vmId(3), 0, 90)});
        QVERIFY(engine.isFiring(u"cpu-high"_s, vmId(3)));
        m_listing[m_listing.indexOf(vm(3, 1))].parent = hostId(0);
        update(m_listing);
        QVERIFY(engine.isFiring(u"cpu-high"_s, vmId(3)));
        QCOMPARE(resolved.count(), 0);
    }

    void livePointsAreHeldOnce()
    {
        constexpr int vms = 50;
        constexpr int cycles = 100;
        m_listing = estate(vms);
        update(m_listing);
        MetricsHub hub; // capacity 300: every cycle stays
        LiveSamples samples;
        samples.setHub(&hub);
        SampleHistory history(m_inventory.get(), &samples);
        QSignalSpy updated(&history, &SampleHistory::updated);
        for (int s = 0; s < cycles; ++s)
            hub.ingest(cycle(vms, s, s % 7));
        QCOMPARE(updated.count(), cycles);

        // The hub's points, one per resource and cycle (VMs, hosts, the provider aggregate), and
        // not one more anywhere.
        QCOMPARE(hub.pointCount(), qsizetype(vms + 2 + 1) * cycles);
        QCOMPARE(samples.ownPointCount(), 0);
        QCOMPARE(samples.latest(vmId(7)), hub.newest(vmId(7))); // the same sample, not a copy
        QCOMPARE(samples.latest(vmId(7))->cpuPercent, double((cycles - 1) % 7 + 7));
        const QList<double> cpu = history.cpuHistory(vmId(7));
        QCOMPARE(cpu.size(), SampleHistory::capacity);
        for (int i = 0; i < cpu.size(); ++i)
            QCOMPARE(cpu[i], double((cycles - SampleHistory::capacity + i) % 7 + 7));

        // Removed from the inventory: gone from the one place it was held.
        update(without(m_listing, vmId(7)));
        QVERIFY(history.cpuHistory(vmId(7)).isEmpty());
        QVERIFY(!samples.latest(vmId(7)));
        QCOMPARE(hub.pointCount(), qsizetype(vms + 2) * cycles);
    }

    void withoutASharedHubLiveSamplesKeepsAShortWindow()
    {
        LiveSamples samples;
        QSignalSpy updated(&samples, &LiveSamples::samplesUpdated);
        for (int s = 0; s < 100; ++s)
            samples.apply(cycle(3, s));
        QCOMPARE(updated.count(), 100);
        QCOMPARE(updated.last().first().toString(), P);
        // VMs, hosts and the provider aggregate, `privateCapacity` points each.
        QCOMPARE(samples.ownPointCount(), qsizetype(3 + 2 + 1) * LiveSamples::privateCapacity);
        QCOMPARE(samples.latest(vmId(2))->cpuPercent, 12.0);
        samples.removeProvider(P);
        QCOMPARE(samples.ownPointCount(), 0);
    }

private:
    void update(const QList<Resource> &listing)
    {
        m_inventory->applyDelta(m_differ->diffFull(listing));
    }

    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<InventoryDiffer> m_differ;
    QList<Resource> m_listing;
};

QTEST_GUILESS_MAIN(TestMetricLifetimes)
#include "tst_metriclifetimes.moc"
