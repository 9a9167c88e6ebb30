#include "LibvirtErrors.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

bool LibvirtError::isAuthFailure() const
{
    return code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED || code == VIR_ERR_AUTH_UNAVAILABLE;
}

bool LibvirtError::isConnectionFailure() const
{
    return code == VIR_ERR_SYSTEM_ERROR || code == VIR_ERR_RPC || code == VIR_ERR_NO_CONNECT;
}

bool LibvirtError::isNoDomain() const
{
    return code == VIR_ERR_NO_DOMAIN;
}

bool LibvirtError::isUnsupported() const
{
    // The test driver answers unknown flags with INVALID_ARG ("unsupported flags (0x14) ...").
    return code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_ARGUMENT_UNSUPPORTED || code == VIR_ERR_INVALID_ARG;
}

QString LibvirtError::describe(const QString &whatFailed) const
{
    const QString text = message.isEmpty() ? u"unknown libvirt error"_s : message;
    return whatFailed.isEmpty() ? text : whatFailed + u": "_s + text;
}

LibvirtError lastError()
{
    LibvirtError error;
    // virGetLastError does not reset the thread's error; virGetLastErrorMessage never returns null.
    if (const virError *e = virGetLastError()) {
        error.code = e->code;
        error.domain = e->domain;
        if (e->message)
            error.message = QString::fromUtf8(e->message).trimmed();
    }
    if (error.message.isEmpty() && error.code != VIR_ERR_OK)
        error.message = QString::fromUtf8(virGetLastErrorMessage()).trimmed();
    return error;
}

bool connectionLost(virConnectPtr conn, const LibvirtError &error)
{
    if (!conn)
        return true;
    const int alive = virConnectIsAlive(conn);
    if (alive == 0)
        return true;
    // SYSTEM_ERROR also covers local failures (a missing file): only trust it with isAlive != 1.
    return error.code == VIR_ERR_NO_CONNECT || (error.isConnectionFailure() && alive != 1);
}

} // namespace welkin::libvirt
