// CloudStackProvider: what a VM allows, actions as async jobs followed to their end (rename is
// the synchronous updateVirtualMachine), and the listing of a VM's snapshots.
#include "CloudStackProvider.h"

#include <QJsonArray>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace welkin::cloudstack;

namespace {
constexpr Capabilities snapshotCapabilities =
    Capability::CreateSnapshot | Capability::RevertSnapshot | Capability::DeleteSnapshot;
}

Capabilities CloudStackProvider::capabilities(const ResourceId &resource) const
{
    if (state() != ProviderState::Connected || resource.kind() != ResourceKind::Vm)
        return {};
    const Resource *known = row(resource);
    const VmInfo *vm = known ? known->vm() : nullptr;
    if (!vm)
        return {};
    if (vm->stateReason == u"Destroyed"_s)
        return Capability::Delete; // expunge
    // updateVirtualMachine refuses VMs in Error and Expunging only.
    const Capabilities rename = vm->state == PowerState::Error || vm->stateReason == u"Expunging"_s
        ? Capabilities() : Capabilities(Capability::Rename);
    switch (vm->state) {
    case PowerState::Running:
        // A running VM scales only with the tools for it (isdynamicallyscalable).
        return Capability::Shutdown | Capability::ForceOff | Capability::Reboot | Capability::Delete
            | Capability::OpenConsole | snapshotCapabilities | rename
            | (Mapper::dynamicallyScalable(*vm) ? Capabilities(Capability::Resize) : Capabilities());
    case PowerState::ShutOff:
        return Capability::Start | Capability::Delete | snapshotCapabilities | rename | Capability::Resize;
    case PowerState::Error:
        return Capability::ForceOff | Capability::Delete;
    case PowerState::Building:     // Starting
    case PowerState::ShuttingDown: // Stopping
        return Capability::ForceOff | rename;
    default:                       // Migrating, Expunging, Unknown: wait for CloudStack
        return rename;
    }
}

bool CloudStackProvider::commandFor(const Action &action, const Resource *vm, QString &command, Params &params,
                                    QString &error) const
{
    const QString vmId = action.target.nativeId();
    const QString snapshotId = action.options.value(u"snapshotId"_s).toString();
    switch (action.type) {
    case ActionType::Start:
        command = u"startVirtualMachine"_s;
        params = {{u"id"_s, vmId}};
        return true;
    case ActionType::Shutdown:
        command = u"stopVirtualMachine"_s;
        params = {{u"id"_s, vmId}};
        return true;
    case ActionType::ForceOff:
        command = u"stopVirtualMachine"_s;
        params = {{u"id"_s, vmId}, {u"forced"_s, u"true"_s}};
        return true;
    case ActionType::Reboot:
        command = u"rebootVirtualMachine"_s;
        params = {{u"id"_s, vmId}};
        return true;
    case ActionType::Delete:
        if (vm && vm->vm() && vm->vm()->stateReason == u"Destroyed"_s) {
            command = u"expungeVirtualMachine"_s;
            params = {{u"id"_s, vmId}};
            return true;
        }
        command = u"destroyVirtualMachine"_s;
        params = {{u"id"_s, vmId}};
        if (action.options.value(u"expunge"_s, false).toBool())
            params.append({u"expunge"_s, u"true"_s});
        return true;
    case ActionType::CreateSnapshot: {
        command = u"createVMSnapshot"_s;
        params = {{u"virtualmachineid"_s, vmId}};
        const QString name = action.options.value(u"name"_s).toString();
        const QString description = action.options.value(u"description"_s).toString();
        if (!name.isEmpty())
            params.append({u"name"_s, name});
        if (!description.isEmpty())
            params.append({u"description"_s, description});
        if (action.options.value(u"memory"_s).toBool())
            params.append({u"snapshotmemory"_s, u"true"_s});
        return true;
    }
    case ActionType::RevertSnapshot:
    case ActionType::DeleteSnapshot:
        if (snapshotId.isEmpty()) {
            error = tr("No snapshot was named (option \"snapshotId\")");
            return false;
        }
        command = action.type == ActionType::RevertSnapshot ? u"revertToVMSnapshot"_s : u"deleteVMSnapshot"_s;
        params = {{u"vmsnapshotid"_s, snapshotId}};
        return true;
    case ActionType::Resize: {
        const QString offering = action.options.value(u"sizeId"_s).toString();
        if (offering.isEmpty()) {
            error = tr("No service offering was chosen (option \"sizeId\")");
            return false;
        }
        command = u"scaleVirtualMachine"_s;
        params = {{u"id"_s, vmId}, {u"serviceofferingid"_s, offering}};
        return true;
    }
    default:
        error = tr("CloudStack does not support \"%1\"").arg(actionDisplayName(action.type));
        return false;
    }
}

