// Connection URIs (typed after --connect, imported with profiles) -> provider kind and profile, the
// libvirt transport the console code derives from them, and the console route for a guest's
// graphics listener (from its live XML) over that transport.
// Input: NUL-separated fields: URI, listen type, listen address, port, TLS port, socket.
#include "FuzzSupport.h"

#include "console/ConsoleRoute.h"
#include "providers/ConnectionUri.h"

#include <algorithm>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fields fields(bytes(data, size));
    const QString uri = fields.text();

    const QString kind = providerKindForUri(uri);
    FUZZ_CHECK(kind == "libvirt"_L1 || kind == "openstack"_L1 || kind == "cloudstack"_L1, shown(kind));
    const ConnectionProfile profile = profileFromUri(uri);
    FUZZ_CHECK(profile.id == uri && profile.uri == uri && profile.kind == kind && profile.options.isEmpty(), {});

    const LibvirtTransport transport = parseLibvirtTransport(uri);
    FUZZ_CHECK(transport.remote == !transport.host.isEmpty(), shown(transport.host));
    if (transport.remote)
        FUZZ_CHECK(!transport.transport.isEmpty(), shown(uri));
    if (transport.isSsh())
        FUZZ_CHECK(transport.ssh.host == transport.host && transport.ssh.isValid() == transport.remote, shown(uri));
    else
        FUZZ_CHECK(transport.ssh == SshTarget{}, shown(uri));

    GraphicsListen listen;
    listen.listenType = fields.text();
    listen.address = fields.text();
    listen.port = int(std::clamp<qint64>(fields.number(-1), -1, 65535));
    listen.tlsPort = int(std::clamp<qint64>(fields.number(-1), -1, 65535));
    listen.socket = fields.text();
    const ConsoleRoute route = decideConsoleRoute(transport, listen);
    FUZZ_CHECK(route.ok == route.error.isEmpty(), shown(route.error));
    if (!route.ok)
        return 0;
    if (!route.socket.isEmpty()) {
        // A UNIX socket only ever on this machine, and nothing else to connect to.
        FUZZ_CHECK(!transport.remote && route.host.isEmpty() && !route.tunnel, shown(route.host));
    } else {
        FUZZ_CHECK(!route.host.isEmpty() && (route.port > 0 || route.tlsPort > 0), shown(route.host));
    }
    if (route.tunnel) {
        // TLS cannot be forwarded; the tunnel goes where the URI's ssh login goes.
        FUZZ_CHECK(transport.isSsh() && route.port > 0 && route.tlsPort == -1 && route.ssh == transport.ssh
                       && route.ssh.isValid(), {});
        FUZZ_CHECK(isLoopbackAddress(route.host), shown(route.host));
    }
    if (transport.remote && !route.tunnel)
        FUZZ_CHECK(!isLoopbackAddress(route.host) || isLoopbackAddress(transport.host), shown(route.host));
    return 0;
}
