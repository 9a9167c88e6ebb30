#pragma once

#include "InventoryDelta.h"

#include <QHash>

namespace welkin {

// Remembers what a provider last sent and turns a fresh listing into the delta against it.
// Lives with the provider (any thread); one instance per provider.
class InventoryDiffer
{
public:
    explicit InventoryDiffer(QString providerId);

    // `current` is everything the provider has now (parents before children). Whatever was sent
    // before and is missing now is removed.
    InventoryDelta diffFull(const QList<Resource> &current);

    // Only the given resources were looked at: updates and additions for `updated`, removals for
    // `removed` (and their descendants). Everything else stays as sent.
    InventoryDelta diffPartial(const QList<Resource> &updated, const QList<ResourceId> &removed = {});

    // Forget everything: the next diff re-adds it all (used when the consumer was reset).
    void clear();

    const QHash<ResourceId, Resource> &sent() const { return m_sent; }
    const Resource *find(const ResourceId &id) const;

private:
    void collectRemoval(const ResourceId &id, QList<ResourceId> &out) const;

    QString m_providerId;
    QHash<ResourceId, Resource> m_sent;
    QHash<ResourceId, QList<ResourceId>> m_children;
};

} // namespace welkin
