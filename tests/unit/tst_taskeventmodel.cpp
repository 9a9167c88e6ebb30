// The tasks & events model under QAbstractItemModelTester with many tasks: a progress change
// finds its row without scanning the list, rows stay bounded (the oldest finished tasks and
// events go, a running task stays), and a row outlives its Task object.
#include "inventory/Inventory.h"
#include "tasks/TaskEventModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

using Kind = TaskEventModel::EntryKind;

const QString P = u"test:///default"_s;

ResourceId vm(int n)
{
    return ResourceId(P, ResourceKind::Vm, u"vm-%1"_s.arg(n));
}

QModelIndex findRow(const QAbstractItemModel &model, const QString &what)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TaskEventModel::WhatColumn).data().toString() == what)
            return model.index(row, 0);
    }
    return {};
}

ProviderEvent providerEvent(int n)
{
    ProviderEvent e;
    e.providerId = P;
    e.resource = vm(n);
    e.message = u"event %1"_s.arg(n);
    return e;
}

} // namespace

class TestTaskEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyTasksUnderTheModelTester()
    {
        constexpr int taskCount = 2000;
        constexpr int maxRows = 300;
        Inventory inventory;
        TaskEventModel model(&inventory);
        model.setMaximumRows(maxRows);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &QAbstractItemModel::dataChanged); // one per row found

        // The first task runs through everything that follows: it keeps its row.
        std::vector<std::unique_ptr<Task>> tasks;
        tasks.push_back(std::make_unique<Task>(u"Upload disk-0"_s, vm(0)));
        model.addTask(tasks.back().get());
        tasks.back()->setProgress(1);
        for (int n = 1; n < taskCount; ++n) {
            tasks.push_back(std::make_unique<Task>(u"Start vm-%1"_s.arg(n), vm(n)));
            Task *task = tasks.back().get();
            model.addTask(task);
            if (n % 3 == 0)
                model.addEvent(providerEvent(n));
            // Progress of a task some rows down, as several run at once.
            Task *older = tasks[size_t(std::max(1, n - 40))].get();
            if (!older->isFinished())
                older->setProgress(50);
            if (n > 40) {
                Task *done = tasks[size_t(n - 40)].get();
                if (n % 7 == 0)
                    done->fail(u"no"_s);
                else
                    done->succeed();
            }
        }
        tasks.front()->setProgress(60);
        // The bound counts finished tasks and events; the 41 tasks still running come on top.
        int running = 0;
        for (const auto &task : tasks)
            running += task->isFinished() ? 0 : 1;
        QCOMPARE(running, 41);
        QCOMPARE(model.rowCount(), maxRows + running);

        // Newest first; the running upload is the last row, its progress current.
        QCOMPARE(model.index(0, TaskEventModel::WhatColumn).data().toString(), u"Start vm-%1"_s.arg(taskCount - 1));
        const QPersistentModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.index(last.row(), TaskEventModel::WhatColumn).data().toString(), u"Upload disk-0"_s);
        QCOMPARE(last.data(TaskEventModel::EntryKindRole).toInt(), int(Kind::RunningTask));
        QCOMPARE(last.data(TaskEventModel::ProgressRole).toInt(), 60);

        // Every row says what its task says.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QString what = index.siblingAtColumn(TaskEventModel::WhatColumn).data().toString();
            if (!what.startsWith(u"Start vm-"_s))
                continue;
            const Task *task = tasks[size_t(what.mid(9).toInt())].get();
            const auto kind = Kind(index.data(TaskEventModel::EntryKindRole).toInt());
            const Kind expected = !task->isFinished() ? Kind::RunningTask
                : task->state() == Task::State::Succeeded ? Kind::FinishedTask : Kind::FailedTask;
            QCOMPARE(kind, expected);
            QCOMPARE(index.data(TaskEventModel::ProgressRole).toInt(), task->progress());
        }

        // Finding a row is a binary search over the rows, not a scan from the top.
        const double perLookup = double(model.rowLookupSteps()) / double(refreshed.count());
        qInfo("%lld task updates, %.1f rows compared per update", qlonglong(refreshed.count()), perLookup);
        QVERIFY2(perLookup <= std::log2(double(model.rowCount())) + 2, qPrintable(QString::number(perLookup)));

        // The Task objects go; finished rows keep what they showed, and rows of tasks deleted
        // before they ended say so instead of "Running" forever.
        const QModelIndex finished = findRow(model, u"Start vm-1959"_s);
        QVERIFY(finished.isValid());
        QCOMPARE(finished.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(), u"Succeeded"_s);
        for (size_t n = 1; n < tasks.size(); ++n)
            tasks[n].reset();
        QCOMPARE(model.rowCount(), maxRows + 1);
        const QModelIndex stillFinished = findRow(model, u"Start vm-1959"_s);
        QVERIFY(stillFinished.isValid());
        QCOMPARE(stillFinished.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(), u"Succeeded"_s);
        QCOMPARE(model.index(0, 0).data(TaskEventModel::EntryKindRole).toInt(), int(Kind::FailedTask));
        QVERIFY(!model.index(0, TaskEventModel::ResultColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, 0).data(TaskEventModel::CancellableRole).toBool());

        // The upload ends: the row that ended longest ago goes, not the upload's (the oldest row).
        tasks.front()->succeed();
        QCOMPARE(model.rowCount(), maxRows);
        QVERIFY(last.isValid());
        QCOMPARE(last.data(TaskEventModel::EntryKindRole).toInt(), int(Kind::FinishedTask));
        for (int n = 0; n < maxRows; ++n)
            model.addEvent(providerEvent(n));
        QCOMPARE(model.rowCount(), maxRows);
        QCOMPARE(model.index(maxRows - 1, TaskEventModel::WhatColumn).data().toString(), u"event 0"_s);
    }

    void runningTasksComeOnTopOfTheBound()
    {
        Inventory inventory;
        TaskEventModel model(&inventory);
        model.setMaximumRows(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        std::vector<std::unique_ptr<Task>> tasks;
        for (int n = 0; n < 5; ++n) {
            tasks.push_back(std::make_unique<Task>(u"Copy %1"_s.arg(n), vm(n)));
            model.addTask(tasks.back().get());
        }
        QCOMPARE(model.rowCount(), 5); // all running: none counts against the bound
        tasks[4]->succeed();
        tasks[0]->succeed();
        model.addEvent(providerEvent(8));
        model.addEvent(providerEvent(9)); // four ended rows for three places: the first to end goes
        QStringList whats;
        for (int row = 0; row < model.rowCount(); ++row)
            whats.append(model.index(row, TaskEventModel::WhatColumn).data().toString());
        QCOMPARE(whats, (QStringList{u"event 9"_s, u"event 8"_s, u"Copy 3"_s, u"Copy 2"_s, u"Copy 1"_s, u"Copy 0"_s}));
        tasks[2]->setProgress(70);
        QCOMPARE(findRow(model, u"Copy 2"_s).data(TaskEventModel::ProgressRole).toInt(), 70);
        tasks[3]->fail(u"disk full"_s); // it stays to be read; Copy 0 ended before everything else
        whats.clear();
        for (int row = 0; row < model.rowCount(); ++row)
            whats.append(model.index(row, TaskEventModel::WhatColumn).data().toString());
        QCOMPARE(whats, (QStringList{u"event 9"_s, u"event 8"_s, u"Copy 3"_s, u"Copy 2"_s, u"Copy 1"_s}));
        QCOMPARE(findRow(model, u"Copy 3"_s).siblingAtColumn(TaskEventModel::ResultColumn).data().toString(),
                 u"disk full"_s);
    }
};

QTEST_MAIN(TestTaskEventModel)
#include "tst_taskeventmodel.moc"
