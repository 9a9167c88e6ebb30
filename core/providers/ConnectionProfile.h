#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace welkin {

// How to reach one provider. Never holds secrets (those live in the keychain, keyed by id).
struct ConnectionProfile {
    QString id;          // stable provider id; ResourceIds use it. For ad-hoc --connect: the URI
    QString kind;        // "libvirt", later "openstack", "cloudstack"
    QString displayName; // "Demo host", "prod-kvm-03"
    QString uri;         // libvirt URI or API endpoint
    // Provider tuning; libvirt: "keepaliveInterval" (s, default 5), "keepaliveCount" (default 3),
    // "statsIntervalMs" (default 2000), "reconcileIntervalMs" (default 60000),
    // "authTimeoutMs" (default 300000), "autoConnect" (default true).
    QVariantMap options;
};

} // namespace welkin
