#pragma once

#include "ConsoleEndpoint.h"
#include "ConsoleRoute.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace welkin {

// One <graphics> element of a libvirt domain XML, password included (only present when the XML
// was read with VIR_DOMAIN_XML_SECURE). Kept in memory only.
struct LibvirtGraphics {
    QString type;       // "vnc", "spice", "sdl", "rdp", ...
    GraphicsListen listen;
    QString password;
    bool hasPassword = false; // passwd= present (its value may have been withheld)
};

struct LibvirtGraphicsList {
    bool ok = false;
    QList<LibvirtGraphics> graphics;
    QString error; // "line 3, column 7: ..." on malformed XML
};
LibvirtGraphicsList parseLibvirtGraphics(const QByteArray &xml);

// The console endpoint of a domain: picks the first graphics of `preferredType` ("vnc" or
// "spice"; "" = VNC, else SPICE), decides the route for the connection `uri`, and carries the
// password over. `passwordReadable`: the XML came with VIR_DOMAIN_XML_SECURE (a read-write
// connection); otherwise a password the guest requires is flagged as unavailable.
struct LibvirtConsoleResult {
    bool ok = false;
    ConsoleEndpoint endpoint;
    QString error;
};
LibvirtConsoleResult libvirtConsoleEndpoint(const QByteArray &xml, const QString &uri, const QString &vmName,
                                            const QString &preferredType, bool passwordReadable);

} // namespace welkin
