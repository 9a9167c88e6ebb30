#include "PerformanceVmPage.h"

#include "PerformancePage.h"

#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

PerformanceVmPage::PerformanceVmPage(MetricsHub *hub, HistoryStore *history, QWidget *parent)
    : VmPage(parent), m_page(new PerformancePage(hub, history, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

void PerformanceVmPage::setVm(const ResourceId &vm)
{
    m_page->setResource(vm);
}

QString PerformanceVmPageFactory::id() const
{
    return u"performance"_s;
}

QString PerformanceVmPageFactory::title() const
{
    return PerformancePage::tr("Performance");
}

VmPage *PerformanceVmPageFactory::create(const VmPageContext &, QWidget *parent) const
{
    return new PerformanceVmPage(m_hub, m_history, parent);
}

} // namespace welkin
