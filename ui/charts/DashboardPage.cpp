#include "DashboardPage.h"

#include "QuotaGauges.h"
#include "inventory/Inventory.h"
#include "metrics/Aggregate.h"
#include "metrics/MetricsHub.h"
#include "metrics/TopN.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

struct DashboardPage::Collected {
    int providers = 0;
    QList<ResourceId> providerIds;
    QList<ResourceId> hosts;
    QList<ResourceId> vms;
    QMap<PowerState, int> vmStates;
};

namespace {

QTableWidget *topTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setHorizontalHeaderLabels({DashboardPage::tr("Name"), DashboardPage::tr("Value"), DashboardPage::tr("Where")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QList<ResourceId> idsOf(const QTableWidget *table)
{
    QList<ResourceId> ids;
    for (int row = 0; row < table->rowCount(); ++row)
        ids.append(table->item(row, 0)->data(Qt::UserRole).value<ResourceId>());
    return ids;
}

} // namespace

DashboardPage::DashboardPage(Inventory *inventory, MetricsHub *hub, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_hub(hub), m_counts(new QLabel(this)), m_cpu(new QProgressBar(this)),
      m_memory(new QProgressBar(this)), m_quota(new QuotaGauges(this)), m_metricBox(new QComboBox(this)), m_vms(topTable(this)),
      m_hosts(topTable(this)), m_refresh(new QTimer(this))
{
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QProgressBar *bar : {m_cpu, m_memory})
        bar->setRange(0, 100);
    for (Metric m : {Metric::Cpu, Metric::MemoryPercent, Metric::DiskBps, Metric::NetBps})
        m_metricBox->addItem(metricDisplayName(m), int(m));

    auto *utilisation = new QFormLayout;
    utilisation->addRow(tr("CPU (hosts):"), m_cpu);
    utilisation->addRow(tr("Memory (hosts):"), m_memory);

    auto *vmBox = new QGroupBox(tr("Top 10 virtual machines"), this);
    (new QVBoxLayout(vmBox))->addWidget(m_vms);
    auto *hostBox = new QGroupBox(tr("Top 10 hosts"), this);
    (new QVBoxLayout(hostBox))->addWidget(m_hosts);
    auto *tops = new QHBoxLayout;
    tops->addWidget(vmBox);
    tops->addWidget(hostBox);

    auto *by = new QHBoxLayout;
    by->addWidget(new QLabel(tr("Top 10 by:"), this));
    by->addWidget(m_metricBox);
    by->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(utilisation);
    layout->addWidget(m_quota);
    layout->addLayout(by);
    layout->addLayout(tops, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setTopMetric(Metric(m_metricBox->itemData(index).toInt())); });
    for (QTableWidget *table : {m_vms, m_hosts})
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
            Q_EMIT resourceActivated(table->item(row, 0)->data(Qt::UserRole).value<ResourceId>());
        });
    if (hub)
        connect(hub, &MetricsHub::cycleIngested, this, &DashboardPage::scheduleRefresh);
    connect(inventory, &Inventory::deltaApplied, this, &DashboardPage::scheduleRefresh);
}

void DashboardPage::setRoot(const ResourceId &root)
{
    m_root = root;
    m_useMembers = false;
    refresh();
}

void DashboardPage::setMembers(const QList<ResourceId> &members)
{
    m_members = members;
    m_useMembers = true;
    refresh();
}

void DashboardPage::setTopMetric(Metric metric)
{
    m_topMetric = metric;
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(metric)));
    refresh();
}

