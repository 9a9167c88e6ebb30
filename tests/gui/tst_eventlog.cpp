// The Event Log window over the stored audit log (a real SQLite file in a temporary directory):
// rows that survive a restart, filters by severity, resource and time, pages, CSV export; the
// User column of tasks and events; cancelling a task from the tasks dock, on a real libvirt
// test-driver host (whose start cannot be cancelled) and on the fake CloudStack (whose long job
// Welkin stops following).
#include "../cloudstack/FakeCloudStackServer.h"
#include "MainWindowFixture.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/ProviderManager.h"
#include "storage/EventLog.h"
#include "storage/Storage.h"
#include "tasks/EventLogDialog.h"
#include "tasks/EventLogModel.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

const ResourceId webVm(u"lab"_s, ResourceKind::Vm, u"uuid-web-01"_s);
const ResourceId dbVm(u"lab"_s, ResourceKind::Vm, u"uuid-db-01"_s);
const ResourceId otherVm(u"lab"_s, ResourceKind::Vm, u"uuid-web-02"_s);

// Names as main() gives them from the inventory.
QString nameOf(const ResourceId &id)
{
    if (id.kind() == ResourceKind::Provider)
        return id.providerId() == u"lab"_s ? u"Lab"_s : QString();
    if (id == webVm)
        return u"web-01"_s;
    if (id == dbVm)
        return u"db-01"_s;
    if (id == otherVm)
        return u"web-02"_s;
    return {};
}

ProviderEvent eventAt(const QDateTime &time, ProviderEvent::Severity severity, const ResourceId &resource,
                      const QString &message)
{
    return ProviderEvent{.time = time, .providerId = u"lab"_s, .resource = resource, .severity = severity,
                         .message = message, .user = {}, .requestId = {}};
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(cell(model, row, column));
    return values;
}

int rowOfTask(const TaskEventModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, TaskEventModel::WhatColumn) == title)
            return row;
    }
    return -1;
}

const InventoryNode *firstVmIn(const InventoryNode *node, PowerState state)
{
    if (!node)
        return nullptr;
    if (const VmInfo *vm = node->resource().vm(); vm && vm->state == state)
        return node;
    for (int i = 0; i < node->childCount(); ++i) {
        if (const InventoryNode *found = firstVmIn(node->child(i), state))
            return found;
    }
    return nullptr;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString databasePath() const { return m_dir.filePath(u"welkin.db"_s); }

    // Waits until the dialog's page arrived; the rows then are what the filters accept.
    static bool settled(EventLogDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000);
    }

