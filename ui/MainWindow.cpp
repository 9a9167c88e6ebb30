#include "MainWindow.h"

#include "ActionController.h"
#include "InventoryViewModel.h"
#include "MetricSearch.h"
#include "Theme.h"
#include "UiSettings.h"
#include "WindowStatePersistence.h"
#include "alerts/AlertController.h"
#include "alerts/AlertsDock.h"
#include "charts/PerformanceVmPage.h"
#include "connections/ConnectionController.h"
#include "manage/VmDetailsPage.h"
#include "manage/VmSnapshotsPage.h"
#include "manage/VmXmlPage.h"
#include "console/ConsoleOpener.h"
#include "console/ConsoleTabs.h"
#include "console/ConsoleVmPage.h"
#include "console/ConsoleWall.h"
#include "content/ContentArea.h"
#include "content/SelectionSummaryPage.h"
#include "content/ResourceTableView.h"
#include "content/SampleHistory.h"
#include "groups/GroupPanel.h"
#include "help/AboutBox.h"
#include "help/HelpDialog.h"
#include "manage/ManageSupport.h"
#include "pools/PoolController.h"
#include "pools/MaintenanceController.h"
#include "pools/BalancePage.h"
#include "placement/PoolLoadReader.h"
#include "migration/MigrationController.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "metrics/HistoryStore.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "manage/HostPages.h"
#include "manage/CloudVmActions.h"
#include "manage/VmManageActions.h"
#include "content/WatchedResources.h"
#include "metrics/AlertEngine.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/VmManager.h"
#include "storage/EventLog.h"
#include "tasks/EventLogDialog.h"
#include "storage/GroupStore.h"
#include "storage/PoolStore.h"
#include "storage/ProfileStore.h"
#include "tasks/TaskDock.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

ResourceId idOf(const QModelIndex &index)
{
    return index.data(InventoryModel::ResourceIdRole).value<ResourceId>();
}

// The Snapshots tab, asking before a revert or delete only when the preferences say so.
class SnapshotsPageFactory : public VmSnapshotsPageFactory
{
public:
    explicit SnapshotsPageFactory(const PreferencesStore *preferences) : m_preferences(preferences) {}
    VmPage *create(const VmPageContext &context, QWidget *parent) const override
    {
        auto *page = static_cast<VmSnapshotsPage *>(VmSnapshotsPageFactory::create(context, parent));
        page->confirm = [ask = page->confirm, preferences = m_preferences](const QString &title, const QString &question,
                                                                            const QString &confirmText) {
            return !preferences->asks(Confirmation::Snapshot) || ask(title, question, confirmText);
        };
        return page;
    }

private:
    const PreferencesStore *m_preferences;
};

} // namespace

MainWindow::MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples, QWidget *parent)
    : MainWindow(providers, inventory, samples, MainWindowServices{}, parent)
{
}