void DashboardPage::scheduleRefresh()
{
    if (isVisible() && !m_refresh->isActive())
        m_refresh->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::collect(const InventoryNode *node, Collected &out) const
{
    switch (node->kind()) {
    case ResourceKind::Provider:
        ++out.providers;
        out.providerIds.append(node->id());
        break;
    case ResourceKind::Host: out.hosts.append(node->id()); break;
    case ResourceKind::Vm:
        out.vms.append(node->id());
        ++out.vmStates[node->resource().vm()->state];
        return;
    default: break;
    }
    for (int i = 0; i < node->childCount(); ++i)
        collect(node->child(i), out);
}

void DashboardPage::refresh()
{
    Collected c;
    if (m_useMembers) {
        for (const ResourceId &id : std::as_const(m_members))
            if (const InventoryNode *node = m_inventory->node(id))
                collect(node, c);
    } else {
        const InventoryNode *root = m_root.isValid() ? m_inventory->node(m_root) : m_inventory->root();
        if (root)
            collect(root, c);
        const GroupInfo *group = root && m_root.isValid() ? root->resource().group() : nullptr;
        m_quota->setDetails(group ? group->details : QMap<QString, QString>());
    }
    if (m_useMembers)
        m_quota->setDetails({});
    QStringList states;
    for (auto it = c.vmStates.cbegin(); it != c.vmStates.cend(); ++it)
        states.append(u"%1 %2"_s.arg(powerStateDisplayName(it.key()).toLower()).arg(it.value()));
    QString text = tr("Providers: %1 · Hosts: %2 · Virtual machines: %3").arg(c.providers).arg(c.hosts.size()).arg(c.vms.size());
    if (!states.isEmpty())
        text += u" ("_s + states.join(u", "_s) + u')';
    m_counts->setText(text);

    // Utilisation of the hosts (or, for VM-only groups, of the VMs' own allocations).
    Aggregator aggregator;
    const QList<ResourceId> &basis = c.hosts.isEmpty() ? c.vms : c.hosts;
    for (const ResourceId &id : basis)
        if (const auto s = m_hub ? m_hub->latest(id) : std::nullopt)
            aggregator.add(*s);
    const MetricSample total = aggregator.result({}, 0);
    double cpu = c.hosts.isEmpty() ? total.cpuGuestPercent : total.cpuPercent;
    if (std::isnan(cpu) && !c.providerIds.isEmpty() && m_hub) {
        // Hosts without a CPU figure (the test driver): the providers' aggregates, which count
        // what the VMs take of their hosts.
        Aggregator providers;
        for (const ResourceId &id : std::as_const(c.providerIds))
            if (const auto s = m_hub->latest(id))
                providers.add(*s);
        cpu = providers.result({}, 0).cpuPercent;
    }
    const double memory = metricValue(total, Metric::MemoryPercent);
    for (auto [bar, value] : {std::pair{m_cpu, cpu}, std::pair{m_memory, memory}}) {
        bar->setValue(std::isnan(value) ? 0 : int(std::lround(value)));
        bar->setFormat(std::isnan(value) ? tr("no figures") : u"%p %"_s);
        bar->setProperty("known", !std::isnan(value));
    }
    if (m_hub) {
        fillTop(m_vms, c.vms);
        fillTop(m_hosts, c.hosts);
    }
}

void DashboardPage::fillTop(QTableWidget *table, const QList<ResourceId> &candidates)
{
    const QList<RankedResource> top = topResources(*m_hub, candidates, m_topMetric, 10);
    table->setRowCount(int(top.size()));
    for (int row = 0; row < top.size(); ++row) {
        const InventoryNode *node = m_inventory->node(top[row].id);
        const InventoryNode *parent = node ? node->parent() : nullptr;
        auto *name = new QTableWidgetItem(node ? node->resource().name : top[row].id.nativeId());
        name->setData(Qt::UserRole, QVariant::fromValue(top[row].id));
        auto *value = new QTableWidgetItem(formatMetric(m_topMetric, top[row].value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, name);
        table->setItem(row, 1, value);
        table->setItem(row, 2, new QTableWidgetItem(parent ? parent->resource().name : QString()));
    }
}

QString DashboardPage::countsText() const
{
    return m_counts->text();
}

QList<ResourceId> DashboardPage::topVms() const
{
    return idsOf(m_vms);
}

QList<ResourceId> DashboardPage::topHosts() const
{
    return idsOf(m_hosts);
}

int DashboardPage::cpuUtilisation() const
{
    return m_cpu->property("known").toBool() ? m_cpu->value() : -1;
}

int DashboardPage::memoryUtilisation() const
{
    return m_memory->property("known").toBool() ? m_memory->value() : -1;
}

} // namespace welkin
