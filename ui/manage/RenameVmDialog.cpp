#include "RenameVmDialog.h"

#include "ManageSupport.h"
#include "manage/NameRules.h"
#include "model/PowerState.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace welkin {

using namespace Qt::StringLiterals;

RenameVmDialog::RenameVmDialog(LibvirtProvider *provider, const ResourceId &vm, QWidget *parent)
    : QDialog(parent), m_provider(provider), m_vm(vm), m_oldName(provider->vmName(vm)), m_name(new QLineEdit),
      m_message(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"renameVmDialog"_s);
    setWindowTitle(tr("Rename %1").arg(m_oldName));
    m_name->setObjectName(u"renameName"_s);
    m_name->setText(m_oldName);
    m_name->selectAll();
    m_message->setObjectName(u"renameMessage"_s);
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("New &name:"), m_name);
    form->addRow(QString(), m_message);
    form->addRow(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenameVmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RenameVmDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameVmDialog::updateState);
    connect(provider, &Provider::deltaReady, this, &RenameVmDialog::updateState);
    manage::readResult(VmManager(provider).vmNames(), this, [this](Task *task) {
        if (task->state() == Task::State::Succeeded)
            m_vmNames = task->result().toStringList();
        updateState();
    });
    updateState();
}

Task *RenameVmDialog::task() const
{
    return m_task;
}

QAbstractButton *RenameVmDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RenameVmDialog::updateState()
{
    const QString name = m_name->text();
    QString problem;
    if (!m_provider)
        problem = tr("The host is no longer connected");
    else if (const PowerState state = m_provider->vmState(m_vm); state != PowerState::ShutOff)
        problem = tr("%1 is %2: only a shut-off VM can be renamed").arg(m_oldName, powerStateDisplayName(state).toLower());
    else if (name != m_oldName)
        problem = NameRules::check(NameRules::Kind::Vm, name);
    if (problem.isEmpty() && name != m_oldName && m_vmNames.contains(name))
        problem = tr("A VM named '%1' already exists on %2").arg(name, m_provider->displayName());
    manage::showFieldMessage(m_message, problem);
    okButton()->setEnabled(problem.isEmpty() && name != m_oldName && !m_task);
}

void RenameVmDialog::accept()
{
    updateState();
    if (!okButton()->isEnabled())
        return;
    m_task = VmManager(m_provider).renameVm(m_vm, m_name->text());
    QDialog::accept();
}

} // namespace welkin
