#pragma once

#include "manage/VmSpec.h"
#include "model/ResourceId.h"

#include <QDialog>
#include <QPointer>

class QAbstractButton;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace welkin {

class LibvirtProvider;
class Task;

// Clone a shut-off libvirt VM: the new name (checked against the host's VMs as it is typed), a
// full copy or a linked clone (qcow2 overlays; offered only when every disk to copy is qcow2),
// and the disks: which are copied and which are shared with the clone (CD-ROMs, read-only and
// shared disks). A running VM is refused with the reason. OK starts the clone task.
class CloneVmDialog : public QDialog
{
    Q_OBJECT
public:
    CloneVmDialog(LibvirtProvider *provider, const ResourceId &vm, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *fullButton() const { return m_full; }
    QRadioButton *linkedButton() const { return m_linked; }
    QTreeWidget *diskList() const { return m_disks; }
    QLabel *messageLabel() const { return m_message; }
    QAbstractButton *okButton() const;
    bool disksLoaded() const { return m_disksLoaded; }
    CloneSpec cloneSpec() const;
    // The clone task OK started (nullptr before).
    Task *task() const;

    void accept() override;

private:
    void fillDisks();
    void updateState();
    QString problem() const;

    QPointer<LibvirtProvider> m_provider;
    ResourceId m_vm;
    QString m_vmName;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QRadioButton *m_full;
    QRadioButton *m_linked;
    QCheckBox *m_start;
    QTreeWidget *m_disks;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QStringList m_vmNames;
    QList<VmDiskInfo> m_diskInfo;
    bool m_disksLoaded = false;
    QString m_loadError;
    QPointer<Task> m_task;
};

} // namespace welkin
