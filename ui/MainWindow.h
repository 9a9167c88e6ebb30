#pragma once

#include "model/ResourceId.h"
#include "providers/Action.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace welkin {

class Inventory;
class InventoryModel;
class InventoryViewModel;
class LiveSamples;
class ProviderManager;
class Task;

// The console's main window: the inventory tree of every provider, search, lifecycle actions on
// the selection, and a status bar with totals. Owns only views; the data lives in core objects
// handed in by the application.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *treeView() const { return m_tree; }
    InventoryModel *inventoryModel() const { return m_model; }
    QAction *action(ActionType type) const { return m_actions.value(type); }
    QList<ResourceId> selectedResources() const;

    // Confirmation for destructive actions; replaceable so GUI tests can answer it.
    std::function<bool(const QString &question)> confirm;

private:
    void createActions();
    void createToolBar();
    void updateActions();
    void trigger(ActionType type);
    void reconnectSelected();
    void showContextMenu(const QPoint &pos);
    void updateTotals();
    void onTaskStarted(Task *task);
    void expandNewRows(const QModelIndex &parent, int first, int last);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    InventoryModel *m_model;
    InventoryViewModel *m_viewModel;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QTimer *m_totalsDebounce;
    QLabel *m_totals;
    QAction *m_reconnect = nullptr;
    QHash<ActionType, QAction *> m_actions;
};

} // namespace welkin
