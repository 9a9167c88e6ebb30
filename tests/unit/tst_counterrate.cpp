#include "metrics/CounterRate.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace welkin;

namespace {

constexpr qint64 Second = 1'000'000'000;
constexpr qint64 T0 = 1'700'000'000 * Second; // a wall-clock time in ns

CounterReading at(qint64 wallNs, quint64 value)
{
    return CounterReading{wallNs, value};
}

} // namespace

class TestCounterRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rate_data();
    void rate();
    void firstReadingIsNaN();
    void counterResetIsNaN();
    void badTimeIsNaN_data();
    void badTimeIsNaN();
    void largeCounters();
    void cpuPercentValues_data();
    void cpuPercentValues();
    void oneFullCpuOfN();
    void cpuClamped();
    void cpuNaNCases();
    void afterResetNextCycleWorks();
};

void TestCounterRate::rate_data()
{
    QTest::addColumn<qint64>("dtNs");
    QTest::addColumn<quint64>("delta");
    QTest::addColumn<double>("expected");
    QTest::newRow("1 MB in 1 s") << Second << quint64(1'000'000) << 1e6;
    QTest::newRow("1 MB in 2 s") << 2 * Second << quint64(1'000'000) << 5e5;
    QTest::newRow("1 KiB in 250 ms") << Second / 4 << quint64(1024) << 4096.0;
    QTest::newRow("no change") << 5 * Second << quint64(0) << 0.0;
    QTest::newRow("1 ns dt") << qint64(1) << quint64(3) << 3e9;
    QTest::newRow("10 min") << 600 * Second << quint64(60'000) << 100.0;
}

void TestCounterRate::rate()
{
    QFETCH(qint64, dtNs);
    QFETCH(quint64, delta);
    QFETCH(double, expected);
    const quint64 base = 123'456'789;
    const double r = counterRatePerSecond(at(T0, base), at(T0 + dtNs, base + delta));
    QVERIFY(!std::isnan(r));
    QCOMPARE(r, expected);
}

void TestCounterRate::firstReadingIsNaN()
{
    // No previous reading yet: a default-constructed one.
    QVERIFY(std::isnan(counterRatePerSecond(CounterReading{}, at(T0, 5000))));
    QVERIFY(std::isnan(welkin::cpuPercent(CounterReading{}, at(T0, 5000), 4)));
}

void TestCounterRate::counterResetIsNaN()
{
    // The VM restarted: its CPU time went from 50 s back to 1 s.
    const double r = counterRatePerSecond(at(T0, 50 * quint64(Second)), at(T0 + Second, quint64(Second)));
    QVERIFY(std::isnan(r));
    QVERIFY(std::isnan(welkin::cpuPercent(at(T0, 50 * quint64(Second)), at(T0 + Second, quint64(Second)), 2)));
    // One less is still backwards.
    QVERIFY(std::isnan(counterRatePerSecond(at(T0, 1001), at(T0 + Second, 1000))));
}

void TestCounterRate::badTimeIsNaN_data()
{
    QTest::addColumn<qint64>("dtNs");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << -Second;
    QTest::newRow("one ns backwards") << qint64(-1);
}

void TestCounterRate::badTimeIsNaN()
{
    QFETCH(qint64, dtNs);
    QVERIFY(std::isnan(counterRatePerSecond(at(T0, 100), at(T0 + dtNs, 200))));
    QVERIFY(std::isnan(welkin::cpuPercent(at(T0, 100), at(T0 + dtNs, 200), 1)));
}

void TestCounterRate::largeCounters()
{
    // Counters near the top of quint64 (a long-running host's bytes) must not overflow the delta.
    const quint64 big = std::numeric_limits<quint64>::max() - 1'000'000;
    QCOMPARE(counterRatePerSecond(at(T0, big), at(T0 + Second, big + 1'000'000)), 1e6);
}

void TestCounterRate::cpuPercentValues_data()
{
    QTest::addColumn<qint64>("dtNs");
    QTest::addColumn<quint64>("cpuNs");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<double>("expected");
    QTest::newRow("idle") << Second << quint64(0) << 4 << 0.0;
    QTest::newRow("half of one") << Second << quint64(Second / 2) << 1 << 50.0;
    QTest::newRow("one of one") << Second << quint64(Second) << 1 << 100.0;
    QTest::newRow("two of four") << 2 * Second << quint64(4 * Second) << 4 << 50.0;
    QTest::newRow("all of 16") << 3 * Second << quint64(48 * Second) << 16 << 100.0;
    QTest::newRow("quarter of one, 250 ms") << Second / 4 << quint64(Second / 16) << 1 << 25.0;
}

void TestCounterRate::cpuPercentValues()
{
    QFETCH(qint64, dtNs);
    QFETCH(quint64, cpuNs);
    QFETCH(int, cpus);
    QFETCH(double, expected);
    const quint64 base = 987'654'321'000;
    const double p = welkin::cpuPercent(at(T0, base), at(T0 + dtNs, base + cpuNs), cpus);
    QVERIFY(!std::isnan(p));
    QCOMPARE(p, expected);
}

void TestCounterRate::oneFullCpuOfN()
{
    // What the libvirt test driver reports: cpuTime advancing at exactly one CPU's pace. Against
    // N CPUs that is 100/N percent, whatever the interval.
    for (int n = 1; n <= 64; ++n) {
        for (qint64 dt : {Second / 10, Second, 5 * Second, 3 * Second + 7}) {
            const double p = welkin::cpuPercent(at(T0, 10 * quint64(Second)), at(T0 + dt, 10 * quint64(Second) + quint64(dt)), n);
            QVERIFY2(qFuzzyCompare(p, 100.0 / n), qPrintable(QStringLiteral("n=%1 dt=%2: %3").arg(n).arg(dt).arg(p)));
        }
    }
    QCOMPARE(welkin::cpuPercent(at(T0, 0), at(T0 + Second, quint64(Second)), 2), 50.0);
    QCOMPARE(welkin::cpuPercent(at(T0, 0), at(T0 + Second, quint64(Second)), 8), 12.5);
}

void TestCounterRate::cpuClamped()
{
    // More CPU time than wall time x CPUs (clock skew, coarse sampling): capped at 100.
    QCOMPARE(welkin::cpuPercent(at(T0, 0), at(T0 + Second, 3 * quint64(Second)), 2), 100.0);
    QCOMPARE(welkin::cpuPercent(at(T0, 0), at(T0 + Second, 1000 * quint64(Second)), 1), 100.0);
    // Exactly at the edge is not altered.
    QCOMPARE(welkin::cpuPercent(at(T0, 0), at(T0 + Second, 2 * quint64(Second)), 2), 100.0);
    const double justBelow = welkin::cpuPercent(at(T0, 0), at(T0 + Second, 2 * quint64(Second) - 20'000'000), 2);
    QCOMPARE(justBelow, 99.0);
}

void TestCounterRate::cpuNaNCases()
{
    const CounterReading a = at(T0, 0), b = at(T0 + Second, quint64(Second));
    QVERIFY(std::isnan(welkin::cpuPercent(a, b, 0)));
    QVERIFY(std::isnan(welkin::cpuPercent(a, b, -4)));
    QVERIFY(std::isnan(welkin::cpuPercent(b, a, 1))); // time and counter backwards
    QVERIFY(!std::isnan(welkin::cpuPercent(a, b, 1)));
}

void TestCounterRate::afterResetNextCycleWorks()
{
    // The reading after a reset becomes the new base: the next cycle is a normal figure.
    const CounterReading beforeReset = at(T0, 500 * quint64(Second));
    const CounterReading afterReset = at(T0 + Second, quint64(Second) / 10);
    const CounterReading next = at(T0 + 2 * Second, quint64(Second) / 10 + quint64(Second) / 2);
    QVERIFY(std::isnan(welkin::cpuPercent(beforeReset, afterReset, 1)));
    QCOMPARE(welkin::cpuPercent(afterReset, next, 1), 50.0);
}

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
