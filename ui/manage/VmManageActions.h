#pragma once

#include "model/ResourceId.h"
#include "model/VmSnapshot.h"

#include <QDialog>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class CloneVmDialog;
class DeleteVmDialog;
class Inventory;
class LibvirtProvider;
class NewVmWizard;
class ProviderManager;
class RenameVmDialog;
class Task;

// The libvirt management actions of the main window: New VM (Ctrl+N, also on a host's menu),
// Clone…, Rename…, Autostart, and the Delete dialog with disks for libvirt VMs. Dialogs open
// window-modal without blocking; a created VM is selected once it is listed, and its console
// opened once it runs when the user asked for that.
class VmManageActions : public QObject
{
    Q_OBJECT
public:
    using SelectionSource = std::function<QList<ResourceId>()>;

    VmManageActions(ProviderManager *providers, Inventory *inventory, QWidget *window);

    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    QAction *newVmAction() const { return m_newVm; }
    QAction *cloneAction() const { return m_clone; }
    QAction *renameAction() const { return m_rename; }
    QAction *autostartAction() const { return m_autostart; }
    QAction *snapshotAction() const { return m_snapshot; }

    // Take Snapshot… when the selection holds VMs that can take one (any provider); Clone…,
    // Rename…, Autostart when it is one libvirt VM.
    void populateVmMenu(QMenu *menu) const;
    // "New VM…" for a libvirt connection or host (preselected in the wizard); false otherwise.
    bool populateHostMenu(QMenu *menu, const ResourceId &id);
    // Re-reads the selection.
    void update();

    NewVmWizard *openNewVm(const QString &providerId = {});
    CloneVmDialog *openClone(const ResourceId &vm);
    // libvirt: the rename dialog (shut-off VMs, names checked); clouds: a name, sent as is.
    QDialog *openRename(const ResourceId &vm);
    // One name and description for every VM among `vms` that can take a snapshot now (any
    // provider; the dialog offers what all of their providers allow); a snapshot task for each.
    QDialog *openTakeSnapshot(const QList<ResourceId> &vms);
    // Opens the delete dialog for the libvirt VMs among `vms`; returns the others, which keep the
    // generic confirmation.
    QList<ResourceId> deleteVms(const QList<ResourceId> &vms);
    // The dialog or wizard open now (tests drive it), or nullptr.
    QDialog *currentDialog() const { return m_dialog; }

    // Reads whether a VM starts with its host (a quiet task whose result is a bool). Until one is
    // set the Autostart check shows what was last set in this session.
    std::function<Task *(LibvirtProvider *, const ResourceId &)> autostartReader;

Q_SIGNALS:
    void selectRequested(const welkin::ResourceId &id);
    void consoleRequested(const welkin::ResourceId &vm);

private:
    // The one selected libvirt VM (with its provider), else nothing.
    std::pair<LibvirtProvider *, ResourceId> selectedLibvirtVm() const;
    // A libvirt host, or a cloud that creates servers.
    bool canCreateOn(const QString &providerId) const;
    // The one selected VM when its provider can rename it now.
    ResourceId selectedRenamableVm() const;
    QList<ResourceId> selectedLibvirtVms() const;
    // The selected VMs whose provider can take a snapshot of them now.
    QList<ResourceId> selectedSnapshottableVms() const;
    static SnapshotSupport sharedSupport(const SnapshotSupport &a, const SnapshotSupport &b);
    void show(QDialog *dialog);
    void setAutostart(bool on);
    void followNewVm(const ResourceId &vm, bool openConsole);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    QWidget *m_window;
    SelectionSource m_selection;
    QAction *m_newVm;
    QAction *m_clone;
    QAction *m_rename;
    QAction *m_autostart;
    QAction *m_snapshot;
    QPointer<QDialog> m_dialog;
    QHash<ResourceId, bool> m_autostartKnown;
};

} // namespace welkin
