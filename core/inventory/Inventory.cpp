#include "Inventory.h"

#include "providers/Provider.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <functional>

namespace welkin {

Q_LOGGING_CATEGORY(lcInventory, "welkin.inventory")

Inventory::Inventory(QObject *parent) : QObject(parent), m_root(std::make_unique<InventoryNode>()) {}

Inventory::~Inventory() = default;

const InventoryNode *Inventory::node(const ResourceId &id) const { return mutableNode(id); }

InventoryNode *Inventory::mutableNode(const ResourceId &id) const { return m_index.value(id, nullptr); }

void Inventory::addProvider(Provider *provider)
{
    const QString id = provider->id();
    if (m_providerConnections.contains(id)) {
        qCWarning(lcInventory) << "provider" << id << "added twice";
        return;
    }
    addProviderNode(id, provider->displayName());
    setProviderStatus(id, provider->status());
    m_providerConnections.insert(id, {
        connect(provider, &Provider::deltaReady, this, &Inventory::applyDelta),
        connect(provider, &Provider::stateChanged, this,
                [this, id](const ProviderStatus &status) { setProviderStatus(id, status); }),
        connect(provider, &QObject::destroyed, this, [this, id] { removeProvider(id); }),
    });
}

void Inventory::removeProvider(const QString &providerId)
{
    for (const QMetaObject::Connection &connection : m_providerConnections.take(providerId))
        disconnect(connection);
    if (InventoryNode *node = mutableNode(ResourceId::provider(providerId)))
        removeNode(node);
}

void Inventory::addProviderNode(const QString &providerId, const QString &displayName)
{
    const ResourceId id = ResourceId::provider(providerId);
    if (m_index.contains(id))
        return;
    auto node = std::make_unique<InventoryNode>();
    node->m_resource.id = id;
    node->m_resource.name = displayName;
    std::vector<std::unique_ptr<InventoryNode>> nodes;
    nodes.push_back(std::move(node));
    InventoryNode *pool = poolNodeOf(providerId);
    insertChildren(pool ? pool : m_root.get(), std::move(nodes));
}

InventoryNode *Inventory::poolNodeOf(const QString &providerId) const
{
    const QString poolId = m_poolOfProvider.value(providerId);
    return poolId.isEmpty() ? nullptr : mutableNode(ServerPool::nodeId(poolId));
}

void Inventory::setServerPools(const QList<ServerPool> &pools)
{
    QHash<QString, const ServerPool *> byId;
    for (const ServerPool &pool : pools)
        byId.insert(pool.id, &pool);
    // A pool whose parent is unknown, or whose parent chain loops, sits at the root.
    auto parentOf = [&byId](const ServerPool &pool) -> QString {
        QSet<QString> seen{pool.id};
        for (QString at = pool.parentId; !at.isEmpty(); at = byId.value(at)->parentId) {
            if (!byId.contains(at) || seen.contains(at))
                return {};
            seen.insert(at);
        }
        return pool.parentId;
    };

    // 1. Pools, parents before children: created where they belong, renamed, moved.
    QSet<QString> placed;
    QList<const ServerPool *> pending;
    for (const ServerPool &pool : pools)
        pending.append(&pool);
    while (!pending.isEmpty()) {
        QList<const ServerPool *> later;
        for (const ServerPool *pool : std::as_const(pending)) {
            const QString parentId = parentOf(*pool);
            if (!parentId.isEmpty() && !placed.contains(parentId)) {
                later.append(pool);
                continue;
            }
            InventoryNode *parent = parentId.isEmpty() ? m_root.get() : mutableNode(ServerPool::nodeId(parentId));
            const ResourceId id = ServerPool::nodeId(pool->id);
            Resource resource;
            resource.id = id;
            resource.name = pool->name;
            resource.parent = parentId.isEmpty() ? ResourceId() : ServerPool::nodeId(parentId);
            if (InventoryNode *node = mutableNode(id)) {
                const bool renamed = node->m_resource.name != resource.name;
                node->m_resource = resource;
                if (node->m_parent != parent)
                    moveNode(node, parent);
                else if (renamed)
                    Q_EMIT nodeChanged(node, ResourceField::Name);
            } else {
                auto fresh = std::make_unique<InventoryNode>();
                fresh->m_resource = resource;
                std::vector<std::unique_ptr<InventoryNode>> one;
                one.push_back(std::move(fresh));
                insertChildren(parent, std::move(one));
            }
            placed.insert(pool->id);
        }
        if (later.size() == pending.size())
            break; // unreachable: parentOf() cut every loop
        pending = later;
    }

    // 2. Providers under their pool (or the root).
    m_poolOfProvider.clear();
    for (const ServerPool &pool : pools) {
        for (const QString &providerId : pool.providerIds)
            m_poolOfProvider.insert(providerId, pool.id);
    }
    QList<InventoryNode *> providers;
    for (const InventoryNode *node : providersBelow(m_root.get()))
        providers.append(const_cast<InventoryNode *>(node));
    for (InventoryNode *provider : std::as_const(providers)) {
        InventoryNode *pool = poolNodeOf(provider->id().providerId());
        InventoryNode *target = pool ? pool : m_root.get();
        if (provider->m_parent != target)
            moveNode(provider, target);
    }

    // 3. Pools that are gone (now empty: their children were placed elsewhere above).
    QList<ResourceId> gone;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (it.key().kind() == ResourceKind::Pool && !byId.contains(it.key().nativeId()))
            gone.append(it.key());
    }
    // Deepest first, so a removed pool never takes a removed sub-pool's row numbers along.
    std::sort(gone.begin(), gone.end(), [this](const ResourceId &a, const ResourceId &b) {
        auto depth = [](const InventoryNode *node) {
            int d = 0;
            for (; node; node = node->parent())
                ++d;
            return d;
        };
        return depth(mutableNode(a)) > depth(mutableNode(b));
    });
    for (const ResourceId &id : std::as_const(gone))
        removeNode(mutableNode(id));    // Pools' summaries (hosts, VMs) changed with what moved in and out.
    Q_EMIT deltaApplied(ServerPool::nodeProviderId());
}

