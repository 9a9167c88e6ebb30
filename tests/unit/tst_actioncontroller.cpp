// What the VM actions cost under churn: a bulk start of 1,000 selected VMs (libvirt test driver,
// real provider) reads each changed VM's capabilities a few times, not the whole selection on
// every change; VMs outside the selection cost nothing. Counted, not timed.
#include "ActionController.h"
#include "NodeXmlGenerator.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr int vmCount = 1000;

} // namespace

class TestActionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        test::NodeXmlOptions options;
        options.vmCount = vmCount;
        options.withNetwork = false;
        QList<test::GeneratedDomain> domains = test::NodeXmlGenerator::domains(options);
        for (test::GeneratedDomain &domain : domains)
            domain.state = test::RunState::ShutOff;
        const QString path = m_dir.filePath(u"node.xml"_s);
        QString error;
        QVERIFY2(test::NodeXmlGenerator::writeFile(path, test::NodeXmlGenerator::generate(options, domains), &error),
                 qPrintable(error));

        m_inventory = std::make_unique<Inventory>();
        m_samples = std::make_unique<LiveSamples>();
        m_providers = std::make_unique<ProviderManager>(m_inventory.get(), m_samples.get());
        registerBuiltinProviders(*m_providers);
        ConnectionProfile profile{u"churn"_s, u"libvirt"_s, u"Churn"_s, u"test://"_s + path, {{u"statsIntervalMs"_s, 0}}};
        Provider *provider = m_providers->addConnection(profile);
        QVERIFY(provider);
        QSignalSpy loaded(provider, &Provider::initialLoadFinished);
        QVERIFY(loaded.wait(60000));
        for (const InventoryNode *vm : m_inventory->vmsBelow(m_inventory->root()))
            m_vms.append(vm->id());
        QCOMPARE(m_vms.size(), vmCount);

        m_window = std::make_unique<QWidget>();
        m_controller = new ActionController(m_providers.get(), m_inventory.get(), m_window.get());
        m_controller->setSelectionSource([this] { return m_selection; });
        // As the main window wires it.
        connect(m_inventory.get(), &Inventory::nodeChanged, m_controller, &ActionController::update);
    }

    void cleanup()
    {
        m_window.reset();
        m_providers->closeAll();
        m_providers.reset();
        m_samples.reset();
        m_inventory.reset();
        m_vms.clear();
        m_selection.clear();
    }

    void bulkStartOfTheSelectionCostsALookUpPerChange()
    {
        m_selection = m_vms;
        m_controller->update();
        QVERIFY(m_controller->action(ActionType::Start)->isEnabled());
        QVERIFY(!m_controller->action(ActionType::Shutdown)->isEnabled());
        const quint64 before = m_controller->capabilityLookups();
        QCOMPARE(before, quint64(vmCount)); // the selection read once

        QSignalSpy updated(m_controller, &ActionController::updated);
        const QList<QPointer<Task>> tasks = m_controller->trigger(ActionType::Start);
        QCOMPARE(tasks.size(), vmCount);
        QTRY_COMPARE_WITH_TIMEOUT(running(), vmCount, 120000);
        QTest::qWait(50); // a coalesced refresh still queued
        const quint64 lookups = m_controller->capabilityLookups() - before;
        qInfo("bulk start of %d selected VMs: %llu capability look-ups", vmCount, lookups);
        // One per VM and change (a start may report the state and its reason separately);
        // re-reading the selection on every change would be 1,000 x 1,000.
        QVERIFY2(lookups >= quint64(vmCount) && lookups <= quint64(3 * vmCount), qPrintable(QString::number(lookups)));
        QVERIFY(!m_controller->action(ActionType::Start)->isEnabled());
        QVERIFY(m_controller->action(ActionType::Shutdown)->isEnabled());
        QVERIFY(m_controller->action(ActionType::ForceOff)->isEnabled());
        // Listeners (which re-read the 1,000 ids) hear of it when an action's state flips only.
        QVERIFY2(updated.count() <= 10, qPrintable(QString::number(updated.count())));
    }

    void changesOutsideTheSelectionCostNothing()
    {
        m_selection = m_vms.mid(0, vmCount / 2);
        m_controller->update();
        const quint64 before = m_controller->capabilityLookups();
        Provider *provider = m_providers->provider(u"churn"_s);
        QList<QPointer<Task>> tasks;
        for (const ResourceId &vm : m_vms.mid(vmCount / 2))
            tasks.append(provider->perform(Action{ActionType::Start, vm, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(running(), vmCount / 2, 120000);
        QTest::qWait(50);
        QCOMPARE(m_controller->capabilityLookups(), before);
        QVERIFY(m_controller->action(ActionType::Start)->isEnabled());

        // One selected VM changes: one look-up, and the counts follow it.
        m_selection = {m_vms.first()};
        m_controller->update();
        const quint64 single = m_controller->capabilityLookups();
        QSignalSpy updated(m_controller, &ActionController::updated);
        provider->perform(Action{ActionType::Start, m_vms.first(), {}});
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->action(ActionType::Start)->isEnabled(), 30000);
        QVERIFY(m_controller->action(ActionType::Shutdown)->isEnabled());
        QVERIFY(m_controller->capabilityLookups() - single <= 3);
        QVERIFY(!updated.isEmpty());
    }

private:
    int running() const
    {
        int count = 0;
        for (const InventoryNode *vm : m_inventory->vmsBelow(m_inventory->root()))
            count += vm->resource().vm() && vm->resource().vm()->state == PowerState::Running ? 1 : 0;
        return count;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<QWidget> m_window;
    ActionController *m_controller = nullptr;
    QList<ResourceId> m_vms;
    QList<ResourceId> m_selection;
};

QTEST_MAIN(TestActionController)
#include "tst_actioncontroller.moc"
