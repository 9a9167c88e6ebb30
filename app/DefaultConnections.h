#pragma once

#include "providers/ConnectionProfile.h"

#include <QList>

namespace welkin {

struct CommandLine;

// The connections to open at start: the --connect URIs, or else the embedded demo host (libvirt's
// test driver over a node file shipped in the resources) plus qemu:///system when a local
// libvirtd socket exists.
QList<ConnectionProfile> defaultConnections(const CommandLine &commandLine);

// Writes the demo node XML from the resources to the cache directory; its test:/// URI, or an
// empty string when it could not be written.
QString demoHostUri();

} // namespace welkin
