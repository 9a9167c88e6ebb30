#include "InventoryDiffer.h"

#include <QSet>

#include <utility>

namespace welkin {

InventoryDiffer::InventoryDiffer(QString providerId) : m_providerId(std::move(providerId)) {}

const Resource *InventoryDiffer::find(const ResourceId &id) const
{
    const auto it = m_sent.constFind(id);
    return it == m_sent.cend() ? nullptr : &*it;
}

void InventoryDiffer::clear()
{
    m_sent.clear();
    m_children.clear();
}

void InventoryDiffer::collectRemoval(const ResourceId &id, QList<ResourceId> &out) const
{
    // Depth first, children before their parent, as InventoryDelta requires.
    for (const ResourceId &child : m_children.value(id))
        collectRemoval(child, out);
    out.append(id);
}

InventoryDelta InventoryDiffer::diffFull(const QList<Resource> &current)
{
    QSet<ResourceId> present;
    present.reserve(current.size());
    for (const Resource &r : current)
        present.insert(r.id);

    QList<ResourceId> gone;
    for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it) {
        // Only the topmost missing node is named; its descendants follow from collectRemoval.
        if (!present.contains(it.key())
            && (!it->parent.isValid() || present.contains(it->parent) || !m_sent.contains(it->parent)))
            gone.append(it.key());
    }
    return diffPartial(current, gone);
}

InventoryDelta InventoryDiffer::diffPartial(const QList<Resource> &updated, const QList<ResourceId> &removed)
{
    InventoryDelta delta;
    delta.providerId = m_providerId;

    QSet<ResourceId> removedSet;
    for (const ResourceId &id : removed) {
        if (!m_sent.contains(id) || removedSet.contains(id))
            continue;
        QList<ResourceId> subtree;
        collectRemoval(id, subtree);
        for (const ResourceId &r : std::as_const(subtree)) {
            if (removedSet.contains(r))
                continue;
            removedSet.insert(r);
            delta.removed.append(r);
        }
    }
    // Children leave their parents' lists in one pass per parent, not one removeOne() each:
    // a host losing 5,000 VMs would otherwise cost 5,000 x 5,000 comparisons.
    QHash<ResourceId, QSet<ResourceId>> leaving;
    for (const ResourceId &id : std::as_const(delta.removed)) {
        const Resource old = m_sent.take(id);
        m_children.remove(id);
        if (old.parent.isValid() && !removedSet.contains(old.parent))
            leaving[old.parent].insert(id);
    }
    QSet<ResourceId> moving; // left their old parent's list below; gain the new one's in the loop
    for (const Resource &r : updated) {
        const auto it = m_sent.constFind(r.id);
        if (it != m_sent.cend() && it->parent != r.parent && !moving.contains(r.id)) {
            moving.insert(r.id);
            if (it->parent.isValid())
                leaving[it->parent].insert(r.id);
        }
    }
    for (auto it = leaving.cbegin(); it != leaving.cend(); ++it) {
        const auto children = m_children.find(it.key());
        if (children != m_children.end())
            children->removeIf([&gone = it.value()](const ResourceId &child) { return gone.contains(child); });
    }

    for (const Resource &r : updated) {
        auto it = m_sent.find(r.id);
        if (it == m_sent.end()) {
            m_sent.insert(r.id, r);
            if (r.parent.isValid())
                m_children[r.parent].append(r.id);
            delta.added.append(r);
            continue;
        }
        const ResourceFields fields = changedFields(*it, r);
        if (!fields)
            continue;
        if (fields.testFlag(ResourceField::Parent)) {
            // Named twice in one listing: the second move leaves the first one's parent here.
            if (!moving.remove(r.id) && it->parent.isValid())
                m_children[it->parent].removeOne(r.id);
            if (r.parent.isValid())
                m_children[r.parent].append(r.id);
        }
        *it = r;
        delta.changed.append({r, fields});
    }
    return delta;
}

} // namespace welkin
