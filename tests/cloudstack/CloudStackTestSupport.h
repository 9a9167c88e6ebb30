#pragma once
// Steps the CloudStack end-to-end tests share: open a provider and wait for its first listing,
// run an action to the end of its task.
#include "providers/Provider.h"

#include <QSignalSpy>

namespace welkin::test {

// Opens and waits for the first listing; true when it came.
inline bool loadProvider(Provider &provider)
{
    QSignalSpy loaded(&provider, &Provider::initialLoadFinished);
    provider.open();
    return loaded.wait(20000) || loaded.count() == 1;
}

// Performs the action and waits (at most 20 s) for its task to finish.
inline Task *runToEnd(Provider &provider, ActionType type, const ResourceId &vm, QVariantMap options = {})
{
    Task *task = provider.perform(Action{type, vm, std::move(options)});
    QSignalSpy finished(task, &Task::finished);
    if (!task->isFinished())
        finished.wait(20000);
    return task;
}

} // namespace welkin::test
