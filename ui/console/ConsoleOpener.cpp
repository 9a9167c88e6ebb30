#include "ConsoleOpener.h"

#include "ConsoleTabs.h"
#include "ConsoleWidget.h"
#include "console/SshTunnelPool.h"
#include "console/ViewerLauncher.h"
#include "providers/Provider.h"

#include <QDesktopServices>
#include <QProcess>

namespace welkin {

using namespace Qt::StringLiterals;

ConsoleOpener::ConsoleOpener(ConsoleTabs *tabs, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_launcher(new ViewerLauncher(this)), m_tunnels(new SshTunnelPool(this))
{
    connect(m_launcher, &ViewerLauncher::viewerFailed, this, [this](const QString &title, const QString &error) {
        Q_EMIT failed({}, tr("Viewer for %1: %2").arg(title, error));
    });
}

ConsoleOpener::~ConsoleOpener() = default;

void ConsoleOpener::openEmbedded(Provider *provider, const ResourceId &vm)
{
    if (m_tabs && m_tabs->showConsole(vm))
        return;
    request(provider, vm, Mode::Embedded);
}

void ConsoleOpener::openExternal(Provider *provider, const ResourceId &vm)
{
    request(provider, vm, Mode::External);
}

void ConsoleOpener::open(Provider *provider, const ResourceId &vm)
{
    if (m_defaults.external)
        openExternal(provider, vm);
    else
        openEmbedded(provider, vm);
}

void ConsoleOpener::setDefaults(const ConsoleDefaults &defaults)
{
    m_defaults = defaults;
    m_launcher->setCommand(defaults.viewerCommand.isEmpty() ? ViewerLauncher::defaultCommand() : defaults.viewerCommand);
}

void ConsoleOpener::request(Provider *provider, const ResourceId &vm, Mode mode)
{
    if (!provider) {
        Q_EMIT failed(vm, tr("The connection of this VM is gone."));
        return;
    }
    Task *task = provider->requestConsoleEndpoint(vm, mode == Mode::External ? QString() : u"vnc"_s);
    QPointer<Provider> guard(provider);
    connect(task, &Task::finished, this, [this, task, guard, vm, mode](bool ok) {
        if (!ok) {
            Q_EMIT failed(vm, task->errorText());
            return;
        }
        withTunnel(task->result().value<ConsoleEndpoint>(), vm,
                   [this, guard, vm, mode](const ConsoleEndpoint &endpoint, QObject *lease) {
                       deliver(guard, vm, mode, endpoint, lease);
                   });
    });
    // Deferred: every slot of finished() still sees the task (the tasks dock's too, when it failed).
    connect(task, &Task::finished, task, &QObject::deleteLater);
}

void ConsoleOpener::withTunnel(const ConsoleEndpoint &endpoint, const ResourceId &vm,
                               const std::function<void(const ConsoleEndpoint &, QObject *)> &then)
{
    if (!endpoint.needsTunnel) {
        then(endpoint, nullptr);
        return;
    }
    TunnelLease *lease = m_tunnels->forward(endpoint.tunnel, endpoint.host, endpoint.port);
    lease->setParent(this); // until a console adopts it
    connect(lease, &TunnelLease::ready, this, [lease, endpoint, then](int localPort) {
        ConsoleEndpoint local = endpoint;
        local.needsTunnel = false;
        local.host = u"127.0.0.1"_s;
        local.port = localPort;
        then(local, lease);
    });
    connect(lease, &TunnelLease::failed, this, [this, lease, vm](const QString &error) {
        lease->deleteLater();
        Q_EMIT failed(vm, error);
    });
}

void ConsoleOpener::deliver(Provider *provider, const ResourceId &vm, Mode mode, const ConsoleEndpoint &endpoint,
                            QObject *lease)
{
    if (endpoint.isUrl()) {
        delete lease;
        if (!QDesktopServices::openUrl(endpoint.url))
            Q_EMIT failed(vm, tr("The console page could not be opened in the browser."));
        else
            Q_EMIT urlOpened(endpoint);
        return;
    }
    if (mode == Mode::External || endpoint.protocol != ConsoleEndpoint::Protocol::Vnc || !m_tabs) {
        launchExternal(vm, endpoint, lease);
        return;
    }
    if (m_tabs->showConsole(vm)) { // opened meanwhile (double double-click)
        delete lease;
        return;
    }
    auto *console = new ConsoleWidget(vm, endpoint, lease);
    console->setScaleToFit(m_defaults.scaleToFit);
    QPointer<Provider> guard(provider);
    connect(console, &ConsoleWidget::externalViewerRequested, this, [this, guard](const ResourceId &target) {
        openExternal(guard, target);
    });
    m_tabs->addConsole(console);
    Q_EMIT consoleOpened(console);
}

void ConsoleOpener::launchExternal(const ResourceId &vm, const ConsoleEndpoint &endpoint, QObject *lease)
{
    QString error;
    QProcess *viewer = m_launcher->launch(endpoint, &error);
    if (!viewer) {
        delete lease;
        Q_EMIT failed(vm, error);
        return;
    }
    if (lease) // the tunnel lives as long as the viewer
        lease->setParent(viewer);
    Q_EMIT externalViewerStarted(vm);
}

} // namespace welkin
