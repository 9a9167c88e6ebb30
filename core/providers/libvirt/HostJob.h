#pragma once

#include "LibvirtJobRunner.h"
#include "LibvirtProvider.h"

#include <QCoreApplication>

namespace welkin::libvirt {

// Runs `work` as a task on the host of `provider` (target: the provider's own node). When the
// provider is gone, the task fails right after the caller got it, and deletes itself.
inline Task *runHostJob(LibvirtProvider *provider, const QString &title, JobFunction work, bool announce,
                        bool cancellable = false)
{
    if (provider)
        return provider->runJob(title, provider->resourceId(), std::move(work), announce, cancellable);
    auto *task = new Task(title, ResourceId());
    QObject::connect(task, &Task::finished, task, &QObject::deleteLater);
    QMetaObject::invokeMethod(task, [task, title] {
        task->fail(QCoreApplication::translate("welkin::HostStorage", "%1: the connection was closed").arg(title));
    }, Qt::QueuedConnection);
    return task;
}

} // namespace welkin::libvirt
