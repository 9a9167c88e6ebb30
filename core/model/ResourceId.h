#pragma once

#include "ResourceKind.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace welkin {

// Stable identity of anything Welkin shows: which provider (connection) it comes from, what kind
// of thing it is and the provider's own id for it (libvirt UUID, Nova server id, CloudStack uuid).
// Never key by row, name or pointer.
class ResourceId
{
public:
    ResourceId() = default;
    ResourceId(QString providerId, ResourceKind kind, QString nativeId);

    static ResourceId provider(const QString &providerId);

    const QString &providerId() const { return m_providerId; }
    ResourceKind kind() const { return m_kind; }
    const QString &nativeId() const { return m_nativeId; }
    bool isValid() const { return m_kind != ResourceKind::Invalid && !m_providerId.isEmpty(); }

    // "<kind>:<nativeId>@<providerId>", e.g. "vm:6695eb01-...@test:///default"; round-trips.
    QString toString() const;
    static ResourceId fromString(const QString &text); // invalid id on malformed input

    friend bool operator==(const ResourceId &, const ResourceId &) = default;

private:
    QString m_providerId;
    ResourceKind m_kind = ResourceKind::Invalid;
    QString m_nativeId;
};

size_t qHash(const ResourceId &id, size_t seed = 0) noexcept;

} // namespace welkin

Q_DECLARE_METATYPE(welkin::ResourceId)
