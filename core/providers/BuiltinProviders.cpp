#include "ProviderManager.h"

#include "providers/libvirt/LibvirtProvider.h"

namespace welkin {

using namespace Qt::StringLiterals;

void registerBuiltinProviders(ProviderManager &manager)
{
    manager.registerKind(u"libvirt"_s, [](const ConnectionProfile &profile, QObject *parent) -> Provider * {
        return new LibvirtProvider(profile, parent);
    });
}

} // namespace welkin