MainWindow::MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples,
                       const MainWindowServices &services, QWidget *parent)
    : QMainWindow(parent), m_providers(providers), m_inventory(inventory), m_services(services),
      m_model(new InventoryModel(inventory, samples, this)), m_viewModel(new InventoryViewModel(this)),
      m_history(new SampleHistory(inventory, samples, this)), m_tree(new QTreeView),
      m_groups(new GroupPanel(services.groups, inventory)),
      m_content(new ContentArea(VmPageContext{inventory, providers, samples, services.alerts}, m_model, m_history)),
      m_taskDock(new TaskDock(providers, inventory, this)), m_actions(new ActionController(providers, inventory, this)),
      m_connections(new ConnectionController(providers, services.profiles, this)),
      m_state(new WindowStatePersistence(services.uiState, services.settingsPath, this)), m_search(new QLineEdit),
      m_searchError(new QLabel), m_metricSearch(new MetricSearch(inventory, services.metrics, this)),
      m_powerButtons(new QButtonGroup(this)), m_searchDebounce(new QTimer(this)), m_totalsDebounce(new QTimer(this)),
      m_totals(new QLabel(this))
{
    setWindowTitle(tr("Welkin"));
    setObjectName(u"MainWindow"_s);
    resize(1280, 800);
    m_connections->setCredentialHandler(services.credentials);
    m_connections->setCertificatePins(services.certificatePins);
    if (services.preferences) {
        m_preferences = services.preferences;
    } else {
        m_preferenceSettings = std::make_unique<UiSettings>(services.uiState, services.settingsPath);
        m_preferences = new PreferencesStore(m_preferenceSettings.get(), this);
    }
    m_actions->setPreferences(m_preferences);
    m_connections->confirm = [ask = m_connections->confirm, preferences = m_preferences](const QString &question) {
        return !preferences->asks(Confirmation::RemoveConnection) || ask(question);
    };
    m_preferences->followDemoRemoval(providers);
    connect(m_preferences, &PreferencesStore::changed, this, &MainWindow::applyPreferences);
    applyPreferences();
    m_actions->setSelectionSource([this] { return selectedResources(); });
    m_connections->setSelectionSource([this] { return selectedResources(); });
    // libvirt management: New VM, Clone, Rename, Autostart, and Delete with the VM's disks.
    m_manage = new VmManageActions(providers, inventory, this);
    m_manage->setSelectionSource([this] { return selectedResources(); });
    m_manage->autostartReader = [](LibvirtProvider *provider, const ResourceId &vm) { return VmManager(provider).autostart(vm); };
    m_actions->deleteHandler = [this](const QList<ResourceId> &vms) { return m_manage->deleteVms(vms); };
    m_cloudActions = new CloudVmActions(providers, inventory, m_actions, this);
    m_cloudActions->setSelectionSource([this] { return selectedResources(); });
    m_watched = new WatchedResources(providers, this);
    m_watched->setSelectionSource([this] { return selectedResources(); });
    m_watched->addTable(m_content->vmTable());
    m_pools = new PoolController(services.pools, inventory, this);
    connect(m_pools, &PoolController::poolCreated, this, [this](const ResourceId &pool) { selectResource(pool); });
    connect(m_viewModel, &InventoryViewModel::resourcesDropped, m_pools, &PoolController::moveToPool);
    m_migration = new MigrationController(providers, inventory, m_pools->store(), this);
    m_migration->setSelectionSource([this] { return selectedResources(); });
    // Maintenance reads loads on its own reader (the Balance view has another).
    auto *maintenanceLoads = new PoolLoadReader(inventory, m_pools->store(), services.history, samples, this);
    maintenanceLoads->placeable = [providers](const QString &id) { return manage::libvirtProvider(providers, id) != nullptr; };
    m_maintenance = new MaintenanceController(inventory, m_pools->store(), maintenanceLoads, m_migration, this);
    m_viewModel->setMaintenanceTest([store = m_pools->store()](const ResourceId &host) { return store->inMaintenance(host); });
    connect(m_pools->store(), &PoolStore::maintenanceChanged, m_viewModel, &InventoryViewModel::maintenanceChanged);
    // A pool's Balance tab; without stored history its loads are the newest live samples.
    auto *balanceLoads = new PoolLoadReader(inventory, m_pools->store(), services.history, samples, this);
    balanceLoads->placeable = maintenanceLoads->placeable;
    m_content->setBalancePage(new BalancePage(inventory, m_pools->store(), balanceLoads, m_migration, m_groups->store()));
    if (services.alerts) {
        m_alertController = new AlertController(services.alerts, services.highlights, inventory, services.uiState,
                                                services.settingsPath, this);
        m_alertController->setSelectionSource([this] { return selectedResources(); });
        m_alertController->setGroupStore(m_groups->store());
        // What the rules name, and what is firing, is measured every cycle by providers that
        // measure in turns.
        AlertEngine *alerts = services.alerts;
        m_watched->addSource([alerts] { return alerts->closelyWatched().values(); });
        connect(alerts, &AlertEngine::rulesChanged, m_watched, &WatchedResources::scheduleUpdate);
        connect(alerts, &AlertEngine::alertFiring, m_watched, &WatchedResources::scheduleUpdate);
        m_alertsDock = new AlertsDock(m_alertController->alertsModel(), this);
        connect(m_alertsDock, &AlertsDock::resourceActivated, this, &MainWindow::selectResource);
    }
    if (MetricsHub *hub = services.metrics) {
        m_content->enableMonitoring(hub, services.history);
        m_content->addVmPage(std::make_unique<PerformanceVmPageFactory>(hub, services.history));
    }

    createLayout();
    createMenus();
    createToolBar();
    connectSignals();

    m_state->addWindow(this);
    m_state->addSplitter(u"main"_s, m_splitter);
    m_state->addSplitter(u"left"_s, m_leftSplitter);
    m_state->addHeader(u"tree"_s, m_tree->header());
    m_state->addHeader(u"vmTable"_s, m_content->vmTable()->header());
    m_state->addHeader(u"hostTable"_s, m_content->hostTable()->header());
    m_state->addHeader(u"tasks"_s, m_taskDock->view()->header());
    if (m_alertsDock)
        m_state->addHeader(u"alerts"_s, m_alertsDock->view()->header());
    m_state->setTree(m_tree);
    m_state->restore();

    onRowsInserted({}, 0, m_viewModel->rowCount() - 1);
    m_actions->update();
    updateTotals();
    m_content->showNothing();
}

MainWindow::~MainWindow()
{
    saveWindowState();
}

