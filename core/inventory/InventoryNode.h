#pragma once

#include "model/Resource.h"
#include "providers/ProviderState.h"

#include <memory>
#include <vector>

namespace welkin {

// A node of the merged tree. Owned by the Inventory; views hold ResourceIds, not pointers,
// except the model, which uses node pointers as QModelIndex internal pointers and is told
// before any node dies.
class InventoryNode
{
public:
    const Resource &resource() const { return m_resource; }
    const ResourceId &id() const { return m_resource.id; }
    ResourceKind kind() const { return m_resource.id.kind(); }
    const InventoryNode *parent() const { return m_parent; }
    int row() const { return m_row; }
    int childCount() const { return static_cast<int>(m_children.size()); }
    const InventoryNode *child(int row) const { return m_children[static_cast<size_t>(row)].get(); }
    // Provider nodes only: the connection state.
    const ProviderStatus &providerStatus() const { return m_providerStatus; }

private:
    friend class Inventory;
    Resource m_resource;
    InventoryNode *m_parent = nullptr;
    int m_row = 0;
    std::vector<std::unique_ptr<InventoryNode>> m_children;
    ProviderStatus m_providerStatus;
};

} // namespace welkin
