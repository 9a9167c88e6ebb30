#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace welkin {

// An ssh login that can carry a console: the host part of a qemu+ssh:// URI.
struct SshTarget {
    QString user;  // empty: ssh's default (~/.ssh/config, $USER)
    QString host;
    int port = -1; // -1: ssh's default
    QString keyFile; // the URI's keyfile= parameter, if any

    bool isValid() const { return !host.isEmpty(); }
    // "user@host:port" - identifies one ssh login (one tunnel process per key).
    QString key() const;
    friend bool operator==(const SshTarget &, const SshTarget &) = default;
};

// Where a VM's screen can be reached, as a provider answers "open the console". Either a
// graphics server (VNC or SPICE: host/port, TLS port, UNIX socket, password) or, for clouds, a
// URL for the browser. Holds the password in memory only: never log it, never write it.
struct ConsoleEndpoint {
    enum class Protocol { Vnc, Spice, Url };

    Protocol protocol = Protocol::Vnc;
    QString host;        // what to connect to (after the tunnel decision: the client's view)
    int port = -1;       // -1: none (TLS only, socket, or URL)
    int tlsPort = -1;    // SPICE
    QString socket;      // UNIX socket path on the client's machine (local libvirt)
    QString password;    // secret; empty when none is needed or it could not be read
    bool passwordUnavailable = false; // one is required but the connection could not read it
    QUrl url;            // Protocol::Url
    QString title;       // window / tab title, normally the VM's name
    QString note;        // what the user should know: "noVNC console; the link is valid for about 10 minutes"

    // When set, host:port is an address on the ssh target's side (typically 127.0.0.1 of
    // the remote host) that must be forwarded through ssh before anything can connect.
    bool needsTunnel = false;
    SshTarget tunnel;

    bool isUrl() const { return protocol == Protocol::Url; }
    // Non-secret summary for messages and logs: "vnc 127.0.0.1:5900 (password)".
    QString describe() const;
    friend bool operator==(const ConsoleEndpoint &, const ConsoleEndpoint &) = default;
};

QString consoleProtocolName(ConsoleEndpoint::Protocol protocol); // "vnc", "spice", "url"

} // namespace welkin

Q_DECLARE_METATYPE(welkin::ConsoleEndpoint)
