#pragma once

#include "manage/VmSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace welkin {

// The cloud-init NoCloud seed for a cloud-image VM: an ISO 9660 image (Joliet and Rock Ridge)
// with volume label "cidata" holding "user-data" (#cloud-config: host name, one sudo user with
// the SSH key, then the user's own lines) and "meta-data" (a fresh instance-id, the host name).
// Built in memory with libisofs; pure, usable on any thread.
class CloudInitSeed
{
    Q_DECLARE_TR_FUNCTIONS(welkin::CloudInitSeed)
public:
    // Empty when the spec can be used; otherwise a message for the field at fault:
    // user name (lowercase POSIX name, not root), host name (RFC 1123), SSH public key
    // ("ssh-ed25519 AAAA... comment"), extra user-data (a YAML mapping that does not set
    // the keys Welkin writes).
    static QString validate(const CloudInitSpec &spec);

    static QByteArray userData(const CloudInitSpec &spec);
    static QByteArray metaData(const CloudInitSpec &spec, const QString &instanceId);

    struct Result {
        QByteArray iso;      // empty on failure
        QString error;
        QString instanceId;  // "iid-<uuid>"
    };
    // Validates, then builds the ISO.
    static Result build(const CloudInitSpec &spec);

    static constexpr auto volumeLabel = "cidata";
};

} // namespace welkin
