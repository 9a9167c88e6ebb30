// Search box predicates: cpu>80, mem>90, disk>…, net>…, state:paused, free text, and clear
// messages for bad input.
#include "metrics/MetricQuery.h"
#include "model/Resource.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

Resource vmResource(const QString &name, PowerState state)
{
    VmInfo info;
    info.state = state;
    return Resource{ResourceId(u"p"_s, ResourceKind::Vm, name), ResourceId::provider(u"p"_s), name, info};
}

MetricSample figures(double cpu, double memPercent, double diskBps, double netBps)
{
    MetricSample s;
    s.id = ResourceId(u"p"_s, ResourceKind::Vm, u"x"_s);
    s.cpuGuestPercent = cpu;
    s.cpuPercent = cpu / 4;
    s.memoryTotalKiB = 1000;
    s.memoryUsedKiB = qint64(memPercent * 10);
    s.diskReadBps = diskBps / 2;
    s.diskWriteBps = diskBps / 2;
    s.netRxBps = netBps;
    s.netTxBps = 0;
    return s;
}

} // namespace

class TestMetricQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("comparison");
        QTest::addColumn<double>("value");
        using C = MetricQuery::Comparison;
        QTest::newRow("cpu>80") << u"cpu>80"_s << int(Metric::Cpu) << int(C::Greater) << 80.0;
        QTest::newRow("mem>=90") << u"mem>=90"_s << int(Metric::MemoryPercent) << int(C::GreaterOrEqual) << 90.0;
        QTest::newRow("CPU<5.5%") << u"CPU<5.5%"_s << int(Metric::Cpu) << int(C::Less) << 5.5;
        QTest::newRow("disk>10M") << u"disk>10M"_s << int(Metric::DiskBps) << int(C::Greater) << 10.0 * 1024 * 1024;
        QTest::newRow("net<=1.5kB/s") << u"net<=1.5kB/s"_s << int(Metric::NetBps) << int(C::LessOrEqual) << 1536.0;
        QTest::newRow("diskread>2GiB") << u"diskread>2GiB"_s << int(Metric::DiskReadBps) << int(C::Greater) << 2.0 * (1 << 30);
        QTest::newRow("vms!=0") << u"vms!=0"_s << int(Metric::RunningVms) << int(C::NotEqual) << 0.0;
        QTest::newRow("hostcpu=12") << u"hostcpu=12"_s << int(Metric::CpuHost) << int(C::Equal) << 12.0;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, metric);
        QFETCH(int, comparison);
        QFETCH(double, value);
        const MetricQuery q = MetricQuery::parse(text);
        QVERIFY2(q.isValid(), qPrintable(q.errorString()));
        QCOMPARE(q.predicates().size(), 1);
        QCOMPARE(int(q.predicates()[0].metric), metric);
        QCOMPARE(int(q.predicates()[0].comparison), comparison);
        QCOMPARE(q.predicates()[0].value, value);
        QVERIFY(q.hasMetricTerms());
    }

    void combinesWithText()
    {
        const MetricQuery q = MetricQuery::parse(u"  web cpu>50  state:running "_s);
        QVERIFY2(q.isValid(), qPrintable(q.errorString()));
        QCOMPARE(q.textTerms(), QStringList{u"web"_s});
        QCOMPARE(q.states(), QList<PowerState>{PowerState::Running});
        const MetricSample busy = figures(70, 10, 0, 0);
        const MetricSample idle = figures(5, 10, 0, 0);
        QVERIFY(q.matches(vmResource(u"web-01"_s, PowerState::Running), &busy));
        QVERIFY(!q.matches(vmResource(u"web-01"_s, PowerState::Running), &idle));
        QVERIFY(!q.matches(vmResource(u"db-01"_s, PowerState::Running), &busy));
        QVERIFY(!q.matches(vmResource(u"web-01"_s, PowerState::Paused), &busy));
        QVERIFY(!q.matches(vmResource(u"web-01"_s, PowerState::Running), nullptr)); // no figures yet
        // The caller's search text (addresses, UUID…) instead of the name.
        QVERIFY(MetricQuery::parse(u"10.0.0.7"_s).matches(vmResource(u"x"_s, PowerState::Running), nullptr,
                                                          u"x 10.0.0.7 6695eb01"_s));
    }

    void metricsMatch()
    {
        const MetricSample s = figures(95, 91, 20 * 1024 * 1024, 2048);
        const Resource r = vmResource(u"a"_s, PowerState::Running);
        QVERIFY(MetricQuery::parse(u"cpu>80"_s).matches(r, &s));
        QVERIFY(MetricQuery::parse(u"mem>90"_s).matches(r, &s));
        QVERIFY(!MetricQuery::parse(u"mem>92"_s).matches(r, &s));
        QVERIFY(MetricQuery::parse(u"disk>10M"_s).matches(r, &s));
        QVERIFY(MetricQuery::parse(u"net>=2k"_s).matches(r, &s));
        QVERIFY(!MetricQuery::parse(u"net>2k"_s).matches(r, &s));
        QVERIFY(MetricQuery::parse(u"state:paused"_s).matches(vmResource(u"a"_s, PowerState::Paused), nullptr));
        QVERIFY(MetricQuery::parse(u"state:off"_s).matches(vmResource(u"a"_s, PowerState::ShutOff), nullptr));
        QVERIFY(MetricQuery::parse(u""_s).isEmpty());
        QVERIFY(MetricQuery::parse(u"   "_s).matches(r, nullptr));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("cpu>>") << u"cpu>>"_s << QStringList{u"'cpu>>'"_s, u"number"_s};
        QTest::newRow("cpu>abc") << u"cpu>abc"_s << QStringList{u"'abc' is not a number"_s};
        QTest::newRow("cpu>") << u"cpu>"_s << QStringList{u"number is missing"_s};
        QTest::newRow("unknown metric") << u"web foo>5"_s << QStringList{u"unknown metric 'foo'"_s, u"cpu"_s, u"mem"_s};
        QTest::newRow("no metric") << u">5"_s << QStringList{u"metric name is missing"_s};
        QTest::newRow("bad state") << u"state:sleepy"_s << QStringList{u"unknown state 'sleepy'"_s, u"paused"_s};
        QTest::newRow("empty state") << u"state:"_s << QStringList{u"state is missing"_s};
        QTest::newRow("unit on percent") << u"cpu>5M"_s << QStringList{u"percentage"_s};
        QTest::newRow("percent over 100") << u"mem>120"_s << QStringList{u"at most 100"_s};
        QTest::newRow("not an operator") << u"cpu!5"_s << QStringList{u"not a comparison"_s};
        QTest::newRow("percent on rate") << u"disk>5%"_s << QStringList{u"not a percentage"_s};
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        const MetricQuery q = MetricQuery::parse(text);
        QVERIFY(!q.isValid());
        for (const QString &m : mentions)
            QVERIFY2(q.errorString().contains(m, Qt::CaseInsensitive), qPrintable(q.errorString()));
        const MetricSample s = figures(99, 99, 1e9, 1e9);
        QVERIFY(!q.matches(vmResource(u"web"_s, PowerState::Running), &s)); // an invalid query matches nothing
    }
};

QTEST_GUILESS_MAIN(TestMetricQuery)
#include "tst_metricquery.moc"
