#pragma once

#include "InventoryDelta.h"
#include "InventoryNode.h"
#include "model/ServerPool.h"

#include <QHash>
#include <QObject>

namespace welkin {

class Provider;

// The merged tree of everything every provider reports: root -> (server pools ->) provider ->
// (region/zone/project ->) host -> VM. Lives on the GUI thread and changes only through applyDelta() and
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

    // The user's server pools as tree levels above the providers: pools appear, are renamed,
    // move and go; providers move under their pool (or back to the root). Incremental like
    // everything else: moves are one removal and one insertion of the same node.
    void setServerPools(const QList<ServerPool> &pools);
    // Every provider node below `node` (itself when it is one), depth first.
    QList<const InventoryNode *> providersBelow(const InventoryNode *node) const;

    // In order: removals (only the topmost node of each removed subtree; neighbouring rows as
    // one range), additions (one insertion per parent), changes (a new parent moves the node
    // with its subtree: one removal, one insertion). Ids already present in 'added' are changes.
    void applyDelta(const InventoryDelta &delta);

    // Every VM below `node`, depth first.
    QList<const InventoryNode *> vmsBelow(const InventoryNode *node) const;
    // Every host below `node` (itself when it is one), depth first.
    QList<const InventoryNode *> hostsBelow(const InventoryNode *node) const;

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
    void removeNodes(const QList<ResourceId> &ids);
    void removeRows(InventoryNode *parent, int first, int last);
    void updateNode(InventoryNode *node, const Resource &resource, ResourceFields fields);
    void moveNode(InventoryNode *node, InventoryNode *newParent);
    void unindex(InventoryNode *node);
    InventoryNode *resolveParent(const Resource &resource) const;
    InventoryNode *poolNodeOf(const QString &providerId) const;

    std::unique_ptr<InventoryNode> m_root;
    QHash<ResourceId, InventoryNode *> m_index;
    QHash<QString, QString> m_poolOfProvider; // provider id -> pool id, from setServerPools()
    // What addProvider() connected, cut by removeProvider(): late deltas of a closing provider
    // and the destruction of a removed one must not touch the tree (or a re-added namesake).
    QHash<QString, QList<QMetaObject::Connection>> m_providerConnections;
};

} // namespace welkin
