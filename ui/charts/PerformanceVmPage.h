#pragma once

#include "content/VmPageFactory.h"

namespace welkin {

class HistoryStore;
class MetricsHub;
class PerformancePage;

// The VM view's "Performance" tab: a PerformancePage on the VM the view shows.
class PerformanceVmPage : public VmPage
{
    Q_OBJECT
public:
    PerformanceVmPage(MetricsHub *hub, HistoryStore *history, QWidget *parent = nullptr);
    void setVm(const ResourceId &vm) override;
    PerformancePage *page() const { return m_page; }

private:
    PerformancePage *m_page;
};

// Replaces the placeholder: registry.add(std::make_unique<PerformanceVmPageFactory>(hub, history)).
class PerformanceVmPageFactory : public VmPageFactory
{
public:
    PerformanceVmPageFactory(MetricsHub *hub, HistoryStore *history) : m_hub(hub), m_history(history) {}
    QString id() const override;
    QString title() const override;
    VmPage *create(const VmPageContext &context, QWidget *parent) const override;

private:
    MetricsHub *m_hub;
    HistoryStore *m_history;
};

} // namespace welkin
