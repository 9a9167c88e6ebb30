#pragma once

#include "model/ResourceId.h"
#include "providers/Action.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QTreeView;

namespace welkin {

class ActionController;
class AlertController;
class AlertsDock;
class AlertEngine;
class AlertHighlights;
class HistoryStore;
class MetricSearch;
class MetricsHub;
class CertificatePinStore;
class ConnectionController;
class ContentArea;
class CredentialHandler;
class EventLog;
class EventLogDialog;
class GroupPanel;
class HelpDialog;
class PoolController;
class PreferencesStore;
class MigrationController;
class MaintenanceController;
class PoolStore;
class GroupStore;
class Inventory;
class InventoryModel;
class InventoryViewModel;
class LiveSamples;
class ProfileStore;
class ProviderManager;
class SampleHistory;
class Task;
class TaskDock;
class UiSettings;
class UiStateStore;
class VmManageActions;
class CloudVmActions;
class WatchedResources;
class VmPageFactory;
class WindowStatePersistence;

// What the window may use beyond the core objects; every pointer may be null (tests).
struct MainWindowServices {
    ProfileStore *profiles = nullptr;   // saved connections
    GroupStore *groups = nullptr;       // user groups (in memory when null)
    PoolStore *pools = nullptr;         // server pools, hosts in maintenance (in memory when null)
    EventLog *eventLog = nullptr;       // audit trail of tasks and events
    // The stored audit trail that View › Event Log… reads, when someone else records into it
    // (main() does; eventLog makes the window record too). Falls back to eventLog.
    EventLog *auditHistory = nullptr;
    UiStateStore *uiState = nullptr;    // window state; QSettings when null
    QString settingsPath;               // QSettings file when there is no uiState ("" = default)
    CredentialHandler *credentials = nullptr; // answers prompts of "Test connection"
    CertificatePinStore *certificatePins = nullptr; // trusted server certificates, in Edit Connection
    // Monitoring (issue 4): without a hub there are no Performance/Dashboard pages and metric
    // search terms match nothing; without alerts no rules, highlights or "Alert Rules…".
    MetricsHub *metrics = nullptr;
    HistoryStore *history = nullptr;
    AlertEngine *alerts = nullptr;
    AlertHighlights *highlights = nullptr;
    // Edit › Preferences; the window keeps its own (in uiState / settingsPath) when null.
    PreferencesStore *preferences = nullptr;
};

// The console's main window: the inventory tree (with search, quick filters and the Groups
// branch) on the left, the content area for the selection on the right, tasks & events at the
// bottom, totals in the status bar. It owns only views and controllers; data lives in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples, QWidget *parent = nullptr);
    MainWindow(ProviderManager *providers, Inventory *inventory, LiveSamples *samples,
               const MainWindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *treeView() const { return m_tree; }
    InventoryModel *inventoryModel() const { return m_model; }
    InventoryViewModel *viewModel() const { return m_viewModel; }
    ActionController *actions() const { return m_actions; }
    VmManageActions *manageActions() const { return m_manage; }
    CloudVmActions *cloudActions() const { return m_cloudActions; }
    WatchedResources *watchedResources() const { return m_watched; }
    QAction *action(ActionType type) const;
    QAction *consoleWallAction() const { return m_consoleWall; }
    ContentArea *contentArea() const { return m_content; }
    TaskDock *taskDock() const { return m_taskDock; }
    ConnectionController *connections() const { return m_connections; }
    GroupPanel *groupPanel() const { return m_groups; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *searchErrorLabel() const { return m_searchError; }
    AlertController *alertController() const { return m_alertController; }
    AlertsDock *alertsDock() const { return m_alertsDock; } // null without alerts
    QSplitter *mainSplitter() const { return m_splitter; }
    // The help window (null until first shown); opens it at "overview", "search" or "shortcuts".
    HelpDialog *helpDialog() const;
    PreferencesStore *preferences() const { return m_preferences; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    // Edit › Preferences (window-modal; applied on OK).
    void showPreferences();
    void showHelp(const QString &topic);
    // View › Event Log… (also the tasks dock's History…): the stored log, offering the current
    // selection as "only this resource". Null until first shown, or without a stored log.
    EventLogDialog *eventLogDialog() const;
    void showEventLog();

    // What the actions apply to: the selection of the view the user last worked in.
    QList<ResourceId> selectedResources() const;
    // Shows `id` in the tree (clearing filters that hide it) and in the content area.
    bool selectResource(const ResourceId &id);
    void saveWindowState();
    // A VM view tab (same id replaces: "console", "performance").
    void addVmPage(std::unique_ptr<VmPageFactory> factory);
    // A console wall (a window) of these VMs and of every VM below the other nodes (pools,
    // connections, hosts), keeping those that can show a console.
    void openConsoleWall(const QList<ResourceId> &ids);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class SelectionSource { Tree, Table };

    void createLayout();
    QWidget *createFilterBar();
    void createMenus();
    void createConnectionMenu();
    void createHelpMenu();
    void createToolBar();
    void connectSignals();
    void applyFilter();
    void clearSearch();
    // F1: the search syntax where the search applies (its box, the VM table), else the overview.
    void showContextHelp();
    void onTreeSelection();
    // Pushes the preferences to whatever reads them at a later moment (new connections, history).
    void applyPreferences();
    // Why the resource shown until now is no longer selected, when the user did not deselect it.
    QString lostSelectionNotice(const ResourceId &last) const;
    void showTreeContextMenu(const QPoint &pos);
    void showSelectionMenu(const QPoint &globalPos, const QList<ResourceId> &ids);
    void updateTotals();
    void onTaskStarted(Task *task);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void openConsole(const ResourceId &vm);
    void connectMonitoring();
    void pushGroups();
    // Double-click: a VM whose console can open gets it; anything else is selected.
    void activateResource(const ResourceId &id);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    MainWindowServices m_services;
    std::unique_ptr<UiSettings> m_preferenceSettings; // when the services bring no store
    PreferencesStore *m_preferences = nullptr;
    QAction *m_preferencesAction = nullptr;
    InventoryModel *m_model;
    InventoryViewModel *m_viewModel;
    SampleHistory *m_history;
    QTreeView *m_tree;
    GroupPanel *m_groups;
    PoolController *m_pools = nullptr;
    MigrationController *m_migration = nullptr;
    MaintenanceController *m_maintenance = nullptr;
    ContentArea *m_content;
    TaskDock *m_taskDock;
    ActionController *m_actions;
    VmManageActions *m_manage = nullptr;
    CloudVmActions *m_cloudActions = nullptr;
    WatchedResources *m_watched = nullptr;
    ConnectionController *m_connections;
    WindowStatePersistence *m_state;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QLineEdit *m_search;
    QLabel *m_searchError;
    MetricSearch *m_metricSearch;
    AlertController *m_alertController = nullptr;
    AlertsDock *m_alertsDock = nullptr;
    QPointer<HelpDialog> m_help;
    QPointer<EventLogDialog> m_eventLogDialog;
    QButtonGroup *m_powerButtons;
    QAction *m_consoleWall = nullptr;
    QTimer *m_searchDebounce;
    QTimer *m_totalsDebounce;
    QHash<QString, QList<ResourceId>> m_pushedGroups; // what the hub and the alerts have
    QLabel *m_totals;
    SelectionSource m_source = SelectionSource::Tree;
    ResourceId m_lastShown; // the single selection the content area shows
    QString m_lastShownName;
    ResourceId m_lastHidden; // what "Show it again" brings back
};

} // namespace welkin
