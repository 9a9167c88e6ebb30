// The main window driven like a user would: real LibvirtProvider on libvirt's test driver,
// real widgets (offscreen), actions through the window's QActions.
#include "ActionController.h"
#include "CredentialDialog.h"
#include "MainWindowFixture.h"
#include "connections/ConnectionController.h"
#include "content/ContentArea.h"
#include "content/ResourceTableModel.h"
#include "content/ResourceTableView.h"
#include "content/VmOverviewPage.h"
#include "groups/GroupPanel.h"
#include "tasks/TaskDock.h"
#include "tasks/TaskEventModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

const char authNode[] = R"(<node>
  <cpu><mhz>2000</mhz><model>x86_64</model><active>4</active><nodes>1</nodes>
       <sockets>1</sockets><cores>4</cores><threads>1</threads></cpu>
  <memory>8388608</memory>
  <auth><user password="s3cret-pw">admin</user></auth>
  <domain type="test"><name>locked-vm</name><uuid>11111111-2222-3333-4444-555555555555</uuid>
    <memory>524288</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>
</node>)";

// runstate: 1 running, 3 paused, 5 shut off.
int mixedState(int i) { return i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 5; }
int running(int) { return 1; }

QString stateText(QAbstractItemModel *model, const QString &name)
{
    return findRow(model, name).siblingAtColumn(InventoryModel::StateColumn).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        QVERIFY(m_fixture->open());
    }

    void cleanup() { m_fixture.reset(); }

    void showsTheHostAndItsVms()
    {
        connectTo(u"test:///default"_s, u"Test"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"test"_s).isValid(), 5000);
        const QModelIndex vm = findRow(view, u"test"_s);
        QCOMPARE(stateText(view, u"test"_s), u"Running"_s);
        // Providers and hosts are expanded so the VM is visible without clicks.
        QVERIFY(window()->treeView()->isExpanded(vm.parent()));
        QVERIFY(!window()->treeView()->visualRect(vm).isEmpty());
        QVERIFY(!vm.data(Qt::DecorationRole).value<QIcon>().isNull());
        QTRY_VERIFY(window()->findChild<QLabel *>(u"totals"_s)->text().contains(u"1 VM"_s));
        // Counts on the host and the (connected) provider node.
        QTRY_COMPARE(vm.parent().siblingAtColumn(InventoryModel::StateColumn).data().toString(), u"1 VM, 1 running"_s);
        QTRY_COMPARE(findRow(view, u"Test"_s).siblingAtColumn(InventoryModel::StateColumn).data().toString(),
                     u"1 VM, 1 running"_s);
        // Columns sit side by side: no blank gap where a hidden column was.
        const QHeaderView *header = window()->treeView()->header();
        int expected = 0;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (header->isSectionHidden(logical))
                continue;
            QCOMPARE(header->sectionViewportPosition(logical) + header->offset(), expected);
            expected += header->sectionSize(logical);
        }
    }

    void searchFiltersAndKeepsAncestors()
    {
        connectTo(u"test:///default"_s, u"Test"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"test"_s).isValid(), 5000);
        auto *search = window()->findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, u"no-such-vm"_s);
        QTRY_VERIFY(!findRow(view, u"test"_s).isValid());
        search->clear();
        const QString uuid = findRow(view, u"test"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>().nativeId();
        QTest::keyClicks(search, uuid.left(8));
        QTRY_VERIFY(findRow(view, u"test"_s).isValid());
        QVERIFY(findRow(view, u"Test"_s).isValid()); // its provider stays as an ancestor
    }

    void quickFiltersCombineWithSearchAndKeepAncestors()
    {
        connectTo(writeNode(*m_fixture->dir, u"mix.xml"_s, 6, u"mix"_s, mixedState), u"Mixed"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"mix-05"_s).isValid(), 5000);
        QTRY_COMPARE(stateText(view, u"mix-01"_s), u"Paused"_s);

        clickFilter(u"running"_s);
        QTRY_VERIFY(!findRow(view, u"mix-01"_s).isValid());
        for (const QString &name : {u"mix-00"_s, u"mix-03"_s})
            QVERIFY(findRow(view, name).isValid());
        for (const QString &name : {u"mix-01"_s, u"mix-02"_s, u"mix-04"_s, u"mix-05"_s})
            QVERIFY(!findRow(view, name).isValid());
        const QModelIndex vm = findRow(view, u"mix-00"_s);
        QVERIFY(vm.parent().isValid());          // the host stays as an ancestor
        QVERIFY(vm.parent().parent().isValid()); // and the provider
        QVERIFY(!vm.parent().parent().parent().isValid());

        // Combined with the search: both must match.
        QTest::keyClicks(window()->findChild<QLineEdit *>(u"search"_s), u"mix-03"_s);
        QTRY_VERIFY(!findRow(view, u"mix-00"_s).isValid());
        QVERIFY(findRow(view, u"mix-03"_s).isValid());
        window()->findChild<QLineEdit *>(u"search"_s)->clear();

        clickFilter(u"paused"_s);
        QTRY_VERIFY(findRow(view, u"mix-04"_s).isValid());
        QVERIFY(findRow(view, u"mix-01"_s).isValid());
        QVERIFY(!findRow(view, u"mix-00"_s).isValid());

        // The content area's VM table follows the same filter.
        select(findRow(view, u"Mixed"_s));
        ResourceTableView *table = window()->contentArea()->vmTable();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        clickFilter(u"all"_s);
        QTRY_COMPARE(table->model()->rowCount(), 6);
        QVERIFY(findRow(view, u"mix-00"_s).isValid());
    }

    void actionsFollowTheSelectionAndRunAsTasks()
    {
        connectTo(u"test:///default"_s, u"Test"_s);
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"test"_s).isValid(), 5000);
        select(findRow(tree->model(), u"test"_s));
        QVERIFY(window()->action(ActionType::Pause)->isEnabled());
        QVERIFY(!window()->action(ActionType::Start)->isEnabled());
        QVERIFY(!window()->action(ActionType::Resume)->isEnabled());

        int asked = 0;
        window()->actions()->confirm = [&](const QString &) { ++asked; return true; };
        window()->action(ActionType::Pause)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateText(tree->model(), u"test"_s), u"Paused"_s, 3000);
        QCOMPARE(asked, 0); // pausing is not destructive
        QTRY_VERIFY(window()->action(ActionType::Resume)->isEnabled());

        // Destructive actions ask first, naming the VM; "no" changes nothing.
        QString question;
        window()->actions()->confirm = [&](const QString &q) { question = q; return false; };
        window()->action(ActionType::ForceOff)->trigger();
        QVERIFY(question.contains(u"test"_s));
        QVERIFY(question.contains(u"Force Off"_s));
        QTest::qWait(300);
        QCOMPARE(stateText(tree->model(), u"test"_s), u"Paused"_s);

        window()->actions()->confirm = [](const QString &) { return true; };
        window()->action(ActionType::ForceOff)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateText(tree->model(), u"test"_s), u"Shut off"_s, 3000);
        QTRY_VERIFY(window()->action(ActionType::Start)->isEnabled());
    }

    void actionEnablementFollowsEachState()
    {
        connectTo(writeNode(*m_fixture->dir, u"mix.xml"_s, 3, u"mix"_s, mixedState), u"Mixed"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"mix-02"_s).isValid(), 5000);
        QTRY_COMPARE(stateText(view, u"mix-02"_s), u"Shut off"_s);
        const auto enabled = [this](ActionType type) { return window()->action(type)->isEnabled(); };

        select(findRow(view, u"mix-02"_s)); // shut off
        QVERIFY(enabled(ActionType::Start));
        QVERIFY(enabled(ActionType::Delete));
        QVERIFY(!enabled(ActionType::Shutdown) && !enabled(ActionType::Pause) && !enabled(ActionType::ForceOff));
        QVERIFY(!enabled(ActionType::OpenConsole));

        select(findRow(view, u"mix-01"_s)); // paused
        QVERIFY(enabled(ActionType::Resume) && enabled(ActionType::ForceOff));
        QVERIFY(!enabled(ActionType::Start) && !enabled(ActionType::Pause) && !enabled(ActionType::Shutdown));

        select(findRow(view, u"mix-00"_s)); // running
        QVERIFY(enabled(ActionType::Shutdown) && enabled(ActionType::Reboot) && enabled(ActionType::Pause));
        QVERIFY(enabled(ActionType::Suspend) && enabled(ActionType::OpenConsole));
        QVERIFY(!enabled(ActionType::Start) && !enabled(ActionType::Resume));

        // Several: what any of them allows.
        select(findRow(view, u"mix-02"_s), QItemSelectionModel::Select);
        QVERIFY(enabled(ActionType::Start) && enabled(ActionType::Shutdown));

        select(findRow(view, u"Mixed"_s)); // a provider: no VM actions
        QVERIFY(!enabled(ActionType::Start) && !enabled(ActionType::Delete));

        // Open Console shows the VM's console tab.
        select(findRow(view, u"mix-00"_s));
        window()->action(ActionType::OpenConsole)->trigger();
        QCOMPARE(window()->contentArea()->currentWidget(), window()->contentArea()->vmTabs());
        QCOMPARE(window()->contentArea()->vmTabs()->currentWidget(), window()->contentArea()->vmPage(u"console"_s));
    }

    void bulkForceOffOf50VmsAcrossProvidersAsksOnceAndMakes50Tasks()
    {
        connectTo(writeNode(*m_fixture->dir, u"a.xml"_s, 25, u"alpha"_s, running), u"Alpha"_s);
        connectTo(writeNode(*m_fixture->dir, u"b.xml"_s, 25, u"beta"_s, running), u"Beta"_s);
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"alpha-24"_s).isValid()
                                     && findRow(tree->model(), u"beta-24"_s).isValid(), 5000);
        QItemSelection selection;
        for (const QString &prefix : {u"alpha"_s, u"beta"_s}) {
            for (int i = 0; i < 25; ++i) {
                const QModelIndex vm = findRow(tree->model(), prefix + u'-' + QString::number(i).rightJustified(2, u'0'));
                selection.select(vm, vm);
            }
        }
        tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window()->selectedResources().size(), 50);

        int asked = 0;
        QString question;
        window()->actions()->confirm = [&](const QString &q) { ++asked; question = q; return true; };
        const int rowsBefore = window()->taskDock()->model()->rowCount();
        window()->action(ActionType::ForceOff)->trigger();
        QCOMPARE(asked, 1);
        for (int i = 0; i < 25; ++i) {
            const QString n = QString::number(i).rightJustified(2, u'0');
            QVERIFY2(question.contains(u"alpha-"_s + n) && question.contains(u"beta-"_s + n), qPrintable(n));
        }
        TaskEventModel *tasks = window()->taskDock()->model();
        QCOMPARE(tasks->rowCount() - rowsBefore, 50);
        const auto doneCount = [tasks] {
            int done = 0;
            for (int row = 0; row < tasks->rowCount(); ++row)
                done += tasks->index(row, 0).data(TaskEventModel::EntryKindRole).toInt()
                        == int(TaskEventModel::EntryKind::FinishedTask);
            return done;
        };
        QTRY_COMPARE_WITH_TIMEOUT(doneCount(), 50, 10000);
        QTRY_COMPARE(stateText(tree->model(), u"beta-24"_s), u"Shut off"_s);
    }

    void contentAreaShowsTablesAndTheVmOverview()
    {
        connectTo(writeNode(*m_fixture->dir, u"mix.xml"_s, 6, u"mix"_s, mixedState), u"Mixed"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"mix-05"_s).isValid(), 5000);
        ContentArea *content = window()->contentArea();

        select(findRow(view, u"Mixed"_s));
        ResourceTableView *vms = content->vmTable();
        QTRY_COMPARE(vms->model()->rowCount(), 6);
        QCOMPARE(content->hostTable()->model()->rowCount(), 1);
        // Sortable by any column; the memory figure comes from the same model as the tree.
        vms->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(vms->model()->index(0, 0).data().toString(), u"mix-05"_s);
        const int memory = vms->tableModel()->columnOf(ResourceTableModel::Memory);
        QCOMPARE(vms->model()->index(0, memory).data().toString(), u"512 MiB"_s);
        // Multi-select in the table drives the actions.
        vms->selectionModel()->select(QItemSelection(vms->model()->index(0, 0), vms->model()->index(1, 0)),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window()->selectedResources().size(), 2);
        QVERIFY(window()->action(ActionType::Start)->isEnabled()); // mix-05 is shut off

        // A VM: its overview with the identity fields, and extension tabs.
        select(findRow(view, u"mix-03"_s));
        QCOMPARE(content->currentWidget(), content->vmTabs());
        auto *overview = qobject_cast<VmOverviewPage *>(content->vmPage(u"overview"_s));
        QVERIFY(overview);
        const QString uuid = findRow(view, u"mix-03"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>().nativeId();
        QCOMPARE(overview->valueOf(u"UUID"_s), uuid);
        QCOMPARE(overview->valueOf(u"vCPUs"_s), u"1"_s);
        QVERIFY(content->vmPage(u"console"_s));
        QVERIFY(content->vmPage(u"performance"_s));
    }

    void tasksDockListsTasksAndDoubleClickSelects()
    {
        connectTo(u"test:///default"_s, u"Test"_s);
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"test"_s).isValid(), 5000);
        select(findRow(tree->model(), u"test"_s));
        window()->action(ActionType::Pause)->trigger();

        TaskDock *dock = window()->taskDock();
        TaskEventModel *model = dock->model();
        // Provider events (the state change) interleave with tasks: find the task's row.
        const auto taskRow = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto kind = model->index(row, 0).data(TaskEventModel::EntryKindRole).toInt();
                if (kind <= int(TaskEventModel::EntryKind::FailedTask))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(taskRow() >= 0 && model->index(taskRow(), TaskEventModel::StatusColumn).data().toString() == u"Done"_s);
        QTest::qWait(100); // let the events of the state change arrive before rows are read
        const int row = taskRow();
        QVERIFY(model->index(row, TaskEventModel::WhatColumn).data().toString().contains(u"test"_s));
        QCOMPARE(model->index(row, TaskEventModel::TargetColumn).data().toString(), u"test"_s);
        QCOMPARE(model->index(row, TaskEventModel::UserColumn).data().toString(), Task::localUser());
        QVERIFY(!Task::localUser().isEmpty());
        QVERIFY(!model->index(row, TaskEventModel::FinishedColumn).data().toString().isEmpty());

        // Filters: by kind and by text.
        dock->kindCombo()->setCurrentIndex(dock->kindCombo()->findData(int(TaskEventFilter::Kind::FailedTasks)));
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        dock->kindCombo()->setCurrentIndex(dock->kindCombo()->findData(int(TaskEventFilter::Kind::Tasks)));
        QCOMPARE(dock->view()->model()->rowCount(), 1);
        dock->filterEdit()->setText(u"no such text"_s);
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        dock->filterEdit()->setText(u"pause"_s);
        QCOMPARE(dock->view()->model()->rowCount(), 1);

        // Double-click selects the VM in the tree, wherever the selection was.
        select(findRow(tree->model(), u"Test"_s));
        const QModelIndex shown = dock->view()->model()->index(0, TaskEventModel::WhatColumn);
        dock->view()->scrollTo(shown);
        const QPoint pos = dock->view()->visualRect(shown).center();
        QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(dock->view()->viewport(), Qt::LeftButton, {}, pos);
        QTRY_COMPARE(tree->currentIndex().data().toString(), u"test"_s);
    }

    void unreachableProviderShowsTheReasonAndOffersRetry()
    {
        const QString uri = u"test://"_s + m_fixture->dir->filePath(u"missing.xml"_s);
        connectTo(uri, u"Broken"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(stateText(view, u"Broken"_s).startsWith(u"Unreachable"_s), 5000);
        QVERIFY(stateText(view, u"Broken"_s).contains(u"missing.xml"_s)); // the reason, not just the state
        QVERIFY(findRow(view, u"Broken"_s).data(Qt::ToolTipRole).toString().contains(u"missing.xml"_s));
        QMenu menu;
        window()->connections()->populateProviderMenu(&menu, uri);
        QAction *retry = menu.findChild<QAction *>(u"action-retry"_s);
        QVERIFY(retry);
        QCOMPARE(retry->text().remove(u'&'), u"Retry Now"_s);
        retry->trigger(); // reopens: the state cycles back to a failure with the same reason
        QTRY_VERIFY_WITH_TIMEOUT(stateText(view, u"Broken"_s).startsWith(u"Unreachable"_s), 5000);
    }

    void groupsCollectVmsAcrossProviders()
    {
        connectTo(writeNode(*m_fixture->dir, u"a.xml"_s, 2, u"alpha"_s, running), u"Alpha"_s);
        connectTo(writeNode(*m_fixture->dir, u"b.xml"_s, 2, u"beta"_s, mixedState), u"Beta"_s);
        QAbstractItemModel *view = window()->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"alpha-01"_s).isValid() && findRow(view, u"beta-01"_s).isValid(), 5000);
        const auto idOf = [view](const QString &name) {
            return findRow(view, name).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        };
        GroupPanel *groups = window()->groupPanel();
        const QString id = groups->createGroup(u"Frontends"_s, {idOf(u"alpha-00"_s)});
        groups->addToGroup(id, {idOf(u"beta-01"_s), idOf(u"alpha-00"_s)}); // a duplicate is ignored
        QTRY_VERIFY(findRow(groups->model(), u"alpha-00"_s).isValid());
        const QModelIndex group = findRow(groups->model(), u"beta-01"_s).parent();
        QVERIFY(group.data().toString().startsWith(u"Frontends (2 VM(s)"_s));
        groups->setCurrentIndex(group);
        QTRY_COMPARE(window()->contentArea()->vmTable()->model()->rowCount(), 2);

        // The "Add to group" menu offers the group.
        QMenu menu;
        groups->populateAddMenu(&menu, {idOf(u"beta-00"_s)});
        QMenu *sub = menu.actions().first()->menu();
        QVERIFY(sub);
        QCOMPARE(sub->actions().first()->text(), u"Frontends"_s);
        sub->actions().first()->trigger();
        QTRY_COMPARE(findRow(groups->model(), u"beta-00"_s).parent().data().toString().left(20), u"Frontends (3 VM(s), "_s);
    }

    void windowStatePersistsAcrossTwoWindows()
    {
        connectTo(writeNode(*m_fixture->dir, u"mix.xml"_s, 3, u"mix"_s, mixedState), u"Mixed"_s);
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"mix-02"_s).isValid(), 5000);

        window()->resize(1010, 707);
        window()->mainSplitter()->setSizes({333, 677});
        const QList<int> splitSizes = window()->mainSplitter()->sizes();
        const QModelIndex host = findRow(tree->model(), u"mix-02"_s).parent();
        const QString hostName = host.data().toString();
        tree->collapse(host);
        select(findRow(tree->model(), u"Mixed"_s));
        QHeaderView *vmHeader = window()->contentArea()->vmTable()->header();
        const int osColumn = window()->contentArea()->vmTable()->tableModel()->columnOf(ResourceTableModel::Os);
        vmHeader->setSectionHidden(osColumn, true);
        select(findRow(tree->model(), u"Mixed"_s)); // last selection: the provider
        m_fixture->window.reset();

        QVERIFY(m_fixture->open()); // the next run's window
        QCOMPARE(window()->size(), QSize(1010, 707));
        QCOMPARE(window()->mainSplitter()->sizes(), splitSizes);
        QVERIFY(window()->contentArea()->vmTable()->header()->isSectionHidden(osColumn));
        tree = window()->treeView();
        QTRY_COMPARE(tree->currentIndex().data().toString(), u"Mixed"_s);
        QVERIFY(!tree->isExpanded(findRow(tree->model(), hostName)));
        QVERIFY(tree->isExpanded(findRow(tree->model(), u"Mixed"_s)));
    }

    void credentialDialogAnswersTheAuthPrompt()
    {
        const QString path = m_fixture->dir->filePath(u"auth-node.xml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(authNode);
        file.close();

        GuiCredentialHandler dialogs(window());
        m_fixture->providers->setCredentialHandler(&dialogs);
        const QString uri = u"test://"_s + path;
        Provider *provider = m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Locked"_s, uri, {}});
        QVERIFY(provider);

        // libvirt may ask in one prompt or two (user name, then password): answer whatever
        // dialogs come, by what each field hides.
        int secretFields = 0, plainFields = 0;
        for (int round = 0; round < 2 && provider->state() != ProviderState::Connected; ++round) {
            CredentialDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window()->findChild<CredentialDialog *>()) != nullptr
                                         || provider->state() == ProviderState::Connected, 5000);
            if (!dialog)
                break;
            for (QLineEdit *edit : dialog->fieldEditors()) {
                const bool secret = edit->echoMode() == QLineEdit::Password;
                ++(secret ? secretFields : plainFields);
                edit->setText(secret ? u"s3cret-pw"_s : u"admin"_s);
            }
            QPointer<CredentialDialog> guard(dialog);
            dialog->accept();
            QTRY_VERIFY(guard.isNull()); // closed and deleted: the request was answered
        }
        QCOMPARE(plainFields, 1);
        QCOMPARE(secretFields, 1); // the password is never shown
        QTRY_COMPARE_WITH_TIMEOUT(provider->state(), ProviderState::Connected, 5000);
        QTRY_VERIFY(findRow(window()->treeView()->model(), u"locked-vm"_s).isValid());
        m_fixture->providers->setCredentialHandler(nullptr);
    }

private:
    void connectTo(const QString &uri, const QString &name)
    {
        QVERIFY(!uri.isEmpty());
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, name, uri, {}}));
    }

    void select(const QModelIndex &index, QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect)
    {
        QVERIFY(index.isValid());
        window()->treeView()->selectionModel()->setCurrentIndex(index, flags | QItemSelectionModel::Rows);
    }

    void clickFilter(const QString &name)
    {
        auto *button = window()->findChild<QAbstractButton *>(u"powerFilter-"_s + name);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(button->isChecked());
    }

    MainWindow *window() const { return m_fixture->window.get(); }

    std::unique_ptr<MainWindowFixture> m_fixture;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
