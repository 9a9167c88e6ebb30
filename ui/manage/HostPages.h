#pragma once

#include "model/ResourceId.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QTabWidget;

namespace welkin {

class LibvirtProvider;
class NetworksPage;
class ProviderManager;
class StoragePage;

// The "Storage" and "Networks" tabs of a libvirt connection or host: added to the content
// area's container tabs while one is shown, removed for anything else. Also the host's context
// menu entries that lead there.
class HostPages : public QObject
{
    Q_OBJECT
public:
    HostPages(QTabWidget *tabs, ProviderManager *providers, QObject *parent = nullptr);

    // A container was shown: tabs for a libvirt provider or host, none for anything else.
    void show(const ResourceId &id);
    void hide();
    bool isShown() const;

    StoragePage *storagePage() const { return m_storage; }
    NetworksPage *networksPage() const { return m_networks; }
    void showStorage();
    void showNetworks();

    // The libvirt provider behind a provider or host row, or null.
    LibvirtProvider *libvirtProvider(const ResourceId &id) const;
    // "Storage…", "Networks…", "New Storage Pool…", "New Network…" for a libvirt provider or
    // host; `reveal` shows that row first (selects it in the tree). False when not libvirt.
    bool populateMenu(QMenu *menu, const ResourceId &id, const std::function<void()> &reveal);

private:
    QTabWidget *m_tabs;
    ProviderManager *m_providers;
    StoragePage *m_storage;
    NetworksPage *m_networks;
};

} // namespace welkin
