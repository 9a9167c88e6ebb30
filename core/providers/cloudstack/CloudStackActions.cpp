// CloudStackProvider: what a VM allows, actions as async jobs followed to their end, and the
// listing of a VM's snapshots.
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
    switch (vm->state) {
    case PowerState::Running:
        return Capability::Shutdown | Capability::ForceOff | Capability::Reboot | Capability::Delete
            | Capability::OpenConsole | snapshotCapabilities;
    case PowerState::ShutOff:
        return Capability::Start | Capability::Delete | snapshotCapabilities;
    case PowerState::Error:
        return Capability::ForceOff | Capability::Delete;
    case PowerState::Building:     // Starting
    case PowerState::ShuttingDown: // Stopping
        return Capability::ForceOff;
    default:                       // Migrating, Expunging, Unknown: wait for CloudStack
        return {};
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

QString CloudStackProvider::unavailableVm(const ResourceId &vm, const QString &doing) const
{
    if (!m_client || state() != ProviderState::Connected)
        //: %1 = what could not be done ("shut down web-1"), %2 = connection, %3 = its state
        return tr("Could not %1: not connected to %2 (%3)")
            .arg(doing, displayName(), providerStateDisplayName(state()).toLower());
    if (vm.providerId() != id() || vm.kind() != ResourceKind::Vm)
        return tr("%1 is not a virtual machine of %2").arg(vm.toString(), displayName());
    return {};
}

Task *CloudStackProvider::perform(const Action &action)
{
    const Resource *known = row(action.target);
    const QString name = nameOf(action.target);
    Task *task = createTask(action, name);
    //: %1 = action ("shut down"), %2 = VM name
    const QString refusal = unavailableVm(action.target, tr("%1 %2").arg(actionDisplayName(action.type).toLower(), name));
    if (!refusal.isEmpty()) {
        failLater(task, refusal);
        return task;
    }
    QString command, error;
    Params params;
    if (!commandFor(action, known, command, params, error)) {
        failLater(task, error);
        return task;
    }
    task->setRunning();
    const QPointer<Task> guard(task);
    m_tasks.append(guard);
    const quint64 session = m_session;
    const ResourceId vm = action.target;
    runAsyncCommand(
        m_client, command, params, m_jobOptions,
        [guard](int percent) {
            if (guard)
                guard->setProgress(percent);
        },
        [this, guard, session, vm](const JobOutcome &outcome) {
            if (session != m_session)
                return;
            // Refresh first, so the row is right by the time the task ends.
            refreshVm(vm, [this, guard, outcome] {
                m_tasks.removeAll(guard);
                if (!guard)
                    return;
                if (outcome.ok)
                    guard->succeed();
                else
                    guard->fail(outcome.error);
            });
        });
    return task;
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
    const QString refusal = unavailableVm(vm, tr("list the snapshots of %1").arg(name));
    if (!refusal.isEmpty()) {
        failLater(task, refusal);
        return task;
    }
    task->setRunning();
    const QPointer<Task> guard(task);
    m_tasks.append(guard); // close() fails it
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
        m_digest->digestVm(vm, result.body.value(u"virtualmachine"_s).toArray(), this,
                           [this, session, then](const InventoryDelta &delta) {
                               if (session != m_session)
                                   return;
                               emitDelta(delta);
                               then();
                           });
    });
}

} // namespace welkin
