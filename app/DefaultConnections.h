#pragma once

#include "providers/ConnectionProfile.h"

#include <QList>

namespace welkin {

struct CommandLine;
struct Preferences;

// The connections to open at start: the --connect URIs, or else the embedded demo host (libvirt's
// test driver over a node file shipped in the resources) plus qemu:///system when a local
// libvirtd socket exists.
QList<ConnectionProfile> defaultConnections(const CommandLine &commandLine);

// The window's connections besides the saved ones (`configured`): the --connect URIs; else
// qemu:///system when a local libvirtd socket exists and, only while no connection is
// configured and the preferences allow it, the demo host.
QList<ConnectionProfile> startupConnections(const CommandLine &commandLine, const QList<ConnectionProfile> &configured,
                                            const Preferences &preferences);

// Writes the demo node XML from the resources to the cache directory; its test:/// URI, or an
// empty string when it could not be written.
QString demoHostUri();

} // namespace welkin
