#include "ContentArea.h"

#include "Icons.h"
#include "ResourceTableModel.h"
#include "ResourceTableView.h"
#include "SelectionSummaryPage.h"
#include "charts/DashboardPage.h"
#include "charts/PerformancePage.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "manage/HostPages.h"
#include "pools/BalancePage.h"
#include "metrics/MetricsHub.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString kindTitle(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Provider: return ContentArea::tr("Connection");
    case ResourceKind::Region: return ContentArea::tr("Region");
    case ResourceKind::Zone: return ContentArea::tr("Zone");
    case ResourceKind::Pod: return ContentArea::tr("Pod");
    case ResourceKind::Cluster: return ContentArea::tr("Cluster");
    case ResourceKind::Project: return ContentArea::tr("Project");
    case ResourceKind::Host: return ContentArea::tr("Host");
    case ResourceKind::Pool: return ContentArea::tr("Server pool");
    default: return {};
    }
}

int hostsAtOrBelow(const InventoryNode *node)
{
    if (node->kind() == ResourceKind::Host)
        return 1; // hosts hold VMs, never other hosts
    int hosts = 0;
    for (int i = 0; i < node->childCount(); ++i)
        hosts += hostsAtOrBelow(node->child(i));
    return hosts;
}

} // namespace

ContentArea::ContentArea(const VmPageContext &context, InventoryModel *model, SampleHistory *history, QWidget *parent)
    : QStackedWidget(parent), m_context(context), m_model(model), m_registry(VmPageRegistry::withDefaults()),
      m_emptyPage(new QWidget), m_emptyTitle(new QLabel(tr("All connections"))), m_emptySummary(new QLabel),
      m_notice(new QLabel),
      m_hint(new QLabel(tr("Select a connection, host or virtual machine in the tree.\n\n"
                           "Add a connection with File → Add Connection… (Ctrl+Shift+N)."))),
      m_selectionPage(new SelectionSummaryPage(context.inventory)),
      m_containerPage(new QWidget), m_containerTitle(new QLabel), m_containerSummary(new QLabel),
      m_containerTabs(new QTabWidget),
      m_vmTable(new ResourceTableView(new ResourceTableModel(ResourceKind::Vm, context.inventory, model, history, this))),
      m_hostTable(new ResourceTableView(new ResourceTableModel(ResourceKind::Host, context.inventory, model, history, this))),
      m_vmTabs(new QTabWidget)
{
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    m_emptyPage->setObjectName(u"emptyPage"_s);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptySummary->setObjectName(u"emptySummary"_s);
    m_notice->setObjectName(u"selectionNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"clear-filter"_s)
            Q_EMIT clearFilterRequested();
    });
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(0, 4, 0, 0);
    auto *emptyHeading = new QHBoxLayout;
    emptyHeading->setContentsMargins(8, 0, 8, 0);
    emptyHeading->addWidget(m_emptyTitle);
    emptyHeading->addWidget(m_emptySummary, 1, Qt::AlignBottom);
    m_emptySummary->setEnabled(false);
    emptyLayout->addLayout(emptyHeading);
    emptyLayout->addWidget(m_notice);
    emptyLayout->addWidget(m_hint, 1);
    addWidget(m_emptyPage);
    m_selectionPage->setObjectName(u"selectionPage"_s);
    addWidget(m_selectionPage);

    m_vmTable->setObjectName(u"vmTable"_s);
    m_hostTable->setObjectName(u"hostTable"_s);
    m_containerTabs->setObjectName(u"containerTabs"_s);
    m_containerTabs->setDocumentMode(true);
    m_containerTabs->addTab(m_vmTable, Icons::forKind(ResourceKind::Vm), tr("Virtual machines"));
    m_containerTabs->addTab(m_hostTable, Icons::forKind(ResourceKind::Host), tr("Hosts"));
    m_hostPages = new HostPages(m_containerTabs, context.providers, this);
    QFont big = m_containerTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_containerTitle->setFont(big);
    m_emptyTitle->setFont(big);
    m_containerSummary->setEnabled(false);
    auto *layout = new QVBoxLayout(m_containerPage);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->setContentsMargins(8, 0, 8, 0);
    heading->addWidget(m_containerTitle);
    heading->addWidget(m_containerSummary, 1, Qt::AlignBottom);
    layout->addLayout(heading);
    layout->addWidget(m_containerTabs);
    addWidget(m_containerPage);

    m_vmTabs->setObjectName(u"vmTabs"_s);
    m_vmTabs->setDocumentMode(true);
    addWidget(m_vmTabs);
    rebuildVmTabs();

    for (ResourceTableView *table : {m_vmTable, m_hostTable}) {
        connect(table, &ResourceTableView::resourcesSelected, this, &ContentArea::tableSelectionChanged);
        connect(table, &ResourceTableView::resourceActivated, this, &ContentArea::resourceActivated);
        connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
            Q_EMIT tableContextMenuRequested(table->viewport()->mapToGlobal(pos));
        });
    }
    connect(m_containerTabs, &QTabWidget::currentChanged, this, &ContentArea::tableSelectionChanged);
    connect(context.inventory, &Inventory::deltaApplied, this, &ContentArea::updateContainerHeading);
    connect(context.inventory, &Inventory::deltaApplied, this, &ContentArea::updateEmptyHeading);
}

