#include "ConsoleRoute.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("welkin::ConsoleRoute", text);
}
} // namespace

bool LibvirtTransport::isSsh() const
{
    return transport == "ssh"_L1 || transport == "libssh"_L1 || transport == "libssh2"_L1;
}

LibvirtTransport parseLibvirtTransport(const QString &uri)
{
    LibvirtTransport result;
    const QUrl url(uri);
    const QString scheme = url.scheme();
    const qsizetype plus = scheme.indexOf(u'+');
    result.transport = plus >= 0 ? scheme.mid(plus + 1) : QString();
    result.host = url.host();
    // A host name makes a URI remote; without a transport libvirt then defaults to TLS.
    result.remote = !result.host.isEmpty();
    if (result.remote && result.transport.isEmpty())
        result.transport = u"tls"_s;
    if (result.isSsh()) {
        result.ssh.host = result.host;
        result.ssh.user = url.userName();
        result.ssh.port = url.port(-1);
        result.ssh.keyFile = QUrlQuery(url).queryItemValue(u"keyfile"_s, QUrl::FullyDecoded);
    }
    return result;
}

bool isLoopbackAddress(const QString &address)
{
    if (address.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}

bool isAnyAddress(const QString &address)
{
    const QHostAddress parsed(address);
    return parsed == QHostAddress::AnyIPv4 || parsed == QHostAddress::AnyIPv6 || parsed == QHostAddress::Any;
}

ConsoleRoute decideConsoleRoute(const LibvirtTransport &transport, const GraphicsListen &listen)
{
    ConsoleRoute route;
    if (listen.listenType == "none"_L1) {
        route.error = tr("The VM's graphics have no network listener (listen type \"none\").");
        return route;
    }
    if (!listen.socket.isEmpty() || listen.listenType == "socket"_L1) {
        if (transport.remote) {
            route.error = tr("The VM's graphics listen on a UNIX socket on the remote host; "
                             "consoles through a remote socket are not supported.");
            return route;
        }
        if (listen.socket.isEmpty()) {
            route.error = tr("The VM's graphics listen on a UNIX socket whose path is not known yet.");
            return route;
        }
        route.ok = true;
        route.socket = listen.socket;
        return route;
    }
    if (listen.port <= 0 && listen.tlsPort <= 0) {
        route.error = tr("The VM has no graphics port allocated; is it running?");
        return route;
    }

    const QString address = listen.address.isEmpty() ? u"127.0.0.1"_s : listen.address;
    route.port = listen.port > 0 ? listen.port : -1;
    route.tlsPort = listen.tlsPort > 0 ? listen.tlsPort : -1;

    if (!transport.remote) {
        route.ok = true;
        if (isAnyAddress(address))
            route.host = QHostAddress(address) == QHostAddress::AnyIPv6 ? u"::1"_s : u"127.0.0.1"_s;
        else
            route.host = address;
        return route;
    }
    if (isAnyAddress(address)) {
        route.ok = true;
        route.host = transport.host;
        return route;
    }
    if (!isLoopbackAddress(address)) {
        route.ok = true;
        route.host = address;
        return route;
    }
    // Loopback of a remote host: only reachable through ssh.
    if (!transport.isSsh()) {
        route.error = tr("The VM's graphics listen only on the loopback address of %1, which can be reached "
                         "through an SSH connection only (this one uses %2).")
                          .arg(transport.host, transport.transport);
        return route;
    }
    if (route.port <= 0) {
        route.error = tr("The VM's graphics accept TLS connections only, which cannot be carried through "
                         "an SSH tunnel.");
        return route;
    }
    route.ok = true;
    route.host = address;
    route.tlsPort = -1;
    route.tunnel = true;
    route.ssh = transport.ssh;
    return route;
}

} // namespace welkin
