// CloudStackProvider against the fake CloudStack: consoles through createConsoleEndpoint (and
// servers without it), host figures from listHostsMetrics with the listHosts fallback, zone
// capacity from listCapacity, network/disk rates from the VMs' cumulative stats counters.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"
#include "inventory/Inventory.h"
#include "providers/cloudstack/CloudStackProvider.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;
using welkin::test::FakeCloudStackServer;
using welkin::test::loadProvider;

namespace {

ConnectionProfile profile(const FakeCloudStackServer &server, int pollIntervalMs = 600000)
{
    ConnectionProfile p;
    p.id = u"cs-monitoring"_s;
    p.kind = u"cloudstack"_s;
    p.uri = server.uri();
    p.displayName = u"Test cloud"_s;
    p.options = {{u"pollIntervalMs"_s, pollIntervalMs},
                 {u"apiKey"_s, QString::fromLatin1(FakeCloudStackServer::adminKey)},
                 {u"secretKey"_s, QString::fromLatin1(FakeCloudStackServer::adminSecret)}};
    return p;
}

ResourceId vmId(const Provider &provider, int n)
{
    return {provider.id(), ResourceKind::Vm, u"00000005-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'))};
}

// Waits for the console task to finish; true when it did.
bool finish(Task *request)
{
    QSignalSpy finished(request, &Task::finished);
    return request->isFinished() || finished.wait(20000) || request->isFinished();
}

bool succeeded(const Task *request) { return request->state() == Task::State::Succeeded; }

bool succeeds(Provider &provider, ActionType type, const ResourceId &vm)
{
    return welkin::test::runToEnd(provider, type, vm)->state() == Task::State::Succeeded;
}

MetricSamples firstSamples(Provider &provider)
{
    QSignalSpy samples(&provider, &Provider::samplesReady);
    if (!loadProvider(provider) || (samples.isEmpty() && !samples.wait(10000)))
        return {};
    return samples.first().first().value<MetricSamples>();
}

QList<MetricSample> ofKind(const MetricSamples &samples, ResourceKind kind)
{
    QList<MetricSample> out;
    for (const MetricSample &s : samples) {
        if (s.id.kind() == kind)
            out.append(s);
    }
    return out;
}

} // namespace

class TestCloudStackMonitoring : public QObject
{
    Q_OBJECT

    FakeCloudStackServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start({u"--vms"_s, u"3"_s, u"--job-seconds"_s, u"0.2"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void consoleOfARunningVmIsAUrl()
    {
        Inventory inventory;
        CloudStackProvider provider(profile(m_server));
        inventory.addProvider(&provider);
        QVERIFY(loadProvider(provider));
        const ResourceId running = vmId(provider, 1); // vm-0001: Running
        const ResourceId stopped = vmId(provider, 3); // vm-0003: Stopped
        QVERIFY(provider.capabilities(running).testFlag(Capability::OpenConsole));
        QVERIFY(!provider.capabilities(stopped).testFlag(Capability::OpenConsole));

        // A console that opens leaves no row in the tasks dock; one that fails does.
        QSignalSpy announced(&provider, &Provider::taskStarted);
        Task *request = provider.requestConsoleEndpoint(running);
        QVERIFY(finish(request));
        QVERIFY2(succeeded(request), qPrintable(request->errorText()));
        QCOMPARE(announced.size(), 0);
        const ConsoleEndpoint endpoint = request->result().value<ConsoleEndpoint>();
        QCOMPARE(endpoint.protocol, ConsoleEndpoint::Protocol::Url);
        QCOMPARE(endpoint.url.scheme(), u"https"_s);
        QCOMPARE(endpoint.url.host(), u"127-0-0-1.consoleproxy.example"_s);
        QCOMPARE(endpoint.url.path(), u"/resource/noVNC/vnc.html"_s);
        QVERIFY(endpoint.url.query().contains(u"token="_s));
        QCOMPARE(endpoint.title, u"vm-0001"_s);
        delete request;

        request = provider.requestConsoleEndpoint(stopped);
        QVERIFY(finish(request));
        QVERIFY(!succeeded(request));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().first().value<Task *>(), request);
        QCOMPARE(request->title(), u"Open Console vm-0003"_s);
        QVERIFY2(request->errorText().contains(u"vm-0003 has no console while it is not running"_s),
                 qPrintable(request->errorText()));
        delete request;

        // Not in the tree: the server decides, and its errortext is shown.
        request = provider.requestConsoleEndpoint(vmId(provider, 999));
        QVERIFY(finish(request));
        QVERIFY2(request->errorText().contains(u"Invalid parameter virtualmachineid"_s), qPrintable(request->errorText()));
        delete request;
    }

    void serverSaysNoOrDoesNotKnowTheCommand()
    {
        FakeCloudStackServer old;
        QVERIFY(old.start({u"--vms"_s, u"2"_s, u"--unknown-commands"_s, u"createConsoleEndpoint"_s}).isEmpty());
        CloudStackProvider provider(profile(old));
        QVERIFY(loadProvider(provider));
        Task *request = provider.requestConsoleEndpoint(vmId(provider, 1));
        QVERIFY(finish(request));
        QVERIFY(!succeeded(request));
        QVERIFY2(request->errorText().contains(u"needs CloudStack 4.18 or later"_s), qPrintable(request->errorText()));
        QVERIFY2(request->errorText().contains(u"vm-0001"_s), qPrintable(request->errorText()));
        delete request;

        // The VM stopped behind this connection's back (its row still says Running): the
        // server answers success false, and its details are shown.
        CloudStackProvider stale(profile(m_server));
        QVERIFY(loadProvider(stale));
        CloudStackProvider other(profile(m_server));
        QVERIFY(loadProvider(other));
        const ResourceId vm = vmId(other, 2);
        QVERIFY(succeeds(other, ActionType::Shutdown, vm));
        request = stale.requestConsoleEndpoint(vm);
        QVERIFY(finish(request));
        QVERIFY(!succeeded(request));
        QVERIFY2(request->errorText().contains(u"lost host info"_s), qPrintable(request->errorText()));
        delete request;
        QVERIFY(succeeds(other, ActionType::Start, vm));
    }

    void closingFailsAPendingConsoleRequest()
    {
        FakeCloudStackServer hung;
        QVERIFY(hung.start({u"--vms"_s, u"2"_s, u"--hang-command"_s, u"createConsoleEndpoint"_s}).isEmpty());
        CloudStackProvider provider(profile(hung));
        QVERIFY(loadProvider(provider));
        Task *request = provider.requestConsoleEndpoint(vmId(provider, 1));
        QTest::qWait(100);
        QVERIFY(!request->isFinished());
        provider.close();
        QVERIFY(request->isFinished());
        QVERIFY2(request->errorText().contains(u"was closed"_s), qPrintable(request->errorText()));
        delete request;

        request = provider.requestConsoleEndpoint(vmId(provider, 1));
        QVERIFY(finish(request));
        QVERIFY2(request->errorText().startsWith(u"Could not open the console of 00000005-"_s)
                     && request->errorText().contains(u": not connected to Test cloud"_s),
                 qPrintable(request->errorText()));
        delete request;
    }

    void hostFiguresFromListHostsMetrics()
    {
        CloudStackProvider provider(profile(m_server));
        const QList<MetricSample> hosts = ofKind(firstSamples(provider), ResourceKind::Host);
        QCOMPARE(hosts.size(), 2);
        const bool inOrder = hosts.first().id.nativeId() == u"00000004-0000-4000-8000-000000000001"_s;
        const MetricSample first = inOrder ? hosts.first() : hosts.last();
        QCOMPARE(first.id.nativeId(), u"00000004-0000-4000-8000-000000000001"_s);
        QCOMPARE(first.cpuPercent, 5.0);
        QCOMPARE(first.memoryTotalKiB, 8ll * 1024 * 1024);  // "8.00 GB"
        QCOMPARE(first.memoryUsedKiB, 1ll * 1024 * 1024);   // "1.00 GB"
        QVERIFY(first.runningVms >= 0);                     // "instances": only listHostsMetrics has it
        int running = 0;
        for (const MetricSample &h : hosts)
            running += h.runningVms;
        QCOMPARE(running, 2); // vm-0001 and vm-0002 run, vm-0003 and fail-01 do not
    }

    void zoneCapacityFromListCapacity()
    {
        Inventory inventory;
        CloudStackProvider provider(profile(m_server));
        inventory.addProvider(&provider);
        QVERIFY(loadProvider(provider));
        const InventoryNode *zone = inventory.node(ResourceId(provider.id(), ResourceKind::Zone,
                                                              u"00000001-0000-4000-8000-000000000001"_s));
        QVERIFY(zone && zone->resource().group());
        const QMap<QString, QString> &details = zone->resource().group()->details;
        // Two hosts of 4 x 8000 MHz at 5 % and 6 %; 8 GiB each with 1 and 2 GiB used.
        QCOMPARE(details.value(u"CPU"_s), u"3.52 GHz / 64.00 GHz (5.5 %)"_s);
        QVERIFY2(details.value(u"Memory"_s).startsWith(u"3.0 GiB / 16.0 GiB (18."_s), qPrintable(details.value(u"Memory"_s)));
        QCOMPARE(details.value(u"Primary storage"_s), u"400.0 GiB / 1.0 TiB (39.1 %)"_s);
        QCOMPARE(details.value(u"Network type"_s), u"Advanced"_s); // the zone's own details stay
    }

    void refusedMetricsFallBackSilently()
    {
        FakeCloudStackServer plain;
        QVERIFY(plain.start({u"--vms"_s, u"2"_s, u"--unknown-commands"_s, u"listHostsMetrics,listCapacity"_s}).isEmpty());
        Inventory inventory;
        CloudStackProvider provider(profile(plain));
        inventory.addProvider(&provider);
        const QList<MetricSample> hosts = ofKind(firstSamples(provider), ResourceKind::Host);
        QCOMPARE(provider.state(), ProviderState::Connected);
        QVERIFY(provider.isAdmin());
        QCOMPARE(hosts.size(), 2);
        for (const MetricSample &h : hosts) {
            QCOMPARE(h.memoryTotalKiB, 8ll * 1024 * 1024); // from listHosts' memorytotal (bytes)
            QVERIFY(h.cpuPercent > 0);
            QCOMPARE(h.runningVms, -1);
        }
        const InventoryNode *zone = inventory.node(ResourceId(provider.id(), ResourceKind::Zone,
                                                              u"00000001-0000-4000-8000-000000000001"_s));
        QVERIFY(zone);
        QVERIFY(!zone->resource().group()->details.contains(u"CPU"_s));
        QVERIFY(zone->resource().group()->details.contains(u"Network type"_s));
    }

    void networkAndDiskRatesFromCumulativeCounters()
    {
        CloudStackProvider provider(profile(m_server, 1000));
        QSignalSpy samples(&provider, &Provider::samplesReady);
        QVERIFY(loadProvider(provider));
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 2, 15000);
        const auto vmSample = [&](int poll) {
            for (const MetricSample &s : samples.at(poll).first().value<MetricSamples>()) {
                if (s.id == vmId(provider, 1))
                    return s;
            }
            return MetricSample{};
        };
        const MetricSample first = vmSample(0);
        QVERIFY(first.id.isValid());
        QVERIFY(std::isnan(first.netRxBps)); // one reading is no rate yet
        const MetricSample second = vmSample(1);
        QVERIFY(second.id.isValid());
        // The fake's counters grow by 100 / 50 / 20 / 10 KiB per second.
        const auto near = [](double bps, double kibPerSecond) {
            return bps > kibPerSecond * 1024 * 0.5 && bps < kibPerSecond * 1024 * 2;
        };
        QVERIFY2(near(second.netRxBps, 100), qPrintable(QString::number(second.netRxBps)));
        QVERIFY2(near(second.netTxBps, 50), qPrintable(QString::number(second.netTxBps)));
        QVERIFY2(near(second.diskReadBps, 20), qPrintable(QString::number(second.diskReadBps)));
        QVERIFY2(near(second.diskWriteBps, 10), qPrintable(QString::number(second.diskWriteBps)));
        QVERIFY(second.cpuPercent > 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudStackMonitoring)
#include "tst_cloudstack_monitoring.moc"
