// Monitoring inside the main window (issue 4): a real LibvirtProvider on the libvirt test driver
// (running VMs use exactly 100 % of their one vCPU), the real MetricsHub, HistoryStore and
// AlertEngine wired as app/main.cpp wires them, real widgets offscreen.
#include "MainWindowFixture.h"
#include "alerts/AlertController.h"
#include "alerts/AlertRuleStore.h"
#include "alerts/AlertRulesDialog.h"
#include "charts/AlertNotifier.h"
#include "charts/DashboardPage.h"
#include "charts/MetricChart.h"
#include "charts/PerformancePage.h"
#include "charts/PerformanceVmPage.h"
#include "content/ContentArea.h"
#include "content/ResourceTableView.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsHub.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

// runstate: 1 running, 3 paused, 5 shut off.
int mixedState(int i) { return i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 5; }
int running(int) { return 1; }

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        m_fixture->start();
        m_hub = std::make_unique<MetricsHub>();
        m_hub->attach(m_fixture->providers.get());
        m_history = std::make_unique<HistoryStore>(m_fixture->dir->filePath(u"metrics.db"_s));
        m_history->start();
        connect(m_hub.get(), &MetricsHub::cycleIngested, m_history.get(),
                [this](const QString &, const MetricSamples &batch) { m_history->enqueue(batch); });
        m_alerts = std::make_unique<AlertEngine>();
        m_highlights = std::make_unique<AlertHighlights>(m_alerts.get());
        connect(m_hub.get(), &MetricsHub::cycleIngested, m_alerts.get(), &AlertEngine::evaluateCycle);
        MainWindowServices services;
        services.metrics = m_hub.get();
        services.history = m_history.get();
        services.alerts = m_alerts.get();
        services.highlights = m_highlights.get();
        QVERIFY(m_fixture->open(services));
    }

    void cleanup()
    {
        m_fixture->close();
        m_alerts.reset();
        m_history.reset();
        m_hub.reset();
        m_fixture.reset();
    }

    void performanceTabDrawsLiveAndStoredPoints()
    {
        connectTo(writeNode(*m_fixture->dir, u"perf.xml"_s, 2, u"perf"_s, running), u"Perf"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"perf-00"_s).isValid(), 5000);
        select(findRow(view, u"perf-00"_s));
        ContentArea *content = window()->contentArea();
        QCOMPARE(content->currentWidget(), content->vmTabs());
        QVERIFY(content->showVmPage(u"performance"_s));
        auto *vmPage = qobject_cast<PerformanceVmPage *>(content->vmPage(u"performance"_s));
        QVERIFY(vmPage);
        QCOMPARE(content->vmTabs()->currentWidget(), vmPage);
        PerformancePage *page = vmPage->page();
        // A few stats cycles: the CPU line gets points, at 100 % of the VM's one vCPU.
        QTRY_VERIFY_WITH_TIMEOUT(page->shownSamples().size() >= 3, 10000);
        const auto *cpuLine = qobject_cast<QLineSeries *>(page->charts().first()->chart()->series().first());
        QVERIFY(cpuLine);
        QTRY_VERIFY(cpuLine->count() >= 2);
        QVERIFY(qAbs(metricValue(page->shownSamples().last(), Metric::Cpu) - 100.0) < 5.0);

        // The history file holds the cycles; a new store on the same file (a restart) answers
        // the last hour.
        QVERIFY(m_history->sync());
        QVERIFY(m_history->rowCount(u"raw"_s) > 0);
        HistoryStore restarted(m_history->path());
        restarted.start();
        PerformancePage stored(m_hub.get(), &restarted);
        stored.setResource(page->resource());
        stored.setRange(PerformancePage::Range::Hour);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.shownSamples().isEmpty(), 10000);
    }

    void dashboardAndPerformanceTabsForContainers()
    {
        connectTo(writeNode(*m_fixture->dir, u"a.xml"_s, 3, u"alpha"_s, running), u"Alpha"_s);
        connectTo(writeNode(*m_fixture->dir, u"b.xml"_s, 3, u"beta"_s, running), u"Beta"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"beta-02"_s).isValid() && findRow(view, u"alpha-02"_s).isValid(), 5000);
        select(findRow(view, u"Alpha"_s));
        ContentArea *content = window()->contentArea();
        QTabWidget *tabs = content->containerTabs();
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        // A libvirt connection also has its host's Storage and Networks.
        QCOMPARE(titles, (QStringList{u"Virtual machines"_s, u"Hosts"_s, u"Storage"_s, u"Networks"_s, u"Dashboard"_s,
                                      u"Performance"_s}));
        tabs->setCurrentWidget(content->dashboard());
        // The connection's own aggregate series on its Performance tab.
        QCOMPARE(content->performancePage()->resource(), ResourceId::provider(
                 findRow(view, u"Alpha"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>().providerId()));
        QTRY_VERIFY_WITH_TIMEOUT(content->dashboard()->topVms().size() == 3, 10000);

        // No selection: the dashboard of everything lists the VMs of both connections.
        QAction *dashboardAction = nullptr;
        for (QAction *action : window()->findChildren<QAction *>()) {
            if (action->text() == u"&Dashboard"_s)
                dashboardAction = action;
        }
        QVERIFY(dashboardAction);
        dashboardAction->trigger();
        QCOMPARE(content->currentWidget(), content->emptyPage());
        QVERIFY(content->allDashboard()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(content->allDashboard()->topVms().size() == 6, 10000);
        QSet<QString> providers;
        for (const ResourceId &id : content->allDashboard()->topVms())
            providers.insert(id.providerId());
        QCOMPARE(providers.size(), 2);
    }

    void metricSearchKeepsBusyVmsAndExplainsErrors()
    {
        connectTo(writeNode(*m_fixture->dir, u"mix.xml"_s, 6, u"mix"_s, mixedState), u"Mixed"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"mix-05"_s).isValid(), 5000);
        // Wait for figures of the running VMs.
        const ResourceId busy = findRow(view, u"mix-00"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        const ResourceId alsoBusy = findRow(view, u"mix-03"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        QTRY_VERIFY_WITH_TIMEOUT(m_hub->latest(busy) && metricValue(*m_hub->latest(busy), Metric::Cpu) > 50
                                     && m_hub->latest(alsoBusy) && metricValue(*m_hub->latest(alsoBusy), Metric::Cpu) > 50,
                                 10000);

        QLineEdit *search = window()->searchEdit();
        QTest::keyClicks(search, u"cpu>10"_s);
        QTRY_VERIFY(!findRow(view, u"mix-02"_s).isValid()); // shut off: no figures
        QVERIFY(!findRow(view, u"mix-05"_s).isValid());
        QVERIFY(findRow(view, u"mix-00"_s).isValid());
        QVERIFY(findRow(view, u"mix-03"_s).isValid());
        QVERIFY(window()->searchErrorLabel()->isHidden());
        // The VM table of the connection applies the same query.
        select(findRow(view, u"Mixed"_s));
        QTRY_COMPARE(window()->contentArea()->vmTable()->model()->rowCount(), 2); // running: paused VMs have no CPU figure
        search->clear();
        QTest::keyClicks(search, u"cpu<10"_s); // the test driver's running VMs use 100 %
        QTRY_VERIFY(!findRow(view, u"mix-00"_s).isValid());
        QVERIFY(!findRow(view, u"mix-03"_s).isValid());
        QTRY_COMPARE(window()->contentArea()->vmTable()->model()->rowCount(), 0);
        // Combined with text.
        search->clear();
        QTest::keyClicks(search, u"cpu>10 mix-03"_s);
        QTRY_VERIFY(findRow(view, u"mix-03"_s).isValid());
        QVERIFY(!findRow(view, u"mix-00"_s).isValid());
        // state: terms.
        search->clear();
        QTest::keyClicks(search, u"state:paused"_s);
        QTRY_VERIFY(findRow(view, u"mix-01"_s).isValid());
        QVERIFY(!findRow(view, u"mix-00"_s).isValid());
        QVERIFY(findRow(view, u"mix-04"_s).isValid());

        // A bad query: its error next to the search box, no dialog, the last filter stays.
        search->clear();
        QTest::keyClicks(search, u"cpu>abc"_s);
        QTRY_VERIFY(!window()->searchErrorLabel()->isHidden());
        QVERIFY(window()->searchErrorLabel()->text().contains(u"abc"_s));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        search->clear();
        QTRY_VERIFY(window()->searchErrorLabel()->isHidden());
        QTRY_VERIFY(findRow(view, u"mix-02"_s).isValid());
    }

    void alertRuleFiresIntoTheDockAndHighlightsUntilAcknowledged()
    {
        AlertNotifier notifier(m_alerts.get());
        connectTo(writeNode(*m_fixture->dir, u"hot.xml"_s, 2, u"hot"_s, running), u"Hot"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"hot-00"_s).isValid(), 5000);

        // The rule made through the dialog's form, like a user: CPU > 50 for 1 s on all VMs.
        AlertRulesDialog dialog({}, {}, {}, {});
        dialog.metricBox()->setCurrentIndex(dialog.metricBox()->findData(int(Metric::Cpu)));
        dialog.comparisonBox()->setCurrentIndex(0);
        QCOMPARE(dialog.comparisonBox()->currentText(), u">"_s);
        dialog.thresholdSpin()->setValue(50);
        dialog.durationSpin()->setValue(1);
        dialog.nameEdit()->setText(u"CPU high"_s);
        dialog.addFromForm();
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules().first().conditionText(), u"cpu > 50 for 1 s"_s);
        window()->alertController()->setRules(dialog.rules());

        TaskEventModel *events = window()->taskDock()->model();
        auto firedFor = [&](const QString &name) {
            for (int row = 0; row < events->rowCount(); ++row) {
                for (int column = 0; column < events->columnCount(); ++column) {
                    const QString text = events->index(row, column).data().toString();
                    if (text.contains(u"CPU high"_s) && text.contains(name))
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firedFor(u"hot-00"_s), 15000);
        QVERIFY(notifier.shownCount() >= 1);
        QVERIFY(notifier.lastMessage().contains(u"CPU high"_s));
        const QModelIndex row = findRow(view, u"hot-00"_s);
        const ResourceId id = row.data(InventoryModel::ResourceIdRole).value<ResourceId>();
        QVERIFY(m_highlights->isHighlighted(id));
        QVERIFY(row.data(Qt::BackgroundRole).value<QColor>().isValid());
        // Raising the threshold above the test driver's 100 % clears the condition: after the
        // duration the alert resolves (dock event and a quieter notification).
        QList<AlertRule> raised = m_alerts->rules();
        raised.first().threshold = 150;
        window()->alertController()->setRules(raised);
        QTRY_VERIFY_WITH_TIMEOUT(!m_alerts->isFiring(raised.first().id, id), 15000);
        QTRY_VERIFY(firedFor(u"resolved"_s));
        QVERIFY(notifier.shownCount() >= 2);
        // Still highlighted until someone acknowledges it.
        QVERIFY(m_highlights->isHighlighted(id));
        window()->alertController()->acknowledge({id});
        QVERIFY(!m_highlights->isHighlighted(id));
        QVERIFY(!findRow(view, u"hot-00"_s).data(Qt::BackgroundRole).value<QColor>().isValid());

        // Saved and loaded again at the next start.
        const QList<AlertRule> saved = AlertRuleStore(nullptr, m_fixture->dir->filePath(u"window.ini"_s)).load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().conditionText(), u"cpu > 150 for 1 s"_s);
        QCOMPARE(saved.first().scope, AlertRule::Scope::Global);
    }

    void alertRuleDialogMakesTheTenSecondRule()
    {
        const ResourceId vm(u"test"_s, ResourceKind::Vm, u"x"_s);
        AlertRulesDialog dialog({}, vm, u"web-01"_s, {{u"g1"_s, u"Kubernetes"_s}});
        QCOMPARE(dialog.scopeBox()->count(), 3); // all VMs, the selected VM, the group
        dialog.thresholdSpin()->setValue(50);
        dialog.durationSpin()->setValue(10);
        dialog.scopeBox()->setCurrentIndex(2);
        dialog.addFromForm();
        const AlertRule rule = dialog.rules().first();
        QCOMPARE(rule.conditionText(), u"cpu > 50 for 10 s"_s);
        QCOMPARE(rule.scope, AlertRule::Scope::Group);
        QCOMPARE(rule.group, u"g1"_s);
        const QList<AlertRule> back = AlertRuleStore::fromJson(AlertRuleStore::toJson(dialog.rules()));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().durationMs, 10000);
        QCOMPARE(back.first().group, u"g1"_s);
        QVERIFY(AlertRuleStore::fromJson("{not json").isEmpty());
        QVERIFY(AlertRuleStore::fromJson(R"([{"id":"x","metric":"nonsense","scope":2}])").isEmpty());
    }

private:
    void connectTo(const QString &uri, const QString &name)
    {
        QVERIFY(!uri.isEmpty());
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, name, uri, {{u"statsIntervalMs"_s, 200}}}));
    }

    void select(const QModelIndex &index)
    {
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
};

QTEST_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
