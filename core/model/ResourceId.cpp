#include "ResourceId.h"

#include <utility>

namespace welkin {

using namespace Qt::StringLiterals;

QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Provider: return u"provider"_s;
    case ResourceKind::Region: return u"region"_s;
    case ResourceKind::Zone: return u"zone"_s;
    case ResourceKind::Pod: return u"pod"_s;
    case ResourceKind::Cluster: return u"cluster"_s;
    case ResourceKind::Project: return u"project"_s;
    case ResourceKind::Host: return u"host"_s;
    case ResourceKind::Vm: return u"vm"_s;
    case ResourceKind::Pool: return u"pool"_s;
    case ResourceKind::Invalid: break;
    }
    return u"invalid"_s;
}

ResourceKind resourceKindFromName(const QString &name)
{
    for (auto kind : {ResourceKind::Provider, ResourceKind::Region, ResourceKind::Zone, ResourceKind::Pod,
                      ResourceKind::Cluster, ResourceKind::Project, ResourceKind::Host, ResourceKind::Vm, ResourceKind::Pool}) {
        if (resourceKindName(kind) == name)
            return kind;
    }
    return ResourceKind::Invalid;
}

ResourceId::ResourceId(QString providerId, ResourceKind kind, QString nativeId)
    : m_providerId(std::move(providerId)), m_kind(kind), m_nativeId(std::move(nativeId))
{
}

ResourceId ResourceId::provider(const QString &providerId)
{
    return ResourceId(providerId, ResourceKind::Provider, providerId);
}

QString ResourceId::toString() const
{
    if (!isValid())
        return {};
    // '%' and '@' in the native id are escaped so that the first '@' always ends it; provider
    // ids keep theirs ("qemu+ssh://root@host/system").
    QString native = m_nativeId;
    native.replace(u'%', u"%25"_s).replace(u'@', u"%40"_s);
    return resourceKindName(m_kind) + u':' + native + u'@' + m_providerId;
}

ResourceId ResourceId::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    const ResourceKind kind = resourceKindFromName(text.left(colon));
    if (kind == ResourceKind::Invalid)
        return {};
    const qsizetype at = text.indexOf(u'@', colon + 1);
    if (at < 0 || at == text.size() - 1)
        return {};
    QString native = text.mid(colon + 1, at - colon - 1);
    native.replace(u"%40"_s, u"@"_s).replace(u"%25"_s, u"%"_s);
    return ResourceId(text.mid(at + 1), kind, native);
}

size_t qHash(const ResourceId &id, size_t seed) noexcept
{
    return qHashMulti(seed, id.providerId(), static_cast<int>(id.kind()), id.nativeId());
}

} // namespace welkin
