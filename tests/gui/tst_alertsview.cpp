// Alerts you can work with: the Alerts dock (active and resolved alerts, acknowledge, go to the
// resource, count, legend), alerting resources in the "Problem" filter and on the VM overview,
// rules edited in place with host and server-pool scopes, and desktop notifications through a
// real session bus. Real test-driver VMs in the main window offscreen; figures are injected
// through MetricsHub::ingest(), the path providers' samples take, so values are exact.
#include "MainWindowFixture.h"
#include "alerts/ActiveAlertsModel.h"
#include "alerts/AlertController.h"
#include "alerts/AlertRulesDialog.h"
#include "alerts/AlertsDock.h"
#include "alerts/DesktopNotifier.h"
#include "charts/AlertNotifier.h"
#include "content/ContentArea.h"
#include "content/VmOverviewPage.h"
#include "metrics/AlertEngine.h"
#include "metrics/MetricsHub.h"
#include "storage/PoolStore.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

int running(int) { return 1; }

// org.freedesktop.Notifications as a desktop implements it, minus the bubbles: records each
// Notify call and answers with an id.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString app;
        uint replaces = 0;
        QString icon, summary, body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replaces ? replaces : uint(calls.size() + 1);
        calls.append({app, replaces, icon, summary, body, actions, hints, timeout, id});
        return id;
    }
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s}; }
};

} // namespace

class TestAlertsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        m_fixture->start();
        m_hub = std::make_unique<MetricsHub>();
        m_hub->attach(m_fixture->providers.get());
        m_alerts = std::make_unique<AlertEngine>();
        m_alerts->followInventory(m_fixture->inventory.get());
        m_highlights = std::make_unique<AlertHighlights>(m_alerts.get());
        connect(m_hub.get(), &MetricsHub::cycleIngested, m_alerts.get(), &AlertEngine::evaluateCycle);
        m_pools = std::make_unique<PoolStore>();
        MainWindowServices services;
        services.metrics = m_hub.get();
        services.alerts = m_alerts.get();
        services.highlights = m_highlights.get();
        services.pools = m_pools.get();
        QVERIFY(m_fixture->open(services));
        QVERIFY(window()->alertsDock());
        m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_time = QDateTime::currentMSecsSinceEpoch() - 60'000;
    }

    void cleanup()
    {
        m_tester.reset();
        m_fixture->close();
        m_highlights.reset();
        m_alerts.reset();
        m_pools.reset();
        m_hub.reset();
        m_fixture.reset();
    }

    void dockListsAlertsAndAcknowledgingDimsAndSilences()
    {
        AlertNotifier notifier(m_alerts.get()); // offscreen: counts what it would show
        connectTo(u"web"_s, 2, u"Web"_s);
        window()->alertController()->setRules({cpuRule(u"CPU high"_s, 50)});
        const ResourceId vm = idOf(u"web-00"_s);
        AlertsDock *dock = window()->alertsDock();
        QCOMPARE(dock->windowTitle(), u"Alerts"_s);
        // The dock's toggle is in the View menu.
        QAction *toggle = window()->findChild<QAction *>(u"action-alertsDock"_s);
        QVERIFY(toggle && toggle->isCheckable());
        QVERIFY(viewMenuActions().contains(toggle));

        const qint64 firedAt = inject(vm, 97);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, ActiveAlertsModel::SeverityColumn), u"Warning"_s);
        QVERIFY(!model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(cell(0, ActiveAlertsModel::ResourceColumn).startsWith(u"web-00 ("_s), qPrintable(cell(0, 1)));
        QCOMPARE(cell(0, ActiveAlertsModel::RuleColumn), u"CPU high: cpu > 50"_s);
        QCOMPARE(cell(0, ActiveAlertsModel::ValueColumn), u"97.0 %"_s);
        const QString firedTime = QLocale().toString(QDateTime::fromMSecsSinceEpoch(firedAt).time(), QLocale::ShortFormat);
        QVERIFY2(cell(0, ActiveAlertsModel::SinceColumn).startsWith(firedTime + u" ("_s),
                 qPrintable(cell(0, ActiveAlertsModel::SinceColumn)));
        QCOMPARE(dock->windowTitle(), u"Alerts (1)"_s);
        QCOMPARE(notifier.shownCount(), 1);
        // The tint has its legend: in the dock, and the tinted row says which rule fires.
        QVERIFY(dock->legend()->text().contains(u"warning"_s));
        const QModelIndex row = findRow(tree(), u"web-00"_s);
        QVERIFY(row.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(u"CPU high (cpu > 50): 97.0 %"_s),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));
        // The value follows the figures.
        inject(vm, 98);
        QCOMPARE(cell(0, ActiveAlertsModel::ValueColumn), u"98.0 %"_s);

        // Acknowledge (the dock's button): listed still, dimmed, the tint gone.
        dock->view()->selectionModel()->select(model()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(dock->acknowledgeAction()->isEnabled());
        dock->acknowledgeAction()->trigger();
        QVERIFY(model()->index(0, 0).data(ActiveAlertsModel::AcknowledgedRole).toBool());
        QVERIFY(model()->index(0, 0).data(ActiveAlertsModel::ActiveRole).toBool());
        QCOMPARE(model()->index(0, 1).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QPalette().color(QPalette::Disabled, QPalette::Text));
        QVERIFY(!dock->acknowledgeAction()->isEnabled());
        QVERIFY(!findRow(tree(), u"web-00"_s).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(m_alerts->activeAlerts(vm).first().acknowledged);

        // No notification for it again: not while it holds, not when it resolves.
        inject(vm, 99);
        QCOMPARE(notifier.shownCount(), 1);
        inject(vm, 10);
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(!model()->index(0, 0).data(ActiveAlertsModel::ActiveRole).toBool());
        QCOMPARE(cell(0, ActiveAlertsModel::SeverityColumn), u"Resolved"_s);
        QCOMPARE(notifier.shownCount(), 1);
        QCOMPARE(dock->windowTitle(), u"Alerts"_s);
        // Firing again is a new alert: listed first, notified, not acknowledged.
        inject(vm, 95);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(model()->index(0, 0).data(ActiveAlertsModel::ActiveRole).toBool());
        QVERIFY(!model()->index(0, 0).data(ActiveAlertsModel::AcknowledgedRole).toBool());
        QCOMPARE(notifier.shownCount(), 2);
        QCOMPARE(dock->windowTitle(), u"Alerts (1)"_s);

        // The resolved ones are bounded.
        qobject_cast<ActiveAlertsModel *>(model())->setRecentLimit(0);
        QCOMPARE(model()->rowCount(), 1);
    }

    void goToResourceSelectsIt()
    {
        connectTo(u"jump"_s, 3, u"Jump"_s);
        window()->alertController()->setRules({cpuRule(u"CPU high"_s, 50)});
        const ResourceId vm = idOf(u"jump-02"_s);
        inject(vm, 90);
        QCOMPARE(model()->rowCount(), 1);
        AlertsDock *dock = window()->alertsDock();
        QVERIFY(!dock->goToAction()->isEnabled()); // nothing selected
        dock->view()->selectionModel()->select(model()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        dock->goToAction()->trigger();
        QCOMPARE(window()->selectedResources(), QList<ResourceId>{vm});
        QCOMPARE(window()->contentArea()->currentWidget(), window()->contentArea()->vmTabs());
        // Double-click on another alert's row does the same.
        const ResourceId other = idOf(u"jump-00"_s);
        inject(other, 90);
        QCOMPARE(model()->index(0, 0).data(ActiveAlertsModel::ResourceIdRole).value<ResourceId>(), other);
        Q_EMIT dock->view()->doubleClicked(model()->index(0, ActiveAlertsModel::RuleColumn));
        QCOMPARE(window()->selectedResources(), QList<ResourceId>{other});
    }

    void problemFilterAndOverviewShowAlertingResources()
    {
        connectTo(u"prob"_s, 2, u"Prob"_s);
        AlertRule hostRule = cpuRule(u"Host busy"_s, 80);
        hostRule.id = u"host-busy"_s;
        hostRule.kind = ResourceKind::Host;
        window()->alertController()->setRules({cpuRule(u"CPU high"_s, 50), hostRule});
        const ResourceId vm = idOf(u"prob-01"_s);
        const ResourceId host(providerOf(u"prob"_s), ResourceKind::Host, u"host"_s);
        QVERIFY(m_fixture->inventory->node(host));

        // The VM's overview lists its active alerts, one line each.
        select(vm);
        auto *overview = qobject_cast<VmOverviewPage *>(window()->contentArea()->vmPage(u"overview"_s));
        QVERIFY(overview);
        QVERIFY(overview->alertsText().isEmpty());
        inject(vm, 91);
        QVERIFY2(overview->alertsText().startsWith(u"Alert: CPU high (cpu > 50): 91.0 % since "_s),
                 qPrintable(overview->alertsText()));
        m_alerts->acknowledge(u"cpu-high"_s, vm);
        QVERIFY(overview->alertsText().endsWith(u"acknowledged"_s));

        // "Problem": running VMs are no problem, alerting ones are; hosts with an alert too.
        const QString hostName = m_fixture->inventory->node(host)->resource().name;
        window()->findChild<QAbstractButton *>(u"powerFilter-problem"_s)->click();
        QTRY_VERIFY(findRow(tree(), u"prob-01"_s).isValid());
        QVERIFY(!findRow(tree(), u"prob-00"_s).isValid());
        // Resolved: out of the filter (its host with it) and off the overview.
        inject(vm, 5);
        QTRY_VERIFY(!findRow(tree(), u"prob-01"_s).isValid());
        QVERIFY(!findRow(tree(), hostName).isValid());
        QVERIFY(overview->alertsText().isEmpty());
        // A host with an alert of its own passes, without its VMs.
        inject(host, 95);
        QVERIFY(m_alerts->isFiring(u"host-busy"_s, host));
        QTRY_VERIFY(findRow(tree(), hostName).isValid());
        QVERIFY(!findRow(tree(), u"prob-01"_s).isValid());
        QVERIFY(!findRow(tree(), u"prob-00"_s).isValid());
    }

    void editedRuleChangesEvaluation()
    {
        connectTo(u"edit"_s, 2, u"Edit"_s);
        window()->alertController()->setRules({cpuRule(u"CPU high"_s, 50)});
        const ResourceId vm = idOf(u"edit-00"_s);
        inject(vm, 70);
        QVERIFY(m_alerts->isFiring(u"cpu-high"_s, vm));

        // View › Monitoring › Alert Rules…, Edit, threshold 80, Save Rule, OK.
        window()->alertController()->rulesAction()->trigger();
        AlertRulesDialog *dialog = window()->alertController()->rulesDialog();
        QVERIFY(dialog);
        auto *conditionLabel = dialog->findChild<QLabel *>(u"conditionLabel"_s);
        QVERIFY(conditionLabel);
        QCOMPARE(conditionLabel->buddy(), dialog->metricBox()); // "&Condition:" is a mnemonic, not text
        QVERIFY(!dialog->editButton()->isEnabled());
        dialog->ruleList()->setCurrentRow(0);
        dialog->editButton()->click();
        QCOMPARE(dialog->editingRow(), 0);
        QCOMPARE(dialog->nameEdit()->text(), u"CPU high"_s);
        QCOMPARE(dialog->thresholdSpin()->value(), 50.0);
        QCOMPARE(dialog->addButton()->text(), u"S&ave Rule"_s);
        dialog->thresholdSpin()->setValue(80);
        dialog->addButton()->click();
        QCOMPARE(dialog->rules().size(), 1);
        QVERIFY(dialog->ruleList()->item(0)->text().contains(u"cpu > 80"_s));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_alerts->rules().size(), 1);
        QCOMPARE(m_alerts->rules().first().id, u"cpu-high"_s); // changed in place
        QCOMPARE(m_alerts->rules().first().threshold, 80.0);

        // 70 % no longer meets it: the alert resolves; 85 % fires it again.
        inject(vm, 70);
        QVERIFY(!m_alerts->isFiring(u"cpu-high"_s, vm));
        QCOMPARE(cell(0, ActiveAlertsModel::SeverityColumn), u"Resolved"_s);
        inject(vm, 85);
        QVERIFY(m_alerts->isFiring(u"cpu-high"_s, vm));
        QCOMPARE(cell(0, ActiveAlertsModel::RuleColumn), u"CPU high: cpu > 80"_s);
    }

    void hostScopeRuleFiresOnTheHost()
    {
        connectTo(u"hs"_s, 2, u"Hosted"_s);
        const ResourceId host(providerOf(u"hs"_s), ResourceKind::Host, u"host"_s);
        const QString hostName = m_fixture->inventory->node(host)->resource().name;
        window()->alertController()->rulesAction()->trigger();
        AlertRulesDialog *dialog = window()->alertController()->rulesDialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(u"Host CPU"_s);
        dialog->thresholdSpin()->setValue(60);
        dialog->durationSpin()->setValue(0);
        const int scope = dialog->scopeBox()->findText(u"Host %1 (Hosted) itself"_s.arg(hostName));
        QVERIFY2(scope >= 0, qPrintable(hostName));
        QVERIFY(dialog->scopeBox()->findText(u"All hosts"_s) >= 0);
        dialog->scopeBox()->setCurrentIndex(scope);
        dialog->addButton()->click();
        QVERIFY(dialog->ruleList()->item(0)->text().endsWith(u"host %1 (Hosted)"_s.arg(hostName)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_alerts->rules().first().scope, AlertRule::Scope::Resource);

        inject(idOf(u"hs-00"_s), 90); // a VM: not what the rule watches
        QCOMPARE(model()->rowCount(), 0);
        inject(host, 90);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(cell(0, ActiveAlertsModel::ResourceColumn), u"%1 (Hosted)"_s.arg(hostName));
        QCOMPARE(cell(0, ActiveAlertsModel::ValueColumn), u"90.0 %"_s);
    }

    void poolScopeRuleFiresForVmsInThePoolOnly()
    {
        connectTo(u"pa"_s, 2, u"In pool"_s);
        connectTo(u"pb"_s, 2, u"Outside"_s);
        QCOMPARE(m_pools->save(ServerPool{.id = u"prod"_s, .name = u"Production"_s, .parentId = {},
                                          .providerIds = {providerOf(u"pa"_s)}, .balancePolicy = {}}),
                 QString());
        QTRY_VERIFY(findRow(tree(), u"Production"_s).isValid());

        window()->alertController()->rulesAction()->trigger();
        AlertRulesDialog *dialog = window()->alertController()->rulesDialog();
        QVERIFY(dialog);
        dialog->thresholdSpin()->setValue(50);
        dialog->durationSpin()->setValue(0);
        const int scope = dialog->scopeBox()->findText(u"VMs in server pool Production"_s);
        QVERIFY(scope >= 0);
        QVERIFY(dialog->scopeBox()->findText(u"Hosts in server pool Production"_s) >= 0);
        dialog->scopeBox()->setCurrentIndex(scope);
        dialog->addButton()->click();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_alerts->rules().first().scope, AlertRule::Scope::Below);

        MetricSamples samples;
        for (const QString &name : {u"pa-00"_s, u"pa-01"_s, u"pb-00"_s, u"pb-01"_s})
            samples.append(sample(idOf(name), 90));
        m_hub->ingest(samples);
        QCOMPARE(model()->rowCount(), 2);
        QSet<QString> alerting;
        for (int row = 0; row < model()->rowCount(); ++row)
            alerting.insert(cell(row, ActiveAlertsModel::ResourceColumn).section(u' ', 0, 0));
        QCOMPARE(alerting, (QSet<QString>{u"pa-00"_s, u"pa-01"_s}));
        // Saved with its scope.
        window()->alertController()->rulesAction()->trigger();
        dialog = window()->alertController()->rulesDialog();
        QVERIFY(dialog->ruleList()->item(0)->text().endsWith(u"VMs in server pool Production"_s));
        dialog->editRow(0);
        QCOMPARE(dialog->scopeBox()->currentText(), u"VMs in server pool Production"_s);
        dialog->reject();
    }

    void desktopNotificationsOverTheSessionBus()
    {
        // A private session bus with a notification service on one connection and Welkin on another.
        QProcess daemon;
        const QString address = startBus(daemon);
        QVERIFY(!address.isEmpty());
        {
            QDBusConnection server = QDBusConnection::connectToBus(address, u"notifications-server"_s);
            QDBusConnection client = QDBusConnection::connectToBus(address, u"welkin-client"_s);
            QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
            QVERIFY(client.isConnected());
            FakeNotifications service;
            QVERIFY(server.registerObject(u"/org/freedesktop/Notifications"_s, &service, QDBusConnection::ExportAllSlots));
            QVERIFY(server.registerService(u"org.freedesktop.Notifications"_s));

            AlertEngine engine;
            engine.setRules({cpuRule(u"CPU high"_s, 50)});
            const ResourceId vm(u"test:///x"_s, ResourceKind::Vm, u"vm-1"_s);
            engine.setNameResolver([vm](const ResourceId &id) { return id == vm ? u"web-01"_s : QString(); });
            DesktopNotifier notifier(&engine, client);
            QSignalSpy activated(&notifier, &DesktopNotifier::activated);

            engine.evaluate({sample(vm, 97)});
            QTRY_COMPARE(service.calls.size(), 1);
            QTRY_COMPARE(notifier.pendingCount(), 0); // its id is known: the resolution replaces it
            FakeNotifications::Call call = service.calls.first();
            QCOMPARE(call.app, u"Welkin"_s);
            QCOMPARE(call.summary, u"Alert: CPU high"_s);
            QCOMPARE(call.body, u"web-01: CPU high (cpu &gt; 50): 97.0 %"_s); // body markup: escaped
            QCOMPARE(call.icon, u"dialog-warning"_s);
            QCOMPARE(call.replaces, 0u);
            QVERIFY(call.actions.contains(u"default"_s));
            QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.welkin.Welkin"_s);

            // Resolved: the same notification is replaced.
            engine.evaluate({sample(vm, 10)});
            QTRY_COMPARE(service.calls.size(), 2);
            QCOMPARE(service.calls[1].summary, u"Resolved: CPU high"_s);
            QCOMPARE(service.calls[1].replaces, call.id);

            // Acknowledged: its resolution is not announced; the next firing is.
            engine.evaluate({sample(vm, 96)});
            QTRY_COMPARE(service.calls.size(), 3);
            QTRY_COMPARE(notifier.pendingCount(), 0);
            QVERIFY(engine.acknowledge(u"cpu-high"_s, vm));
            engine.evaluate({sample(vm, 10)});
            engine.evaluate({sample(vm, 99)});
            QTRY_COMPARE(service.calls.size(), 4);
            QCOMPARE(service.calls[3].summary, u"Alert: CPU high"_s); // not "Resolved"
            QVERIFY(service.calls[3].body.endsWith(u"99.0 %"_s));
            QCOMPARE(notifier.failedCount(), 0);

            // Clicking the notification shows the VM.
            QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                                             u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
            signal << service.calls[3].id << u"default"_s;
            QVERIFY(server.send(signal));
            QTRY_COMPARE(activated.size(), 1);
            QCOMPARE(activated.first().first().toString(), vm.toString());
        }
        QDBusConnection::disconnectFromBus(u"notifications-server"_s);
        QDBusConnection::disconnectFromBus(u"welkin-client"_s);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(5000));
    }

    void desktopNotifierSaysWhenNoServiceAnswers()
    {
        QProcess daemon;
        const QString address = startBus(daemon);
        QVERIFY(!address.isEmpty());
        {
            QDBusConnection client = QDBusConnection::connectToBus(address, u"lonely-client"_s);
            QVERIFY(client.isConnected());
            AlertEngine engine;
            engine.setRules({cpuRule(u"CPU high"_s, 50)});
            DesktopNotifier notifier(&engine, client);
            engine.evaluate({sample(ResourceId(u"p"_s, ResourceKind::Vm, u"v"_s), 97)});
            QCOMPARE(notifier.sentCount(), 1);
            QTRY_COMPARE(notifier.failedCount(), 1);
            QVERIFY2(notifier.lastError().contains(u"org.freedesktop.Notifications"_s), qPrintable(notifier.lastError()));
        }
        QDBusConnection::disconnectFromBus(u"lonely-client"_s);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(5000));
    }