bool CloudStackProvider::answerMatters(QList<QPointer<Task>> &waiting, const QPointer<Task> &task,
                                       quint64 session)
{
    if (session != m_session)
        return false; // close() has failed the task already
    waiting.removeAll(task);
    return !task.isNull();
}

QString CloudStackProvider::nameOf(const ResourceId &resource) const
{
    const Resource *known = row(resource);
    return known && !known->name.isEmpty() ? known->name : resource.nativeId();
}

QString CloudStackProvider::unavailable(const QString &doing) const
{
    if (!m_client || state() != ProviderState::Connected)
        //: %1 = what could not be done ("shut down web-1"), %2 = connection, %3 = its state
        return tr("Could not %1: not connected to %2 (%3)")
            .arg(doing, displayName(), providerStateDisplayName(state()).toLower());
    return {};
}

bool CloudStackProvider::refuse(Task *task, const QString &refusal)
{
    if (refusal.isEmpty())
        return false;
    failLater(task, refusal);
    return true;
}

QPointer<Task> CloudStackProvider::track(Task *task)
{
    task->setRunning();
    QPointer<Task> guard(task);
    m_tasks.append(guard);
    return guard;
}

void CloudStackProvider::finish(const QPointer<Task> &task, const QString &error)
{
    m_tasks.removeAll(task);
    if (!task)
        return;
    if (error.isEmpty())
        task->succeed();
    else
        task->fail(error);
}

cloudstack::JobOptions CloudStackProvider::followCancellably(const QPointer<Task> &task)
{
    cloudstack::JobOptions options = m_jobOptions;
    if (!task)
        return options;
    options.stop = task->cancelToken();
    task->setCancellable(true, Task::CancelEffect::StopFollowing);
    connect(task, &Task::cancelRequested, this, [this, task] {
        finish(task, tr("Stopped following; CloudStack may still complete it"));
    });
    return options;
}

QString CloudStackProvider::unavailableVm(const ResourceId &vm, const QString &doing) const
{
    if (const QString refusal = unavailable(doing); !refusal.isEmpty())
        return refusal;
    if (vm.providerId() != id() || vm.kind() != ResourceKind::Vm)
        return tr("%1 is not a virtual machine of %2").arg(vm.toString(), displayName());
    return {};
}

Task *CloudStackProvider::perform(const Action &action)
{
    const Resource *known = row(action.target);
    const QString name = nameOf(action.target);
    Task *task = createActionTask(action, name);
    //: %1 = action ("shut down"), %2 = VM name
    if (refuse(task, unavailableVm(action.target, tr("%1 %2").arg(actionDisplayName(action.type).toLower(), name))))
        return task;
    if (action.type == ActionType::Rename) {
        rename(task, action);
        return task;
    }
    QString command, error;
    Params params;
    if (!commandFor(action, known, command, params, error)) {
        failLater(task, error);
        return task;
    }
    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    const ResourceId vm = action.target;
    runAsyncCommand(
        m_client, command, params, followCancellably(guard),
        [guard](int percent) {
            if (guard)
                guard->setProgress(percent);
        },
        [this, guard, session, vm](const JobOutcome &outcome) {
            if (session != m_session)
                return;
            // Refresh first, so the row is right by the time the task ends.
            refreshVm(vm, [this, guard, outcome] { finish(guard, outcome.ok ? QString() : outcome.error); });
        });
    return task;
}

