// An OpenStack server made and changed through the UI on a REAL OpenStack Zed on loopback (the
// openstack_loopback fixture; Nova's fake driver): the New VM wizard's cloud page creates it and
// it reaches ACTIVE in the tree; Resize… then Confirm Resize from the VM actions change its
// flavor; its Performance tab charts Nova's diagnostics (the admin cloud), while a member of the
// project sees why there are none; its instance actions arrive in the Tasks and Events dock.
//
// WELKIN_SHOT_DIR, when set, receives grabs of the wizard's page, the Performance tab and the
// dock (the README's screenshots; run under Xvfb for real fonts).
#include "LoopbackCloud.h"

#include "ActionController.h"
#include "charts/PerformancePage.h"
#include "charts/PerformanceVmPage.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "manage/CloudChoiceDialog.h"
#include "manage/CloudVmActions.h"
#include "manage/NewVmCloudPage.h"
#include "manage/NewVmSourcePage.h"
#include "manage/NewVmWizard.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/openstack/OpenStackProvider.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 180000;

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WELKIN_SHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

QString flavorOf(const Inventory &inventory, const ResourceId &vm)
{
    const InventoryNode *node = inventory.node(vm);
    return node ? node->resource().vm()->details.value(QCoreApplication::translate("OpenStack", "Flavor")) : QString();
}

} // namespace

