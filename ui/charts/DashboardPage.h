#pragma once

#include "metrics/Metric.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTimer;

namespace welkin {

class Inventory;
class InventoryNode;
class MetricsHub;
class QuotaGauges;

// The estate at a glance, for the root, any inventory node or a user group: how many providers,
// hosts and VMs (by state), how busy the hosts are overall, and the top 10 VMs and hosts by CPU,
// memory, disk or network. Recounts at most once per second, and only while visible.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Inventory *inventory, MetricsHub *hub, QWidget *parent = nullptr);

    // Invalid id: everything.
    void setRoot(const ResourceId &root);
    // Instead of a subtree: these resources (a user group).
    void setMembers(const QList<ResourceId> &members);
    void setTopMetric(Metric metric);

    // Recount now (tests; the page does it by itself when shown and after changes).
    void refresh();

    // What is shown, for tests: "Providers 2", ...
    QString countsText() const;
    QList<ResourceId> topVms() const;
    QList<ResourceId> topHosts() const;
    int cpuUtilisation() const;    // percent shown on the CPU bar, -1 when unknown
    int memoryUtilisation() const;
    // The value column of a top-10 row as shown ("12.5 %"), "" when there is no such row.
    QString topVmValue(int row) const;
    QString topHostValue(int row) const;
    // The project's quotas (OpenStack), hidden for nodes without any.
    QuotaGauges *quotaGauges() const { return m_quota; }

Q_SIGNALS:
    void resourceActivated(const welkin::ResourceId &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Collected;
    void collect(const InventoryNode *node, Collected &out) const;
    void fillTop(QTableWidget *table, QLabel *missing, const QList<ResourceId> &candidates, ResourceKind kind);
    void scheduleRefresh();

    Inventory *m_inventory;
    MetricsHub *m_hub;
    ResourceId m_root;
    QList<ResourceId> m_members;
    bool m_useMembers = false;
    Metric m_topMetric = Metric::Cpu;
    QLabel *m_counts;
    QProgressBar *m_cpu;
    QProgressBar *m_memory;
    QuotaGauges *m_quota;
    QComboBox *m_metricBox;
    QTableWidget *m_vms;
    QTableWidget *m_hosts;
    QLabel *m_vmsMissing;
    QLabel *m_hostsMissing;
    QLabel *m_cpuLabel;
    QTimer *m_refresh;
};

} // namespace welkin
