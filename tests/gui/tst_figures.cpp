// One figure, one number: the same VM's (or host's) CPU and memory read in two views — the VM
// and Hosts tables, the Performance charts, the dashboard, the search predicates and the alert
// engine — must agree. Also: the tree's summary rows follow each change at once, and a lost
// connection's VMs are shown stale ("Unknown since HH:MM", greyed) until it is back.
// Real LibvirtProvider on the test driver (a running VM's CPU time grows at one busy CPU, so a
// 4-vCPU VM uses 25 % of its vCPUs and 1/16 of a 16-CPU host), wired like app/main.cpp.
#include "../bench/PrivateLibvirtd.h"
#include "MainWindowFixture.h"
#include "charts/DashboardPage.h"
#include "charts/MetricChart.h"
#include "charts/PerformancePage.h"
#include "charts/PerformanceVmPage.h"
#include "content/ContentArea.h"
#include "content/ResourceTableModel.h"
#include "content/ResourceTableView.h"
#include "inventory/InventoryModel.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricQuery.h"
#include "metrics/MetricsHub.h"
#include "providers/libvirt/LibvirtEventLoop.h"
#include "tasks/EventLogDialog.h" // MainWindow.h holds a QPointer to it

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineSeries>
#include <QPalette>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

struct TestVm {
    QString name;
    int vcpus;
    qint64 memoryKiB;
    int runstate; // 1 running, 3 paused, 5 shut off
};

// fig-big: 4 vCPUs, 8 GiB; fig-wide: 8 vCPUs, 2 GiB; fig-paused; fig-off.
const QList<TestVm> figureVms{{u"fig-big"_s, 4, 8 * 1024 * 1024, 1},
                              {u"fig-wide"_s, 8, 2 * 1024 * 1024, 1},
                              {u"fig-paused"_s, 2, 1024 * 1024, 3},
                              {u"fig-off"_s, 1, 1024 * 1024, 5}};

QString writeFigureNode(const QString &path)
{
    QString xml = u"<node><cpu><mhz>2000</mhz><model>x86_64</model><active>16</active><nodes>1</nodes>"
                  "<sockets>1</sockets><cores>8</cores><threads>2</threads></cpu><memory>67108864</memory>"_s;
    int i = 0;
    for (const TestVm &vm : figureVms) {
        xml += u"<domain type=\"test\" xmlns:test=\"http://libvirt.org/schemas/domain/test/1.0\">"
               "<name>%1</name><uuid>f1a00000-0000-4000-8000-%2</uuid><memory>%3</memory>"
               "<currentMemory>%3</currentMemory><vcpu>%4</vcpu><os><type>hvm</type></os>"
               "<test:runstate>%5</test:runstate></domain>"_s
                   .arg(vm.name)
                   .arg(i++, 12, 10, QLatin1Char('0'))
                   .arg(vm.memoryKiB)
                   .arg(vm.vcpus)
                   .arg(vm.runstate);
    }
    xml += u"</node>"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0)
        return {};
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ReadOther); // the private daemon's user
    return path;
}

