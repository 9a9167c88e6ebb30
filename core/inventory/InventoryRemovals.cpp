#include "InventoryRemovals.h"

#include "Inventory.h"

#include <utility>

namespace welkin {

InventoryRemovals::InventoryRemovals(const Inventory *inventory, QObject *parent)
    : QObject(parent), m_inventory(inventory)
{
    connect(inventory, &Inventory::nodesAboutToBeRemoved, this,
            [this](const InventoryNode *parentNode, int first, int last) {
                for (int row = first; row <= last; ++row)
                    collect(parentNode->child(row));
            });
    connect(inventory, &Inventory::nodesRemoved, this, [this] {
        QList<RemovedResource> gone = std::exchange(m_leaving, {});
        // A moved node is still indexed after its removal from the old parent.
        gone.removeIf([this](const RemovedResource &r) { return m_inventory->node(r.id) != nullptr; });
        if (!gone.isEmpty())
            Q_EMIT removed(gone);
    });
}

void InventoryRemovals::collect(const InventoryNode *node)
{
    m_leaving.append({node->id(), node->resource().name});
    for (int i = 0; i < node->childCount(); ++i)
        collect(node->child(i));
}

} // namespace welkin
