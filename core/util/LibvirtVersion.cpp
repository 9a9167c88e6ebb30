#include "LibvirtVersion.h"

#include <libvirt/libvirt.h>

namespace welkin {

using namespace Qt::StringLiterals;

QString libvirtLibraryVersion()
{
    unsigned long version = 0; // major * 1,000,000 + minor * 1,000 + release
    if (virGetVersion(&version, nullptr, nullptr) != 0)
        return {};
    return u"%1.%2.%3"_s.arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

} // namespace welkin
