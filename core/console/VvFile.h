#pragma once

#include "ConsoleEndpoint.h"

#include <QByteArray>

namespace welkin {

// Options of the [virt-viewer] file that are not part of the endpoint.
struct VvOptions {
    bool fullscreen = false;
    // remote-viewer hotkey syntax ("shift+f11"); empty: the viewer's default.
    QString toggleFullscreen = QStringLiteral("shift+f11");
    QString releaseCursor = QStringLiteral("shift+f12");
    QString secureAttention = QStringLiteral("ctrl+alt+end"); // sends Ctrl+Alt+Del
};

// The content of a virt-viewer connection file (.vv) for remote-viewer: type, host, port,
// tls-port, password, title, hotkeys and delete-this-file=1. Meant to be fed to
// `remote-viewer -` on standard input so that the password never touches the disk. Values are
// stripped of line breaks (no key injection through a VM name). Not for URL endpoints.
QByteArray vvFileContent(const ConsoleEndpoint &endpoint, const VvOptions &options = {});

} // namespace welkin