void ContentArea::rebuildVmTabs()
{
    const QString current = m_vmTabs->currentIndex() >= 0 && m_vmTabs->currentIndex() < m_vmPages.size()
                                ? m_vmPages.at(m_vmTabs->currentIndex()).first : QString();
    while (m_vmTabs->count() > 0) {
        QWidget *page = m_vmTabs->widget(0);
        m_vmTabs->removeTab(0);
        delete page;
    }
    m_vmPages.clear();
    for (const auto &factory : m_registry.factories()) {
        VmPage *page = factory->create(m_context, m_vmTabs);
        page->setObjectName(u"vmPage-"_s + factory->id());
        m_vmPages.append({factory->id(), page});
        m_vmTabs->addTab(page, factory->title());
        if (m_shown.kind() == ResourceKind::Vm)
            page->setVm(m_shown);
    }
    if (!current.isEmpty())
        showVmPage(current);
}

void ContentArea::addVmPage(std::unique_ptr<VmPageFactory> factory)
{
    m_registry.add(std::move(factory));
    rebuildVmTabs();
}

bool ContentArea::showVmPage(const QString &pageId)
{
    for (int i = 0; i < m_vmPages.size(); ++i) {
        if (m_vmPages.at(i).first == pageId) {
            m_vmTabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

VmPage *ContentArea::vmPage(const QString &pageId) const
{
    for (const auto &[id, page] : m_vmPages) {
        if (id == pageId)
            return page;
    }
    return nullptr;
}

void ContentArea::enableMonitoring(MetricsHub *hub, HistoryStore *history)
{
    if (m_dashboard || !hub)
        return;
    m_dashboard = new DashboardPage(m_context.inventory, hub);
    m_dashboard->setObjectName(u"dashboard"_s);
    m_performance = new PerformancePage(hub, history);
    m_performance->setObjectName(u"performance"_s);
    m_containerTabs->addTab(m_dashboard, tr("Dashboard"));
    m_containerTabs->addTab(m_performance, tr("Performance"));
    m_allDashboard = new DashboardPage(m_context.inventory, hub);
    m_allDashboard->setObjectName(u"allDashboard"_s);
    m_emptyPage->layout()->addWidget(m_allDashboard);
    m_allDashboard->hide();
    for (DashboardPage *page : {m_dashboard, m_allDashboard})
        connect(page, &DashboardPage::resourceActivated, this, &ContentArea::resourceActivated);
}

void ContentArea::setBalancePage(BalancePage *page)
{
    m_balancePage = page;
    page->setParent(m_containerTabs); // ours while it is not a tab
    page->hide();
    showBalanceTab(m_shown);
}

void ContentArea::showBalanceTab(const ResourceId &id)
{
    if (!m_balancePage)
        return;
    const int index = m_containerTabs->indexOf(m_balancePage);
    if (id.kind() != ResourceKind::Pool) {
        if (index >= 0)
            m_containerTabs->removeTab(index);
        m_balancePage->hide();
        return;
    }
    // After "Hosts": the pool's own figures before the monitoring tabs.
    if (index < 0)
        m_containerTabs->insertTab(m_containerTabs->indexOf(m_hostTable) + 1, m_balancePage, tr("Balance"));
    m_balancePage->setPool(id.nativeId());
}

void ContentArea::showNothing(const QString &notice)
{
    m_shown = {};
    m_hostPages->hide();
    showBalanceTab({});
    setNotice(notice);
    if (m_allDashboard)
        m_allDashboard->setRoot({});
    setCurrentWidget(m_emptyPage);
    updateEmptyHeading();
}

void ContentArea::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString ContentArea::noticeText() const
{
    return m_notice->isVisible() || currentWidget() == m_emptyPage ? m_notice->text() : QString();
}

void ContentArea::showSelection(const QList<ResourceId> &ids)
{
    m_shown = {};
    m_hostPages->hide();
    showBalanceTab({});
    m_selectionPage->setResources(ids);
    setCurrentWidget(m_selectionPage);
}

void ContentArea::updateEmptyHeading()
{
    if (currentWidget() != m_emptyPage)
        return;
    // The dashboard once there is something to show, the hint before.
    const InventoryNode *root = m_context.inventory->root();
    const bool anything = root->childCount() > 0;
    const bool dashboard = m_allDashboard && anything;
    if (m_allDashboard)
        m_allDashboard->setVisible(dashboard);
    m_hint->setVisible(!dashboard);
    m_emptyTitle->setVisible(anything);
    m_emptySummary->setVisible(anything);
    if (!anything)
        return;
    m_emptySummary->setText(tr("%n host(s)", nullptr, hostsAtOrBelow(root)) + u" · "_s + m_model->vmSummary(root));
}

void ContentArea::showResource(const ResourceId &id)
{
    const InventoryNode *node = m_context.inventory->node(id);
    if (!node) {
        showNothing();
        return;
    }
    m_shown = id;
    if (id.kind() == ResourceKind::Vm) {
        for (const auto &[pageId, page] : m_vmPages)
            page->setVm(id);
        setCurrentWidget(m_vmTabs);
        return;
    }
    m_vmTable->tableModel()->setRoot(id);
    m_hostTable->tableModel()->setRoot(id);
    if (m_dashboard) {
        m_dashboard->setRoot(id);
        // Providers' aggregates live under their own id (ResourceId::provider); others have none.
        // Pools' aggregates are kept as metric groups of their hosts (MainWindow::pushGroups).
        if (id.kind() == ResourceKind::Pool)
            m_performance->setResource(MetricsHub::groupKey(ServerPool::metricsGroupId(id.nativeId())));
        else
            m_performance->setResource(id.kind() == ResourceKind::Provider ? ResourceId::provider(id.providerId()) : id);
    }
    // A host is its own only row in "Hosts": keep the tab, it shows the host's figures.
    m_hostPages->show(id);
    showBalanceTab(id);
    updateContainerHeading();
    setCurrentWidget(m_containerPage);
}

void ContentArea::showGroup(const QString &name, const QList<ResourceId> &members)
{
    showGroup(name, QString(), members);
}

void ContentArea::showGroup(const QString &name, const QString &groupId, const QList<ResourceId> &members)
{
    m_shown = {};
    m_hostPages->hide();
    showBalanceTab({});
    if (m_dashboard) {
        m_dashboard->setMembers(members);
        m_performance->setResource(groupId.isEmpty() ? ResourceId() : MetricsHub::groupKey(groupId));
    }
    m_vmTable->tableModel()->setIds(members);
    m_hostTable->tableModel()->setIds({});
    m_containerTitle->setText(name);
    m_containerSummary->setText(tr("%n VM(s) in this group", nullptr, int(members.size())));
    m_containerTabs->setCurrentWidget(m_vmTable);
    setCurrentWidget(m_containerPage);
}


void ContentArea::updateContainerHeading()
{
    const InventoryNode *node = m_context.inventory->node(m_shown);
    if (!node || m_shown.kind() == ResourceKind::Vm)
        return;
    m_containerTitle->setText(node->resource().name);
    m_containerSummary->setText(kindTitle(node->kind()) + u" · "_s + m_model->vmSummary(node) + u" · "_s
                                + tr("%n host(s)", nullptr, hostsAtOrBelow(node)));
}

void ContentArea::setFilter(const QString &searchText, PowerFilter power, const InventoryViewModel::RowPredicate &predicate)
{
    m_vmTable->filterModel()->setFilter(searchText, power);
    m_vmTable->filterModel()->setRowPredicate(predicate);
    m_hostTable->filterModel()->setFilter(searchText, PowerFilter::All);
}

void ContentArea::refilter()
{
    m_vmTable->filterModel()->refilter();
}

QList<ResourceId> ContentArea::selectedResources() const
{
    if (currentWidget() != m_containerPage)
        return {};
    auto *table = qobject_cast<ResourceTableView *>(m_containerTabs->currentWidget());
    return table ? table->selectedResources() : QList<ResourceId>();
}

} // namespace welkin
