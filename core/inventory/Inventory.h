#pragma once

#include "InventoryDelta.h"
#include "InventoryNode.h"

#include <QHash>
#include <QObject>

namespace welkin {

class Provider;

// The merged tree of everything every provider reports: root -> provider -> (region/zone/
// project ->) host -> VM. Lives on the GUI thread and changes only through applyDelta() and
// the provider bookkeeping below; every structural change is announced with about-to/done
// signal pairs that InventoryModel maps 1:1 onto begin/end rows.
class Inventory : public QObject
{
    Q_OBJECT
public:
    explicit Inventory(QObject *parent = nullptr);
    ~Inventory() override;

    const InventoryNode *root() const { return m_root.get(); }
    const InventoryNode *node(const ResourceId &id) const;
    int nodeCount() const { return static_cast<int>(m_index.size()); } // excluding the root

    // Adds the provider's node and follows its deltas and state until removeProvider().
    void addProvider(Provider *provider);
    void removeProvider(const QString &providerId);

    // Without a Provider object (tests, tools): a provider node with this name.
    void addProviderNode(const QString &providerId, const QString &displayName);
    void setProviderStatus(const QString &providerId, const ProviderStatus &status);

    void applyDelta(const InventoryDelta &delta);

    // Every VM below `node`, depth first.
    QList<const InventoryNode *> vmsBelow(const InventoryNode *node) const;

Q_SIGNALS:
    // Rows first..last of `parent` (contiguous) are about to appear / have appeared.
    void nodesAboutToBeInserted(const welkin::InventoryNode *parent, int first, int last);
    void nodesInserted(const welkin::InventoryNode *parent, int first, int last);
    void nodesAboutToBeRemoved(const welkin::InventoryNode *parent, int first, int last);
    void nodesRemoved(const welkin::InventoryNode *parent, int first, int last);
    void nodeChanged(const welkin::InventoryNode *node, welkin::ResourceFields fields);
    // After a whole delta was applied (views that aggregate recount once).
    void deltaApplied(const QString &providerId);

private:
    InventoryNode *mutableNode(const ResourceId &id) const;
    void insertChildren(InventoryNode *parent, std::vector<std::unique_ptr<InventoryNode>> nodes);
    void removeNode(InventoryNode *node);
    void unindex(InventoryNode *node);
    InventoryNode *resolveParent(const Resource &resource) const;

    std::unique_ptr<InventoryNode> m_root;
    QHash<ResourceId, InventoryNode *> m_index;
};

} // namespace welkin
