#include "ProviderManager.h"

#include "providers/cloudstack/CloudStackProvider.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/openstack/OpenStackProvider.h"

namespace welkin {

using namespace Qt::StringLiterals;

void registerBuiltinProviders(ProviderManager &manager)
{
    manager.registerKind(u"libvirt"_s, [](const ConnectionProfile &profile, QObject *parent) -> Provider * {
        return new LibvirtProvider(profile, parent);
    });
    manager.registerKind(u"openstack"_s, [](const ConnectionProfile &profile, QObject *parent) -> Provider * {
        return new OpenStackProvider(profile, parent);
    });
    manager.registerKind(u"cloudstack"_s, [](const ConnectionProfile &profile, QObject *parent) -> Provider * {
        return new CloudStackProvider(profile, parent);
    });
}

} // namespace welkin
