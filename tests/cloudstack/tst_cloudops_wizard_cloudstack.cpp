// The New VM wizard, Resize… and Rename… on a CloudStack cloud (the faithful fake server): the
// cloud is offered as a target, its page lists what the cloud offers, Create deploys
// through an async job and the VM appears; a scale and a rename from the VM menu reach the row.
#include "CloudStackTestSupport.h"
#include "FakeCloudStackServer.h"

#include "ActionController.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "manage/CloudChoiceDialog.h"
#include "manage/CloudVmActions.h"
#include "manage/NewVmCloudPage.h"
#include "manage/NewVmSourcePage.h"
#include "manage/NewVmWizard.h"
#include "manage/VmManageActions.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace welkin;
using namespace welkin::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 30000;

QString detail(const InventoryNode *node, const char *label)
{
    return node ? node->resource().vm()->details.value(QCoreApplication::translate("CloudStack", label)) : QString();
}

} // namespace

class TestCloudOpsWizardCloudStack : public QObject
{
    Q_OBJECT

    FakeCloudStackServer m_server;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    Provider *m_cloud = nullptr;
    QList<ResourceId> m_selection;
    ResourceId m_created;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
        registerBuiltinProviders(*m_providers);
        ConnectionProfile cloud;
        cloud.id = u"cs"_s;
        cloud.kind = u"cloudstack"_s;
        cloud.uri = m_server.uri();
        cloud.displayName = u"Fake cloud"_s;
        cloud.options = {{u"pollIntervalMs"_s, 600000},
                         {u"jobPollIntervalMs"_s, 50},
                         {u"apiKey"_s, QString::fromLatin1(FakeCloudStackServer::adminKey)},
                         {u"secretKey"_s, QString::fromLatin1(FakeCloudStackServer::adminSecret)}};
        m_cloud = m_providers->addConnection(cloud);
        QVERIFY(m_cloud);
        QTRY_VERIFY_WITH_TIMEOUT(m_cloud->state() == ProviderState::Connected && m_cloud->canLaunch(), timeoutMs);
    }

    void cloudIsOfferedAsATarget()
    {
        NewVmWizard wizard(m_providers.get());
        QComboBox *hosts = wizard.sourcePage()->findChild<QComboBox *>(u"hostCombo"_s);
        QVERIFY(hosts);
        const int cloudRow = hosts->findData(u"cs"_s);
        QVERIFY(cloudRow >= 0);
        QCOMPARE(hosts->itemText(cloudRow), u"Fake cloud (cloud)"_s);
        // The cloud's page replaces the libvirt install sources (tst_vmwizard covers the hosts).
        hosts->setCurrentIndex(cloudRow);
        QVERIFY(wizard.sourcePage()->cloudChosen());
        QCOMPARE(wizard.sourcePage()->nextId(), int(NewVmWizard::CloudPageId));
        QVERIFY(!wizard.sourcePage()->findChild<QLabel *>(u"cloudHint"_s)->isHidden());
        // Names a libvirt host refuses are fine on a cloud, up to 255 characters.
        QLineEdit *name = wizard.sourcePage()->findChild<QLineEdit *>(u"nameEdit"_s);
        name->setText(u"web server #1"_s);
        QVERIFY(wizard.sourcePage()->nameProblem().isEmpty());
        name->setText(QString(256, u'x'));
        QCOMPARE(wizard.sourcePage()->nameProblem(), u"The name is longer than 255 characters"_s);
        QVERIFY(!wizard.sourcePage()->isComplete());
    }

    void wizardDeploysOnTheCloud()
    {
        NewVmWizard wizard(m_providers.get(), u"cs"_s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"wk-wizard-01"_s);
        QTRY_VERIFY(wizard.sourcePage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewVmWizard::CloudPageId));
        NewVmCloudPage *page = wizard.cloudPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->choicesLoaded(), timeoutMs);
        const CloudLaunchChoices &choices = page->choices();
        QVERIFY(!choices.locations.isEmpty());
        QVERIFY(!choices.sizes.isEmpty());
        QVERIFY(!choices.images.isEmpty());
        QVERIFY2(choices.problems.isEmpty(), qPrintable(QStringList(choices.problems.values()).join(u"; "_s)));
        // Nothing chosen yet: Create stays off and says what is missing.
        QVERIFY(!page->isComplete());
        QVERIFY(page->problem().startsWith(u"Choose a size"_s));
        auto *sizes = page->findChild<QTreeWidget *>(u"sizeTree"_s);
        QCOMPARE(sizes->topLevelItemCount(), int(choices.sizes.size()));
        sizes->setCurrentItem(sizes->topLevelItem(0));
        QCOMPARE(page->problem(), u"Choose an image"_s);
        auto *images = page->findChild<QComboBox *>(u"imageCombo"_s);
        images->setCurrentIndex(1);
        if (choices.networksRequired && page->spec().networkIds.isEmpty()) {
            auto *networks = page->findChild<QListWidget *>(u"networkList"_s);
            networks->item(0)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY2(page->isComplete(), qPrintable(page->problem()));
        QCOMPARE(page->spec().name, u"wk-wizard-01"_s);
        QCOMPARE(page->spec().sizeId, choices.sizes.first().id);

        QSignalSpy created(&wizard, &NewVmWizard::vmCreated);
        wizard.accept();
        QVERIFY(wizard.createTask());
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, timeoutMs);
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
        m_created = created.first().first().value<ResourceId>();
        QCOMPARE(m_created.providerId(), u"cs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_created), timeoutMs);
        const InventoryNode *node = m_inventory.node(m_created);
        QCOMPARE(node->resource().name, u"wk-wizard-01"_s);
        QCOMPARE(detail(node, "Offering"), choices.sizes.first().name);
    }

    void keyImportRefusesWhatIsNoKey()
    {
        NewVmWizard wizard(m_providers.get(), u"cs"_s);
        wizard.restart();
        wizard.sourcePage()->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"wk-key"_s);
        QTRY_VERIFY(wizard.sourcePage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewVmWizard::CloudPageId));
        NewVmCloudPage *page = wizard.cloudPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->choicesLoaded(), timeoutMs);
        QSignalSpy imported(page, &NewVmCloudPage::keyImported);
        page->askPublicKey = [] { return std::optional(std::pair{u"laptop"_s, u"-----BEGIN RSA PRIVATE KEY-----"_s}); };
        page->findChild<QPushButton *>(u"importKeyButton"_s)->click();
        QCOMPARE(imported.count(), 1);
        QVERIFY(imported.first().at(1).toString().contains(u"not an OpenSSH public key"_s));
        // A real public key is stored on the cloud and chosen.
        const QString key = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8l0Xb5p0lL2bJ4d9u6y7mWq8F1hF3vR3b2Hj1kQ9s wk@test"_s;
        page->askPublicKey = [key] { return std::optional(std::pair{u"wk-laptop"_s, key}); };
        page->findChild<QPushButton *>(u"importKeyButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, timeoutMs);
        QVERIFY2(imported.last().at(1).toString().isEmpty(), qPrintable(imported.last().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QComboBox *>(u"keyPairCombo"_s)->currentData().toString(), u"wk-laptop"_s,
                                  timeoutMs);
    }

    void scaleAndRenameFromTheMenu()
    {
        QVERIFY(m_created.isValid());
        QWidget window;
        m_selection = {m_created};
        ActionController lifecycle(m_providers.get(), &m_inventory, &window);
        lifecycle.setSelectionSource([this] { return m_selection; });
        CloudVmActions cloud(m_providers.get(), &m_inventory, &lifecycle, &window);
        cloud.setSelectionSource([this] { return m_selection; });
        VmManageActions manage(m_providers.get(), &m_inventory, &window);
        manage.setSelectionSource([this] { return m_selection; });

        // CloudStack scales a stopped VM (a running one only when dynamically scalable).
        if (!m_cloud->capabilities(m_created).testFlag(Capability::Resize)) {
            QVERIFY(runToEnd(*m_cloud, ActionType::Shutdown, m_created)->state() == Task::State::Succeeded);
            lifecycle.update();
        }
        cloud.update();
        QVERIFY(cloud.action(ActionType::Resize)->isEnabled());
        QVERIFY(!cloud.action(ActionType::ConfirmResize)->isEnabled()); // OpenStack only
        const QString before = detail(m_inventory.node(m_created), "Offering");
        CloudChoiceDialog *dialog = cloud.openResize();
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() > 1, timeoutMs);
        QTreeWidgetItem *other = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(0) == before + u" (current)"_s)
                QVERIFY(item->isDisabled()); // the size it has is not offered again
            else if (!other)
                other = item;
        }
        QVERIFY(other);
        const QString target = other->text(0);
        list->setCurrentItem(other);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(detail(m_inventory.node(m_created), "Offering"), target, timeoutMs);

        manage.update();
        QVERIFY(manage.renameAction()->isEnabled());
        auto *rename = qobject_cast<QInputDialog *>(manage.openRename(m_created));
        QVERIFY(rename);
        QCOMPARE(rename->textValue(), u"wk-wizard-01"_s);
        rename->setTextValue(u"wk-wizard-renamed"_s);
        rename->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory.node(m_created)->resource().name, u"wk-wizard-renamed"_s, timeoutMs);
    }
};

QTEST_MAIN(TestCloudOpsWizardCloudStack)
#include "tst_cloudops_wizard_cloudstack.moc"
