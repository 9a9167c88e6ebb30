#include "ConnectionUri.h"

namespace welkin {

using namespace Qt::StringLiterals;

QString providerKindForUri(const QString &uri)
{
    const QString scheme = uri.section(u':', 0, 0).toLower();
    if (scheme.startsWith(u"cloudstack+"_s))
        return u"cloudstack"_s;
    if (scheme == u"openstack"_s || scheme.startsWith(u"openstack+"_s)) // "openstack:CLOUD" names a clouds.yaml entry
        return u"openstack"_s;
    return u"libvirt"_s;
}

ConnectionProfile profileFromUri(const QString &uri)
{
    ConnectionProfile profile;
    profile.id = uri;
    profile.kind = providerKindForUri(uri);
    profile.displayName = uri;
    profile.uri = uri;
    return profile;
}

} // namespace welkin
