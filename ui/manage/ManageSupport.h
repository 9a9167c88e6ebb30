#pragma once

#include "providers/Action.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QLabel;
class QObject;

namespace welkin {

struct CloudOption;
class Inventory;
class LibvirtProvider;
class Provider;
class ProviderManager;
struct SnapshotSpec;
class Task;

// Small helpers shared by the VM management dialogs.
namespace manage {

// Runs `done` on `context`'s thread once `task` has ended (never if `context` is gone first).
void whenFinished(Task *task, QObject *context, std::function<void(Task *)> done);
// The same for a quiet read: the task is deleted after `done` (or when it ends, if `context`
// died first), since nothing else keeps it.
void readResult(Task *task, QObject *context, std::function<void(Task *)> done);

// The provider with that id, or nullptr.
Provider *provider(ProviderManager *providers, const QString &providerId);
// The libvirt provider with that id, or nullptr (other kinds, unknown id).
LibvirtProvider *libvirtProvider(ProviderManager *providers, const QString &providerId);
// CreateSnapshot for `vm` as `spec` asks (the options every provider reads; see ActionType).
Action takeSnapshotAction(const ResourceId &vm, const SnapshotSpec &spec);
// The VM's name as the inventory lists it, else its id (a VM not listed yet or gone).
QString vmName(const Inventory *inventory, const ResourceId &vm);
// Every libvirt connection that is Connected, in the manager's order.
QList<LibvirtProvider *> connectedLibvirtProviders(ProviderManager *providers);

// The public keys in ~/.ssh/*.pub, one "type base64 comment" line each.
QStringList sshPublicKeys();

// A cloud size (flavor, service offering) as table columns: name, vCPUs, RAM, disk; "" where the
// cloud does not say.
QStringList sizeColumns(const CloudOption &size);
// CloudStack offerings carry no disk: size tables hide that column when no size has one.
bool anySizeHasDisk(const QList<CloudOption> &sizes);

// A message under a field: shown in the error colour when `error`, hidden when `text` is empty.
void showFieldMessage(QLabel *label, const QString &text, bool error = true);

} // namespace manage
} // namespace welkin
