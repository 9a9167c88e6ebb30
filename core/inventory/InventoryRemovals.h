#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QObject>
#include <QString>

namespace welkin {

class Inventory;
class InventoryNode;

// One resource that left the inventory, with the name it had (the node is gone by then).
struct RemovedResource {
    ResourceId id;
    QString name;
};

// Turns the Inventory's row removals into "these resources are gone", for whatever keeps
// something per ResourceId (metric series, alert states): every node of each removed subtree,
// announced after the removal. Nodes that only moved (a VM migrating, a host changing zone) are
// removed and inserted again as the same node; they are not gone and are not announced.
class InventoryRemovals : public QObject
{
    Q_OBJECT
public:
    explicit InventoryRemovals(const Inventory *inventory, QObject *parent = nullptr);

    const Inventory *inventory() const { return m_inventory; }

Q_SIGNALS:
    void removed(const QList<welkin::RemovedResource> &resources);

private:
    void collect(const InventoryNode *node);

    const Inventory *m_inventory;
    QList<RemovedResource> m_leaving; // between nodesAboutToBeRemoved and nodesRemoved
};

} // namespace welkin
