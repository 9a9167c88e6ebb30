// Metric history: rollup math (min/avg/max), retention over simulated days with an injected
// clock, survival across a restart, the async query path, resolution choice, and a writer
// that drops the oldest batches (counted) instead of blocking when it falls behind.
#include "metrics/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

constexpr qint64 Minute = HistoryOptions::minuteMs;
constexpr qint64 Hour = HistoryOptions::hourMs;
constexpr qint64 Day = HistoryOptions::dayMs;
constexpr qint64 T0 = 1'700'000'000'000 / Day * Day; // midnight UTC

const ResourceId Vm(u"test:///default"_s, ResourceKind::Vm, u"6695eb01"_s);
const ResourceId Host(u"test:///default"_s, ResourceKind::Host, u"host"_s);

MetricSample sample(const ResourceId &id, qint64 t, double cpu)
{
    MetricSample s;
    s.id = id;
    s.timestampMs = t;
    s.cpuPercent = cpu;
    s.cpuGuestPercent = cpu * 2;
    s.memoryUsedKiB = qint64(cpu * 1000);
    s.memoryTotalKiB = 1'048'576;
    s.diskReadBps = cpu * 100;
    if (id.kind() == ResourceKind::Host)
        s.runningVms = 3;
    return s;
}

struct SimulatedClock {
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(T0);
    std::function<qint64()> function() const
    {
        auto n = now;
        return [n] { return n->load(); };
    }
};

// A started store on a fresh file with a simulated clock.
struct SimulatedStore {
    QTemporaryDir dir;
    SimulatedClock clock;
    HistoryStore store{dir.filePath(u"m.db"_s), optionsWith(clock)};
    SimulatedStore() { store.start(); }
    static HistoryOptions optionsWith(const SimulatedClock &clock)
    {
        HistoryOptions options;
        options.clock = clock.function();
        return options;
    }
};