int running(int) { return 1; }

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { libvirt::LibvirtEventLoop::ensureRegistered(); }

    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        m_fixture->start();
        m_hub = std::make_unique<MetricsHub>();
        m_hub->attach(m_fixture->providers.get());
        m_fixture->samples->setHub(m_hub.get());
        m_history = std::make_unique<HistoryStore>(m_fixture->dir->filePath(u"metrics.db"_s));
        m_history->start();
        m_alerts = std::make_unique<AlertEngine>();
        m_highlights = std::make_unique<AlertHighlights>(m_alerts.get());
        connect(m_hub.get(), &MetricsHub::cycleIngested, m_alerts.get(), &AlertEngine::evaluateCycle);
        MainWindowServices services;
        services.metrics = m_hub.get();
        services.history = m_history.get();
        services.alerts = m_alerts.get();
        services.highlights = m_highlights.get();
        QVERIFY(m_fixture->open(services));
        m_treeTester = std::make_unique<QAbstractItemModelTester>(window()->treeView()->model());
        m_tableTester = std::make_unique<QAbstractItemModelTester>(window()->contentArea()->vmTable()->tableModel());
    }

    void cleanup()
    {
        m_treeTester.reset();
        m_tableTester.reset();
        m_fixture->close();
        m_alerts.reset();
        m_highlights.reset();
        m_history.reset();
        m_hub.reset();
        m_daemon.reset(); // after the connection to it closed
        m_fixture.reset();
    }

    // Contradiction: the table said host share (3.1 %), the chart and alerts the VM's own share.
    void vmCpuIsOneFigureInEveryView()
    {
        connectFigureNode();
        const ResourceId big = idOf(u"fig-big"_s), wide = idOf(u"fig-wide"_s), paused = idOf(u"fig-paused"_s);
        AlertRule rule;
        rule.id = u"cpu20"_s;
        rule.threshold = 20;
        m_alerts->setRules({rule});
        waitForCpu({big, wide});
        QTRY_VERIFY_WITH_TIMEOUT(m_alerts->isFiring(rule.id, big), 10000);

        select(u"Figures"_s);
        ResourceTableModel *table = window()->contentArea()->vmTable()->tableModel();
        const int cpuColumn = table->columnOf(ResourceTableModel::Cpu);
        const int shareColumn = table->columnOf(ResourceTableModel::HostShare);
        QCOMPARE(table->headerData(cpuColumn, Qt::Horizontal).toString(), u"CPU (of its vCPUs)"_s);
        QCOMPARE(table->headerData(shareColumn, Qt::Horizontal).toString(), u"Host share"_s);
        QVERIFY(!table->headerData(cpuColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        DashboardPage *dashboard = window()->contentArea()->dashboard();
        dashboard->setTopMetric(Metric::Cpu);

        // Every view read in one go, between two cycles.
        const auto cell = [&](const ResourceId &id, int column) { return table->index(table->rowOf(id), column).data().toString(); };
        const double bigCpu = metricValue(*m_hub->newest(big), Metric::Cpu);
        const double wideCpu = metricValue(*m_hub->newest(wide), Metric::Cpu);
        QVERIFY2(std::abs(bigCpu - 25.0) < 3.0, qPrintable(QString::number(bigCpu)));   // 1 of 4 vCPUs busy
        QVERIFY2(std::abs(wideCpu - 12.5) < 2.0, qPrintable(QString::number(wideCpu))); // 1 of 8
        QCOMPARE(cell(big, cpuColumn), formatMetric(Metric::Cpu, bigCpu));
        QCOMPARE(cell(wide, cpuColumn), formatMetric(Metric::Cpu, wideCpu));
        // The host share: 1 of 16 host CPUs for both.
        const double bigShare = metricValue(*m_hub->newest(big), Metric::CpuHost);
        QVERIFY2(std::abs(bigShare - 6.25) < 1.0, qPrintable(QString::number(bigShare)));
        QCOMPARE(cell(big, shareColumn), formatMetric(Metric::CpuHost, bigShare));
        // The tree's CPU column is the same figure.
        QCOMPARE(findRow(window()->treeView()->model(), u"fig-big"_s).siblingAtColumn(InventoryModel::CpuUsageColumn).data().toString(),
                 cell(big, cpuColumn));
        // The dashboard's top 10: the busiest of its own vCPUs first, with the table's text.
        dashboard->refresh();
        QCOMPARE(dashboard->topVms().value(0), big);
        QCOMPARE(dashboard->topVmValue(0), cell(big, cpuColumn));
        QVERIFY(!dashboard->topVms().contains(paused));
        // The search predicate and the alert rule compare the number the table shows.
        const MetricQuery query = MetricQuery::parse(u"cpu>20"_s);
        for (const ResourceId &id : {big, wide}) {
            const bool above = metricValue(*m_hub->newest(id), Metric::Cpu) > 20;
            QCOMPARE(query.matches(m_fixture->inventory->node(id)->resource(), m_hub->newest(id)), above);
            QCOMPARE(m_alerts->isFiring(rule.id, id), above);
        }
        // Paused (and shut-off) VMs have no CPU figure: none shown, none matched.
        QVERIFY(cell(paused, cpuColumn).isEmpty());
        QVERIFY(cell(idOf(u"fig-off"_s), cpuColumn).isEmpty());
        QVERIFY(!MetricQuery::parse(u"cpu>=0"_s).matches(m_fixture->inventory->node(paused)->resource(), m_hub->newest(paused)));
        // Uptime: the test driver's VMs ran before the connection saw them: "—", with why.
        const int uptime = table->columnOf(ResourceTableModel::Uptime);
        QCOMPARE(cell(big, uptime), u"—"_s);
        QVERIFY(!table->index(table->rowOf(big), uptime).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(cell(idOf(u"fig-off"_s), uptime).isEmpty());

        // The VM's chart: its last point is the table's figure (the series keeps floats).
        select(u"fig-big"_s);
        ContentArea *content = window()->contentArea();
        QVERIFY(content->showVmPage(u"performance"_s));
        auto *vmPage = qobject_cast<PerformanceVmPage *>(content->vmPage(u"performance"_s));
        QVERIFY(vmPage);
        PerformancePage *page = vmPage->page();
        page->setResource(big); // read the buffer now
        const double tableCpu = metricValue(*m_hub->newest(big), Metric::Cpu);
        QCOMPARE(page->shownSamples().last().timestampMs, m_hub->newest(big)->timestampMs);
        const auto *cpuLine = qobject_cast<QLineSeries *>(page->charts().first()->chart()->series().at(0));
        const auto *shareLine = qobject_cast<QLineSeries *>(page->charts().first()->chart()->series().at(1));
        QVERIFY(cpuLine && shareLine);
        QCOMPARE(cpuLine->name(), u"CPU (of its vCPUs)"_s);
        QVERIFY(std::abs(cpuLine->points().last().y() - tableCpu) < 0.01);
        QVERIFY(std::abs(shareLine->points().last().y() - metricValue(*m_hub->newest(big), Metric::CpuHost)) < 0.01);
    }

    // Contradiction: hosts had no CPU or memory figure (frozen test-driver counters, no free
    // memory figure), so the dashboard said "no figures", Top 10 hosts was empty and a host's
    // charts were blank; VMs' memory was 100 % of themselves.
    void hostFiguresAgreeEverywhere()
    {
        connectFigureNode();
        const ResourceId host = idOf(u"figures-host"_s, ResourceKind::Host);
        QVERIFY(host.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_hub->newest(host) && !std::isnan(metricValue(*m_hub->newest(host), Metric::Cpu))
                                     && !std::isnan(metricValue(*m_hub->newest(host), Metric::MemoryPercent)),
                                 10000);
        waitForCpu({idOf(u"fig-big"_s), idOf(u"fig-wide"_s)});

        select(u"Figures"_s);
        ContentArea *content = window()->contentArea();
        ResourceTableModel *hosts = content->hostTable()->tableModel();
        QCOMPARE(hosts->rowCount(), 1);
        const MetricSample hostSample = *m_hub->newest(host);
        const double cpu = metricValue(hostSample, Metric::Cpu);
        const double memory = metricValue(hostSample, Metric::MemoryPercent);
        // Two running VMs take 2 of 16 CPUs; the VMs hold 8 + 2 + 1 GiB (paused too) of 64 GiB.
        QVERIFY2(std::abs(cpu - 12.5) < 2.0, qPrintable(QString::number(cpu)));
        QVERIFY2(std::abs(memory - 100.0 * 11.0 / 64.0) < 0.5, qPrintable(QString::number(memory)));
        QCOMPARE(hosts->headerData(hosts->columnOf(ResourceTableModel::Cpu), Qt::Horizontal).toString(), u"CPU (utilisation)"_s);
        QCOMPARE(hosts->index(0, hosts->columnOf(ResourceTableModel::Cpu)).data().toString(), formatMetric(Metric::Cpu, cpu));
        QCOMPARE(hosts->index(0, hosts->columnOf(ResourceTableModel::MemoryUse)).data().toString(),
                 formatMetric(Metric::MemoryPercent, memory));

        DashboardPage *dashboard = content->dashboard();
        dashboard->setTopMetric(Metric::Cpu);
        QCOMPARE(dashboard->cpuUtilisation(), int(std::lround(cpu)));
        QCOMPARE(dashboard->memoryUtilisation(), int(std::lround(memory)));
        QCOMPARE(dashboard->topHosts(), QList<ResourceId>{host});
        QCOMPARE(dashboard->topHostValue(0), hosts->index(0, hosts->columnOf(ResourceTableModel::Cpu)).data().toString());
        // By memory used: each VM's own size, no ties at 100 %; the biggest first.
        dashboard->setTopMetric(Metric::MemoryUsedBytes);
        QCOMPARE(dashboard->topVms().value(0), idOf(u"fig-big"_s));
        QCOMPARE(dashboard->topVmValue(0), formatBytes(8.0 * 1024 * 1024 * 1024));
        QCOMPARE(dashboard->topVmValue(1), formatBytes(2.0 * 1024 * 1024 * 1024));
        // By memory %: the test driver's guests do not report their use: no made-up 100 %.
        dashboard->setTopMetric(Metric::MemoryPercent);
        QVERIFY(dashboard->topVms().isEmpty());
        QCOMPARE(dashboard->topHostValue(0), formatMetric(Metric::MemoryPercent, memory));

        // memused compares bytes, as shown: 4G is 4 GiB, 4M is 4 MiB.
        const auto matches = [&](const QString &text, const QString &vm) {
            const ResourceId id = idOf(vm);
            return MetricQuery::parse(text).matches(m_fixture->inventory->node(id)->resource(), m_hub->newest(id));
        };
        QVERIFY(matches(u"memused>4G"_s, u"fig-big"_s));
        QVERIFY(!matches(u"memused>4G"_s, u"fig-wide"_s));
        QVERIFY(matches(u"memused>4M"_s, u"fig-wide"_s));

        // The host's Performance tab: CPU and memory drawn; disk and network say they have none
        // instead of a scale reading 0, 0, 0, 1, 1, 1.
        select(u"figures-host"_s);
        PerformancePage *page = content->performancePage();
        page->setResource(host);
        QCOMPARE(page->resource(), host);
        const QList<MetricChart *> charts = page->charts();
        QVERIFY(charts.at(0)->hasFigures());
        QVERIFY(charts.at(1)->hasFigures());
        QVERIFY(!charts.at(2)->hasFigures());
        QVERIFY(charts.at(2)->valueAxisLabels().isEmpty());
        QVERIFY(charts.at(2)->chart()->title().contains(u"no figures"_s));
        const QStringList labels = charts.at(0)->valueAxisLabels();
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        // A host's CPU chart has one line (its share of itself would repeat it).
        QVERIFY(!charts.at(0)->chart()->series().at(1)->isVisible());
        auto *hostLine = qobject_cast<QLineSeries *>(charts.at(0)->chart()->series().at(0));
        QVERIFY(std::abs(hostLine->points().last().y() - metricValue(*m_hub->newest(host), Metric::Cpu)) < 0.01);
    }

    // The tree's "N VMs, N running" rows were told of a change only with the next one.
    void summaryRowsFollowEachChange()
    {
        const QString uri = writeNode(*m_fixture->dir, u"sum.xml"_s, 4, u"sum"_s, running);
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Summed"_s, uri, {{u"statsIntervalMs"_s, 0}}}));
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"sum-03"_s).isValid(), 10000);
        const QPersistentModelIndex hostRow = findRow(view, u"sum-00"_s).parent();
        const QPersistentModelIndex providerRow = findRow(view, u"Summed"_s);
        QVERIFY(hostRow.isValid() && providerRow.isValid());
        const auto stateOf = [](const QModelIndex &row) { return row.siblingAtColumn(InventoryModel::StateColumn).data().toString(); };
        QTRY_COMPARE(stateOf(hostRow), u"4 VMs, 4 running"_s);

        // What the view was told, as it was told.
        QString toldHost, toldProvider;
        connect(view, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            const auto covers = [&](const QModelIndex &row) {
                return from.parent() == row.parent() && from.row() <= row.row() && row.row() <= to.row()
                       && from.column() <= InventoryModel::StateColumn && InventoryModel::StateColumn <= to.column();
            };
            if (covers(hostRow))
                toldHost = stateOf(hostRow);
            if (covers(providerRow))
                toldProvider = stateOf(providerRow);
        });
        Provider *provider = m_fixture->providers->provider(uri);
        int expectedRunning = 4;
        for (const QString &name : {u"sum-00"_s, u"sum-01"_s}) {
            const ResourceId id = findRow(view, name).data(InventoryModel::ResourceIdRole).value<ResourceId>();
            provider->perform({ActionType::Pause, id, {}});
            --expectedRunning;
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(findRow(view, name)), u"Paused"_s, 10000);
            const QString expected = u"4 VMs, %1 running"_s.arg(expectedRunning);
            // Told on the very change, not the next one.
            QCOMPARE(toldHost, expected);
            QCOMPARE(toldProvider, expected);
            // And the status bar's totals say the same.
            auto *totals = window()->statusBar()->findChild<QLabel *>(u"totals"_s);
            QVERIFY(totals);
            static const QRegularExpression counts(u"(\\d+) VM\\S*, (\\d+) running"_s);
            QTRY_COMPARE(counts.match(totals->text()).captured(2), QString::number(expectedRunning));
            QCOMPARE(counts.match(totals->text()).captured(1), u"4"_s);
        }
    }

    // A lost connection's VMs kept showing "Running" as if live.
    void unreachableHostsVmsAreStaleUntilBack()
    {
        m_daemon = std::make_unique<bench::PrivateLibvirtd>();
        QString error;
        QVERIFY2(m_daemon->start(20000, error), qPrintable(error));
        const QString node = writeFigureNode(m_daemon->dataDir() + u"/stale.xml"_s);
        QVERIFY(!node.isEmpty());
        const QString uri = m_daemon->testUri(node);
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Remote"_s, uri,
                                            {{u"statsIntervalMs"_s, 300}, {u"keepaliveInterval"_s, 1}, {u"keepaliveCount"_s, 2}}}));
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"fig-big"_s).isValid(), 15000);
        const ResourceId big = idOf(u"fig-big"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_hub->newest(big), 10000);
        select(u"Remote"_s);
        ResourceTableModel *table = window()->contentArea()->vmTable()->tableModel();
        QTRY_VERIFY(table->rowOf(big) >= 0);
        const auto treeRow = [&] { return findRow(view, u"fig-big"_s); };
        const auto tableCell = [&](ResourceTableModel::Field field) { return table->index(table->rowOf(big), table->columnOf(field)); };
        const QColor greyed = QPalette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(treeRow().siblingAtColumn(InventoryModel::StateColumn).data().toString(), u"Running"_s);
        QVERIFY(!treeRow().data(InventoryModel::StaleRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!tableCell(ResourceTableModel::Cpu).data().toString().isEmpty(), 10000);

        m_daemon->stop();
        static const QRegularExpression staleText(u"^Unknown since \\d\\d:\\d\\d$"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            staleText.match(treeRow().siblingAtColumn(InventoryModel::StateColumn).data().toString()).hasMatch(), 20000);
        QVERIFY(treeRow().data(InventoryModel::StaleRole).toBool());
        QCOMPARE(treeRow().data(Qt::ForegroundRole).value<QBrush>().color(), greyed);
        // The VM table: the same words, greyed, no live figure.
        QCOMPARE(tableCell(ResourceTableModel::State).data().toString(),
                 treeRow().siblingAtColumn(InventoryModel::StateColumn).data().toString());
        QCOMPARE(tableCell(ResourceTableModel::Name).data(Qt::ForegroundRole).value<QBrush>().color(), greyed);
        QVERIFY(tableCell(ResourceTableModel::Cpu).data().toString().isEmpty());
        QVERIFY(tableCell(ResourceTableModel::HostShare).data().toString().isEmpty());

        // Back: live again, no longer greyed.
        QVERIFY2(m_daemon->start(20000, error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(treeRow().siblingAtColumn(InventoryModel::StateColumn).data().toString(), u"Running"_s, 30000);
        QVERIFY(!treeRow().data(InventoryModel::StaleRole).toBool());
        QVERIFY(treeRow().data(Qt::ForegroundRole).value<QBrush>().color() != greyed);
        QTRY_VERIFY_WITH_TIMEOUT(!tableCell(ResourceTableModel::Cpu).data().toString().isEmpty(), 15000);
    }

private:
    void connectFigureNode()
    {
        const QString node = writeFigureNode(m_fixture->dir->filePath(u"figures.xml"_s));
        QVERIFY(!node.isEmpty());
        const QString uri = u"test://"_s + node;
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Figures"_s, uri, {{u"statsIntervalMs"_s, 200}}}));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(window()->treeView()->model(), u"fig-off"_s).isValid(), 10000);
        // The test driver names its host after the node's host name; give it a findable name.
        const QModelIndex host = findRow(window()->treeView()->model(), u"fig-big"_s).parent();
        m_hostName = host.data().toString();
    }

    ResourceId idOf(const QString &name, ResourceKind kind = ResourceKind::Vm) const
    {
        const QString rowName = kind == ResourceKind::Host ? m_hostName : name;
        const QModelIndex row = findRow(window()->treeView()->model(), rowName);
        return row.isValid() ? row.data(InventoryModel::ResourceIdRole).value<ResourceId>() : ResourceId();
    }

    void waitForCpu(const QList<ResourceId> &vms)
    {
        for (const ResourceId &id : vms)
            QTRY_VERIFY_WITH_TIMEOUT(m_hub->newest(id) && !std::isnan(metricValue(*m_hub->newest(id), Metric::Cpu)), 10000);
    }

    void select(const QString &name)
    {
        const QString rowName = name == u"figures-host"_s ? m_hostName : name;
        const QModelIndex index = findRow(window()->treeView()->model(), rowName);
        QVERIFY(index.isValid());
        window()->treeView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                           | QItemSelectionModel::Rows);
    }

    MainWindow *window() const { return m_fixture->window.get(); }

    std::unique_ptr<MainWindowFixture> m_fixture;
    std::unique_ptr<MetricsHub> m_hub;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<AlertHighlights> m_highlights;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<bench::PrivateLibvirtd> m_daemon;
    QString m_hostName;
};

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
