#pragma once

#include <QString>

struct _virConnect;

namespace welkin::libvirt {

// libvirt's last error on the calling thread, captured right after a failing call (the next
// libvirt call resets it). Cheap to copy; carries the code so callers can classify it.
struct LibvirtError {
    int code = 0;     // virErrorNumber, 0 = VIR_ERR_OK
    int domain = 0;   // virErrorDomain
    QString message;  // libvirt's text, e.g. "Domain 'web-01' is already running"

    bool isAuthFailure() const;       // AUTH_FAILED, AUTH_CANCELLED, AUTH_UNAVAILABLE
    bool isConnectionFailure() const; // SYSTEM_ERROR, RPC, NO_CONNECT (confirm with isAlive)
    bool isNoDomain() const;          // the domain no longer exists
    bool isUnsupported() const;       // NO_SUPPORT, unsupported flags, argument unsupported

    // "Could not start web-01: Domain 'web-01' is already running"
    QString describe(const QString &whatFailed) const;
};

// Reads (and does not reset) the calling thread's last libvirt error. Call it immediately after
// the failing call, before any other libvirt function.
LibvirtError lastError();

// After a failed call: is the connection itself gone (so the caller should reconnect)?
// virConnectIsAlive() is local for the remote driver (no RPC). Resets the thread's error.
bool connectionLost(_virConnect *conn, const LibvirtError &error);

} // namespace welkin::libvirt