HistoryResult queryNow(HistoryStore &store, const ResourceId &id, qint64 from, qint64 to, HistoryResolution r)
{
    QSignalSpy done(&store, &HistoryStore::queryFinished);
    const quint64 request = store.query(id, from, to, r);
    if (!done.wait(10000))
        return {};
    const auto result = done.takeFirst().at(0).value<HistoryResult>();
    return result.requestId == request ? result : HistoryResult{};
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawRoundTrip()
    {
        SimulatedStore simulated;
        HistoryStore &store = simulated.store;
        MetricSample s = sample(Host, T0 + 1000, 12.34);
        s.netTxBps = NAN;
        store.enqueue({s});
        QVERIFY(store.sync());
        QCOMPARE(store.writtenSamples(), quint64(1));
        const HistoryResult r = queryNow(store, Host, T0, T0 + Minute, HistoryResolution::Raw);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.points.size(), 1);
        const MetricSample &back = r.points[0].avg;
        QCOMPARE(back.timestampMs, T0 + 1000);
        QCOMPARE(back.id, Host);
        QCOMPARE(back.cpuPercent, 12.34);
        QCOMPARE(back.cpuGuestPercent, 24.68);
        QCOMPARE(back.memoryUsedKiB, qint64(12340));
        QCOMPARE(back.memoryTotalKiB, qint64(1'048'576));
        QCOMPARE(back.diskReadBps, 1234.0);
        QVERIFY(std::isnan(back.netTxBps)); // not measured stays not measured
        QCOMPARE(back.runningVms, 3);
        // Never recorded: empty, no error.
        const HistoryResult none = queryNow(store, Vm, T0, T0 + Minute, HistoryResolution::Raw);
        QVERIFY(none.error.isEmpty());
        QVERIFY(none.points.isEmpty());
    }

    void rollupMath()
    {
        SimulatedStore simulated;
        HistoryStore &store = simulated.store;
        SimulatedClock &clock = simulated.clock;
        // Two hours at 2 s: CPU = (minute m) + a sawtooth 0..29 within each minute.
        for (qint64 m = 0; m < 120; ++m) {
            MetricSamples batch;
            for (int i = 0; i < 30; ++i)
                batch.append(sample(Vm, T0 + m * Minute + i * 2000, double(m) + i));
            store.enqueue(batch);
        }
        QVERIFY(store.sync()); // all written before the clock says the minutes are over
        clock.now->store(T0 + 2 * Hour + Minute);
        store.requestMaintenance();
        QVERIFY(store.sync());

        const HistoryResult minutes = queryNow(store, Vm, T0, T0 + 2 * Hour, HistoryResolution::Minute);
        QCOMPARE(minutes.points.size(), 120);
        for (int m : {0, 7, 119}) {
            const HistoryPoint &p = minutes.points[m];
            QCOMPARE(p.timestampMs, T0 + m * Minute);
            QCOMPARE(p.count, 30);
            QCOMPARE(p.min.cpuPercent, double(m));
            QCOMPARE(p.max.cpuPercent, double(m) + 29);
            QCOMPARE(p.avg.cpuPercent, double(m) + 14.5);     // mean of 0..29 = 14.5
            QCOMPARE(p.avg.cpuGuestPercent, 2 * (double(m) + 14.5));
            QCOMPARE(p.max.diskReadBps, (double(m) + 29) * 100);
        }
        const HistoryResult hours = queryNow(store, Vm, T0, T0 + 2 * Hour, HistoryResolution::Hour);
        QCOMPARE(hours.points.size(), 2);
        QCOMPARE(hours.points[0].count, 1800);
        QCOMPARE(hours.points[0].min.cpuPercent, 0.0);
        QCOMPARE(hours.points[0].max.cpuPercent, 59.0 + 29);
        QCOMPARE(hours.points[0].avg.cpuPercent, 29.5 + 14.5);   // mean over minutes 0..59
        QCOMPARE(hours.points[1].min.cpuPercent, 60.0);
        QCOMPARE(hours.points[1].avg.cpuPercent, 89.5 + 14.5);
    }

    void retentionOverSimulatedDays()
    {
        SimulatedStore simulated;
        HistoryStore &store = simulated.store;
        SimulatedClock &clock = simulated.clock;
        // 400 simulated days at reduced volume (one sample every 10 minutes), maintenance as the
        // clock moves, day by day.
        for (int day = 0; day < 400; ++day) {
            MetricSamples batch;
            for (qint64 t = 0; t < Day; t += 10 * Minute)
                batch.append(sample(Vm, T0 + day * Day + t, 50));
            store.enqueue(batch);
            clock.now->store(T0 + (day + 1) * Day);
            QVERIFY(store.sync());
        }
        const qint64 now = clock.now->load();
        const HistoryResult raw = queryNow(store, Vm, 0, now, HistoryResolution::Raw);
        const HistoryResult minutes = queryNow(store, Vm, 0, now, HistoryResolution::Minute);
        const HistoryResult hours = queryNow(store, Vm, 0, now, HistoryResolution::Hour);
        QVERIFY(!raw.points.isEmpty() && !minutes.points.isEmpty() && !hours.points.isEmpty());
        QVERIFY(raw.points.first().timestampMs >= now - Day);
        QVERIFY(minutes.points.first().timestampMs >= now - 14 * Day);
        QVERIFY(minutes.points.first().timestampMs < now - 13 * Day);
        QVERIFY(hours.points.first().timestampMs >= now - 365 * Day);
        QVERIFY(hours.points.first().timestampMs < now - 364 * Day);
        QCOMPARE(raw.points.size(), 144);                // one day of 10-minute samples
        QCOMPARE(hours.points.last().avg.cpuPercent, 50.0);

        // Shorter retention takes effect at the next pass.
        store.setRetention(Hour, Day, 30 * Day);
        store.requestMaintenance();
        QVERIFY(store.sync());
        QCOMPARE(store.rowCount(u"raw"_s), qint64(6));
        QVERIFY(store.rowCount(u"rollup_1m"_s) <= 144);
        QVERIFY(store.rowCount(u"rollup_1h"_s) <= 30 * 24);
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.db"_s);
        SimulatedClock clock;
        HistoryOptions options;
        options.clock = clock.function();
        {
            HistoryStore store(path, options);
            store.start();
            MetricSamples batch;
            for (int i = 0; i < 1800; ++i) // the last hour at 2 s
                batch.append(sample(Vm, T0 + i * 2000, i % 100));
            store.enqueue(batch);
            // No sync: the destructor writes what is queued.
        }
        clock.now->store(T0 + Hour);
        HistoryStore reopened(path, options);
        reopened.start();
        const HistoryResult r = queryNow(reopened, Vm, T0, T0 + Hour, HistoryResolution::Raw);
        QCOMPARE(r.points.size(), 1800);
        QCOMPARE(r.points[1799].avg.cpuPercent, 99.0);
        // And the default query picks raw for the last hour.
        QSignalSpy done(&reopened, &HistoryStore::queryFinished);
        reopened.query(Vm, T0, T0 + Hour);
        QVERIFY(done.wait(10000));
        QCOMPARE(done[0][0].value<HistoryResult>().points.size(), 1800);
    }

    void resolutionChoice()
    {
        const HistoryOptions o;
        const qint64 now = T0;
        QCOMPARE(HistoryStore::resolutionFor(now - Hour, now, now, o), HistoryResolution::Raw);
        QCOMPARE(HistoryStore::resolutionFor(now - Day, now, now, o), HistoryResolution::Minute);
        QCOMPARE(HistoryStore::resolutionFor(now - 7 * Day, now, now, o), HistoryResolution::Hour);
        QCOMPARE(HistoryStore::resolutionFor(now - 30 * Day, now, now, o), HistoryResolution::Hour);
        // An hour two days ago: raw is gone, minutes are there.
        QCOMPARE(HistoryStore::resolutionFor(now - 2 * Day, now - 2 * Day + Hour, now, o), HistoryResolution::Minute);
        // A day a month ago: only hours are kept.
        QCOMPARE(HistoryStore::resolutionFor(now - 30 * Day, now - 29 * Day, now, o), HistoryResolution::Hour);
    }

    void fullQueueDropsOldest()
    {
        QTemporaryDir dir;
        HistoryOptions options;
        options.maxQueuedSamples = 1000;
        HistoryStore store(dir.filePath(u"m.db"_s), options);
        // Not started: nothing drains the queue, as when the writer falls far behind.
        for (int cycle = 0; cycle < 30; ++cycle) {
            MetricSamples batch;
            for (int i = 0; i < 100; ++i)
                batch.append(sample(ResourceId(u"p"_s, ResourceKind::Vm, QString::number(i)), T0 + cycle * 2000, cycle));
            store.enqueue(batch);
        }
        QCOMPARE(store.droppedSamples(), quint64(2000));
        store.start();
        QVERIFY(store.sync());
        QCOMPARE(store.writtenSamples(), quint64(1000));
        // The newest cycles were kept.
        const HistoryResult r = queryNow(store, ResourceId(u"p"_s, ResourceKind::Vm, u"5"_s), 0, T0 + Hour,
                                         HistoryResolution::Raw);
        QCOMPARE(r.points.size(), 10);
        QCOMPARE(r.points.first().avg.cpuPercent, 20.0);
    }

    void unusableFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"not-a-db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        HistoryStore store(path);
        QSignalSpy errors(&store, &HistoryStore::errorOccurred);
        store.start();
        QVERIFY(errors.wait(10000));
        QVERIFY2(errors[0][0].toString().contains(path), qPrintable(errors[0][0].toString()));
        store.enqueue({sample(Vm, T0, 1)});
        QVERIFY(store.sync());
        QCOMPARE(store.droppedSamples(), quint64(1));
        QSignalSpy done(&store, &HistoryStore::queryFinished);
        store.query(Vm, T0, T0 + Hour);
        QVERIFY(done.wait(5000));
        QVERIFY(!done[0][0].value<HistoryResult>().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