private:
    // A session bus of the test's own: no service files, so nothing is activated behind its back.
    QString startBus(QProcess &daemon)
    {
        const QString config = m_fixture->dir->filePath(u"session-bus.conf"_s);
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)
            || file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                          " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                          "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                          "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                          "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                          "</policy></busconfig>\n") < 0)
            return {};
        file.close();
        daemon.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address"_s});
        if (!daemon.waitForStarted(5000)) {
            qWarning("dbus-daemon: %s", qPrintable(daemon.errorString()));
            return {};
        }
        if (!QTest::qWaitFor([&] { return daemon.canReadLine(); }, 5000)) {
            qWarning("dbus-daemon: %s", daemon.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(daemon.readLine()).trimmed();
    }

    QAbstractItemModel *model() const { return window()->alertsDock()->view()->model(); }
    QAbstractItemModel *tree() const { return window()->treeView()->model(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    static AlertRule cpuRule(const QString &name, double threshold)
    {
        AlertRule rule;
        rule.id = name == u"CPU high"_s ? u"cpu-high"_s : name;
        rule.name = name;
        rule.metric = Metric::Cpu;
        rule.comparison = MetricQuery::Comparison::Greater;
        rule.threshold = threshold;
        rule.durationMs = 0;
        return rule;
    }

    MetricSample sample(const ResourceId &id, double cpu)
    {
        m_time += 2000;
        MetricSample s;
        s.id = id;
        s.timestampMs = m_time;
        s.cpuGuestPercent = id.kind() == ResourceKind::Vm ? cpu : NAN;
        s.cpuPercent = cpu;
        return s;
    }

    // One provider cycle with one figure; returns its time.
    qint64 inject(const ResourceId &id, double cpu)
    {
        const MetricSample s = sample(id, cpu);
        m_hub->ingest({s});
        return s.timestampMs;
    }

    QString providerOf(const QString &prefix) const { return m_uris.value(prefix); }

    // A test-driver host with `count` running VMs; no stats of its own (statsIntervalMs 0),
    // so the injected figures are the only ones.
    void connectTo(const QString &prefix, int count, const QString &name)
    {
        const QString uri = writeNode(*m_fixture->dir, prefix + u".xml"_s, count, prefix, running);
        QVERIFY(!uri.isEmpty());
        m_uris.insert(prefix, uri);
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, name, uri, {{u"statsIntervalMs"_s, 0}}}));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree(), u"%1-%2"_s.arg(prefix).arg(count - 1, 2, 10, QLatin1Char('0'))).isValid(),
                                 10000);
    }

    ResourceId idOf(const QString &name) const
    {
        return findRow(tree(), name).data(InventoryModel::ResourceIdRole).value<ResourceId>();
    }

    void select(const ResourceId &id) { QVERIFY(window()->selectResource(id)); }

    QList<QAction *> viewMenuActions() const
    {
        for (QAction *menu : window()->menuBar()->actions()) {
            if (menu->text() == u"&View"_s && menu->menu())
                return menu->menu()->actions();
        }
        return {};
    }

    MainWindow *window() const { return m_fixture->window.get(); }

    std::unique_ptr<MainWindowFixture> m_fixture;
    std::unique_ptr<MetricsHub> m_hub;
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<AlertHighlights> m_highlights;
    std::unique_ptr<PoolStore> m_pools;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, QString> m_uris;
    qint64 m_time = 0;
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
