#include "Inventory.h"

#include "providers/Provider.h"

#include <QLoggingCategory>

namespace welkin {

Q_LOGGING_CATEGORY(lcInventory, "welkin.inventory")

Inventory::Inventory(QObject *parent) : QObject(parent), m_root(std::make_unique<InventoryNode>()) {}

Inventory::~Inventory() = default;

const InventoryNode *Inventory::node(const ResourceId &id) const { return mutableNode(id); }

InventoryNode *Inventory::mutableNode(const ResourceId &id) const { return m_index.value(id, nullptr); }

void Inventory::addProvider(Provider *provider)
{
    addProviderNode(provider->id(), provider->displayName());
    setProviderStatus(provider->id(), provider->status());
    const QString id = provider->id();
    connect(provider, &Provider::deltaReady, this, &Inventory::applyDelta);
    connect(provider, &Provider::stateChanged, this,
            [this, id](const ProviderStatus &status) { setProviderStatus(id, status); });
    connect(provider, &QObject::destroyed, this, [this, id] { removeProvider(id); });
}

void Inventory::removeProvider(const QString &providerId)
{
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
    insertChildren(m_root.get(), std::move(nodes));
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
        qCWarning(lcInventory) << "unknown parent" << resource.parent.toString() << "of"
                               << resource.id.toString() << "- attaching it to its provider";
    }
    return mutableNode(ResourceId::provider(resource.id.providerId()));
}

void Inventory::applyDelta(const InventoryDelta &delta)
{
    for (const ResourceId &id : delta.removed) {
        if (InventoryNode *node = mutableNode(id); node && node->kind() != ResourceKind::Provider)
            removeNode(node);
    }

    // Consecutive additions under one parent become one contiguous insertion: the first load of
    // 5,000 VMs is a single beginInsertRows, not 5,000.
    std::vector<std::unique_ptr<InventoryNode>> batch;
    InventoryNode *batchParent = nullptr;
    auto flush = [&] {
        if (!batch.empty())
            insertChildren(batchParent, std::move(batch));
        batch.clear();
    };
    for (const Resource &resource : delta.added) {
        if (m_index.contains(resource.id)) {
            // Already known (a provider re-sent it after a reset): treat as a change.
            flush();
            InventoryNode *node = mutableNode(resource.id);
            const ResourceFields fields = changedFields(node->m_resource, resource);
            if (fields && !fields.testFlag(ResourceField::Parent)) {
                node->m_resource = resource;
                Q_EMIT nodeChanged(node, fields);
            }
            continue;
        }
        InventoryNode *parent = resolveParent(resource);
        if (!parent) {
            qCWarning(lcInventory) << "dropping" << resource.id.toString() << ": provider not in the inventory";
            continue;
        }
        if (parent != batchParent) {
            flush();
            batchParent = parent;
        }
        auto node = std::make_unique<InventoryNode>();
        node->m_resource = resource;
        batch.push_back(std::move(node));
        // Children in this same delta may name this node as parent: it must be indexed now.
        m_index.insert(resource.id, batch.back().get());
    }
    flush();

    for (const ResourceChange &change : delta.changed) {
        InventoryNode *node = mutableNode(change.resource.id);
        if (!node) {
            qCWarning(lcInventory) << "change for unknown" << change.resource.id.toString();
            continue;
        }
        if (change.fields.testFlag(ResourceField::Parent)
            && change.resource.parent != node->m_resource.parent) {
            // Moved (e.g. migrated to another host): remove and re-insert under the new parent.
            InventoryNode *newParent = resolveParent(change.resource);
            if (!newParent)
                continue;
            removeNode(node);
            auto moved = std::make_unique<InventoryNode>();
            moved->m_resource = change.resource;
            m_index.insert(change.resource.id, moved.get());
            std::vector<std::unique_ptr<InventoryNode>> one;
            one.push_back(std::move(moved));
            insertChildren(newParent, std::move(one));
            continue;
        }
        node->m_resource = change.resource;
        Q_EMIT nodeChanged(node, change.fields);
    }
    Q_EMIT deltaApplied(delta.providerId);
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
    InventoryNode *parent = node->m_parent;
    const int row = node->m_row;
    Q_EMIT nodesAboutToBeRemoved(parent, row, row);
    unindex(node);
    parent->m_children.erase(parent->m_children.begin() + row);
    for (size_t i = static_cast<size_t>(row); i < parent->m_children.size(); ++i)
        parent->m_children[i]->m_row = static_cast<int>(i);
    Q_EMIT nodesRemoved(parent, row, row);
}

QList<const InventoryNode *> Inventory::vmsBelow(const InventoryNode *node) const
{
    QList<const InventoryNode *> result;
    if (!node)
        return result;
    for (int i = 0; i < node->childCount(); ++i) {
        const InventoryNode *child = node->child(i);
        if (child->kind() == ResourceKind::Vm)
            result.append(child);
        else
            result.append(vmsBelow(child));
    }
    return result;
}

} // namespace welkin