QAction *MainWindow::action(ActionType type) const
{
    return m_actions->action(type);
}

EventLogDialog *MainWindow::eventLogDialog() const
{
    return m_eventLogDialog;
}

void MainWindow::showEventLog()
{
    EventLog *log = m_services.auditHistory ? m_services.auditHistory : m_services.eventLog;
    if (!log)
        return;
    if (!m_eventLogDialog) {
        m_eventLogDialog = new EventLogDialog(log, this); // not modal: it can stay open beside the window
        m_eventLogDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_eventLogDialog, &EventLogDialog::resourceActivated, this, &MainWindow::selectResource);
    }
    // Opened with something selected: offer (and apply) "only this one".
    const QList<ResourceId> selected = selectedResources();
    const ResourceId scope = selected.size() == 1 ? selected.first() : ResourceId();
    const InventoryNode *node = scope.isValid() ? m_inventory->node(scope) : nullptr;
    if (node && scope.kind() != ResourceKind::Pool) {
        m_eventLogDialog->setScope(scope, node->resource().name);
        m_eventLogDialog->setScopeOnly(true);
    } else {
        m_eventLogDialog->setScope({}, {});
        m_eventLogDialog->reload();
    }
    m_eventLogDialog->show();
    m_eventLogDialog->raise();
    m_eventLogDialog->activateWindow();
}

HelpDialog *MainWindow::helpDialog() const
{
    return m_help;
}

void MainWindow::createLayout()
{
    m_viewModel->setSourceModel(m_model);
    m_tree->setModel(m_viewModel);
    m_tree->setObjectName(u"inventoryTree"_s);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true); // keeps 10,000 rows cheap to lay out
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    // Connections and pools are dragged onto pools (InventoryViewModel tells PoolController).
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->resizeSection(InventoryModel::NameColumn, 230);
    header->resizeSection(InventoryModel::StateColumn, 150);
    // The tree navigates; figures live in the content area's tables. Hide after the resizes:
    // hiding first leaves a blank gap where the section was (Qt 6.4).
    for (int column = InventoryModel::HostColumn; column < InventoryModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(createFilterBar());
    m_leftSplitter = new QSplitter(Qt::Vertical);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->addWidget(m_tree);
    m_leftSplitter->addWidget(m_groups);
    m_leftSplitter->setStretchFactor(0, 5);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setSizes({600, 110});
    leftLayout->addWidget(m_leftSplitter);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_content);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({430, 900});
    setCentralWidget(m_splitter);

    addDockWidget(Qt::BottomDockWidgetArea, m_taskDock);
    resizeDocks({m_taskDock}, {190}, Qt::Vertical);
    if (m_alertsDock) { // a tab beside the tasks
        addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
        tabifyDockWidget(m_taskDock, m_alertsDock);
        m_taskDock->raise();
    }
    m_totals->setObjectName(u"totals"_s);
    statusBar()->addPermanentWidget(m_totals);
}

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search: name, IP, state:paused, cpu>80…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words match a VM's name, UUID, IP, host or OS; all must occur.\n"
                            "state:paused keeps VMs in that state; cpu>80, mem>=90, disk>10M compare live figures.\n"
                            "%1 clears the search; %2 shows the full syntax.")
                             .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
                                  QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // Escape belongs to the box only: elsewhere it closes menus and dialogs as usual.
    auto *clearSearchAction = new QAction(tr("Clear Search"), m_search);
    clearSearchAction->setObjectName(u"action-clear-search"_s);
    clearSearchAction->setShortcut(Qt::Key_Escape);
    clearSearchAction->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearchAction, &QAction::triggered, this, &MainWindow::clearSearch);
    static_cast<QWidget *>(m_search)->addAction(clearSearchAction);
    layout->addWidget(m_search);
    // A query that does not parse says why right here: no dialog while typing.
    m_searchError->setObjectName(u"searchError"_s);
    m_searchError->setWordWrap(true);
    Theme::setErrorStyle(m_searchError, true);
    m_searchError->hide();
    layout->addWidget(m_searchError);

    // Quick filters: one exclusive row of toggle buttons, like a segmented control.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    const std::pair<PowerFilter, QString> filters[] = {
        {PowerFilter::All, tr("All")}, {PowerFilter::Running, tr("Running")}, {PowerFilter::Stopped, tr("Stopped")},
        {PowerFilter::Paused, tr("Paused")}, {PowerFilter::Problem, tr("Problem")}};
    for (const auto &[filter, label] : filters) {
        auto *button = new QToolButton;
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(u"powerFilter-"_s + label.toLower());
        button->setChecked(filter == PowerFilter::All);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_powerButtons->addButton(button, int(filter));
        buttons->addWidget(button);
    }
    m_powerButtons->setExclusive(true);
    layout->addLayout(buttons);
    return bar;
}

