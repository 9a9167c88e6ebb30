#include "PerformanceVmPage.h"

#include "PerformancePage.h"

#include "providers/Provider.h"
#include "providers/ProviderManager.h"

#include <QLabel>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

PerformanceVmPage::PerformanceVmPage(MetricsHub *hub, HistoryStore *history, ProviderManager *providers, QWidget *parent)
    : VmPage(parent), m_page(new PerformancePage(hub, history, this)), m_providers(providers), m_unavailable(new QLabel(this))
{
    m_unavailable->setObjectName(u"metricsUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setMargin(8);
    m_unavailable->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_page);
}

void PerformanceVmPage::setVm(const ResourceId &vm)
{
    m_page->setResource(vm);
    if (m_vm.providerId() != vm.providerId() || !m_providerConnection) {
        disconnect(m_providerConnection);
        if (Provider *provider = m_providers ? m_providers->provider(vm.providerId()) : nullptr)
            m_providerConnection = connect(provider, &Provider::metricsAvailabilityChanged, this,
                                           &PerformanceVmPage::updateAvailability);
    }
    m_vm = vm;
    updateAvailability();
}

void PerformanceVmPage::updateAvailability()
{
    const Provider *provider = m_providers ? m_providers->provider(m_vm.providerId()) : nullptr;
    const QString reason = provider ? provider->metricsUnavailableReason(m_vm) : QString();
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
}

QString PerformanceVmPage::unavailableText() const
{
    return m_unavailable->isHidden() ? QString() : m_unavailable->text();
}

QString PerformanceVmPageFactory::id() const
{
    return u"performance"_s;
}

QString PerformanceVmPageFactory::title() const
{
    return PerformancePage::tr("Performance");
}

VmPage *PerformanceVmPageFactory::create(const VmPageContext &context, QWidget *parent) const
{
    return new PerformanceVmPage(m_hub, m_history, context.providers, parent);
}

} // namespace welkin
