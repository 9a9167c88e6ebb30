#pragma once

#include <QString>

namespace welkin {

// Checks a libvirt connection URI before anything tries to open it: the driver and transport
// are known, the host and port are well-formed, the path suits the driver. Returns a specific
// message for the first problem, or an empty string when the URI looks right.
QString libvirtUriProblem(const QString &uri);

// A host name or address as libvirt URIs accept it ("kvm-03.lan", "192.0.2.1", "[2001:db8::1]").
bool isValidHostName(const QString &host);

} // namespace welkin
