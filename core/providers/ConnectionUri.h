#pragma once

#include "ConnectionProfile.h"

#include <QString>

namespace welkin {

// Turns what a user types after --connect into a profile: the provider kind comes from the URI
// scheme ("cloudstack+https://…"; "openstack:CLOUD" for a clouds.yaml entry or
// "openstack+https://…"); everything else is a libvirt URI.
// The profile id is the URI itself, so the same URI given twice is one connection.
ConnectionProfile profileFromUri(const QString &uri);

// The provider kind a URI selects: "libvirt", "cloudstack" or "openstack".
QString providerKindForUri(const QString &uri);

} // namespace welkin
