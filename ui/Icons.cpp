#include "Icons.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace welkin::Icons {

using namespace Qt::StringLiterals;

namespace {
// QIcon loads lazily; caching keeps data() cheap for thousands of rows.
QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/welkin/icons/"_s + name + u".svg"_s));
    return *it;
}
} // namespace

QIcon forVm(PowerState state)
{
    switch (state) {
    case PowerState::Running: return cached(u"vm-running"_s);
    case PowerState::Paused: return cached(u"vm-paused"_s);
    case PowerState::ShutOff: return cached(u"vm-shutoff"_s);
    case PowerState::Crashed:
    case PowerState::Error: return cached(u"vm-crashed"_s);
    case PowerState::Suspended: return cached(u"vm-suspended"_s);
    case PowerState::ShuttingDown:
    case PowerState::Building:
    case PowerState::Migrating:
    case PowerState::Blocked: return cached(u"vm-busy"_s);
    case PowerState::Unknown: break;
    }
    return cached(u"vm-unknown"_s);
}

QIcon forProvider(ProviderState state)
{
    switch (state) {
    case ProviderState::Connected: return cached(u"provider-connected"_s);
    case ProviderState::Connecting: return cached(u"provider-busy"_s);
    case ProviderState::Unreachable: return cached(u"provider-unreachable"_s);
    case ProviderState::AuthFailed: return cached(u"provider-authfailed"_s);
    case ProviderState::Disconnected: break;
    }
    return cached(u"provider-shutoff"_s);
}

QIcon forKind(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Provider: return cached(u"kind-provider"_s);
    case ResourceKind::Region: return cached(u"kind-region"_s);
    case ResourceKind::Zone: return cached(u"kind-zone"_s);
    case ResourceKind::Pod: return cached(u"kind-pod"_s);
    case ResourceKind::Cluster: return cached(u"kind-cluster"_s);
    case ResourceKind::Project: return cached(u"kind-project"_s);
    case ResourceKind::Host: return cached(u"kind-host"_s);
    case ResourceKind::Vm: return cached(u"kind-vm"_s);
    case ResourceKind::Pool: return cached(u"kind-pool"_s);
    case ResourceKind::Invalid: break;
    }
    return {};
}

QIcon snapshot()
{
    return QIcon::fromTheme(u"camera-photo"_s, QApplication::style()->standardIcon(QStyle::SP_DialogSaveButton));
}

QIcon migrate()
{
    return QIcon::fromTheme(u"go-next"_s, QApplication::style()->standardIcon(QStyle::SP_ArrowForward));
}

QIcon currentSnapshot()
{
    return QIcon::fromTheme(u"media-playback-start"_s, QApplication::style()->standardIcon(QStyle::SP_MediaPlay));
}

} // namespace welkin::Icons
