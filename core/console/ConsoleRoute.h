#pragma once

#include "ConsoleEndpoint.h"

#include <QString>

namespace welkin {

// How a libvirt URI reaches its host, as far as consoles care.
struct LibvirtTransport {
    bool remote = false;   // a host name is given (even "localhost" over ssh counts as remote)
    QString transport;     // "ssh", "libssh", "libssh2", "tls", "tcp", "unix", "ext" or ""
    QString host;          // the URI's host name, empty when local
    SshTarget ssh;         // filled for the ssh transports

    bool isSsh() const;
};
LibvirtTransport parseLibvirtTransport(const QString &uri);

// Where a guest's graphics server listens, from its live XML.
struct GraphicsListen {
    QString listenType; // "address", "network", "socket", "none" or "" (old-style listen=)
    QString address;    // "" when none given
    int port = -1;
    int tlsPort = -1;
    QString socket;
};

// What a client on this machine has to do to reach that listener: connect directly, forward
// through ssh, or give up with a reason. virt-manager's rules (sshtunnels.py): an empty listen
// address means loopback; "any" means the connection's host; a tunnel is needed exactly when the
// guest listens on a remote host's loopback and the connection uses ssh.
struct ConsoleRoute {
    bool ok = false;
    QString error;      // translated, user-facing, when !ok
    QString host;       // connect here (when tunnel: the address on the remote side)
    int port = -1;
    int tlsPort = -1;   // dropped (-1) when tunnelling: TLS cannot go through the forward
    QString socket;     // local UNIX socket
    bool tunnel = false;
    SshTarget ssh;
};
ConsoleRoute decideConsoleRoute(const LibvirtTransport &transport, const GraphicsListen &listen);

bool isLoopbackAddress(const QString &address);
bool isAnyAddress(const QString &address);

} // namespace welkin
