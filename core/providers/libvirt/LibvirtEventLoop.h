#pragma once

namespace welkin::libvirt {

// libvirt's event loop on Qt: the six virEventRegisterImpl callbacks implemented with
// QSocketNotifier and QTimer objects living in one dedicated QThread named "libvirt-events".
// Domain events, keepalive and close callbacks are dispatched there, whatever event
// dispatcher the GUI thread uses (libvirt's GLib default loop would share Qt's GLib context).
//
// Registered once per process and never stopped: libvirt cannot swap or stop an event
// implementation, and callbacks may outlive virConnectClose. At exit the thread is left alone.
class LibvirtEventLoop
{
public:
    // Thread-safe, idempotent. Call before the first virConnectOpen*. Also installs a no-op
    // libvirt error printer (errors are read per call with virGetLastError instead).
    static void ensureRegistered();

    // True once ensureRegistered() ran.
    static bool isRegistered();

    LibvirtEventLoop() = delete;
};

} // namespace welkin::libvirt
