#include "ServerPool.h"

namespace welkin {

using namespace Qt::StringLiterals;

const QString &ServerPool::nodeProviderId()
{
    // Never a connection id: those are URIs ("qemu:///system") or UUIDs.
    static const QString id = u"welkin:pools"_s;
    return id;
}

QString ServerPool::metricsGroupId(const QString &poolId) { return u"pool:"_s + poolId; }

ResourceId ServerPool::nodeId(const QString &poolId) { return ResourceId(nodeProviderId(), ResourceKind::Pool, poolId); }

} // namespace welkin
