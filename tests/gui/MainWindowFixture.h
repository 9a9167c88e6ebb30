// A main window over real providers for GUI tests: the objects app/main.cpp wires, torn down in
// the order the app uses, and test-driver hosts added as connections.
#pragma once

#include "GuiTestSupport.h"
#include "InventoryViewModel.h"
#include "MainWindow.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QItemSelectionModel>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace welkin::guitest {

class MainWindowFixture
{
public:
    // The objects the window is built on, without a window: for tests that wire services of
    // their own over them (metrics hub, alert engine, stores) before open(), or need no window.
    void start()
    {
        dir = std::make_unique<QTemporaryDir>();
        inventory = std::make_unique<Inventory>();
        samples = std::make_unique<LiveSamples>();
        providers = std::make_unique<ProviderManager>(inventory.get(), samples.get());
        registerBuiltinProviders(*providers);
    }

    // Builds the window with `services` (settings go to the fixture's directory unless set),
    // over the objects of start(), which it calls unless the test did. After window.reset(), a
    // second open() is the next run's window over the same objects and settings.
    bool open(MainWindowServices services = {})
    {
        if (!providers)
            start();
        if (services.settingsPath.isEmpty() && !services.uiState)
            services.settingsPath = dir->filePath(u"window.ini"_s);
        window = std::make_unique<MainWindow>(providers.get(), inventory.get(), samples.get(), services);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // A test-driver host of `count` VMs named prefix-NN (see writeNode), connected and listed.
    template <typename StateOf>
    QString addHost(const QString &name, int count, const QString &prefix, StateOf stateOf)
    {
        const QString uri = writeNode(*dir, prefix + u".xml"_s, count, prefix, stateOf);
        if (uri.isEmpty() || !providers->addConnection({uri, u"libvirt"_s, name, uri, {}}))
            return {};
        const QString last = u"%1-%2"_s.arg(prefix).arg(count - 1, 2, 10, QLatin1Char('0'));
        const bool listed = QTest::qWaitFor([&] {
            return findRow(window->viewModel(), last).isValid()
                   && providers->provider(uri)->state() == ProviderState::Connected;
        }, 10000);
        return listed ? uri : QString();
    }

    QModelIndex row(const QString &name) const { return findRow(window->viewModel(), name); }

    // Selects exactly these rows of the tree, as a click and Ctrl+clicks would.
    bool select(const QStringList &names)
    {
        QItemSelectionModel *selection = window->treeView()->selectionModel();
        selection->clear();
        for (const QString &name : names) {
            const QModelIndex index = row(name);
            if (!index.isValid())
                return false;
            window->treeView()->expand(index.parent());
            selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    }

    // Closes the window and the connections and deletes the providers, as the app quits. A test's
    // own services that the window or the providers use are deleted after this and before the
    // fixture (which then deletes the samples and the inventory they may follow).
    void close()
    {
        window.reset();
        if (providers)
            providers->closeAll();
        providers.reset();
    }

    ~MainWindowFixture()
    {
        close();
        samples.reset();
        inventory.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<LiveSamples> samples;
    std::unique_ptr<ProviderManager> providers;
    std::unique_ptr<MainWindow> window;
};

} // namespace welkin::guitest
