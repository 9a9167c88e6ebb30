#include "VmSnapshot.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace welkin {

QList<VmSnapshot> snapshotTreeOrder(QList<VmSnapshot> snapshots)
{
    std::stable_sort(snapshots.begin(), snapshots.end(), [](const VmSnapshot &a, const VmSnapshot &b) {
        return a.created != b.created ? a.created < b.created : a.name < b.name;
    });
    QSet<QString> ids;
    for (const VmSnapshot &snapshot : std::as_const(snapshots))
        ids.insert(snapshot.id);
    QHash<QString, QList<qsizetype>> children; // parent id ("" = root) -> indexes
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        VmSnapshot &snapshot = snapshots[i];
        if (!ids.contains(snapshot.parent) || snapshot.parent == snapshot.id)
            snapshot.parent.clear(); // its parent is gone: shown as a root
        children[snapshot.parent].append(i);
    }
    QList<VmSnapshot> ordered;
    ordered.reserve(snapshots.size());
    QSet<QString> placed;
    // Depth first from the roots; a parent cycle (a broken host) cannot loop: each is placed once.
    QList<qsizetype> stack(children.value(QString()).crbegin(), children.value(QString()).crend());
    while (!stack.isEmpty()) {
        const qsizetype index = stack.takeLast();
        const VmSnapshot &snapshot = snapshots.at(index);
        if (placed.contains(snapshot.id))
            continue;
        placed.insert(snapshot.id);
        ordered.append(snapshot);
        const QList<qsizetype> kids = children.value(snapshot.id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    for (const VmSnapshot &snapshot : std::as_const(snapshots)) { // members of a cycle
        if (!placed.contains(snapshot.id)) {
            placed.insert(snapshot.id);
            VmSnapshot root = snapshot;
            root.parent.clear();
            ordered.append(root);
        }
    }
    return ordered;
}

} // namespace welkin
