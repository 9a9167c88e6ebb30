#pragma once

#include "model/ResourceId.h"

#include <QDialog>
#include <QPointer>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace welkin {

class LibvirtProvider;
class Task;

// Renames a shut-off libvirt VM (virDomainRename): the name is checked as it is typed
// (NameRules, unique on the host); OK starts the rename task.
class RenameVmDialog : public QDialog
{
    Q_OBJECT
public:
    RenameVmDialog(LibvirtProvider *provider, const ResourceId &vm, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *messageLabel() const { return m_message; }
    QAbstractButton *okButton() const;
    Task *task() const;

    void accept() override;

private:
    void updateState();

    QPointer<LibvirtProvider> m_provider;
    ResourceId m_vm;
    QString m_oldName;
    QLineEdit *m_name;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QStringList m_vmNames;
    QPointer<Task> m_task;
};

} // namespace welkin
