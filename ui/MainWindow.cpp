#include "MainWindow.h"

#include "InventoryViewModel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace welkin {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples, QWidget *parent)
    : QMainWindow(parent), m_providers(providers), m_inventory(inventory),
      m_model(new InventoryModel(inventory, samples, this)), m_viewModel(new InventoryViewModel(this)),
      m_tree(new QTreeView(this)), m_search(new QLineEdit(this)), m_searchDebounce(new QTimer(this)),
      m_totalsDebounce(new QTimer(this)), m_totals(new QLabel(this))
{
    setWindowTitle(tr("Welkin"));
    setObjectName(u"MainWindow"_s);
    resize(1200, 760);

    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    m_viewModel->setSourceModel(m_model);
    m_tree->setModel(m_viewModel);
    m_tree->setObjectName(u"inventoryTree"_s);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true); // keeps 10,000 rows cheap to lay out
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(InventoryModel::NameColumn, 300);
    m_tree->header()->resizeSection(InventoryModel::StateColumn, 150);
    m_tree->header()->resizeSection(InventoryModel::CpusColumn, 70);
    m_tree->header()->resizeSection(InventoryModel::MemoryColumn, 90);
    m_tree->header()->resizeSection(InventoryModel::AddressesColumn, 170);
    m_tree->header()->resizeSection(InventoryModel::OsColumn, 200);
    m_tree->header()->resizeSection(InventoryModel::CpuUsageColumn, 80);
    // After the resizes: hiding first leaves a blank gap where the section was (Qt 6.4).
    m_tree->setColumnHidden(InventoryModel::HostColumn, true); // the tree already shows the host
    setCentralWidget(m_tree);

    createActions();
    createToolBar();

    m_totals->setObjectName(u"totals"_s);
    statusBar()->addPermanentWidget(m_totals);

    // Searching 10,000 rows on every keystroke would stutter; filter once typing pauses.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        m_viewModel->setSearchText(m_search->text());
        if (!m_search->text().isEmpty())
            m_tree->expandAll();
    });

    m_totalsDebounce->setSingleShot(true);
    m_totalsDebounce->setInterval(200);
    connect(m_totalsDebounce, &QTimer::timeout, this, &MainWindow::updateTotals);
    connect(inventory, &Inventory::deltaApplied, m_totalsDebounce, qOverload<>(&QTimer::start));
    connect(inventory, &Inventory::nodeChanged, m_totalsDebounce, qOverload<>(&QTimer::start));
    connect(inventory, &Inventory::nodesRemoved, m_totalsDebounce, qOverload<>(&QTimer::start));

    connect(m_viewModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::expandNewRows);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(inventory, &Inventory::nodeChanged, this, &MainWindow::updateActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(providers, &ProviderManager::taskStarted, this, &MainWindow::onTaskStarted);

    expandNewRows({}, 0, m_viewModel->rowCount() - 1);
    updateActions();
    updateTotals();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    struct Spec { ActionType type; const char *icon; QKeySequence shortcut; };
    const Spec specs[] = {
        {ActionType::Start, "media-playback-start", QKeySequence(Qt::CTRL | Qt::Key_R)},
        {ActionType::Shutdown, "system-shutdown", QKeySequence(Qt::CTRL | Qt::Key_D)},
        {ActionType::Reboot, "view-refresh", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {ActionType::ForceOff, "process-stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {ActionType::Pause, "media-playback-pause", QKeySequence(Qt::CTRL | Qt::Key_P)},
        {ActionType::Resume, "media-playback-start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {ActionType::Delete, "edit-delete", QKeySequence(QKeySequence::Delete)},
    };
    QMenu *vmMenu = menuBar()->addMenu(tr("&Virtual Machine"));
    for (const Spec &spec : specs) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(spec.icon)), actionDisplayName(spec.type), this);
        action->setShortcut(spec.shortcut);
        action->setObjectName(u"action-"_s + actionName(spec.type));
        connect(action, &QAction::triggered, this, [this, type = spec.type] { trigger(type); });
        m_actions.insert(spec.type, action);
        vmMenu->addAction(action);
        addAction(action);
    }
    m_reconnect = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("Re&connect"), this);
    connect(m_reconnect, &QAction::triggered, this, &MainWindow::reconnectSelected);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_reconnect);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);
    menuBar()->insertMenu(vmMenu->menuAction(), fileMenu);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Search"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    Q_UNUSED(find);
    viewMenu->addAction(tr("&Expand All"), this, [this] { m_tree->expandAll(); });
    viewMenu->addAction(tr("&Collapse All"), this, [this] { m_tree->collapseAll(); });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"actionsToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (ActionType type : {ActionType::Start, ActionType::Shutdown, ActionType::Reboot, ActionType::ForceOff,
                            ActionType::Pause, ActionType::Resume, ActionType::Delete})
        bar->addAction(m_actions.value(type));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search name, UUID, IP, host…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(m_search);
}