QList<const InventoryNode *> Inventory::providersBelow(const InventoryNode *node) const
{
    QList<const InventoryNode *> result;
    std::function<void(const InventoryNode *)> walk = [&](const InventoryNode *at) {
        if (at->kind() == ResourceKind::Provider) {
            result.append(at);
            return;
        }
        for (int i = 0; i < at->childCount(); ++i) {
            const InventoryNode *child = at->child(i);
            if (child->kind() == ResourceKind::Provider || child->kind() == ResourceKind::Pool)
                walk(child);
        }
    };
    if (node)
        walk(node);
    return result;
}

void Inventory::setProviderStatus(const QString &providerId, const ProviderStatus &status)
{
    InventoryNode *node = mutableNode(ResourceId::provider(providerId));
    if (!node || node->m_providerStatus == status)
        return;
    node->m_providerStatus = status;
    Q_EMIT nodeChanged(node, ResourceField::ProviderState);
}

InventoryNode *Inventory::resolveParent(const Resource &resource) const
{
    if (resource.parent.isValid()) {
        if (InventoryNode *parent = mutableNode(resource.parent))
            return parent;
    }
    InventoryNode *provider = mutableNode(ResourceId::provider(resource.id.providerId()));
    if (provider && resource.parent.isValid())
        qCWarning(lcInventory) << "unknown parent" << resource.parent.toString() << "of"
                               << resource.id.toString() << "- attaching it to its provider";
    return provider;
}

