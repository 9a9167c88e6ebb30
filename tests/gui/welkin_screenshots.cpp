// welkin-screenshots OUTDIR: opens the main window on the demo host and saves the screenshots
// the README shows (main-window.png, vm-overview.png, connection-dialog.png, performance.png,
// dashboard.png, host-storage.png, host-networks.png, new-pool.png, new-network.png,
// alerts-view.png). Run it
// under Xvfb (or QT_QPA_PLATFORM=offscreen) to refresh docs/screenshots/.
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "GuiTestSupport.h"
#include "HostPageScreenshots.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "alerts/ActiveAlertsModel.h"
#include "alerts/AlertController.h"
#include "alerts/AlertsDock.h"
#include "connections/ConnectionDialog.h"
#include "connections/LibvirtConnectionPage.h"
#include "connections/OpenStackConnectionPage.h"
#include "charts/DashboardPage.h"
#include "charts/PerformancePage.h"
#include "charts/PerformanceVmPage.h"
#include "content/ContentArea.h"
#include "content/ResourceTableView.h"
#include "groups/GroupPanel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"

#include <QApplication>
#include <QDateTime>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace welkin;
using welkin::guitest::findRow;
using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let layouts and repaints settle
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.installTranslator(new EnglishPlurals(&app)); // "1 connection", as the app says
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);
    QTemporaryDir dir;
    QFile demo(u":/welkin/demo/demo-node.xml"_s);
    QFile node(dir.filePath(u"demo-node.xml"_s));
    if (!demo.open(QIODevice::ReadOnly) || !node.open(QIODevice::WriteOnly) || node.write(screenshots::withHostStorage(demo.readAll())) < 0)
        return 1;
    node.close();
    const QString uri = u"test://"_s + node.fileName();

    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    // Monitoring wired as app/main.cpp does, history in the temporary directory.
    MetricsHub metrics;
    metrics.attach(&providers);
    HistoryStore history(dir.filePath(u"metrics.db"_s));
    history.start();
    QObject::connect(&metrics, &MetricsHub::cycleIngested, &history,
                     [&history](const QString &, const MetricSamples &batch) { history.enqueue(batch); });
    AlertEngine alerts;
    AlertHighlights highlights(&alerts);
    QObject::connect(&metrics, &MetricsHub::cycleIngested, &alerts, &AlertEngine::evaluateCycle);
    MainWindowServices services;
    services.settingsPath = dir.filePath(u"window.ini"_s);
    services.metrics = &metrics;
    services.history = &history;
    services.alerts = &alerts;
    services.highlights = &highlights;
    MainWindow window(&providers, &inventory, &samples, services);
    window.resize(1400, 860);
    window.show();
    providers.addConnection({uri, u"libvirt"_s, u"Demo host (libvirt test driver)"_s, uri,
                             {{u"statsIntervalMs"_s, 1000}}});
    const QString unreachable = u"qemu+ssh://root@backup-kvm.invalid/system"_s;
    providers.addConnection({unreachable, u"libvirt"_s, u"backup-kvm (branch office)"_s, unreachable, {}});
    QTreeView *tree = window.treeView();
    if (!QTest::qWaitFor([&] { return findRow(tree->model(), u"web-01"_s).isValid(); }, 10000))
        return 1;
    QTest::qWait(8000); // a few stats cycles for the sparklines
    QList<ResourceId> k8s;
    for (const QString &name : {u"k8s-control-01"_s, u"k8s-worker-01"_s, u"k8s-worker-02"_s, u"k8s-worker-05"_s})
        k8s.append(findRow(tree->model(), name).data(InventoryModel::ResourceIdRole).value<ResourceId>());
    window.groupPanel()->createGroup(u"Kubernetes"_s, k8s);
    window.groupPanel()->collapseAll();
    window.groupPanel()->expandToDepth(0);

    tree->selectionModel()->setCurrentIndex(findRow(tree->model(), u"Demo host (libvirt test driver)"_s),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ResourceTableView *table = window.contentArea()->vmTable();
    table->sortByColumn(0, Qt::AscendingOrder);
    table->selectionModel()->select(QItemSelection(table->model()->index(2, 0), table->model()->index(4, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    bool ok = save(&window, out + u"/main-window.png"_s);

    tree->selectionModel()->setCurrentIndex(findRow(tree->model(), u"db-primary"_s),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ok = save(&window, out + u"/vm-overview.png"_s) && ok;

    // The VM's Performance tab: the last half minute from the history store (the live range
    // spans 10 minutes, too wide for a few seconds of points).
    window.contentArea()->showVmPage(u"performance"_s);
    if (auto *perf = qobject_cast<PerformanceVmPage *>(window.contentArea()->vmPage(u"performance"_s))) {
        QTest::qWait(12000);
        history.sync(10000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        perf->page()->setCustomRange(now - 30000, now);
        if (!QTest::qWaitFor([&] { return perf->page()->shownSamples().size() > 10; }, 10000))
            std::printf("performance: only %d samples\n", int(perf->page()->shownSamples().size()));
    }
    ok = save(&window, out + u"/performance.png"_s) && ok;

    // A second connection, then the dashboard of everything: top VMs across both.
    const QString lab = welkin::guitest::writeNode(dir, u"lab-node.xml"_s, 4, u"lab"_s, [](int) { return 1; });
    providers.addConnection({lab, u"libvirt"_s, u"Lab host (libvirt test driver)"_s, lab, {{u"statsIntervalMs"_s, 1000}}});
    if (!QTest::qWaitFor([&] { return findRow(tree->model(), u"lab-03"_s).isValid(); }, 10000))
        std::printf("lab host did not list its VMs\n");
    QTest::qWait(4000);
    tree->selectionModel()->clear();
    tree->setCurrentIndex({});
    window.contentArea()->showNothing();
    if (DashboardPage *dashboard = window.contentArea()->allDashboard())
        dashboard->refresh();
    ok = save(&window, out + u"/dashboard.png"_s) && ok;

    ConnectionDialog dialog({}, &window);
    auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
    page->setMode(LibvirtConnectionPage::Mode::Ssh);
    page->userEdit()->setText(u"root"_s);
    page->hostEdit()->setText(u"kvm-03.example.org"_s);
    page->portSpin()->setValue(2222);
    dialog.nameEdit()->setText(u"Production KVM 03"_s);
    dialog.show();
    dialog.testButton()->click(); // shows how a failure reads (no such host here)
    if (!QTest::qWaitFor([&] { return !dialog.testResultLabel()->text().endsWith(u'…'); }, 15000))
        std::printf("test connection still running\n");
    dialog.resize(600, dialog.sizeHint().height());
    ok = save(&dialog, out + u"/connection-dialog.png"_s) && ok;
    dialog.close();

    // Edit › Preferences, its Monitoring tab (preferences.png).
    {
        PreferencesDialog preferences(window.preferences()->preferences(), &window);
        preferences.show();
        ok = save(&preferences, out + u"/preferences.png"_s) && ok;
    }

    // The OpenStack page, filled from a clouds.yaml entry (connection-openstack.png).
    QFile clouds(dir.filePath(u"clouds.yaml"_s));
    if (!clouds.open(QIODevice::WriteOnly)
        || clouds.write("clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.example.org:5000/v3\n"
                        "      username: alice\n      project_name: web-shop\n      user_domain_name: Default\n"
                        "      project_domain_name: Default\n    region_name: RegionOne\n    interface: public\n") < 0)
        return 1;
    clouds.close();
    qputenv("OS_CLIENT_CONFIG_FILE", clouds.fileName().toLocal8Bit());
    ConnectionDialog cloudDialog({}, &window);
    auto *kind = cloudDialog.findChild<QComboBox *>(u"connectionKind"_s);
    kind->setCurrentIndex(kind->findData(u"openstack"_s));
    auto *openStack = qobject_cast<OpenStackConnectionPage *>(cloudDialog.currentPage());
    QString importError;
    if (!openStack->importCloud(clouds.fileName(), u"prod"_s, &importError))
        std::printf("import failed: %s\n", qPrintable(importError));
    openStack->passwordEdit()->setText(u"correct horse"_s);
    cloudDialog.nameEdit()->setText(u"Production cloud"_s);
    cloudDialog.show();
    cloudDialog.resize(640, cloudDialog.sizeHint().height());
    ok = save(&cloudDialog, out + u"/connection-openstack.png"_s) && ok;
    cloudDialog.close();

    // The demo host's Storage and Networks tabs and their forms.
    ok = screenshots::hostPageScreenshots(window, u"Demo host (libvirt test driver)"_s, out, save) && ok;

    // The Alerts dock (alerts-view.png): rules on a few of the demo host's VMs (the test driver's
    // running VMs use 100 % of their vCPU), one acknowledged, one resolved by raising its threshold.
    if (AlertController *controller = window.alertController()) {
        const auto rule = [&](const QString &id, const QString &name, const QString &vm, double threshold,
                              ProviderEvent::Severity severity) {
            AlertRule r;
            r.id = id;
            r.name = name;
            r.threshold = threshold;
            r.severity = severity;
            r.scope = AlertRule::Scope::Resource;
            r.resource = findRow(tree->model(), vm).data(InventoryModel::ResourceIdRole).value<ResourceId>();
            return r;
        };
        // The test driver runs one vCPU flat out: web-02 (2 vCPUs) shows 50 %, db-primary (16) 6.25 %.
        QList<AlertRule> rules{rule(u"web"_s, u"Web CPU high"_s, u"web-02"_s, 40, ProviderEvent::Severity::Warning),
                               rule(u"db"_s, u"Database CPU"_s, u"db-primary"_s, 5, ProviderEvent::Severity::Error),
                               rule(u"k8s"_s, u"Worker saturated"_s, u"k8s-worker-01"_s, 10, ProviderEvent::Severity::Warning),
                               rule(u"ci"_s, u"CI runner busy"_s, u"ci-runner-01"_s, 20, ProviderEvent::Severity::Warning)};
        controller->setRules(rules);
        ActiveAlertsModel *model = controller->alertsModel();
        if (!QTest::qWaitFor([&] { return model->activeCount() == 4; }, 15000))
        {
            std::printf("alerts: only %d active\n", model->activeCount());
            for (const AlertRule &r : rules) {
                const std::optional<MetricSample> latest = metrics.latest(r.resource);
                std::printf("  %s: %s %g\n", qPrintable(r.name), qPrintable(r.resource.toString()),
                            latest ? metricValue(*latest, Metric::Cpu) : -1.0);
            }
        }
        rules.last().threshold = 150; // the CI runner's alert resolves
        controller->setRules(rules);
        if (!QTest::qWaitFor([&] { return model->activeCount() == 3; }, 10000))
            std::printf("alerts: the CI runner's alert did not resolve\n");
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ActiveAlertsModel::ResourceColumn).data().toString().startsWith(u"k8s-worker-01"_s))
                model->acknowledge(row);
        }
        tree->selectionModel()->setCurrentIndex(findRow(tree->model(), u"db-primary"_s),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.contentArea()->showVmPage(u"overview"_s);
        window.alertsDock()->show();
        window.alertsDock()->raise();
        window.resizeDocks({window.alertsDock()}, {230}, Qt::Vertical);
        ok = save(&window, out + u"/alerts-view.png"_s) && ok;
    }
    providers.closeAll();
    return ok ? 0 : 1;
}