QList<ResourceId> MainWindow::selectedResources() const
{
    QList<ResourceId> ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        ids.append(index.data(InventoryModel::ResourceIdRole).value<ResourceId>());
    return ids;
}

void MainWindow::updateActions()
{
    QHash<ActionType, bool> enabled;
    bool providerSelected = false;
    for (const ResourceId &id : selectedResources()) {
        if (id.kind() == ResourceKind::Provider)
            providerSelected = true;
        Provider *provider = m_providers->provider(id.providerId());
        if (!provider || id.kind() != ResourceKind::Vm)
            continue;
        const Capabilities caps = provider->capabilities(id);
        for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
            enabled[it.key()] = enabled.value(it.key()) || caps.testFlag(capabilityFor(it.key()));
    }
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(enabled.value(it.key()));
    m_reconnect->setEnabled(providerSelected);
}

void MainWindow::trigger(ActionType type)
{
    // Bulk: every selected VM that allows the action, across providers.
    QList<std::pair<Provider *, ResourceId>> targets;
    QStringList names;
    for (const ResourceId &id : selectedResources()) {
        Provider *provider = m_providers->provider(id.providerId());
        if (!provider || id.kind() != ResourceKind::Vm || !provider->capabilities(id).testFlag(capabilityFor(type)))
            continue;
        targets.append({provider, id});
        if (const InventoryNode *node = m_inventory->node(id))
            names.append(node->resource().name);
    }
    if (targets.isEmpty())
        return;
    if (actionIsDestructive(type)) {
        const QString question = tr("%1 these %n virtual machine(s)?\n\n%2", nullptr, int(names.size()))
                                     .arg(actionDisplayName(type), names.join(u'\n'));
        if (!confirm(question))
            return;
    }
    for (const auto &[provider, id] : targets)
        provider->perform(Action{type, id, {}});
}

void MainWindow::reconnectSelected()
{
    for (const ResourceId &id : selectedResources()) {
        if (id.kind() != ResourceKind::Provider)
            continue;
        if (Provider *provider = m_providers->provider(id.providerId())) {
            provider->close(0);
            provider->open();
        }
    }
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<ResourceId> ids = selectedResources();
    const bool anyVm = std::any_of(ids.cbegin(), ids.cend(), [](const ResourceId &id) { return id.kind() == ResourceKind::Vm; });
    if (anyVm) {
        for (ActionType type : {ActionType::Start, ActionType::Shutdown, ActionType::Reboot, ActionType::ForceOff,
                                ActionType::Pause, ActionType::Resume})
            menu.addAction(m_actions.value(type));
        menu.addSeparator();
        menu.addAction(m_actions.value(ActionType::Delete));
    }
    if (m_reconnect->isEnabled())
        menu.addAction(m_reconnect);
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::updateTotals()
{
    int providers = 0, hosts = 0, vms = 0, running = 0;
    const InventoryNode *root = m_inventory->root();
    providers = root->childCount();
    std::function<void(const InventoryNode *)> walk = [&](const InventoryNode *node) {
        for (int i = 0; i < node->childCount(); ++i) {
            const InventoryNode *child = node->child(i);
            if (const VmInfo *vm = child->resource().vm()) {
                ++vms;
                if (vm->state == PowerState::Running)
                    ++running;
            } else {
                if (child->kind() == ResourceKind::Host)
                    ++hosts;
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
        if (ok) {
            statusBar()->showMessage(tr("%1: done").arg(task->title()), 4000);
            return;
        }
        statusBar()->showMessage(tr("%1 failed: %2").arg(task->title(), task->errorText()), 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Action failed"),
                                    tr("%1 failed.").arg(task->title()), QMessageBox::Close, this);
        box->setInformativeText(task->errorText());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::expandNewRows(const QModelIndex &parent, int first, int last)
{
    // Providers and hosts open by default; VM lists stay as the user left them.
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_viewModel->index(row, 0, parent);
        const auto kind = static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
        if (kind != ResourceKind::Vm)
            m_tree->expand(index);
    }
}

} // namespace welkin
