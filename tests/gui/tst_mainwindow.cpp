// The main window driven like a user would: real LibvirtProvider on libvirt's test driver,
// real widgets (offscreen), actions through the toolbar's QActions.
#include "CredentialDialog.h"
#include "MainWindow.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace welkin;
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

QModelIndex findRow(QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex found = findRow(model, name, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_inventory = std::make_unique<Inventory>();
        m_samples = std::make_unique<LiveSamples>();
        m_providers = std::make_unique<ProviderManager>(m_inventory.get(), m_samples.get());
        registerBuiltinProviders(*m_providers);
        m_window = std::make_unique<MainWindow>(m_providers.get(), m_inventory.get(), m_samples.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_providers->closeAll();
        m_providers.reset();
        m_samples.reset();
        m_inventory.reset();
    }

    void showsTheHostAndItsVms()
    {
        m_providers->addConnection({u"test:///default"_s, u"libvirt"_s, u"Test"_s, u"test:///default"_s, {}});
        QAbstractItemModel *view = m_window->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"test"_s).isValid(), 5000);
        const QModelIndex vm = findRow(view, u"test"_s);
        QCOMPARE(vm.siblingAtColumn(InventoryModel::StateColumn).data().toString(), u"Running"_s);
        // Providers and hosts are expanded so the VM is visible without clicks.
        QVERIFY(m_window->treeView()->isExpanded(vm.parent()));
        QVERIFY(!m_window->treeView()->visualRect(vm).isEmpty());
        // The VM row carries a state icon.
        QVERIFY(!vm.data(Qt::DecorationRole).value<QIcon>().isNull());
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"totals"_s)->text().contains(u"1 VM"_s));
        // Columns sit side by side: no blank gap where a hidden column was.
        const QHeaderView *header = m_window->treeView()->header();
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
        m_providers->addConnection({u"test:///default"_s, u"libvirt"_s, u"Test"_s, u"test:///default"_s, {}});
        QAbstractItemModel *view = m_window->treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view, u"test"_s).isValid(), 5000);
        auto *search = m_window->findChild<QLineEdit *>(u"search"_s);
        QTest::keyClicks(search, u"no-such-vm"_s);
        QTRY_VERIFY(!findRow(view, u"test"_s).isValid());
        search->clear();
        const QString uuid = findRow(view, u"test"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>().nativeId();
        QTest::keyClicks(search, uuid.left(8));
        QTRY_VERIFY(findRow(view, u"test"_s).isValid());
        QVERIFY(findRow(view, u"Test"_s).isValid()); // its provider stays as an ancestor
    }

    void actionsFollowTheSelectionAndRunAsTasks()
    {
        m_providers->addConnection({u"test:///default"_s, u"libvirt"_s, u"Test"_s, u"test:///default"_s, {}});
        QTreeView *tree = m_window->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"test"_s).isValid(), 5000);
        tree->selectionModel()->select(findRow(tree->model(), u"test"_s),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(m_window->action(ActionType::Pause)->isEnabled());
        QVERIFY(!m_window->action(ActionType::Start)->isEnabled());
        QVERIFY(!m_window->action(ActionType::Resume)->isEnabled());

        m_window->action(ActionType::Pause)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(findRow(tree->model(), u"test"_s).siblingAtColumn(InventoryModel::StateColumn).data().toString(),
                                  u"Paused"_s, 3000);
        QTRY_VERIFY(m_window->action(ActionType::Resume)->isEnabled());

        // Destructive actions ask first, naming the VM; "no" changes nothing.
        QString asked;
        m_window->confirm = [&](const QString &question) { asked = question; return false; };
        m_window->action(ActionType::ForceOff)->trigger();
        QVERIFY(asked.contains(u"test"_s));
        QTest::qWait(300);
        QCOMPARE(findRow(tree->model(), u"test"_s).siblingAtColumn(InventoryModel::StateColumn).data().toString(), u"Paused"_s);

        m_window->confirm = [](const QString &) { return true; };
        m_window->action(ActionType::ForceOff)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(findRow(tree->model(), u"test"_s).siblingAtColumn(InventoryModel::StateColumn).data().toString(),
                                  u"Shut off"_s, 3000);
        QTRY_VERIFY(m_window->action(ActionType::Start)->isEnabled());
    }

    void credentialDialogAnswersTheAuthPrompt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"auth-node.xml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(authNode);
        file.close();

        GuiCredentialHandler dialogs(m_window.get());
        m_providers->setCredentialHandler(&dialogs);
        const QString uri = u"test://"_s + path;
        Provider *provider = m_providers->addConnection({uri, u"libvirt"_s, u"Locked"_s, uri, {}});
        QVERIFY(provider);

        // libvirt may ask in one prompt or two (user name, then password): answer whatever
        // dialogs come, by what each field hides.
        int secretFields = 0, plainFields = 0;
        for (int round = 0; round < 2 && provider->state() != ProviderState::Connected; ++round) {
            CredentialDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CredentialDialog *>()) != nullptr
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
        QTRY_VERIFY(findRow(m_window->treeView()->model(), u"locked-vm"_s).isValid());
        m_providers->setCredentialHandler(nullptr);
    }

private:
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