void Inventory::applyDelta(const InventoryDelta &delta)
{
    removeNodes(delta.removed);

    // Additions: one contiguous insertion per parent, so the first load of 10,000 VMs is one
    // beginInsertRows per host, not 10,000. Groups are flushed in order of first appearance,
    // which keeps parents ahead of their children (a parent precedes its children in 'added').
    std::vector<std::pair<InventoryNode *, std::vector<std::unique_ptr<InventoryNode>>>> groups;
    QHash<const InventoryNode *, size_t> groupOf;
    QList<const Resource *> known; // re-sent (e.g. after a provider reset): applied as changes
    for (const Resource &resource : delta.added) {
        if (m_index.contains(resource.id)) {
            known.append(&resource);
            continue;
        }
        InventoryNode *parent = resolveParent(resource);
        if (!parent) {
            qCWarning(lcInventory) << "dropping" << resource.id.toString() << ": provider not in the inventory";
            continue;
        }
        auto node = std::make_unique<InventoryNode>();
        node->m_resource = resource;
        // Children in this same delta may name this node as parent: it must be indexed now.
        m_index.insert(resource.id, node.get());
        auto slot = groupOf.constFind(parent);
        if (slot == groupOf.cend()) {
            slot = groupOf.insert(parent, groups.size());
            groups.emplace_back(parent, std::vector<std::unique_ptr<InventoryNode>>());
        }
        groups[*slot].second.push_back(std::move(node));
    }
    for (auto &[parent, nodes] : groups)
        insertChildren(parent, std::move(nodes));
    for (const Resource *resource : std::as_const(known)) {
        InventoryNode *node = mutableNode(resource->id);
        updateNode(node, *resource, changedFields(node->m_resource, *resource));
    }

    for (const ResourceChange &change : delta.changed) {
        InventoryNode *node = mutableNode(change.resource.id);
        if (!node) {
            qCWarning(lcInventory) << "change for unknown" << change.resource.id.toString();
            continue;
        }
        updateNode(node, change.resource, change.fields);
    }
    Q_EMIT deltaApplied(delta.providerId);
}

void Inventory::updateNode(InventoryNode *node, const Resource &resource, ResourceFields fields)
{
    // Trust the data over the flags: a different parent is a move wherever it is reported.
    if (node->kind() != ResourceKind::Provider && resource.parent != node->m_resource.parent) {
        InventoryNode *newParent = resolveParent(resource);
        bool cycle = false;
        for (const InventoryNode *p = newParent; p && !cycle; p = p->m_parent)
            cycle = p == node;
        if (cycle) {
            qCWarning(lcInventory) << "refusing to move" << resource.id.toString() << "below itself";
        } else if (newParent && newParent != node->m_parent) {
            // Moved (e.g. migrated to another host): the fresh rows carry every other change too.
            node->m_resource = resource;
            moveNode(node, newParent);
            return;
        }
    }
    node->m_resource = resource;
    if (fields)
        Q_EMIT nodeChanged(node, fields);
}

void Inventory::moveNode(InventoryNode *node, InventoryNode *newParent)
{
    // Removed and re-inserted as the same object with its subtree (a host moving between zones
    // keeps its VMs); it stays indexed throughout.
    InventoryNode *oldParent = node->m_parent;
    const int row = node->m_row;
    Q_EMIT nodesAboutToBeRemoved(oldParent, row, row);
    std::vector<std::unique_ptr<InventoryNode>> one;
    one.push_back(std::move(oldParent->m_children[static_cast<size_t>(row)]));
    oldParent->m_children.erase(oldParent->m_children.begin() + row);
    for (size_t i = static_cast<size_t>(row); i < oldParent->m_children.size(); ++i)
        oldParent->m_children[i]->m_row = static_cast<int>(i);
    node->m_parent = nullptr;
    Q_EMIT nodesRemoved(oldParent, row, row);
    insertChildren(newParent, std::move(one));
}

void Inventory::insertChildren(InventoryNode *parent, std::vector<std::unique_ptr<InventoryNode>> nodes)
{
    const int first = parent->childCount();
    const int last = first + static_cast<int>(nodes.size()) - 1;
    for (auto &node : nodes)
        m_index.insert(node->id(), node.get()); // may already be there (applyDelta)
    Q_EMIT nodesAboutToBeInserted(parent, first, last);
    int row = first;
    parent->m_children.reserve(parent->m_children.size() + nodes.size());
    for (auto &node : nodes) {
        node->m_parent = parent;
        node->m_row = row++;
        parent->m_children.push_back(std::move(node));
    }
    Q_EMIT nodesInserted(parent, first, last);
}

