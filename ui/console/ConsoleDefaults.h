#pragma once

#include <QStringList>

namespace welkin {

// How consoles open unless the user picks otherwise (Preferences › Consoles).
struct ConsoleDefaults {
    bool external = false;     // remote-viewer instead of a tab
    bool scaleToFit = true;    // embedded views start scaled to the window
    QStringList viewerCommand; // empty: ViewerLauncher::defaultCommand()
};

} // namespace welkin
