#pragma once

#include "InventoryViewModel.h"
#include "VmPageFactory.h"

#include <QStackedWidget>

class QLabel;
class QTabWidget;

namespace welkin {

class BalancePage;
class DashboardPage;
class HostPages;
class HistoryStore;
class InventoryModel;
class MetricsHub;
class PerformancePage;
class ResourceTableView;
class SampleHistory;
class SelectionSummaryPage;

// The right-hand side of the window, by what the tree selects: nothing (a hint), a container
// (provider, region, zone, host, user group: tabs "Virtual machines" and "Hosts"), or a VM (its
// pages: Overview, Console, Performance, … from the VmPageRegistry).
class ContentArea : public QStackedWidget
{
    Q_OBJECT
public:
    ContentArea(const VmPageContext &context, InventoryModel *model, SampleHistory *history,
                QWidget *parent = nullptr);

    void showResource(const ResourceId &id);
    // A user group: its members, wherever they live.
    void showGroup(const QString &name, const QList<ResourceId> &members);
    void showGroup(const QString &name, const QString &groupId, const QList<ResourceId> &members);
    // Without a selection: the dashboard of every connection (when monitoring), else a hint.
    // `notice` says why a resource shown before is gone (removed, hidden by the filter); links in
    // it ask for `clearFilterRequested`.
    void showNothing(const QString &notice = {});
    void setNotice(const QString &notice); // on the empty page
    // More than one resource selected: what they are, and the actions that apply to all.
    void showSelection(const QList<ResourceId> &ids);
    SelectionSummaryPage *selectionPage() const { return m_selectionPage; }
    // The page shown without a selection (title, notice, then the dashboard or the hint).
    QWidget *emptyPage() const { return m_emptyPage; }
    QString noticeText() const;
    // The resource whose pages or tables are shown; invalid for nothing, a group or a selection.
    ResourceId shownResource() const { return m_shown; }
    void setFilter(const QString &searchText, PowerFilter power,
                   const InventoryViewModel::RowPredicate &predicate = {});
    void refilter();

    // Monitoring (issue 4): "Dashboard" and "Performance" tabs next to the tables, and the
    // dashboard of everything when nothing is selected. `history` may be null.
    void enableMonitoring(MetricsHub *hub, HistoryStore *history);
    DashboardPage *dashboard() const { return m_dashboard; }
    DashboardPage *allDashboard() const { return m_allDashboard; }
    PerformancePage *performancePage() const { return m_performance; }
    // "Storage" and "Networks" tabs, shown for libvirt connections and hosts.
    HostPages *hostPages() const { return m_hostPages; }
    // A "Balance" tab, shown while a server pool is (the page follows the shown pool).
    void setBalancePage(BalancePage *page);
    BalancePage *balancePage() const { return m_balancePage; }

    // Replaces or adds a VM page type (rebuilds the VM tabs).
    void addVmPage(std::unique_ptr<VmPageFactory> factory);
    bool showVmPage(const QString &pageId); // when a VM is shown; false if there is no such page

    ResourceTableView *vmTable() const { return m_vmTable; }
    ResourceTableView *hostTable() const { return m_hostTable; }
    QTabWidget *vmTabs() const { return m_vmTabs; }
    QTabWidget *containerTabs() const { return m_containerTabs; }
    VmPage *vmPage(const QString &pageId) const;
    // What the tables select, when a table page is shown.
    QList<ResourceId> selectedResources() const;

Q_SIGNALS:
    void tableSelectionChanged();
    void resourceActivated(const welkin::ResourceId &id);
    void tableContextMenuRequested(const QPoint &globalPos);
    void clearFilterRequested();

private:
    void rebuildVmTabs();
    void updateContainerHeading();
    void updateEmptyHeading();
    void showBalanceTab(const ResourceId &id); // for pools; hidden for anything else

    VmPageContext m_context;
    InventoryModel *m_model;
    VmPageRegistry m_registry;
    QWidget *m_emptyPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptySummary;
    QLabel *m_notice;
    QLabel *m_hint;
    SelectionSummaryPage *m_selectionPage;
    QWidget *m_containerPage;
    QLabel *m_containerTitle;
    QLabel *m_containerSummary;
    QTabWidget *m_containerTabs;
    ResourceTableView *m_vmTable;
    ResourceTableView *m_hostTable;
    QTabWidget *m_vmTabs;
    DashboardPage *m_dashboard = nullptr;
    DashboardPage *m_allDashboard = nullptr;
    PerformancePage *m_performance = nullptr;
    HostPages *m_hostPages = nullptr;
    BalancePage *m_balancePage = nullptr;
    QList<std::pair<QString, VmPage *>> m_vmPages;
    ResourceId m_shown;
};

} // namespace welkin
