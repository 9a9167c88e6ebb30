#pragma once

#include "ConsoleDefaults.h"
#include "console/ConsoleEndpoint.h"
#include "model/ResourceId.h"

#include <QObject>
#include <QPointer>

namespace welkin {

class ConsoleTabs;
class ConsoleWidget;
class Provider;
class SshTunnelPool;
class ViewerLauncher;

// The one entry point for "open the console of this VM". Asks the provider for the endpoint
// (asynchronously), sets up the SSH tunnel when needed (one ssh login per host, shared), then:
//   openEmbedded: VNC in a ConsoleTabs tab (a second request for the same VM shows that tab);
//                 SPICE in the external viewer; URL consoles in the browser;
//   openExternal: remote-viewer (.vv on stdin); URL consoles in the browser.
// Failures come out of failed() with a readable message.
class ConsoleOpener : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleOpener(ConsoleTabs *tabs, QObject *parent = nullptr);
    ~ConsoleOpener() override;

    void openEmbedded(Provider *provider, const ResourceId &vm);
    void openExternal(Provider *provider, const ResourceId &vm);
    // Embedded or external, as the defaults say.
    void open(Provider *provider, const ResourceId &vm);

    void setDefaults(const ConsoleDefaults &defaults);
    const ConsoleDefaults &defaults() const { return m_defaults; }

    ConsoleTabs *tabs() const { return m_tabs; }
    ViewerLauncher *launcher() const { return m_launcher; }
    SshTunnelPool *tunnels() const { return m_tunnels; }

Q_SIGNALS:
    void consoleOpened(welkin::ConsoleWidget *console);
    void externalViewerStarted(const welkin::ResourceId &vm);
    void urlOpened(const welkin::ConsoleEndpoint &endpoint);
    void failed(const welkin::ResourceId &vm, const QString &message);

private:
    enum class Mode { Embedded, External };
    void request(Provider *provider, const ResourceId &vm, Mode mode);
    void withTunnel(const ConsoleEndpoint &endpoint, const ResourceId &vm,
                    const std::function<void(const ConsoleEndpoint &, QObject *lease)> &then);
    void deliver(Provider *provider, const ResourceId &vm, Mode mode, const ConsoleEndpoint &endpoint, QObject *lease);
    void launchExternal(const ResourceId &vm, const ConsoleEndpoint &endpoint, QObject *lease);

    QPointer<ConsoleTabs> m_tabs;
    ConsoleDefaults m_defaults;
    ViewerLauncher *m_launcher = nullptr;
    SshTunnelPool *m_tunnels = nullptr;
};

} // namespace welkin