private Q_SLOTS:
    void init() { QFile::remove(databasePath()); }

    void rowsSurviveARestart()
    {
        const QString localUser = Task::localUser();
        QVERIFY2(!localUser.isEmpty(), "no local user name, also not from the password database");
        {
            Storage storage(databasePath());
            QVERIFY(storage.open());
            storage.eventLog()->setNamer(nameOf);
            Task task(u"Start web-01"_s, webVm);
            task.setAccount(u"admin"_s);
            task.setRunning();
            task.fail(u"boom"_s);
            storage.eventLog()->recordTask(task);
            ProviderEvent event = eventAt(QDateTime::currentDateTime(), ProviderEvent::Severity::Warning, webVm,
                                          u"stop of web-01 by user alice (req-123)"_s);
            event.user = u"alice"_s;
            event.requestId = u"req-123"_s;
            storage.eventLog()->recordEvent(event);
        } // everything goes: the writer commits, the file is closed

        Storage storage(databasePath());
        QVERIFY(storage.open());
        EventLogDialog dialog(storage.eventLog());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(dialog));
        const EventLogModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        // Newest recorded first: the event, then the task.
        QCOMPARE(cell(model, 0, EventLogModel::SeverityColumn), u"Warning"_s);
        QCOMPARE(cell(model, 0, EventLogModel::ConnectionColumn), u"Lab"_s);
        QCOMPARE(cell(model, 0, EventLogModel::ResourceColumn), u"web-01"_s);
        QCOMPARE(cell(model, 0, EventLogModel::UserColumn), u"alice"_s);
        QCOMPARE(cell(model, 0, EventLogModel::RequestColumn), u"req-123"_s);
        QCOMPARE(cell(model, 1, EventLogModel::SeverityColumn), u"Error"_s);
        QCOMPARE(cell(model, 1, EventLogModel::MessageColumn), u"Start web-01"_s);
        QCOMPARE(cell(model, 1, EventLogModel::ResultColumn), u"Failed: boom"_s);
        QCOMPARE(cell(model, 1, EventLogModel::UserColumn), u"%1 (as admin)"_s.arg(localUser));
        QCOMPARE(model->index(1, 0).data(EventLogModel::ResourceIdRole).value<ResourceId>(), webVm);
        QCOMPARE(dialog.statusLabel()->text(), EventLogDialog::tr("%n event(s)", "", 2));
    }

    void filtersBySeverityResourceAndTime()
    {
        Storage storage(databasePath());
        QVERIFY(storage.open());
        EventLog *log = storage.eventLog();
        log->setNamer(nameOf);
        const QDateTime now = QDateTime::currentDateTime();
        log->recordEvent(eventAt(now.addSecs(-600), ProviderEvent::Severity::Info, webVm, u"web-01 started"_s));
        log->recordEvent(eventAt(now.addSecs(-7200), ProviderEvent::Severity::Warning, dbVm, u"db-01 slow"_s));
        log->recordEvent(eventAt(now.addDays(-3), ProviderEvent::Severity::Error, otherVm, u"web-02 crashed"_s));
        log->recordEvent(eventAt(now.addDays(-10), ProviderEvent::Severity::Info, {}, u"Lab connected"_s));

        EventLogDialog dialog(log);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EventLogModel *model = dialog.model();
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn),
                 (QStringList{u"Lab connected"_s, u"web-02 crashed"_s, u"db-01 slow"_s, u"web-01 started"_s}));

        dialog.setRange(EventLogDialog::Range::LastHour);
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn), QStringList{u"web-01 started"_s});
        dialog.setRange(EventLogDialog::Range::LastDay);
        QVERIFY(settled(dialog));
        QCOMPARE(model->rowCount(), 2);
        dialog.setRange(EventLogDialog::Range::LastWeek);
        QVERIFY(settled(dialog));
        QCOMPARE(model->rowCount(), 3);
        dialog.setCustomRange(now.addDays(-4), now.addDays(-1));
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn), QStringList{u"web-02 crashed"_s});

        dialog.setRange(EventLogDialog::Range::All);
        dialog.severityCheck(ProviderEvent::Severity::Info)->setChecked(false);
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn), (QStringList{u"web-02 crashed"_s, u"db-01 slow"_s}));
        dialog.severityCheck(ProviderEvent::Severity::Error)->setChecked(false);
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn), QStringList{u"db-01 slow"_s});
        dialog.severityCheck(ProviderEvent::Severity::Info)->setChecked(true);
        dialog.severityCheck(ProviderEvent::Severity::Error)->setChecked(true);

        // Typed text: the resource's name (as recorded), case-insensitive; "%" is literal.
        QTest::keyClicks(dialog.resourceEdit(), u"WEB"_s);
        QTRY_COMPARE_WITH_TIMEOUT(column(model, EventLogModel::ResourceColumn),
                                  (QStringList{u"web-02"_s, u"web-01"_s}), 5000);
        dialog.resourceEdit()->setText(u"web%"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && model->rowCount() == 0, 5000);
        QCOMPARE(dialog.statusLabel()->text(), EventLogDialog::tr("%n event(s)", "", 0));
        dialog.resourceEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && model->rowCount() == 4, 5000);

        // Opened from a selected resource: only that one; from a connection: that connection's rows.
        dialog.setScope(dbVm, u"db-01"_s);
        QVERIFY(dialog.scopeCheck()->isVisibleTo(&dialog));
        QCOMPARE(dialog.scopeCheck()->text(), u"Only db-01"_s);
        dialog.setScopeOnly(true);
        QVERIFY(settled(dialog));
        QCOMPARE(column(model, EventLogModel::MessageColumn), QStringList{u"db-01 slow"_s});
        dialog.setScope(ResourceId::provider(u"other"_s), u"Other"_s);
        dialog.setScopeOnly(true);
        dialog.reload();
        QVERIFY(settled(dialog));
        QCOMPARE(model->rowCount(), 0);
    }

    void pagesAppendAsTheyArrive()
    {
        Storage storage(databasePath());
        QVERIFY(storage.open());
        for (int i = 0; i < 7; ++i)
            storage.eventLog()->recordEvent(eventAt(QDateTime::currentDateTime(), ProviderEvent::Severity::Info, webVm,
                                                    u"event %1"_s.arg(i)));
        EventLogDialog dialog(storage.eventLog());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPageSize(3);
        dialog.reload();
        QVERIFY(settled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 3);
        QVERIFY(dialog.hasMore());
        QVERIFY(dialog.loadMoreButton()->isEnabled());
        QCOMPARE(dialog.statusLabel()->text(), EventLogDialog::tr("%n event(s) shown, more in the log", "", 3));
        QSignalSpy inserted(dialog.model(), &QAbstractItemModel::rowsInserted);
        dialog.loadMoreButton()->click();
        QVERIFY(settled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 6);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3); // appended below the rows already there
        dialog.loadMore();
        QVERIFY(settled(dialog));
        QVERIFY(!dialog.hasMore());
        QVERIFY(!dialog.loadMoreButton()->isEnabled());
        QCOMPARE(column(dialog.model(), EventLogModel::MessageColumn),
                 (QStringList{u"event 6"_s, u"event 5"_s, u"event 4"_s, u"event 3"_s, u"event 2"_s, u"event 1"_s,
                              u"event 0"_s}));
    }

    void exportsTheFilteredRowsAsCsv()
    {
        Storage storage(databasePath());
        QVERIFY(storage.open());
        EventLog *log = storage.eventLog();
        log->setNamer(nameOf);
        const QDateTime time = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_s, Qt::ISODateWithMs);
        ProviderEvent tricky = eventAt(time, ProviderEvent::Severity::Error, webVm,
                                       u"Disk \"sda\" failed, badly\nsecond line"_s);
        tricky.user = u"admin"_s;
        tricky.requestId = u"req-9"_s;
        log->recordEvent(tricky);
        log->recordEvent(eventAt(time, ProviderEvent::Severity::Info, dbVm, u"not exported"_s));
        // Cells a spreadsheet would run as formulas are written as text (newest rows first).
        log->recordEvent(eventAt(time, ProviderEvent::Severity::Warning, dbVm, u"=HYPERLINK(\"x\")"_s));

        EventLogDialog dialog(log);
        dialog.severityCheck(ProviderEvent::Severity::Info)->setChecked(false);
        QVERIFY(settled(dialog));
        QSignalSpy done(&dialog, &EventLogDialog::exportDone);
        const QString path = m_dir.filePath(u"events.csv"_s);
        dialog.exportTo(path);
        QVERIFY(!dialog.exportButton()->isEnabled()); // one export at a time
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toLongLong(), 2);
        QCOMPARE(done.first().at(1).toString(), QString());
        QVERIFY(dialog.exportButton()->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected =
            "time,severity,kind,connection,resource,resource_id,message,result,user,request_id\r\n"
            "2026-03-04T05:06:07.089Z,warning,event,Lab,db-01," + dbVm.toString().toUtf8()
            + ",\"'=HYPERLINK(\"\"x\"\")\",,,\r\n"
            "2026-03-04T05:06:07.089Z,error,event,Lab,web-01," + webVm.toString().toUtf8()
            + ",\"Disk \"\"sda\"\" failed, badly\nsecond line\",,admin,req-9\r\n";
        QCOMPARE(file.readAll(), expected);

        // A folder that does not exist: said where the user looks, the file not made.
        done.clear();
        const QString bad = m_dir.filePath(u"missing/events.csv"_s);
        dialog.exportTo(bad);
        QVERIFY(done.wait(10000));
        const QString error = done.first().at(1).toString();
        QVERIFY2(error.startsWith(u"Could not write %1: "_s.arg(bad)), qPrintable(error));
        QVERIFY(dialog.findChild<QLabel *>(u"eventLogExportStatus"_s)->text() == error);
        auto *box = dialog.findChild<QMessageBox *>(u"eventLogExportError"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), error);
        QVERIFY(!QFile::exists(bad));
    }

    void userColumnNamesWhoAsked()
    {
        MainWindowFixture fixture; // no window: the dock on its own
        fixture.start();
        const QString uri = writeNode(*fixture.dir, u"users.xml"_s, 2, u"usr"_s, [](int) { return 5; });
        Inventory &inventory = *fixture.inventory;
        ProviderManager &providers = *fixture.providers;
        TaskDock dock(&providers, &inventory);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Provider *provider = providers.addConnection({uri, u"libvirt"_s, u"Users"_s, uri, {}});
        QVERIFY(provider);
        QTRY_COMPARE_WITH_TIMEOUT(provider->state(), ProviderState::Connected, 10000);
        const InventoryNode *vm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((vm = firstVmIn(inventory.node(provider->resourceId()), PowerState::ShutOff)), 10000);

        Task *start = provider->perform(Action{ActionType::Start, vm->id(), {}});
        const int row = rowOfTask(dock.model(), start->title());
        QVERIFY(row >= 0);
        // The test driver's URI names no user: the local account asked, and acts as itself.
        QCOMPARE(cell(dock.model(), row, TaskEventModel::UserColumn), Task::localUser());
        QVERIFY(!Task::localUser().isEmpty());
        // Starting cannot be stopped halfway: no cancel for it.
        dock.view()->setCurrentIndex(dock.filter()->mapFromSource(dock.model()->index(row, 0)));
        QVERIFY(!dock.cancelAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(start->isFinished(), 10000);

        // An event that names who caused it shows that user.
        ProviderEvent event = eventAt(QDateTime::currentDateTime(), ProviderEvent::Severity::Info, vm->id(),
                                      u"stop of usr-00 by user admin"_s);
        event.user = u"admin"_s;
        dock.model()->addEvent(event);
        QCOMPARE(cell(dock.model(), 0, TaskEventModel::UserColumn), u"admin"_s);

        // A connection that logs in as someone else says so.
        Task remote(u"Stop web"_s, {});
        remote.setAccount(u"svc-ops"_s);
        QCOMPARE(remote.userDisplay(), u"%1 (as svc-ops)"_s.arg(Task::localUser()));
        remote.setAccount(Task::localUser());
        QCOMPARE(remote.userDisplay(), Task::localUser());
        providers.closeAll(); // while the dock still follows the tasks
    }

    void cancelStopsFollowingACloudJob()
    {
        test::FakeCloudStackServer server;
        // A stop that takes two minutes on the cloud: long enough to be cancelled while it runs.
        const QString started = server.start({u"--vms"_s, u"3"_s, u"--job-seconds"_s, u"120"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        MainWindowFixture fixture; // no window: the dock on its own
        fixture.start();
        Inventory &inventory = *fixture.inventory;
        ProviderManager &providers = *fixture.providers;
        TaskDock dock(&providers, &inventory);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionProfile profile{u"cs-cancel"_s, u"cloudstack"_s, u"Cancel cloud"_s, server.uri(), {}};
        profile.options = {{u"pollIntervalMs"_s, 600000},
                           {u"jobPollIntervalMs"_s, 50},
                           {u"apiKey"_s, QString::fromLatin1(test::FakeCloudStackServer::adminKey)},
                           {u"secretKey"_s, QString::fromLatin1(test::FakeCloudStackServer::adminSecret)}};
        Provider *provider = providers.addConnection(profile);
        QVERIFY(provider);
        const InventoryNode *vm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((vm = firstVmIn(inventory.node(provider->resourceId()), PowerState::Running)), 20000);

        QPointer<Task> stop = provider->perform(Action{ActionType::Shutdown, vm->id(), {}});
        QTRY_COMPARE_WITH_TIMEOUT(stop->state(), Task::State::Running, 5000);
        QVERIFY(stop->isCancellable());
        QCOMPARE(stop->cancelEffect(), Task::CancelEffect::StopFollowing);
        const int row = rowOfTask(dock.model(), stop->title());
        QVERIFY(row >= 0);
        dock.view()->setCurrentIndex(dock.filter()->mapFromSource(dock.model()->index(row, 0)));
        QVERIFY(dock.cancelAction()->isEnabled());
        QCOMPARE(dock.cancelAction()->toolTip(), u"Stop following the selected task; the cloud may still complete it"_s);

        dock.cancelAction()->trigger();
        // Ends at once, not at the job's end two minutes later.
        QCOMPARE(stop->state(), Task::State::Failed);
        QCOMPARE(stop->errorText(), u"Stopped following; CloudStack may still complete it"_s);
        QVERIFY(!dock.cancelAction()->isEnabled());
        const QModelIndex index = dock.model()->index(row, 0);
        QCOMPARE(index.siblingAtColumn(TaskEventModel::StatusColumn).data().toString(), u"Cancelled"_s);
        QCOMPARE(index.siblingAtColumn(TaskEventModel::ResultColumn).data().toString(), stop->errorText());
        // The audit trail calls it a cancel, a warning rather than an error.
        const LogEntry logged = EventLog::entryForTask(*stop);
        QCOMPARE(logged.severity, ProviderEvent::Severity::Warning);
        QCOMPARE(logged.result, u"cancelled: Stopped following; CloudStack may still complete it"_s);
        providers.closeAll(); // while the dock still follows the tasks
    }

    void mainWindowOpensTheStoredLog()
    {
        Storage storage(databasePath());
        QVERIFY(storage.open());
        MainWindowFixture fixture; // deleted before the storage its window logs to
        MainWindowServices services;
        services.auditHistory = storage.eventLog();
        QVERIFY(fixture.open(services));
        MainWindow *window = fixture.window.get();
        const QString uri = fixture.addHost(u"Win"_s, 2, u"win"_s, [](int) { return 1; });
        QVERIFY(!uri.isEmpty());
        const InventoryNode *vm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((vm = firstVmIn(fixture.inventory->node(ResourceId::provider(uri)), PowerState::Running)),
                                 10000);
        storage.eventLog()->recordEvent(ProviderEvent{.time = QDateTime::currentDateTime(), .providerId = uri,
                                                      .resource = vm->id(), .severity = ProviderEvent::Severity::Info,
                                                      .message = u"win event"_s, .user = {}, .requestId = {}});
        storage.eventLog()->recordEvent(ProviderEvent{.time = QDateTime::currentDateTime(), .providerId = uri,
                                                      .resource = {}, .severity = ProviderEvent::Severity::Info,
                                                      .message = u"connection event"_s, .user = {}, .requestId = {}});

        auto *action = window->findChild<QAction *>(u"action-eventLog"_s);
        QVERIFY(action);
        QVERIFY(window->selectResource(vm->id()));
        action->trigger();
        EventLogDialog *dialog = window->eventLogDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->scopeCheck()->isChecked()); // opened on the selected VM
        QCOMPARE(dialog->scopeCheck()->text(), u"Only %1"_s.arg(vm->resource().name));
        QVERIFY(settled(*dialog));
        QCOMPARE(column(dialog->model(), EventLogModel::MessageColumn), QStringList{u"win event"_s});

        // The dock's History… opens the same window; nothing selected: everything.
        window->treeView()->selectionModel()->clear();
        QVERIFY(window->taskDock()->historyAction()->isEnabled());
        window->taskDock()->historyAction()->trigger();
        QCOMPARE(window->eventLogDialog(), dialog);
        QVERIFY(!dialog->scopeCheck()->isVisibleTo(dialog));
        QVERIFY(settled(*dialog));
        QCOMPARE(dialog->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestEventLog)
#include "tst_eventlog.moc"
