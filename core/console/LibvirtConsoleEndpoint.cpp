#include "LibvirtConsoleEndpoint.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("welkin::LibvirtConsoleEndpoint", text);
}

int toPort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : -1;
}

LibvirtGraphics readGraphics(QXmlStreamReader &reader)
{
    const auto attr = [&reader](QLatin1StringView name) { return reader.attributes().value(name).toString(); };
    LibvirtGraphics g;
    g.type = attr("type"_L1);
    g.listen.port = toPort(attr("port"_L1));
    g.listen.tlsPort = toPort(attr("tlsPort"_L1));
    g.listen.address = attr("listen"_L1);
    g.listen.socket = attr("socket"_L1);
    g.hasPassword = reader.attributes().hasAttribute("passwd"_L1);
    g.password = attr("passwd"_L1);
    while (reader.readNextStartElement()) {
        if (reader.name() == "listen"_L1 && g.listen.listenType.isEmpty()) {
            // The first <listen> is the one the port belongs to.
            g.listen.listenType = attr("type"_L1);
            if (g.listen.listenType == "address"_L1 || g.listen.listenType == "network"_L1) {
                if (const QString address = attr("address"_L1); !address.isEmpty())
                    g.listen.address = address;
            } else if (g.listen.listenType == "socket"_L1 && g.listen.socket.isEmpty()) {
                g.listen.socket = attr("socket"_L1);
            }
        }
        reader.skipCurrentElement();
    }
    return g;
}

} // namespace

LibvirtGraphicsList parseLibvirtGraphics(const QByteArray &xml)
{
    LibvirtGraphicsList result;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != "domain"_L1) {
        result.error = reader.hasError() ? reader.errorString() : tr("not a domain XML document");
        return result;
    }
    while (reader.readNextStartElement()) {
        if (reader.name() != "devices"_L1) {
            reader.skipCurrentElement();
            continue;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() == "graphics"_L1)
                result.graphics.append(readGraphics(reader));
            else
                reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        result.error = u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        for (LibvirtGraphics &g : result.graphics)
            g.password.fill(u'\0');
        result.graphics.clear();
        return result;
    }
    result.ok = true;
    return result;
}

LibvirtConsoleResult libvirtConsoleEndpoint(const QByteArray &xml, const QString &uri, const QString &vmName,
                                            const QString &preferredType, bool passwordReadable)
{
    LibvirtConsoleResult result;
    const LibvirtGraphicsList parsed = parseLibvirtGraphics(xml);
    if (!parsed.ok) {
        result.error = tr("The domain XML of %1 could not be read: %2").arg(vmName, parsed.error);
        return result;
    }
    if (parsed.graphics.isEmpty()) {
        // Not a connection problem: there is nothing to connect to.
        result.error = tr("This VM has no graphical console (no <graphics> device). Add one in Details › Hardware, "
                          "or use the serial console with virsh console.");
        return result;
    }
    const LibvirtGraphics *chosen = nullptr;
    const QString wanted = preferredType.isEmpty() ? u"vnc"_s : preferredType;
    for (const LibvirtGraphics &g : parsed.graphics) {
        if (g.type == wanted) {
            chosen = &g;
            break;
        }
    }
    for (const LibvirtGraphics &g : parsed.graphics) {
        if (!chosen && (g.type == "vnc"_L1 || g.type == "spice"_L1))
            chosen = &g;
    }
    if (!chosen) {
        result.error = tr("%1 has no VNC or SPICE graphics device (only %2). Add a VNC or SPICE one in Details › "
                          "Hardware, or use the serial console with virsh console.")
                           .arg(vmName, parsed.graphics.constFirst().type);
        return result;
    }

    const ConsoleRoute route = decideConsoleRoute(parseLibvirtTransport(uri), chosen->listen);
    if (!route.ok) {
        result.error = route.error;
        return result;
    }
    ConsoleEndpoint &e = result.endpoint;
    e.protocol = chosen->type == "spice"_L1 ? ConsoleEndpoint::Protocol::Spice : ConsoleEndpoint::Protocol::Vnc;
    e.host = route.host;
    e.port = route.port;
    e.tlsPort = route.tlsPort;
    e.socket = route.socket;
    e.needsTunnel = route.tunnel;
    e.tunnel = route.ssh;
    e.title = vmName;
    e.password = chosen->password;
    // Without the secure flag libvirt leaves passwd= out entirely: whether one is needed is unknown.
    e.passwordUnavailable = !passwordReadable || (chosen->hasPassword && chosen->password.isEmpty());
    result.ok = true;
    return result;
}

} // namespace welkin