Task *CloudStackProvider::createActionTask(const Action &action, const QString &name)
{
    if (action.type == ActionType::Resize) {
        const QString offering = action.options.value(u"sizeId"_s).toString();
        if (!offering.isEmpty())
            //: Task title: %1 = VM, %2 = service offering ("Scale web-01 to Medium Instance")
            return createTask(tr("Scale %1 to %2").arg(name, m_offeringNames.value(offering, offering)), action.target, true);
        return createTask(tr("Scale %1").arg(name), action.target, true);
    }
    if (action.type == ActionType::Rename) {
        const QString newName = action.options.value(u"name"_s).toString().trimmed();
        if (!newName.isEmpty())
            //: Task title: %1 = VM, %2 = its new name
            return createTask(tr("Rename %1 to %2").arg(name, newName), action.target, true);
    }
    return createTask(action, name);
}

void CloudStackProvider::rename(Task *task, const Action &action)
{
    const QString newName = action.options.value(u"name"_s).toString().trimmed();
    if (refuse(task, newName.isEmpty() ? tr("No new name was given (option \"name\")") : QString()))
        return;
    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    const ResourceId vm = action.target;
    const Params params{{u"id"_s, vm.nativeId()}, {u"displayname"_s, newName}};
    m_client->call(u"updateVirtualMachine"_s, params, [this, guard, session, vm](const ApiResult &result) {
        if (session != m_session)
            return; // close() has failed the task
        const auto end = [this, guard, result] { finish(guard, result.ok() ? QString() : result.error); };
        // The answer carries the renamed VM: its row changes without another listing.
        const QJsonValue renamed = result.body.value(u"virtualmachine"_s);
        if (result.ok() && renamed.isObject())
            showVm(vm, QJsonArray{renamed}, end);
        else if (result.ok())
            refreshVm(vm, end);
        else
            end();
    });
}

SnapshotSupport CloudStackProvider::snapshotSupport() const
{
    return {.listed = true, .revert = true, .memory = true};
}

Task *CloudStackProvider::listSnapshots(const ResourceId &vm)
{
    const QString name = nameOf(vm);
    Task *task = createSnapshotListTask(vm, name);
    //: %1 = VM name
    if (refuse(task, unavailableVm(vm, tr("list the snapshots of %1").arg(name))))
        return task;
    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    const Params params{{u"listall"_s, u"true"_s}, {u"virtualmachineid"_s, vm.nativeId()}};
    m_client->listAll(u"listVMSnapshot"_s, params, u"vmSnapshot"_s,
                      [this, guard, session](const ApiResult &result, const QJsonArray &items) {
                          if (!answerMatters(m_tasks, guard, session))
                              return;
                          if (!result.ok()) {
                              guard->fail(result.error);
                              return;
                          }
                          QStringList skipped;
                          const QList<VmSnapshot> snapshots = Mapper::vmSnapshots(items, skipped);
                          for (const QString &problem : std::as_const(skipped))
                              reportSkipped(problem);
                          guard->setResult(QVariant::fromValue(snapshotTreeOrder(snapshots)));
                          guard->succeed();
                      });
    return task;
}

void CloudStackProvider::refreshVm(const ResourceId &vm, std::function<void()> then)
{
    Params params = InventoryLoader::vmListParams();
    params.append({u"id"_s, vm.nativeId()});
    const quint64 session = m_session;
    m_client->call(u"listVirtualMachines"_s, params, [this, vm, session, then](const ApiResult &result) {
        if (session != m_session)
            return;
        if (!result.ok()) {
            then(); // the next poll fixes the row; the task's outcome stands either way
            return;
        }
        showVm(vm, result.body.value(u"virtualmachine"_s).toArray(), then);
    });
}

void CloudStackProvider::showVm(const ResourceId &vm, const QJsonArray &items, std::function<void()> then)
{
    const quint64 session = m_session;
    m_digest->digestVm(vm, items, this, [this, session, then](const InventoryDelta &delta) {
        if (session != m_session)
            return;
        emitDelta(delta);
        then();
    });
}

} // namespace welkin
