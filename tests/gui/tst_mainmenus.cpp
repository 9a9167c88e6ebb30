// The main window's Connection and Help menus, driven through their QActions offscreen: real
// providers on libvirt's test driver, real files for export and import, and virt-manager's saved
// connections read through a real gsettings with a schema compiled in the test.
#include "MainWindowFixture.h"
#include "connections/ConnectionController.h"
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionImportDialog.h"
#include "content/ContentArea.h"
#include "content/ResourceTableView.h"
#include "help/AboutBox.h"
#include "help/HelpDialog.h"
#include "metrics/MetricQuery.h"
#include "storage/ProfileExchange.h"
#include "util/LibvirtVersion.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace welkin;
using namespace welkin::guitest;
using namespace Qt::StringLiterals;

namespace {

// runstate: 1 running, 3 paused, 5 shut off: mix-01 and mix-04 are paused.
int mixedState(int i) { return i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 5; }

QStringList objectNames(const QList<QAction *> &actions)
{
    QStringList names;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    return names;
}

} // namespace

class TestMainMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MainWindowFixture>();
        QVERIFY(m_fixture->open());
        m_mixedUri = m_fixture->addHost(u"Mixed"_s, 6, u"mix"_s, mixedState);
        QVERIFY(!m_mixedUri.isEmpty());
    }

    void cleanup() { m_fixture.reset(); }

    void connectionMenuFollowsTheSelection()
    {
        auto *menu = window()->menuBar()->findChild<QMenu *>(u"menu-connection"_s);
        QVERIFY(menu);
        QCOMPARE(objectNames(menu->actions()),
                 (QStringList{u"action-add-connection"_s, u"action-edit-connection"_s, u"action-remove-connection"_s,
                              u"action-reconnect"_s, u"action-disconnect"_s, u"action-import-virt-manager"_s,
                              u"action-import-connections"_s, u"action-export-connections"_s}));
        ConnectionController *connections = window()->connections();
        const QList<QAction *> perConnection = {connections->editAction(), connections->removeAction(),
                                                connections->reconnectAction(), connections->disconnectAction()};

        // Nothing selected: only what needs no connection.
        window()->treeView()->selectionModel()->clear();
        for (QAction *action : perConnection)
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        for (QAction *action : {connections->addAction(), connections->importVirtManagerAction(),
                                connections->importFileAction(), connections->exportFileAction()})
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));

        // The connection itself, or any node below it, selects that connection.
        select(u"Mixed"_s);
        for (QAction *action : perConnection)
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QCOMPARE(connections->reconnectAction()->text().remove(u'&'), u"Reconnect"_s);
        select(u"mix-02"_s);
        QCOMPARE(connections->selectedConnection(), m_mixedUri);
        QVERIFY(connections->disconnectAction()->isEnabled());

        // Edit opens the dialog on the selected connection's profile.
        QString editedUri;
        connections->runDialog = [&](ConnectionDialog &dialog) {
            editedUri = dialog.profile().uri;
            return int(QDialog::Rejected);
        };
        connections->editAction()->trigger();
        QCOMPARE(editedUri, m_mixedUri);

        // Disconnect (its VMs leave the tree, the connection stays): the menu bar and the
        // context menu follow the same rule.
        select(u"Mixed"_s);
        connections->disconnectAction()->trigger();
        QTRY_COMPARE(m_fixture->providers->provider(m_mixedUri)->state(), ProviderState::Disconnected);
        QTRY_VERIFY(!connections->disconnectAction()->isEnabled());
        QVERIFY(connections->reconnectAction()->isEnabled());
        QMenu context;
        connections->populateProviderMenu(&context, m_mixedUri);
        for (const QAction *action : context.actions())
            QVERIFY(action->text() != connections->disconnectAction()->text());

        connections->reconnectAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->providers->provider(m_mixedUri)->state(), ProviderState::Connected, 5000);
        QTRY_VERIFY(connections->disconnectAction()->isEnabled());

        // Remove asks, then the connection and its enablement are gone.
        QString question;
        connections->confirm = [&](const QString &text) {
            question = text;
            return true;
        };
        select(u"Mixed"_s);
        connections->removeAction()->trigger();
        QVERIFY(question.contains(u"Mixed"_s));
        QVERIFY(!m_fixture->providers->provider(m_mixedUri));
        QTRY_VERIFY(!connections->editAction()->isEnabled());
        QVERIFY(!connections->removeAction()->isEnabled());
    }

    void exportWritesWhatImportReadsBack()
    {
        const QString otherUri = u"test:///default"_s;
        QVERIFY(m_fixture->providers->addConnection({u"other"_s, u"libvirt"_s, u"Other"_s, otherUri, {}}));
        ConnectionController *connections = window()->connections();
        const QString path = m_fixture->dir->filePath(u"exported.json"_s);
        connections->chooseFile = [&](ConnectionController::FileChoice) { return path; };
        QStringList errors;
        connections->showError = [&](const QString &, const QString &text) { errors.append(text); };
        QSignalSpy messages(connections, &ConnectionController::statusMessage);

        connections->exportFileAction()->trigger();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QList<ConnectionProfile> written;
        QString error;
        QVERIFY2(profileexchange::importFromFile(path, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().startsWith(u"Exported 2 connection"_s));

        // Forget one, then import the file: only that one can be picked and is added again.
        m_fixture->providers->removeConnection(u"other"_s);
        QStringList offered;
        QList<bool> pickable;
        connections->runImportDialog = [&](ConnectionImportDialog &dialog) {
            QListWidget *list = dialog.profileList();
            for (int row = 0; row < list->count(); ++row) {
                offered.append(list->item(row)->text());
                pickable.append(list->item(row)->flags().testFlag(Qt::ItemIsEnabled));
            }
            return int(QDialog::Accepted);
        };
        connections->importFileAction()->trigger();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(offered.size(), 2);
        const int otherRow = offered.first().contains(u"Other"_s) ? 0 : 1;
        QVERIFY(offered.at(1 - otherRow).contains(u"already added"_s));
        QCOMPARE(pickable, otherRow == 0 ? (QList<bool>{true, false}) : (QList<bool>{false, true}));
        Provider *other = m_fixture->providers->provider(u"other"_s);
        QVERIFY(other);
        QCOMPARE(other->profile().uri, otherUri);
        QCOMPARE(other->displayName(), u"Other"_s);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(view(), u"Other"_s).isValid(), 5000);
        QVERIFY(messages.last().first().toString().startsWith(u"Added 1 connection"_s));

        // A file that is not an export: the reason, nothing added.
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write("not json");
        bad.close();
        offered.clear();
        connections->importFileAction()->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"not valid JSON"_s), qPrintable(errors.first()));
        QVERIFY(offered.isEmpty());
    }

    void importFromVirtManagerOffersItsConnections()
    {
        QTemporaryDir schemas;
        QVERIFY(QFile::copy(QFINDTESTDATA("data/storage/org.virt-manager.virt-manager.gschema.xml"),
                            schemas.filePath(u"org.virt-manager.virt-manager.gschema.xml"_s)));
        QProcess compile;
        compile.start(u"glib-compile-schemas"_s, {schemas.path()});
        QVERIFY(compile.waitForFinished(30000));
        QCOMPARE(compile.exitCode(), 0);
        // Only this schema, its default values, nothing written to the user's dconf.
        qputenv("GSETTINGS_SCHEMA_DIR", schemas.path().toLocal8Bit());
        qputenv("XDG_DATA_DIRS", schemas.filePath(u"none"_s).toLocal8Bit());
        qputenv("GSETTINGS_BACKEND", "memory");

        ConnectionController *connections = window()->connections();
        QStringList offered;
        connections->runImportDialog = [&](ConnectionImportDialog &dialog) {
            for (const ConnectionProfile &profile : dialog.chosenProfiles())
                offered.append(profile.uri);
            return int(QDialog::Rejected);
        };
        QStringList errors;
        connections->showError = [&](const QString &, const QString &text) { errors.append(text); };
        const int before = int(m_fixture->providers->providers().size());
        connections->importVirtManagerAction()->trigger();
        QVERIFY(!connections->importVirtManagerAction()->isEnabled()); // while gsettings runs
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty() || !errors.isEmpty(), 30000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(offered, (QStringList{u"qemu:///system"_s, u"qemu+ssh://admin@kvm-07.example/system"_s,
                                       u"xen+ssh://it's@xen/"_s}));
        QCOMPARE(int(m_fixture->providers->providers().size()), before); // cancelled: nothing added
        QVERIFY(connections->importVirtManagerAction()->isEnabled());
        qunsetenv("GSETTINGS_SCHEMA_DIR");
        qunsetenv("XDG_DATA_DIRS");
        qunsetenv("GSETTINGS_BACKEND");
    }

    void searchSyntaxExamplesReallyFilter()
    {
        QAction *syntax = window()->findChild<QAction *>(u"action-search-syntax"_s);
        QVERIFY(syntax);
        syntax->trigger();
        HelpDialog *help = window()->helpDialog();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->topic(), u"search"_s);
        const QString text = help->browser()->toPlainText();
        // Every example on the page is a query the parser accepts.
        for (const QString &example : HelpDialog::searchExamples()) {
            QVERIFY2(text.contains(example), qPrintable(example));
            const MetricQuery query = MetricQuery::parse(example);
            QVERIFY2(query.isValid(), qPrintable(example + u": "_s + query.errorString()));
        }
        QVERIFY(text.contains(u"state:paused"_s));

        // Typed into the search box, it leaves the paused VMs of the connection and nothing else.
        select(u"Mixed"_s);
        QAbstractItemModel *table = window()->contentArea()->vmTable()->model();
        QTRY_COMPARE(table->rowCount(), 6);
        QTest::keyClicks(window()->searchEdit(), u"state:paused"_s);
        QTRY_COMPARE(table->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->index(row, 0).data().toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"mix-01"_s, u"mix-04"_s}));
        QVERIFY(findRow(view(), u"mix-01"_s).isValid());
        QVERIFY(!findRow(view(), u"mix-00"_s).isValid());

        // The tooltip tells the short version.
        const QString tip = window()->searchEdit()->toolTip();
        QVERIFY(tip.contains(u"state:paused"_s) && tip.contains(u"cpu>80"_s));
        QVERIFY(tip.count(u'\n') >= 1 && tip.count(u'\n') <= 3);
    }

    void keyboardShortcutsComeFromTheActions()
    {
        QAction *keys = window()->findChild<QAction *>(u"action-keyboard-shortcuts"_s);
        QVERIFY(keys);
        keys->trigger();
        HelpDialog *help = window()->helpDialog();
        QVERIFY(help);
        QCOMPARE(help->topic(), u"shortcuts"_s);
        QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)), qPrintable(text));
        QVERIFY(text.contains(u"Search"_s));
        QVERIFY(text.contains(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
        QVERIFY(text.contains(u"Clear Search"_s));
        // An action in two menus is one row naming both.
        QCOMPARE(text.count(u"Add Connection"_s), 1);
        QVERIFY(text.contains(u"File, Connection"_s));

        // Not a hand-written list: a changed shortcut shows the next time.
        QAction *search = window()->findChild<QAction *>(u"action-search"_s);
        QVERIFY(search);
        const QKeySequence changed(Qt::CTRL | Qt::ALT | Qt::Key_J);
        QVERIFY(!text.contains(changed.toString(QKeySequence::NativeText)));
        search->setShortcut(changed);
        keys->trigger();
        text = help->browser()->toPlainText();
        QVERIFY(text.contains(changed.toString(QKeySequence::NativeText)));
        QVERIFY(!text.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    }

    void aboutNamesTheVersions()
    {
        QAction *about = window()->findChild<QAction *>(u"action-about"_s);
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>(u"aboutWelkin"_s)) != nullptr);
        const QString text = box->text() + box->informativeText();
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(text.contains(welkinVersion()));
        QVERIFY(!welkinVersion().isEmpty());
        const QString libvirt = libvirtLibraryVersion();
        QVERIFY(libvirt.count(u'.') == 2);
        QVERIFY(text.contains(u"libvirt "_s + libvirt));
        QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
        QVERIFY(text.contains(welkinHomepage()));
        box->close();

        // Qt's own box, closed as soon as it shows (it runs modally).
        QAction *aboutQt = window()->findChild<QAction *>(u"action-about-qt"_s);
        QVERIFY(aboutQt);
        QString qtText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *qtBox = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                qtText = qtBox->text() + qtBox->informativeText();
                qtBox->close();
            }
        });
        closer.start(20);
        aboutQt->trigger();
        closer.stop();
        QVERIFY2(qtText.contains(QString::fromLatin1(qVersion())), qPrintable(qtText));
    }

    void f1OpensTheHelpForWhereTheFocusIs()
    {
        QVERIFY(focus(window()->searchEdit()));
        QTest::keyClick(window()->searchEdit(), Qt::Key_F1);
        QVERIFY(window()->helpDialog());
        QTRY_VERIFY(window()->helpDialog()->isVisible());
        QCOMPARE(window()->helpDialog()->topic(), u"search"_s);
        window()->helpDialog()->close();

        QVERIFY(focus(window()->treeView()));
        QTest::keyClick(window()->treeView(), Qt::Key_F1);
        QTRY_VERIFY(window()->helpDialog()->isVisible());
        QCOMPARE(window()->helpDialog()->topic(), u"overview"_s);
        window()->helpDialog()->close();

        select(u"Mixed"_s);
        ResourceTableView *table = window()->contentArea()->vmTable();
        QTRY_VERIFY(table->isVisible());
        QVERIFY(focus(table));
        QTest::keyClick(table, Qt::Key_F1);
        QTRY_VERIFY(window()->helpDialog()->isVisible());
        QCOMPARE(window()->helpDialog()->topic(), u"search"_s);
    }

    void escapeClearsTheSearch()
    {
        QLineEdit *search = window()->searchEdit();
        QVERIFY(focus(search));
        QTest::keyClicks(search, u"mix-03"_s);
        QTRY_VERIFY(!findRow(view(), u"mix-00"_s).isValid());
        QVERIFY(findRow(view(), u"mix-03"_s).isValid());
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        // The filter goes with it at once, not after the typing pause.
        QVERIFY(!window()->viewModel()->isFiltering());
        QVERIFY(findRow(view(), u"mix-00"_s).isValid());
    }

private:
    QAbstractItemModel *view() const { return window()->treeView()->model(); }

    void select(const QString &name)
    {
        const QModelIndex index = findRow(view(), name);
        QVERIFY2(index.isValid(), qPrintable(name));
        window()->treeView()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // Keyboard shortcuts need the window active and the widget focused.
    bool focus(QWidget *widget)
    {
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            return false;
        widget->setFocus(Qt::OtherFocusReason);
        return QTest::qWaitFor([widget] { return widget->hasFocus(); }, 2000);
    }

    MainWindow *window() const { return m_fixture->window.get(); }

    std::unique_ptr<MainWindowFixture> m_fixture;
    QString m_mixedUri;
};

QTEST_MAIN(TestMainMenus)
#include "tst_mainmenus.moc"
