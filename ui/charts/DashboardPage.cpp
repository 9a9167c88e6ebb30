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
    QList<ResourceId> hosts;
    QList<ResourceId> vms;
    // What has figures now: running VMs and hosts of reachable providers.
    QList<ResourceId> liveHosts;
    QList<ResourceId> liveVms;
    QMap<PowerState, int> vmStates;
};

namespace {

QTableWidget *topTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setHorizontalHeaderLabels({DashboardPage::tr("Name"), DashboardPage::tr("Value"), DashboardPage::tr("Where")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // "CPU (of its vCPUs)"
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QString valueAt(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = row >= 0 && row < table->rowCount() ? table->item(row, 1) : nullptr;
    return item ? item->text() : QString();
}

// A lost connection's figures are its last known ones, not what its resources use now.
bool providerReachable(const InventoryNode *node)
{
    for (const InventoryNode *p = node; p; p = p->parent()) {
        if (p->kind() == ResourceKind::Provider)
            return p->providerStatus().state != ProviderState::Unreachable;
    }
    return true;
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
      m_hosts(topTable(this)), m_vmsMissing(new QLabel(this)), m_hostsMissing(new QLabel(this)),
      m_cpuLabel(new QLabel(this)), m_refresh(new QTimer(this))
{
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QProgressBar *bar : {m_cpu, m_memory})
        bar->setRange(0, 100);
    for (Metric m : {Metric::Cpu, Metric::CpuHost, Metric::MemoryUsedBytes, Metric::MemoryPercent, Metric::DiskBps,
                     Metric::NetBps}) {
        m_metricBox->addItem(metricDisplayName(m), int(m));
        m_metricBox->setItemData(m_metricBox->count() - 1, metricDescription(m), Qt::ToolTipRole);
    }

    auto *utilisation = new QFormLayout;
    m_cpuLabel->setText(tr("CPU (hosts' utilisation):"));
    utilisation->addRow(m_cpuLabel, m_cpu);
    auto *memoryLabel = new QLabel(tr("Memory (hosts, used):"), this);
    utilisation->addRow(memoryLabel, m_memory);
    memoryLabel->setToolTip(metricDescription(Metric::MemoryPercent));
    m_memory->setToolTip(metricDescription(Metric::MemoryPercent));

    auto *vmBox = new QGroupBox(tr("Top 10 virtual machines"), this);
    auto *vmLayout = new QVBoxLayout(vmBox);
    vmLayout->addWidget(m_vms);
    vmLayout->addWidget(m_vmsMissing);
    auto *hostBox = new QGroupBox(tr("Top 10 hosts"), this);
    auto *hostLayout = new QVBoxLayout(hostBox);
    hostLayout->addWidget(m_hosts);
    hostLayout->addWidget(m_hostsMissing);
    for (QLabel *missing : {m_vmsMissing, m_hostsMissing}) {
        missing->setWordWrap(true);
        missing->hide();
    }
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
    case ResourceKind::Provider: ++out.providers; break;
    case ResourceKind::Host:
        out.hosts.append(node->id());
        if (providerReachable(node))
            out.liveHosts.append(node->id());
        break;
    case ResourceKind::Vm: {
        const PowerState state = node->resource().vm()->state;
        out.vms.append(node->id());
        ++out.vmStates[state];
        if (powerStateHasFigures(state) && providerReachable(node))
            out.liveVms.append(node->id());
        return;
    }
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

    // Utilisation of the hosts: the mean of their CPU figures and their memory used of their
    // total, the figures their rows and charts show. VM-only groups: their VMs' own figures.
    Aggregator aggregator;
    const bool vmsOnly = c.hosts.isEmpty();
    for (const ResourceId &id : vmsOnly ? c.liveVms : c.liveHosts)
        if (const MetricSample *s = m_hub ? m_hub->newest(id) : nullptr)
            aggregator.add(*s);
    const MetricSample total = aggregator.result({}, 0);
    const double cpu = vmsOnly ? total.cpuGuestPercent : total.cpuPercent;
    m_cpuLabel->setText(vmsOnly ? tr("CPU (VMs, of their vCPUs):") : tr("CPU (hosts' utilisation):"));
    m_cpuLabel->setToolTip(metricDescription(Metric::Cpu));
    const double memory = metricValue(total, Metric::MemoryPercent);
    for (auto [bar, value] : {std::pair{m_cpu, cpu}, std::pair{m_memory, memory}}) {
        bar->setValue(std::isnan(value) ? 0 : int(std::lround(value)));
        bar->setFormat(std::isnan(value) ? tr("no figures") : u"%p %"_s);
        bar->setProperty("known", !std::isnan(value));
    }
    if (m_hub) {
        fillTop(m_vms, m_vmsMissing, c.liveVms, ResourceKind::Vm);
        fillTop(m_hosts, m_hostsMissing, c.liveHosts, ResourceKind::Host);
    }
}

void DashboardPage::fillTop(QTableWidget *table, QLabel *missing, const QList<ResourceId> &candidates, ResourceKind kind)
{
    const QList<RankedResource> top = topResources(*m_hub, candidates, m_topMetric, 10);
    table->setHorizontalHeaderItem(1, new QTableWidgetItem(metricDisplayName(m_topMetric, kind)));
    table->horizontalHeaderItem(1)->setToolTip(metricDescription(m_topMetric));
    // Say what is left out rather than leave an unexplained gap (a guest that does not report
    // its memory use, a host without counters).
    qsizetype without = 0;
    for (const ResourceId &id : candidates) {
        const MetricSample *s = m_hub->newest(id);
        without += !s || std::isnan(metricValue(*s, m_topMetric));
    }
    missing->setText(kind == ResourceKind::Vm ? tr("%n running VM(s) without this figure.", "", int(without))
                                              : tr("%n host(s) without this figure.", "", int(without)));
    missing->setVisible(without > 0);
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

QString DashboardPage::topVmValue(int row) const
{
    return valueAt(m_vms, row);
}

QString DashboardPage::topHostValue(int row) const
{
    return valueAt(m_hosts, row);
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