void MainWindow::createMenus()
{
    m_consoleWall = new QAction(tr("Open Console &Wall"), this);
    m_consoleWall->setObjectName(u"action-console-wall"_s);
    m_consoleWall->setToolTip(tr("The live consoles of the selected VMs side by side, in a window of their own"));
    m_consoleWall->setEnabled(false);
    connect(m_consoleWall, &QAction::triggered, this, [this] { openConsoleWall(selectedResources()); });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_connections->addAction());
    fileMenu->addAction(m_manage->newVmAction());
    fileMenu->addAction(m_pools->newPoolAction());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_preferencesAction = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // The platform's key (macOS: Cmd+,); Ctrl+, where it has none (X11, Wayland).
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferencesAction->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                               : preferenceKeys);
    m_preferencesAction->setObjectName(u"action-preferences"_s);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    createConnectionMenu();

    QMenu *vmMenu = menuBar()->addMenu(tr("&Virtual Machine"));
    vmMenu->addAction(m_manage->newVmAction());
    vmMenu->addSeparator();
    m_actions->addActionsTo(vmMenu);
    vmMenu->addAction(m_consoleWall);
    vmMenu->addSeparator();
    for (QAction *action : {m_manage->snapshotAction(), m_manage->cloneAction(), m_manage->renameAction(),
                            m_manage->autostartAction(), m_migration->migrateAction()})
        vmMenu->addAction(action);
    vmMenu->addSeparator();
    vmMenu->addActions(m_cloudActions->actions());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *search = viewMenu->addAction(tr("&Search"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    search->setObjectName(u"action-search"_s);
    viewMenu->addAction(tr("&Expand All"), this, [this] { m_tree->expandAll(); });
    viewMenu->addAction(tr("&Collapse All"), this, [this] { m_tree->collapseAll(); });
    viewMenu->addSeparator();
    viewMenu->addAction(m_consoleWall);
    // The dashboard and the rules that watch the same figures sit together: one place for
    // "what is busy, and what tells me when it is".
    if (m_content->allDashboard() || m_alertController) {
        QMenu *monitoring = viewMenu->addMenu(tr("&Monitoring"));
        monitoring->setObjectName(u"menu-monitoring"_s);
        if (m_content->allDashboard()) {
            monitoring->addAction(tr("&Dashboard"), this, [this] {
                m_lastShown = {};
                m_tree->selectionModel()->clear();
                m_tree->setCurrentIndex({});
                m_content->showNothing();
            });
        }
        if (m_alertController)
            monitoring->addAction(m_alertController->rulesAction());
    }
    viewMenu->addAction(m_taskDock->toggleViewAction());
    if (m_alertsDock) {
        m_alertsDock->toggleViewAction()->setObjectName(u"action-alertsDock"_s);
        viewMenu->addAction(m_alertsDock->toggleViewAction());
    }
    const bool storedLog = m_services.auditHistory || m_services.eventLog;
    if (storedLog) {
        QAction *eventLog = viewMenu->addAction(tr("Event &Log…"), this, &MainWindow::showEventLog);
        eventLog->setObjectName(u"action-eventLog"_s);
    }
    m_taskDock->historyAction()->setEnabled(storedLog);

    createHelpMenu();
}

void MainWindow::createConnectionMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Connection"));
    menu->setObjectName(u"menu-connection"_s);
    menu->addAction(m_connections->addAction());
    menu->addAction(m_connections->editAction());
    menu->addAction(m_connections->removeAction());
    menu->addSeparator();
    menu->addAction(m_connections->reconnectAction());
    menu->addAction(m_connections->disconnectAction());
    menu->addSeparator();
    menu->addAction(m_connections->importVirtManagerAction());
    menu->addAction(m_connections->importFileAction());
    menu->addAction(m_connections->exportFileAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(u"menu-help"_s);
    QAction *help = menu->addAction(QIcon::fromTheme(u"help-contents"_s), tr("Welkin &Help"),
                                    QKeySequence::HelpContents, this, &MainWindow::showContextHelp);
    help->setObjectName(u"action-help"_s);
    QAction *syntax = menu->addAction(tr("&Search Syntax"), this, [this] { showHelp(u"search"_s); });
    syntax->setObjectName(u"action-search-syntax"_s);
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"), this, [this] { showHelp(u"shortcuts"_s); });
    keys->setObjectName(u"action-keyboard-shortcuts"_s);
    menu->addSeparator();
    QAction *about = menu->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Welkin"), this,
                                     [this] { createAboutBox(this)->open(); });
    about->setObjectName(u"action-about"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"action-about-qt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showHelp(const QString &topic)
{
    if (!m_help)
        m_help = new HelpDialog(this); // not modal: it can stay open beside the window
    QList<HelpDialog::Shortcut> shortcuts = HelpDialog::shortcutsOf(menuBar());
    for (const QAction *action : m_search->actions()) {
        if (!action->shortcuts().isEmpty())
            shortcuts.append({tr("Search box"), action->text(), action->shortcuts()});
    }
    m_help->setShortcuts(shortcuts);
    m_help->showTopic(topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showContextHelp()
{
    const QWidget *focus = QApplication::focusWidget();
    const QWidget *vmTable = m_content->vmTable();
    const bool searching = focus && (focus == m_search || focus == vmTable || vmTable->isAncestorOf(focus));
    showHelp(searching ? u"search"_s : u"overview"_s);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_connections->addAction());
    bar->addAction(m_manage->newVmAction());
    bar->addAction(m_manage->snapshotAction());
    bar->addAction(m_migration->migrateAction());
    bar->addSeparator();
    for (ActionType type : ActionController::lifecycleTypes()) {
        if (type == ActionType::Delete || type == ActionType::OpenConsole)
            bar->addSeparator();
        bar->addAction(m_actions->action(type));
    }
    // The multi-selection page offers what applies to many at once (no console, no snapshot).
    QList<QAction *> common;
    for (ActionType type : ActionController::lifecycleTypes()) {
        if (type == ActionType::OpenConsole)
            continue;
        if (type == ActionType::Delete)
            common.append(nullptr);
        common.append(m_actions->action(type));
    }
    common.append(nullptr);
    common.append(m_migration->migrateAction());
    m_content->selectionPage()->setActions(common);
}

void MainWindow::connectSignals()
{
    // Searching 10,000 rows on every keystroke would stutter; filter once typing pauses.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_powerButtons, &QButtonGroup::idClicked, this, &MainWindow::applyFilter);

    m_totalsDebounce->setSingleShot(true);
    m_totalsDebounce->setInterval(200);
    connect(m_totalsDebounce, &QTimer::timeout, this, &MainWindow::updateTotals);
    connect(m_totalsDebounce, &QTimer::timeout, this, &MainWindow::pushGroups); // pools' hosts
    connect(m_inventory, &Inventory::deltaApplied, m_totalsDebounce, qOverload<>(&QTimer::start));
    connect(m_inventory, &Inventory::nodeChanged, m_totalsDebounce, qOverload<>(&QTimer::start));
    connect(m_inventory, &Inventory::nodesRemoved, m_totalsDebounce, qOverload<>(&QTimer::start));

    connect(m_viewModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::onRowsInserted);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTreeSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    connect(m_inventory, &Inventory::nodeChanged, m_actions, &ActionController::update);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_providers, &ProviderManager::taskStarted, this, &MainWindow::onTaskStarted);
    connect(m_actions, &ActionController::openConsoleRequested, this, &MainWindow::openConsole);
    connect(m_actions, &ActionController::updated, m_manage, &VmManageActions::update);
    connect(m_actions, &ActionController::updated, m_cloudActions, &CloudVmActions::update);
    connect(m_actions, &ActionController::updated, m_watched, &WatchedResources::scheduleUpdate);
    connect(m_actions, &ActionController::updated, m_migration, &MigrationController::updateActions);
    connect(m_actions, &ActionController::updated, m_connections, &ConnectionController::updateActions);
    // A wall needs one VM that can show a console: the same test as Open Console's.
    connect(m_actions, &ActionController::updated, this,
            [this] { m_consoleWall->setEnabled(m_actions->action(ActionType::OpenConsole)->isEnabled()); });
    connect(m_connections, &ConnectionController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_migration, &MigrationController::selectRequested, this, &MainWindow::selectResource);
    connect(m_manage, &VmManageActions::selectRequested, this, &MainWindow::selectResource);
    connect(m_manage, &VmManageActions::consoleRequested, this, &MainWindow::openConsole);
    m_content->addVmPage(std::make_unique<ConsoleVmPageFactory>([preferences = m_preferences] {
        const Preferences &p = preferences->preferences();
        return ConsoleDefaults{p.externalViewer, p.scaleToFit, p.viewerCommandLine()};
    }));
    m_content->addVmPage(std::make_unique<VmDetailsPageFactory>());
    m_content->addVmPage(std::make_unique<SnapshotsPageFactory>(m_preferences));
    m_content->addVmPage(std::make_unique<VmXmlPageFactory>());

    connect(m_content, &ContentArea::tableSelectionChanged, this, [this] {
        m_source = SelectionSource::Table;
        m_actions->update();
    });
    connect(m_content, &ContentArea::resourceActivated, this, &MainWindow::activateResource);
    connect(m_content, &ContentArea::clearFilterRequested, this, [this] {
        const ResourceId hidden = m_lastHidden;
        clearSearch();
        m_powerButtons->button(int(PowerFilter::All))->setChecked(true);
        applyFilter();
        if (hidden.isValid())
            selectResource(hidden);
    });
    connect(m_tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto id = index.data(InventoryModel::ResourceIdRole).value<ResourceId>();
        if (id.kind() == ResourceKind::Vm)
            activateResource(id);
    });
    connect(m_content, &ContentArea::tableContextMenuRequested, this, [this](const QPoint &pos) {
        m_source = SelectionSource::Table;
        showSelectionMenu(pos, selectedResources());
    });
    connect(m_taskDock, &TaskDock::resourceActivated, this, &MainWindow::selectResource);
    connect(m_taskDock, &TaskDock::historyRequested, this, &MainWindow::showEventLog);
    connect(m_groups, &GroupPanel::groupSelected, this,
            [this](const QString &groupId, const QString &name, const QList<ResourceId> &members) {
        m_content->showGroup(name, groupId, members);
        m_source = SelectionSource::Table;
        m_actions->update();
    });
    connect(m_groups, &GroupPanel::memberSelected, this, &MainWindow::selectResource);
    connect(m_groups, &GroupPanel::consoleWallRequested, this, &MainWindow::openConsoleWall);

    if (EventLog *log = m_services.eventLog)
        connect(m_providers, &ProviderManager::eventOccurred, log, &EventLog::recordEvent);
    connectMonitoring();
}

void MainWindow::connectMonitoring()
{
    connect(m_metricSearch, &MetricSearch::refilterNeeded, this, [this] {
        m_viewModel->refilter();
        m_content->refilter();
    });
    connect(m_groups->store(), &GroupStore::groupsChanged, this, &MainWindow::pushGroups);
    connect(m_pools->store(), &PoolStore::poolsChanged, this, &MainWindow::pushGroups);
    pushGroups();
    if (m_alertController)
        m_alertController->connectEvents(m_taskDock->model(), m_services.eventLog);
    if (m_services.highlights)
        m_viewModel->setHighlights(m_services.highlights);
}

void MainWindow::pushGroups()
{
    QHash<QString, QList<ResourceId>> groups;
    for (const VmGroup &group : m_groups->store()->groups())
        groups.insert(group.id, group.members);
    // A server pool's figures are its hosts' aggregate (its Performance tab).
    for (const ServerPool &pool : m_pools->store()->pools()) {
        QList<ResourceId> hosts;
        for (const InventoryNode *host : m_inventory->hostsBelow(m_inventory->node(ServerPool::nodeId(pool.id))))
            hosts.append(host->id());
        groups.insert(ServerPool::metricsGroupId(pool.id), hosts);
    }
    if (groups == m_pushedGroups)
        return; // the debounced inventory changes mostly leave them as they were
    m_pushedGroups = groups;
    if (m_services.metrics)
        m_services.metrics->setGroups(groups);
    if (m_services.alerts)
        m_services.alerts->setGroups(groups);
}

void MainWindow::clearSearch()
{
    m_search->clear();
    m_searchDebounce->stop();
    applyFilter(); // at once: no typing pause to wait for
}

void MainWindow::applyFilter()
{
    const auto power = static_cast<PowerFilter>(m_powerButtons->checkedId());
    if (!m_metricSearch->setText(m_search->text())) {
        m_searchError->setText(m_metricSearch->errorString());
        m_searchError->show();
        return; // keep what the last valid query showed
    }
    m_searchError->hide();
    const InventoryViewModel::RowPredicate predicate = m_metricSearch->predicate();
    m_viewModel->setSearchText(m_search->text());
    m_viewModel->setRowPredicate(predicate);
    m_viewModel->setPowerFilter(power);
    m_content->setFilter(m_search->text(), power, predicate);
    if (m_viewModel->isFiltering())
        m_tree->expandAll(); // matches deep in the tree must be visible
}

QList<ResourceId> MainWindow::selectedResources() const
{
    if (m_source == SelectionSource::Table)
        return m_content->selectedResources();
    QList<ResourceId> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        ids.append(idOf(index));
    return ids;
}

void MainWindow::onTreeSelection()
{
    m_source = SelectionSource::Tree;
    m_actions->update();
    // The selection decides, not the current index: when the selected row is filtered out or
    // removed, Qt moves the current index to a neighbour that nobody selected.
    QList<ResourceId> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        ids.append(idOf(index));
    if (ids.size() == 1) {
        const ResourceId &id = ids.first();
        if (const InventoryNode *node = m_inventory->node(id))
            m_lastShownName = node->resource().name;
        m_lastShown = id;
        if (m_content->shownResource() != id)
            m_content->showResource(id);
        return;
    }
    if (ids.size() > 1) {
        m_lastShown = {};
        m_content->showSelection(ids);
        return;
    }
    if (!m_lastShown.isValid() && m_content->currentWidget() == m_content->emptyPage())
        return; // already empty (Qt moving the current index after a removal): keep the notice
    const ResourceId last = std::exchange(m_lastShown, {});
    m_content->showNothing();
    // A removal announces the lost selection before the row goes: say why once it has gone.
    QTimer::singleShot(0, this, [this, last] {
        if (!m_tree->selectionModel()->selectedRows().isEmpty() || m_content->currentWidget() != m_content->emptyPage())
            return;
        const QString notice = lostSelectionNotice(last);
        m_lastHidden = m_inventory->node(last) ? last : ResourceId();
        m_content->setNotice(notice);
    });
}

QString MainWindow::lostSelectionNotice(const ResourceId &last) const
{
    if (!last.isValid())
        return {};
    const QString name = m_lastShownName.toHtmlEscaped();
    if (!m_inventory->node(last))
        return tr("“%1” is no longer in the inventory.").arg(name);
    if (!m_viewModel->mapFromSource(m_model->indexOf(last)).isValid())
        return tr("“%1” is hidden by the search or the quick filter. <a href=\"clear-filter\">Show it again</a>")
            .arg(name);
    return {}; // the user deselected it
}

bool MainWindow::selectResource(const ResourceId &id)
{
    QModelIndex index = m_viewModel->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid()) {
        // Hidden by the search or a quick filter: show everything rather than nothing.
        m_search->clear();
        m_powerButtons->button(int(PowerFilter::All))->setChecked(true);
        applyFilter();
        index = m_viewModel->mapFromSource(m_model->indexOf(id));
    }
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::openConsole(const ResourceId &vm)
{
    selectResource(vm);
    m_content->showVmPage(u"console"_s);
    // Consoles (issue 5): the VM's console in a tab of the Console page (or that tab again).
    if (auto *page = qobject_cast<ConsoleVmPage *>(m_content->vmPage(u"console"_s)))
        page->open(vm);
}

void MainWindow::openConsoleWall(const QList<ResourceId> &ids)
{
    QList<ResourceId> vms;
    const auto take = [&](const ResourceId &vm) {
        const Provider *provider = m_providers->provider(vm.providerId());
        if (provider && provider->capabilities(vm).testFlag(Capability::OpenConsole) && !vms.contains(vm))
            vms.append(vm);
    };
    for (const ResourceId &id : ids) {
        if (id.kind() == ResourceKind::Vm)
            take(id);
        else
            for (const InventoryNode *vm : m_inventory->vmsBelow(m_inventory->node(id)))
                take(vm->id());
    }
    if (vms.isEmpty()) {
        statusBar()->showMessage(tr("No console to show: none of these VMs is running."), 8000);
        return;
    }
    auto *wall = new ConsoleWall(m_providers, m_inventory, this);
    if (auto *page = qobject_cast<ConsoleVmPage *>(m_content->vmPage(u"console"_s)))
        wall->setTunnelPool(page->opener()->tunnels()); // one ssh login per host for tabs and walls
    connect(wall, &ConsoleWall::openConsoleRequested, this, [this](const ResourceId &vm) {
        openConsole(vm);
        raise();
        activateWindow();
    });
    if (const int leftOut = wall->openVms(vms); leftOut > 0)
        statusBar()->showMessage(tr("Console wall: %n VM(s) left out (at most %1 consoles).", nullptr, leftOut)
                                     .arg(ConsoleWall::maxTiles), 8000);
    wall->show();
}

void MainWindow::activateResource(const ResourceId &id)
{
    Provider *provider = m_providers->provider(id.providerId());
    if (id.kind() == ResourceKind::Vm && provider && provider->capabilities(id).testFlag(Capability::OpenConsole))
        openConsole(id);
    else
        selectResource(id);
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    m_source = SelectionSource::Tree;
    showSelectionMenu(m_tree->viewport()->mapToGlobal(pos), selectedResources());
}

void MainWindow::showSelectionMenu(const QPoint &globalPos, const QList<ResourceId> &ids)
{
    QMenu menu(this);
    if (ids.size() == 1 && ids.first().kind() == ResourceKind::Provider)
        m_connections->populateProviderMenu(&menu, ids.first().providerId());
    m_pools->populateMenu(&menu, ids);
    if (ids.size() == 1)
        m_maintenance->populateHostMenu(&menu, ids.first());
    if (ids.size() == 1)
        m_manage->populateHostMenu(&menu, ids.first());
    if (ids.size() == 1) // a libvirt connection or host: its storage and networks
        m_content->hostPages()->populateMenu(&menu, ids.first(), [this, id = ids.first()] {
            selectResource(id);
            m_content->showResource(id); // also when the tree had it already but a group was shown
        });
    if (ids.size() == 1 && ids.first().kind() != ResourceKind::Vm
        && !m_inventory->vmsBelow(m_inventory->node(ids.first())).isEmpty()) {
        QAction *wall = menu.addAction(tr("Open Console Wall of Its VMs"), this, [this, ids] { openConsoleWall(ids); });
        wall->setObjectName(u"action-console-wall-below"_s);
        menu.addSeparator();
    }
    if (m_actions->populateMenu(&menu)) {
        menu.addAction(m_consoleWall);
        m_manage->populateVmMenu(&menu);
        m_cloudActions->populateVmMenu(&menu);
        m_migration->populateVmMenu(&menu);
        menu.addSeparator();
        m_groups->populateAddMenu(&menu, ids);
    }
    if (m_alertController) {
        menu.addSeparator();
        m_alertController->populateMenu(&menu, ids);
    }
    if (menu.isEmpty())
        menu.addAction(m_connections->addAction());
    menu.exec(globalPos);
}

void MainWindow::updateTotals()
{
    int hosts = 0, vms = 0, running = 0;
    const InventoryNode *root = m_inventory->root();
    const int providers = int(m_inventory->providersBelow(root).size());
    std::function<void(const InventoryNode *)> walk = [&](const InventoryNode *node) {
        for (int i = 0; i < node->childCount(); ++i) {
            const InventoryNode *child = node->child(i);
            if (const VmInfo *vm = child->resource().vm()) {
                ++vms;
                running += vm->state == PowerState::Running ? 1 : 0;
            } else {
                hosts += child->kind() == ResourceKind::Host ? 1 : 0;
                walk(child);
            }
        }
    };
    walk(root);
    m_totals->setText(tr("%n connection(s)", nullptr, providers) + u" · "_s + tr("%n host(s)", nullptr, hosts)
                      + u" · "_s + tr("%n VM(s), %1 running", nullptr, vms).arg(running));
}

void MainWindow::onTaskStarted(Task *task)
{
    statusBar()->showMessage(tr("%1…").arg(task->title()), 3000);
    connect(task, &Task::finished, this, [this, task](bool ok) {
        if (EventLog *log = m_services.eventLog)
            log->recordTask(*task);
        if (ok) {
            statusBar()->showMessage(tr("%1: done").arg(task->title()), 4000);
            return;
        }
        // No modal box: fifty failures must not mean fifty dialogs. The dock has every error.
        statusBar()->showMessage(tr("%1 failed: %2").arg(task->title(), task->errorText()), 10000);
        m_taskDock->show();
    });
}

void MainWindow::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    // Connections and hosts open expanded unless the user collapsed them last time; VM lists
    // stay as they are. The saved selection is applied when its row appears.
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_viewModel->index(row, 0, parent);
        const ResourceId id = idOf(index);
        if (id.kind() != ResourceKind::Vm && !m_state->isCollapsed(id))
            m_tree->expand(index);
        if (id.isValid() && id == m_state->pendingSelection() && !m_tree->currentIndex().isValid()) {
            selectResource(id);
            m_state->clearPendingSelection();
        } else if (!parent.isValid() && !m_state->pendingSelection().isValid() && !m_tree->currentIndex().isValid()) {
            selectResource(id); // first run: show a connection's VMs rather than an empty page
        }
        if (m_viewModel->rowCount(index) > 0)
            onRowsInserted(index, 0, m_viewModel->rowCount(index) - 1);
    }
}

void MainWindow::applyPreferences()
{
    const Preferences &p = m_preferences->preferences();
    m_providers->setDefaultOptions(u"libvirt"_s, p.libvirtOptions());
    if (m_services.history) {
        m_services.history->setRetention(qint64(p.rawRetentionHours) * HistoryOptions::hourMs,
                                         qint64(p.minuteRetentionDays) * HistoryOptions::dayMs,
                                         qint64(p.hourRetentionDays) * HistoryOptions::dayMs);
    }
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences->preferences(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString demo = Preferences::demoConnectionId();
    dialog->setDemoHostActions([this, demo] { return m_providers->provider(demo) != nullptr; },
                               [this, demo] {
                                   m_providers->removeConnection(demo);
                                   if (m_services.profiles)
                                       m_services.profiles->remove(demo); // saved when it was edited
                               });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_preferences->set(dialog->preferences()); });
    dialog->open();
}

void MainWindow::addVmPage(std::unique_ptr<VmPageFactory> factory)
{
    m_content->addVmPage(std::move(factory));
}

void MainWindow::saveWindowState()
{
    m_state->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace welkin