void Inventory::unindex(InventoryNode *node)
{
    for (auto &child : node->m_children)
        unindex(child.get());
    m_index.remove(node->id());
}

void Inventory::removeNode(InventoryNode *node)
{
    removeRows(node->m_parent, node->m_row, node->m_row);
}

void Inventory::removeNodes(const QList<ResourceId> &ids)
{
    QSet<const InventoryNode *> doomed;
    for (const ResourceId &id : ids) {
        if (InventoryNode *node = mutableNode(id); node && node->kind() != ResourceKind::Provider)
            doomed.insert(node);
    }
    if (doomed.isEmpty())
        return;

    // Only the topmost node of each removed subtree is removed (its descendants go with it),
    // and neighbouring siblings go as one range: a host and its 500 VMs are one removal, not 501.
    std::vector<std::pair<InventoryNode *, std::vector<int>>> rowsByParent;
    QHash<const InventoryNode *, size_t> slotOf;
    QSet<const InventoryNode *> seen;
    for (const ResourceId &id : ids) {
        InventoryNode *node = mutableNode(id);
        if (!node || !doomed.contains(node) || seen.contains(node))
            continue;
        seen.insert(node);
        bool covered = false;
        for (const InventoryNode *p = node->m_parent; p && !covered; p = p->m_parent)
            covered = doomed.contains(p);
        if (covered)
            continue;
        auto slot = slotOf.constFind(node->m_parent);
        if (slot == slotOf.cend()) {
            slot = slotOf.insert(node->m_parent, rowsByParent.size());
            rowsByParent.emplace_back(node->m_parent, std::vector<int>());
        }
        rowsByParent[*slot].second.push_back(node->m_row);
    }
    // Per parent, highest rows first so that the rows still to remove keep their numbers.
    for (auto &[parent, rows] : rowsByParent) {
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        int last = rows.front();
        int first = last;
        for (size_t i = 1; i < rows.size(); ++i) {
            if (rows[i] == first - 1) {
                first = rows[i];
                continue;
            }
            removeRows(parent, first, last);
            first = last = rows[i];
        }
        removeRows(parent, first, last);
    }
}

void Inventory::removeRows(InventoryNode *parent, int first, int last)
{
    Q_EMIT nodesAboutToBeRemoved(parent, first, last);
    for (int row = first; row <= last; ++row)
        unindex(parent->m_children[static_cast<size_t>(row)].get());
    parent->m_children.erase(parent->m_children.begin() + first, parent->m_children.begin() + last + 1);
    for (size_t i = static_cast<size_t>(first); i < parent->m_children.size(); ++i)
        parent->m_children[i]->m_row = static_cast<int>(i);
    Q_EMIT nodesRemoved(parent, first, last);
}

namespace {

void collectVms(const InventoryNode *node, QList<const InventoryNode *> &out)
{
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() == ResourceKind::Vm)
            out.append(child);
        else
            collectVms(child, out);
    }
}

} // namespace

QList<const InventoryNode *> Inventory::hostsBelow(const InventoryNode *node) const
{
    QList<const InventoryNode *> result;
    const auto walk = [&](const auto &self, const InventoryNode *at) -> void {
        if (at->kind() == ResourceKind::Host) {
            result.append(at); // hosts hold VMs, never other hosts
            return;
        }
        for (int i = 0; i < at->childCount(); ++i) {
            if (at->child(i)->kind() != ResourceKind::Vm)
                self(self, at->child(i));
        }
    };
    if (node)
        walk(walk, node);
    return result;
}

QList<const InventoryNode *> Inventory::vmsBelow(const InventoryNode *node) const
{
    QList<const InventoryNode *> result;
    if (node)
        collectVms(node, result);
    return result;
}

} // namespace welkin
