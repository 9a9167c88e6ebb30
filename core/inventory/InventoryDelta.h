#pragma once

#include "model/Resource.h"

#include <QList>
#include <QMetaType>

namespace welkin {

struct ResourceChange {
    Resource resource;     // the new value
    ResourceFields fields; // what differs from the previous value
};

// What changed in one provider's part of the inventory. Providers send only deltas; the
// Inventory applies them in order: removals, then additions (parents before children), then
// changes.
struct InventoryDelta {
    QString providerId;
    QList<Resource> added;
    QList<ResourceChange> changed;
    QList<ResourceId> removed; // children before parents

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::InventoryDelta)
