// What the console tests and the console wall benchmark share: a VNC server of libvncserver in
// the process, listening on loopback, and a counter of a widget's repaints.
#pragma once

#include <QEvent>
#include <QObject>

#include <rfb/rfb.h>

#include <arpa/inet.h>

namespace welkin::test {

// Starts `screen` (from rfbGetScreen, its framebuffer and hooks set) on a free IPv4 loopback
// port, every client shared so that several viewers may watch at once; true when it listens.
inline bool listenOnLoopback(rfbScreenInfoPtr screen)
{
    screen->autoPort = TRUE;
    screen->ipv6port = 0;
    screen->listenInterface = htonl(INADDR_LOOPBACK);
    screen->alwaysShared = TRUE;
    rfbInitServer(screen);
    return screen->port > 0 && screen->listenSock >= 0;
}

// Counts the paint events of the objects it is installed on as an event filter.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace welkin::test
