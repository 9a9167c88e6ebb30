#pragma once
// Steps the CloudStack end-to-end tests share: open a provider and wait for its first listing,
// run an action or a snapshot listing to the end of its task.
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/Provider.h"

#include <QSignalSpy>

#include <memory>

namespace welkin::test {

// The first node named `name` at or below `node`, or nullptr.
inline const InventoryNode *findByName(const InventoryNode *node, const QString &name)
{
    if (node->resource().name == name)
        return node;
    for (int i = 0; i < node->childCount(); ++i) {
        if (const InventoryNode *found = findByName(node->child(i), name))
            return found;
    }
    return nullptr;
}

// Opens and waits for the first listing; true when it came.
inline bool loadProvider(Provider &provider)
{
    QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
    provider.open();
    return loaded.wait(20000) || loaded.count() == 1;
}

// Adds `provider` to `inventory`, opens it and waits for its first listing; null when it did not come.
template <typename P>
std::unique_ptr<P> loadedInto(Inventory &inventory, std::unique_ptr<P> provider)
{
    inventory.addProvider(provider.get());
    if (!loadProvider(*provider))
        return {};
    return provider;
}

// The task failed and its error says `text` (the server's words, with the code after them).
inline bool failedWith(const Task *task, const QString &text)
{
    return task->state() == Task::State::Failed && task->errorText().contains(text);
}

// Waits (at most 20 s) for the task to finish; returns it.
inline Task *waitForEnd(Task *task)
{
    QSignalSpy finished(task, &Task::finished);
    if (!task->isFinished())
        finished.wait(20000);
    return task;
}

// Performs the action and waits (at most 20 s) for its task to finish.
inline Task *runToEnd(Provider &provider, ActionType type, const ResourceId &vm, QVariantMap options = {})
{
    return waitForEnd(provider.perform(Action{type, vm, std::move(options)}));
}

// Lists the VM's snapshots and waits (at most 20 s) for the task to finish.
inline Task *listSnapshotsToEnd(Provider &provider, const ResourceId &vm)
{
    return waitForEnd(provider.listSnapshots(vm));
}

// What a finished listSnapshots() task found.
inline QList<VmSnapshot> snapshotsIn(const Task *task)
{
    return task->result().value<QList<VmSnapshot>>();
}

} // namespace welkin::test
