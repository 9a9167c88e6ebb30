#include "HostPages.h"

#include "NetworksPage.h"
#include "StoragePage.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QTabWidget>

namespace welkin {

using namespace Qt::StringLiterals;

HostPages::HostPages(QTabWidget *tabs, ProviderManager *providers, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_providers(providers), m_storage(new StoragePage), m_networks(new NetworksPage)
{
    // Children of the tab widget, in its tabs or out of them: they live as long as it does.
    m_storage->setParent(tabs);
    m_networks->setParent(tabs);
    m_storage->hide();
    m_networks->hide();
}

LibvirtProvider *HostPages::libvirtProvider(const ResourceId &id) const
{
    if (!m_providers || (id.kind() != ResourceKind::Provider && id.kind() != ResourceKind::Host))
        return nullptr;
    return qobject_cast<LibvirtProvider *>(m_providers->provider(id.providerId()));
}

bool HostPages::isShown() const
{
    return m_tabs->indexOf(m_storage) >= 0;
}

void HostPages::show(const ResourceId &id)
{
    LibvirtProvider *provider = libvirtProvider(id);
    if (!provider) {
        hide();
        return;
    }
    m_storage->setProvider(provider);
    m_networks->setProvider(provider);
    if (isShown())
        return;
    // After "Virtual machines" and "Hosts", before the monitoring tabs.
    const int at = std::min(2, m_tabs->count());
    m_tabs->insertTab(at, m_storage, m_storage->style()->standardIcon(QStyle::SP_DriveHDIcon), tr("Storage"));
    m_tabs->insertTab(at + 1, m_networks, m_networks->style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Networks"));
}

void HostPages::hide()
{
    for (QWidget *page : {static_cast<QWidget *>(m_storage), static_cast<QWidget *>(m_networks)}) {
        if (const int index = m_tabs->indexOf(page); index >= 0)
            m_tabs->removeTab(index); // the page stays ours (parented to the tab widget)
        page->hide();
    }
    m_storage->setProvider(nullptr);
    m_networks->setProvider(nullptr);
}

void HostPages::showStorage()
{
    if (isShown())
        m_tabs->setCurrentWidget(m_storage);
}

void HostPages::showNetworks()
{
    if (isShown())
        m_tabs->setCurrentWidget(m_networks);
}

bool HostPages::populateMenu(QMenu *menu, const ResourceId &id, const std::function<void()> &reveal)
{
    if (!libvirtProvider(id))
        return false;
    const auto go = [this, reveal](void (HostPages::*tab)()) {
        if (reveal)
            reveal();
        (this->*tab)();
    };
    if (!menu->isEmpty())
        menu->addSeparator();
    QStyle *style = m_tabs->style();
    menu->addAction(style->standardIcon(QStyle::SP_DriveHDIcon), tr("Storage…"), this, [go] {
        go(&HostPages::showStorage);
    })->setObjectName(u"hostStorage"_s);
    menu->addAction(style->standardIcon(QStyle::SP_DriveNetIcon), tr("Networks…"), this, [go] {
        go(&HostPages::showNetworks);
    })->setObjectName(u"hostNetworks"_s);
    menu->addAction(QIcon::fromTheme(u"folder-new"_s, style->standardIcon(QStyle::SP_FileDialogNewFolder)),
                    tr("New Storage Pool…"), this, [this, go] {
        go(&HostPages::showStorage);
        if (isShown())
            m_storage->openNewPoolDialog();
    })->setObjectName(u"hostNewPool"_s);
    menu->addAction(QIcon::fromTheme(u"network-wired"_s, style->standardIcon(QStyle::SP_DriveNetIcon)),
                    tr("New Network…"), this, [this, go] {
        go(&HostPages::showNetworks);
        if (isShown())
            m_networks->openNewNetworkDialog();
    })->setObjectName(u"hostNewNetwork"_s);
    return true;
}

} // namespace welkin
