#pragma once

#include <QString>

namespace welkin {

// The version of the libvirt library this process runs with ("10.0.0"), for the About box; the
// UI never calls libvirt itself. Empty when libvirt cannot tell.
QString libvirtLibraryVersion();

} // namespace welkin
