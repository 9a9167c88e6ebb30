// Edit › Preferences and what reads it: fields that persist in the UI settings, Restore Defaults
// per page, the viewer command's message, the polling interval new connections get, a
// confirmation switched off, the demo host only on a first run (real database files), and the
// console of a VM without graphics.
#include "ActionController.h"
#include "CommandLine.h"
#include "DefaultConnections.h"
#include "EnglishPlurals.h"
#include "MainWindowFixture.h"
#include "UiSettings.h"
#include "console/ConsoleOpener.h"
#include "console/ConsoleTabs.h"
#include "console/ConsoleVmPage.h"
#include "console/ViewerLauncher.h"
#include "content/ContentArea.h"
#include "inventory/InventoryModel.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "storage/ProfileStore.h"
#include "storage/Storage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

QString stateText(QAbstractItemModel *model, const QString &name)
{
    return findRow(model, name).siblingAtColumn(InventoryModel::StateColumn).data().toString();
}

bool hasId(const QList<ConnectionProfile> &profiles, const QString &id)
{
    return std::any_of(profiles.cbegin(), profiles.cend(), [&id](const ConnectionProfile &p) { return p.id == id; });
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the demo node file goes to a test cache
    }

    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        QVERIFY(m_fixture->open());
    }

    void cleanup() { m_fixture.reset(); }

    // Edit › Preferences: what OK applies is in the settings file the next run reads.
    void fieldsPersist()
    {
        QAction *action = window()->preferencesAction();
        QVERIFY(action);
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QVERIFY(!action->shortcut().isEmpty()); // the platform's, else Ctrl+,
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
        QCOMPARE(action->shortcut(), platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform.first());
        PreferencesDialog *dialog = openDialog();
        QCOMPARE(dialog->tabs()->count(), 5);
        QCOMPARE(dialog->statsIntervalBox()->value(), 2); // the defaults to start with
        QVERIFY(dialog->confirmationBox(Confirmation::ForceOff)->isChecked());

        dialog->statsIntervalBox()->setValue(7);
        dialog->keepaliveIntervalBox()->setValue(11);
        dialog->keepaliveCountBox()->setValue(4);
        dialog->reconcileIntervalBox()->setValue(0);
        dialog->rawRetentionBox()->setValue(6);
        dialog->minuteRetentionBox()->setValue(3);
        dialog->hourRetentionBox()->setValue(90);
        dialog->confirmationBox(Confirmation::Reboot)->setChecked(false);
        dialog->externalViewerButton()->setChecked(true);
        dialog->scaleBox()->setChecked(false);
        dialog->viewerCommandEdit()->setText(u"sh -c true -"_s);
        dialog->demoHostBox()->setCurrentIndex(dialog->demoHostBox()->findData(int(Preferences::DemoHost::Never)));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        const Preferences live = window()->preferences()->preferences();
        QCOMPARE(live.statsIntervalSeconds, 7);
        UiSettings file(nullptr, settingsPath());
        const Preferences stored = Preferences::load(file);
        QCOMPARE(stored, live);
        QCOMPARE(stored.keepaliveIntervalSeconds, 11);
        QCOMPARE(stored.keepaliveCount, 4);
        QCOMPARE(stored.reconcileIntervalSeconds, 0);
        QCOMPARE(stored.rawRetentionHours, 6);
        QCOMPARE(stored.minuteRetentionDays, 3);
        QCOMPARE(stored.hourRetentionDays, 90);
        QVERIFY(!stored.asks(Confirmation::Reboot));
        QVERIFY(stored.asks(Confirmation::ForceOff));
        QVERIFY(stored.externalViewer);
        QVERIFY(!stored.scaleToFit);
        QCOMPARE(stored.viewerCommandLine(), (QStringList{u"sh"_s, u"-c"_s, u"true"_s, u"-"_s}));
        QCOMPARE(stored.demoHost, Preferences::DemoHost::Never);
        // Only these keys: nothing else (and nothing secret) goes into the settings.
        const QByteArray raw = file.value(u"preferences"_s);
        QVERIFY(!raw.contains("password"));

        // Cancel discards.
        dialog = openDialog();
        QCOMPARE(dialog->statsIntervalBox()->value(), 7); // shows what is stored
        dialog->statsIntervalBox()->setValue(30);
        dialog->reject();
        QCOMPARE(window()->preferences()->preferences().statsIntervalSeconds, 7);
        QCOMPARE(Preferences::load(file).statsIntervalSeconds, 7);
    }

    // Restore Defaults puts back only its own page, and nothing is applied before OK.
    void restoreDefaultsPerPage()
    {
        PreferencesDialog *dialog = openDialog();
        dialog->statsIntervalBox()->setValue(9);
        dialog->keepaliveCountBox()->setValue(8);
        dialog->scaleBox()->setChecked(false);
        dialog->confirmationBox(Confirmation::DeleteVm)->setChecked(false);
        QTest::mouseClick(dialog->restoreDefaultsButton(PreferencesDialog::MonitoringTab), Qt::LeftButton);
        QCOMPARE(dialog->statsIntervalBox()->value(), Preferences().statsIntervalSeconds);
        QCOMPARE(dialog->keepaliveCountBox()->value(), Preferences().keepaliveCount);
        QVERIFY(!dialog->scaleBox()->isChecked()); // another page: untouched
        QVERIFY(!dialog->confirmationBox(Confirmation::DeleteVm)->isChecked());
        QTest::mouseClick(dialog->restoreDefaultsButton(PreferencesDialog::ConfirmationsTab), Qt::LeftButton);
        QVERIFY(dialog->confirmationBox(Confirmation::DeleteVm)->isChecked());
        QTest::mouseClick(dialog->restoreDefaultsButton(PreferencesDialog::ConsolesTab), Qt::LeftButton);
        QVERIFY(dialog->scaleBox()->isChecked());
        QCOMPARE(window()->preferences()->preferences(), Preferences());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(window()->preferences()->preferences(), Preferences());
    }

    // The viewer command must name an installed program or an executable file: the message says
    // which, under the field, and OK waits.
    void badViewerCommandGetsAClearMessage()
    {
        PreferencesDialog *dialog = openDialog();
        QLineEdit *command = dialog->viewerCommandEdit();
        QLabel *message = dialog->viewerCommandMessage();
        QVERIFY(message->isHidden());

        command->setText(u"no-such-viewer-4711 -"_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(u"no-such-viewer-4711"_s) && message->text().contains(u"PATH"_s),
                 qPrintable(message->text()));

        command->setText(m_fixture->dir->filePath(u"missing-viewer"_s));
        QVERIFY2(message->text().contains(u"does not exist"_s), qPrintable(message->text()));
        QVERIFY(!dialog->okButton()->isEnabled());

        command->setText(m_fixture->dir->path()); // a directory
        QVERIFY2(message->text().contains(u"not an executable"_s), qPrintable(message->text()));

        command->setText(u"sh -"_s); // on the PATH
        QVERIFY(message->isHidden());
        QVERIFY(dialog->okButton()->isEnabled());

        command->clear(); // empty: remote-viewer, the default
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->preferences().viewerCommandLine(), ViewerLauncher::defaultCommand());
        dialog->reject();
    }

    // New libvirt connections get the polling interval (as a default: the saved profile does
    // not carry it); open ones get it for their next open.
    void newConnectionsGetThePollingInterval()
    {
        const QString firstUri = writeNode(*m_fixture->dir, u"a.xml"_s, 1, u"a"_s, [](int) { return 1; });
        Provider *before = m_fixture->providers->addConnection({firstUri, u"libvirt"_s, u"A"_s, firstUri, {}});
        QVERIFY(before);
        QCOMPARE(before->effectiveProfile().options.value(u"statsIntervalMs"_s).toInt(), 2000);

        Preferences p = window()->preferences()->preferences();
        p.statsIntervalSeconds = 5;
        p.keepaliveIntervalSeconds = 9;
        window()->preferences()->set(p);

        const QString uri = writeNode(*m_fixture->dir, u"b.xml"_s, 1, u"b"_s, [](int) { return 1; });
        Provider *provider = m_fixture->providers->addConnection({uri, u"libvirt"_s, u"B"_s, uri, {}});
        QVERIFY(provider);
        QCOMPARE(provider->effectiveProfile().options.value(u"statsIntervalMs"_s).toInt(), 5000);
        QCOMPARE(provider->effectiveProfile().options.value(u"keepaliveInterval"_s).toInt(), 9);
        QVERIFY(!provider->profile().options.contains(u"statsIntervalMs"_s));
        QCOMPARE(before->effectiveProfile().options.value(u"statsIntervalMs"_s).toInt(), 5000);

        // A connection's own option wins over the preference.
        const QString own = writeNode(*m_fixture->dir, u"c.xml"_s, 1, u"c"_s, [](int) { return 1; });
        Provider *tuned = m_fixture->providers->addConnection({own, u"libvirt"_s, u"C"_s, own, {{u"statsIntervalMs"_s, 500}}});
        QVERIFY(tuned);
        QCOMPARE(tuned->effectiveProfile().options.value(u"statsIntervalMs"_s).toInt(), 500);
        // And it connects with them.
        QTRY_VERIFY_WITH_TIMEOUT(provider->state() == ProviderState::Connected, 10000);
    }

    // Force Off asks by default; with its confirmation off it runs at once.
    void confirmationOffMeansNoDialog()
    {
        const QString uri = writeNode(*m_fixture->dir, u"vms.xml"_s, 2, u"vm"_s, [](int) { return 1; });
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Host"_s, uri, {}}));
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"vm-00"_s).isValid(), 10000);
        tree->selectionModel()->setCurrentIndex(findRow(tree->model(), u"vm-00"_s),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(window()->action(ActionType::ForceOff)->isEnabled());

        int asked = 0;
        window()->actions()->confirm = [&](const QString &) { ++asked; return false; };
        window()->action(ActionType::ForceOff)->trigger();
        QCOMPARE(asked, 1);
        QCOMPARE(stateText(tree->model(), u"vm-00"_s), u"Running"_s);

        PreferencesDialog *dialog = openDialog();
        dialog->tabs()->setCurrentIndex(PreferencesDialog::ConfirmationsTab);
        dialog->confirmationBox(Confirmation::ForceOff)->setChecked(false);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        window()->action(ActionType::ForceOff)->trigger();
        QCOMPARE(asked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(tree->model(), u"vm-00"_s), u"Shut off"_s, 5000);
        // Reboot still asks.
        QVERIFY(window()->actions()->asksBefore(ActionType::Reboot));
        QVERIFY(!window()->actions()->asksBefore(ActionType::ForceReboot));
    }

    // The demo host: on a first run only (nothing configured), never when the preference says
    // so, and removing it sticks across restarts. Real database files.
    void demoHostOnlyOnFirstRun()
    {
        const QString database = m_fixture->dir->filePath(u"welkin.db"_s);
        CommandLine commandLine;
        {
            Storage storage(database);
            QVERIFY(storage.open());
            UiSettings settings(storage.uiState(), {});
            PreferencesStore preferences(&settings);
            const QList<ConnectionProfile> first =
                startupConnections(commandLine, storage.profiles()->profiles(), preferences.preferences());
            QVERIFY(hasId(first, Preferences::demoConnectionId()));

            // --no-demo, and --connect, leave it out.
            CommandLine noDemo;
            noDemo.demo = false;
            QVERIFY(!hasId(startupConnections(noDemo, {}, preferences.preferences()), Preferences::demoConnectionId()));
            CommandLine connect;
            connect.connectUris = {u"test:///default"_s};
            QCOMPARE(startupConnections(connect, {}, preferences.preferences()).size(), 1);

            // A configured connection: no demo host.
            storage.profiles()->save({u"test:///default"_s, u"libvirt"_s, u"Lab"_s, u"test:///default"_s, {}});
            storage.flush();
        }
        {
            Storage storage(database);
            QVERIFY(storage.open());
            UiSettings settings(storage.uiState(), {});
            PreferencesStore preferences(&settings);
            QCOMPARE(storage.profiles()->profiles().size(), 1);
            QVERIFY(!hasId(startupConnections(commandLine, storage.profiles()->profiles(), preferences.preferences()),
                           Preferences::demoConnectionId()));
            storage.profiles()->remove(u"test:///default"_s);
            storage.flush();
        }
        {
            // Nothing configured again: the demo host is back; the user removes it.
            Storage storage(database);
            QVERIFY(storage.open());
            UiSettings settings(storage.uiState(), {});
            PreferencesStore preferences(&settings);
            const QList<ConnectionProfile> again =
                startupConnections(commandLine, storage.profiles()->profiles(), preferences.preferences());
            QVERIFY(hasId(again, Preferences::demoConnectionId()));
            Inventory inventory;
            ProviderManager providers(&inventory, nullptr);
            registerBuiltinProviders(providers);
            preferences.followDemoRemoval(&providers);
            for (const ConnectionProfile &profile : again) {
                if (profile.id == Preferences::demoConnectionId())
                    QVERIFY(providers.addConnection(profile));
            }
            // Editing removes and re-adds it at once: not a removal.
            const ConnectionProfile demo = providers.provider(Preferences::demoConnectionId())->profile();
            providers.removeConnection(demo.id);
            providers.addConnection(demo);
            QCoreApplication::processEvents();
            QCOMPARE(preferences.preferences().demoHost, Preferences::DemoHost::WhenNoConnection);
            providers.removeConnection(demo.id);
            QTRY_COMPARE(preferences.preferences().demoHost, Preferences::DemoHost::Never);
            providers.closeAll();
            storage.flush();
        }
        {
            Storage storage(database);
            QVERIFY(storage.open());
            UiSettings settings(storage.uiState(), {});
            PreferencesStore preferences(&settings);
            QCOMPARE(preferences.preferences().demoHost, Preferences::DemoHost::Never);
            QVERIFY(!hasId(startupConnections(commandLine, storage.profiles()->profiles(), preferences.preferences()),
                           Preferences::demoConnectionId()));
        }
    }

    // Preferences › Startup › Remove Demo Host Now closes it and keeps it away.
    void removeDemoHostNow()
    {
        ConnectionProfile demo;
        demo.id = Preferences::demoConnectionId();
        demo.kind = u"libvirt"_s;
        demo.displayName = u"Demo"_s;
        demo.uri = writeNode(*m_fixture->dir, u"demo.xml"_s, 1, u"demo"_s, [](int) { return 1; });
        QVERIFY(m_fixture->providers->addConnection(demo));
        PreferencesDialog *dialog = openDialog();
        QVERIFY(dialog->removeDemoButton()->isEnabled());
        QTest::mouseClick(dialog->removeDemoButton(), Qt::LeftButton);
        QVERIFY(!m_fixture->providers->provider(demo.id));
        QVERIFY(!dialog->removeDemoButton()->isEnabled());
        QCOMPARE(dialog->preferences().demoHost, Preferences::DemoHost::Never);
        dialog->reject(); // a removal is not undone by Cancel
        QTRY_COMPARE(window()->preferences()->preferences().demoHost, Preferences::DemoHost::Never);
        QCOMPARE(Preferences::load(UiSettings(nullptr, settingsPath())).demoHost, Preferences::DemoHost::Never);
    }

    // A VM without a <graphics> device: a message that says so and what to do, not a failed
    // connection; and the console defaults reach the opener.
    void consoleOfAVmWithoutGraphics()
    {
        const QString uri = writeNode(*m_fixture->dir, u"plain.xml"_s, 1, u"plain"_s, [](int) { return 1; });
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"Plain"_s, uri, {}}));
        QTreeView *tree = window()->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tree->model(), u"plain-00"_s).isValid(), 10000);
        tree->selectionModel()->setCurrentIndex(findRow(tree->model(), u"plain-00"_s),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(window()->action(ActionType::OpenConsole)->isEnabled());
        auto *page = qobject_cast<ConsoleVmPage *>(window()->contentArea()->vmPage(u"console"_s));
        QVERIFY(page);
        QSignalSpy failed(page->opener(), &ConsoleOpener::failed);
        window()->action(ActionType::OpenConsole)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"no graphical console (no <graphics> device)"_s), qPrintable(message));
        QVERIFY2(message.contains(u"virsh console"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"Could not connect"_s), qPrintable(message));
        QVERIFY(page->findChildren<QLabel *>().size() > 0);
        bool shown = false;
        for (const QLabel *label : page->findChildren<QLabel *>())
            shown = shown || label->text() == message;
        QVERIFY2(shown, "the message is not on the Console page");

        // The preferences decide how the next console opens.
        Preferences p = window()->preferences()->preferences();
        p.externalViewer = true;
        p.scaleToFit = false;
        p.viewerCommand = u"sh -c true -"_s;
        window()->preferences()->set(p);
        window()->action(ActionType::OpenConsole)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        QVERIFY(page->opener()->defaults().external);
        QVERIFY(!page->opener()->defaults().scaleToFit);
        QCOMPARE(page->opener()->launcher()->command(), (QStringList{u"sh"_s, u"-c"_s, u"true"_s, u"-"_s}));
    }

    // Counts read "1 connection" and "2 VMs", never "(s)" or "1 VMs".
    void pluralsInEnglish()
    {
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("welkin::MainWindow", "%n connection(s)", nullptr, 1), u"1 connection"_s);
        QCOMPARE(QCoreApplication::translate("welkin::GroupPanel", "%1 (%n VM(s), %2 running)", nullptr, 2),
                 u"%1 (2 VMs, %2 running)"_s);
        QCOMPARE(QCoreApplication::translate("x", "http(s) only"), u"http(s) only"_s); // not a count
        const QString uri = writeNode(*m_fixture->dir, u"one.xml"_s, 1, u"one"_s, [](int) { return 1; });
        QVERIFY(m_fixture->providers->addConnection({uri, u"libvirt"_s, u"One"_s, uri, {}}));
        auto *totals = window()->findChild<QLabel *>(u"totals"_s);
        QVERIFY(totals);
        QTRY_VERIFY_WITH_TIMEOUT(totals->text().contains(u"1 VM"_s), 10000);
        const QString text = totals->text();
        QCoreApplication::removeTranslator(&plurals);
        QVERIFY2(text.startsWith(u"1 connection · 1 host"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"(s)"_s), qPrintable(text));
    }

private:
    QString settingsPath() const { return m_fixture->dir->filePath(u"window.ini"_s); } // where open() puts it

    PreferencesDialog *openDialog()
    {
        window()->preferencesAction()->trigger();
        PreferencesDialog *dialog = nullptr;
        for (PreferencesDialog *candidate : window()->findChildren<PreferencesDialog *>()) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        if (!dialog)
            qFatal("Edit › Preferences opened no dialog");
        return dialog;
    }

    MainWindow *window() const { return m_fixture->window.get(); }

    std::unique_ptr<MainWindowFixture> m_fixture;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