class TestCloudOpsGuiOpenStack : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_clouds{this}; // writes the clouds.yaml the providers read
    Inventory m_inventory;
    LiveSamples m_samples;
    MetricsHub m_hub;
    std::unique_ptr<ProviderManager> m_providers;
    Provider *m_admin = nullptr;
    QString m_name;
    ResourceId m_server;
    QList<ResourceId> m_selection;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_clouds.setUp(m_cloud, error), qPrintable(error));
        m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
        registerBuiltinProviders(*m_providers);
        m_hub.attach(m_providers.get());
        m_name = u"wk-gui-"_s + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        QVERIFY2(admin.login(), qPrintable(admin.lastError()));
        admin.deleteServers(admin.serverIds(u"wk-gui-"_s));

        ConnectionProfile profile;
        profile.id = u"os-admin"_s;
        profile.kind = u"openstack"_s;
        profile.uri = u"openstack:admin"_s;
        profile.displayName = u"loopback"_s;
        profile.options = {{u"pollIntervalMs"_s, 2000}, {u"actionPollMs"_s, 500}};
        m_admin = m_providers->addConnection(profile);
        QVERIFY(m_admin);
        QTRY_VERIFY_WITH_TIMEOUT(m_admin->state() == ProviderState::Connected && m_admin->canLaunch(), timeoutMs);
    }

    void cleanupTestCase()
    {
        CloudAdmin admin(m_cloud, u"admin"_s, u"admin"_s);
        if (admin.login())
            admin.deleteServers(admin.serverIds(u"wk-gui-"_s));
    }

    void wizardCreatesAServer()
    {
        NewVmWizard wizard(m_providers.get(), u"os-admin"_s);
        wizard.resize(820, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.sourcePage()->cloudChosen());
        wizard.sourcePage()->findChild<QLineEdit *>(u"nameEdit"_s)->setText(m_name);
        QTRY_VERIFY(wizard.sourcePage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewVmWizard::CloudPageId));
        NewVmCloudPage *page = wizard.cloudPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->choicesLoaded(), timeoutMs);
        const CloudLaunchChoices &choices = page->choices();
        QVERIFY2(choices.problems.isEmpty(), qPrintable(QStringList(choices.problems.values()).join(u"; "_s)));
        QVERIFY(choices.sizes.size() >= 2);
        QVERIFY(!choices.images.isEmpty());
        QVERIFY(!choices.networksRequired); // Nova >= 2.37 takes "none"
        QVERIFY(choices.quotaLeft.value(u"instances"_s) > 0);
        // The smallest flavor, the first image, no network.
        auto *sizes = page->findChild<QTreeWidget *>(u"sizeTree"_s);
        int smallest = 0;
        for (int i = 1; i < int(choices.sizes.size()); ++i) {
            if (choices.sizes.at(i).memoryMiB < choices.sizes.at(smallest).memoryMiB)
                smallest = i;
        }
        sizes->setCurrentItem(sizes->topLevelItem(smallest));
        page->findChild<QComboBox *>(u"imageCombo"_s)->setCurrentIndex(1);
        QTRY_VERIFY2(page->isComplete(), qPrintable(page->problem()));
        QVERIFY(page->spec().networkIds.isEmpty());
        saveShot(&wizard, u"cloud-wizard-openstack.png"_s);

        QSignalSpy created(&wizard, &NewVmWizard::vmCreated);
        QElapsedTimer clock;
        clock.start();
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, timeoutMs);
        qInfo("create to ACTIVE through the wizard: %lld ms", qint64(clock.elapsed()));
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
        m_server = created.first().first().value<ResourceId>();
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_server), timeoutMs);
        QCOMPARE(m_inventory.node(m_server)->resource().name, m_name);
        // A poll that started before ACTIVE may answer after it: the row settles on the next one.
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory.node(m_server)->resource().vm()->state, PowerState::Running, 10000);
        QCOMPARE(flavorOf(m_inventory, m_server), choices.sizes.at(smallest).name);
    }

    void resizeAndConfirmFromTheActions()
    {
        QVERIFY(m_server.isValid());
        QWidget window;
        m_selection = {m_server};
        ActionController lifecycle(m_providers.get(), &m_inventory, &window);
        lifecycle.setSelectionSource([this] { return m_selection; });
        CloudVmActions cloud(m_providers.get(), &m_inventory, &lifecycle, &window);
        cloud.setSelectionSource([this] { return m_selection; });
        cloud.update();
        QVERIFY(cloud.action(ActionType::Resize)->isEnabled());
        QVERIFY(!cloud.action(ActionType::ConfirmResize)->isEnabled());
        const QString before = flavorOf(m_inventory, m_server);
        CloudChoiceDialog *dialog = cloud.openResize();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->topLevelItemCount() > 1, timeoutMs);
        QTreeWidgetItem *other = nullptr;
        for (int i = 0; i < dialog->list()->topLevelItemCount() && !other; ++i) {
            QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
            if (!item->isDisabled())
                other = item;
        }
        QVERIFY(other);
        const QString target = other->text(0);
        dialog->list()->setCurrentItem(other);
        dialog->accept();
        // VERIFY_RESIZE: Confirm and Revert are offered, Resize is not.
        QTRY_VERIFY_WITH_TIMEOUT(m_admin->capabilities(m_server).testFlag(Capability::ConfirmResize), timeoutMs);
        QVERIFY(m_admin->capabilities(m_server).testFlag(Capability::RevertResize));
        QTRY_VERIFY_WITH_TIMEOUT([&cloud] {
            cloud.update();
            return cloud.action(ActionType::ConfirmResize)->isEnabled();
        }(), timeoutMs);
        cloud.action(ActionType::ConfirmResize)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_admin->capabilities(m_server).testFlag(Capability::Resize), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(flavorOf(m_inventory, m_server), target, timeoutMs);
        QVERIFY(target != before);
    }

    void performanceTabChartsDiagnostics()
    {
        QVERIFY(m_server.isValid());
        QTemporaryDir dir;
        HistoryStore history(dir.filePath(u"history.sqlite"_s));
        PerformanceVmPage page(&m_hub, &history, m_providers.get());
        page.resize(900, 560);
        page.show();
        page.setVm(m_server);
        // Only what is watched gets diagnostics.
        m_admin->setWatchedResources({m_server});
        QTRY_VERIFY_WITH_TIMEOUT(m_hub.newest(m_server) && !std::isnan(m_hub.newest(m_server)->cpuGuestPercent), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_hub.newest(m_server)->memoryTotalKiB > 0, timeoutMs);
        QVERIFY(page.unavailableText().isEmpty());
        QTest::qWait(4500); // a few points on the charts
        saveShot(&page, u"openstack-performance.png"_s);

        // A member of the project (not admin): no diagnostics, and the tab says why.
        auto *demo = m_clouds.provider(u"demo"_s, {{u"pollIntervalMs"_s, 2000}});
        QVERIFY(LoopbackProviders::connectNow(demo));
        CloudAdmin member(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(member.login(), qPrintable(member.lastError()));
        const QString id = member.createActiveServer(m_name + u"-member"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(member.lastError()));
        const ResourceId memberServer(demo->id(), ResourceKind::Vm, id);
        QTRY_VERIFY_WITH_TIMEOUT(m_clouds.inventory()->node(memberServer), timeoutMs);
        demo->setWatchedResources({memberServer});
        QTRY_VERIFY_WITH_TIMEOUT(!demo->metricsUnavailableReason(memberServer).isEmpty(), timeoutMs);
        QVERIFY(demo->metricsUnavailableReason(memberServer).contains(u"admin"_s));
        member.deleteServers({id});
        m_clouds.remove(demo);
    }

    void instanceActionsBecomeEvents()
    {
        QVERIFY(m_server.isValid());
        TaskDock dock(m_providers.get(), &m_inventory);
        dock.resize(1000, 260);
        dock.show();
        QVERIFY(LoopbackProviders::runTask(m_admin->perform(Action{ActionType::Shutdown, m_server, {}})));
        // Nova's record of the stop comes back as an event naming the server and the user.
        TaskEventModel *model = dock.model();
        auto hasStopEvent = [model, this] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString what = model->index(row, TaskEventModel::WhatColumn).data().toString() + u' '
                    + model->index(row, TaskEventModel::TargetColumn).data().toString();
                if (what.contains(m_name) && what.contains(u"stop"_s, Qt::CaseInsensitive) && what.contains(u"admin"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasStopEvent(), timeoutMs);
        saveShot(&dock, u"openstack-events.png"_s);
    }
};

QTEST_MAIN(TestCloudOpsGuiOpenStack)
#include "tst_cloudops_gui_openstack.moc"
