// A provider's finished tasks are freed: the Task object is deleted a while after it ended,
// while the tasks dock keeps its row. Real LibvirtProvider on the test driver, real dock.
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QModelIndex rowOf(const QAbstractItemModel *model, const QString &what)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TaskEventModel::WhatColumn);
        if (index.data().toString() == what)
            return index;
    }
    return {};
}

} // namespace

class TestTaskLifetime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_samples = std::make_unique<LiveSamples>();
        m_providers = std::make_unique<ProviderManager>(m_inventory.get(), m_samples.get());
        registerBuiltinProviders(*m_providers);
        m_dock = std::make_unique<TaskDock>(m_providers.get(), m_inventory.get());
        ConnectionProfile profile{u"test:///default"_s, u"libvirt"_s, u"Test"_s, u"test:///default"_s,
                                  {{u"statsIntervalMs"_s, 0}}};
        m_provider = m_providers->addConnection(profile);
        QVERIFY(m_provider);
        QSignalSpy loaded(m_provider, &Provider::initialLoadFinished);
        QVERIFY(loaded.wait(10000));
        for (const InventoryNode *vm : m_inventory->vmsBelow(m_inventory->root())) {
            if (vm->resource().name == u"test"_s)
                m_vm = vm->id();
        }
        QVERIFY2(m_vm.isValid(), "test:///default has no VM 'test'");
    }

    void cleanup()
    {
        m_dock.reset();
        m_providers->closeAll();
        m_providers.reset();
        m_samples.reset();
        m_inventory.reset();
    }

    void finishedTaskIsFreedAndItsRowStays()
    {
        m_provider->setFinishedTaskLifetime(200);
        const ActionType toggle = flip();
        QPointer<Task> pause = m_provider->perform(Action{toggle, m_vm, {}});
        QVERIFY(pause);
        const QString title = pause->title();
        QSignalSpy finished(pause.data(), &Task::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(pause); // still readable right after it ended
        QCOMPARE(pause->state(), Task::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(pause.isNull(), 5000);
        QCOMPARE(m_provider->findChildren<Task *>().size(), 0);

        const QModelIndex row = rowOf(m_dock->model(), title);
        QVERIFY2(row.isValid(), qPrintable(title));
        QCOMPARE(row.siblingAtColumn(TaskEventModel::StatusColumn).data().toString(), u"Done"_s);
        QCOMPARE(row.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(), u"Succeeded"_s);
        QVERIFY(!row.siblingAtColumn(TaskEventModel::FinishedColumn).data().toString().isEmpty());
        QCOMPARE(row.data(TaskEventModel::ResourceIdRole).value<ResourceId>(), m_vm);

        // A failure keeps its reason in the dock after the task is gone.
        QPointer<Task> again = m_provider->perform(Action{toggle, m_vm, {}}); // done already: fails
        QTRY_VERIFY_WITH_TIMEOUT(again.isNull(), 10000);
        const QModelIndex failed = rowOf(m_dock->model(), title); // the newest of that title
        QCOMPARE(failed.data(TaskEventModel::EntryKindRole).toInt(), int(TaskEventModel::EntryKind::FailedTask));
        QVERIFY(!failed.siblingAtColumn(TaskEventModel::ResultColumn).data().toString().isEmpty());
    }

    void defaultLifetimeLeavesTimeToReadTheResult()
    {
        QCOMPARE(m_provider->finishedTaskLifetime(), Provider::defaultFinishedTaskLifetimeMs);
        QVERIFY(Provider::defaultFinishedTaskLifetimeMs >= 10000);
        QPointer<Task> pause = m_provider->perform(Action{flip(), m_vm, {}});
        QSignalSpy finished(pause.data(), &Task::finished);
        QVERIFY(finished.wait(10000));
        QTest::qWait(300);
        QVERIFY(pause);
        QCOMPARE(pause->state(), Task::State::Succeeded);
    }

private:
    // Pause a running VM, resume a paused one (test:///default may outlive one test's connection).
    ActionType flip() const
    {
        const InventoryNode *node = m_inventory->node(m_vm);
        return node && node->resource().vm() && node->resource().vm()->state == PowerState::Paused ? ActionType::Resume
                                                                                                   : ActionType::Pause;
    }

    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<TaskDock> m_dock;
    Provider *m_provider = nullptr;
    ResourceId m_vm;
};

QTEST_MAIN(TestTaskLifetime)
#include "tst_tasklifetime.moc"
