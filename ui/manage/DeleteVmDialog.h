#pragma once

#include "manage/VmSpec.h"
#include "model/ResourceId.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace welkin {

class ProviderManager;
class Task;

// Deleting one or many libvirt VMs with their storage: says which are running ("web-01 is
// running: it will be forced off"), lists every VM's disks in one scrollable list with a checkbox
// each (owned writable volumes checked; CD-ROMs, read-only and shared disks unchecked with the
// reason; disks outside storage pools cannot be deleted by libvirt and say so). Delete runs
// VmManager::deleteVm per VM with the checked volumes.
class DeleteVmDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteVmDialog(ProviderManager *providers, const QList<ResourceId> &vms, QWidget *parent = nullptr);

    QLabel *warningLabel() const { return m_warning; }
    QTreeWidget *diskList() const { return m_disks; }
    QAbstractButton *deleteButton() const;
    bool disksLoaded() const { return m_pending == 0; }
    // The disks of `vm` that are checked now.
    QStringList checkedPaths(const ResourceId &vm) const;
    // The delete tasks Delete started, one per VM.
    const QList<QPointer<Task>> &tasks() const { return m_tasks; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTreeWidgetItem *vmItem(const ResourceId &vm) const;
    void addDisks(const ResourceId &vm, const QList<VmDiskInfo> &disks);
    void updateState();

    ProviderManager *m_providers;
    QList<ResourceId> m_vms;
    QLabel *m_intro;
    QLabel *m_warning;
    QTreeWidget *m_disks;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    int m_pending = 0;
    QList<QPointer<Task>> m_tasks;
};

} // namespace welkin
