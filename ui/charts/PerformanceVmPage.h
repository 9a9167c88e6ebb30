#pragma once

#include "content/VmPageFactory.h"

class QLabel;

namespace welkin {

class HistoryStore;
class MetricsHub;
class PerformancePage;
class ProviderManager;

// The VM view's "Performance" tab: a PerformancePage on the VM the view shows, and above it why
// the VM's provider has no figures for it, when it says so (a cloud that keeps them for admins).
class PerformanceVmPage : public VmPage
{
    Q_OBJECT
public:
    PerformanceVmPage(MetricsHub *hub, HistoryStore *history, ProviderManager *providers = nullptr,
                      QWidget *parent = nullptr);
    void setVm(const ResourceId &vm) override;
    PerformancePage *page() const { return m_page; }
    // What the note above the charts says, "" when it is hidden.
    QString unavailableText() const;

private:
    void updateAvailability();

    PerformancePage *m_page;
    ProviderManager *m_providers;
    QLabel *m_unavailable;
    ResourceId m_vm;
    QMetaObject::Connection m_providerConnection;
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
