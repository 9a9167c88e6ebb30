#include "DeleteVmDialog.h"

#include "Icons.h"
#include "ManageSupport.h"
#include "providers/ProviderManager.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int VmRole = Qt::UserRole + 2;

// Why a disk is kept by default; empty for an owned writable volume.
QString keptReason(const VmDiskInfo &disk)
{
    if (disk.device == u"cdrom"_s)
        return DeleteVmDialog::tr("CD-ROM: kept unless checked");
    if (disk.readOnly)
        return DeleteVmDialog::tr("read-only: kept unless checked");
    if (disk.shareable)
        return DeleteVmDialog::tr("shareable: kept unless checked");
    if (!disk.alsoUsedBy.isEmpty())
        return DeleteVmDialog::tr("also used by %1: kept unless checked").arg(disk.alsoUsedBy.join(u", "_s));
    return {};
}

bool isActive(PowerState state)
{
    return state == PowerState::Running || state == PowerState::Paused || state == PowerState::Blocked
        || state == PowerState::ShuttingDown || state == PowerState::Crashed;
}

} // namespace

DeleteVmDialog::DeleteVmDialog(ProviderManager *providers, const QList<ResourceId> &vms, QWidget *parent)
    : QDialog(parent), m_providers(providers), m_vms(vms), m_intro(new QLabel), m_warning(new QLabel),
      m_disks(new QTreeWidget), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"deleteVmDialog"_s);
    if (vms.size() != 1) {
        setWindowTitle(tr("Delete %n Virtual Machine(s)", "", int(vms.size())));
    } else if (LibvirtProvider *provider = manage::libvirtProvider(providers, vms.first().providerId())) {
        setWindowTitle(tr("Delete %1").arg(provider->vmName(vms.first())));
    }
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The definitions go with their snapshot metadata, saved state and UEFI variables. "
                        "The checked disks are deleted too; this cannot be undone."));
    m_warning->setObjectName(u"deleteWarning"_s);
    m_warning->setWordWrap(true);
    m_disks->setObjectName(u"deleteDisks"_s);
    m_disks->setHeaderLabels({tr("Disk"), tr("Note")});
    m_disks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_disks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_disks->header()->setStretchLastSection(false);
    m_disks->setUniformRowHeights(true);
    m_error->setObjectName(u"deleteError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    deleteButton()->setText(tr("&Delete"));
    deleteButton()->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    // Enter must not delete: Cancel is the default and has the focus.
    for (QAbstractButton *button : m_buttons->buttons())
        static_cast<QPushButton *>(button)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_warning);
    layout->addWidget(m_disks, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(720, 420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeleteVmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeleteVmDialog::reject);

    QStringList running;
    QStringList errors;
    for (const ResourceId &vm : vms) {
        LibvirtProvider *provider = manage::libvirtProvider(providers, vm.providerId());
        const QString name = provider ? provider->vmName(vm) : vm.nativeId();
        auto *item = new QTreeWidgetItem(m_disks, {name.isEmpty() ? vm.nativeId() : name});
        item->setIcon(0, Icons::forVm(provider ? provider->vmState(vm) : PowerState::Unknown));
        item->setData(0, VmRole, vm.toString());
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        if (!provider) {
            errors.append(tr("%1: its host is not a connected libvirt host").arg(name));
            continue;
        }
        if (isActive(provider->vmState(vm)))
            running.append(tr("%1 is %2: it will be forced off.").arg(name, powerStateDisplayName(provider->vmState(vm)).toLower()));
        auto *reading = new QTreeWidgetItem(item, {tr("Reading the disks…")});
        reading->setDisabled(true);
        ++m_pending;
        manage::readResult(VmManager(provider).disks(vm), this, [this, vm, name](Task *task) {
            --m_pending;
            QTreeWidgetItem *parent = vmItem(vm);
            if (parent)
                qDeleteAll(parent->takeChildren());
            if (task->state() == Task::State::Succeeded) {
                addDisks(vm, task->result().value<QList<VmDiskInfo>>());
            } else if (parent) {
                auto *failed = new QTreeWidgetItem(parent, {tr("Could not read the disks: %1").arg(task->errorText())});
                failed->setDisabled(true);
            }
            updateState();
        });
    }
    manage::showFieldMessage(m_warning, running.join(u'\n'));
    manage::showFieldMessage(m_error, errors.join(u'\n'));
    updateState();
}

void DeleteVmDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

QAbstractButton *DeleteVmDialog::deleteButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QTreeWidgetItem *DeleteVmDialog::vmItem(const ResourceId &vm) const
{
    for (int i = 0; i < m_disks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_disks->topLevelItem(i);
        if (item->data(0, VmRole).toString() == vm.toString())
            return item;
    }
    return nullptr;
}

void DeleteVmDialog::addDisks(const ResourceId &vm, const QList<VmDiskInfo> &disks)
{
    QTreeWidgetItem *parent = vmItem(vm);
    if (!parent)
        return;
    if (disks.isEmpty())
        (new QTreeWidgetItem(parent, {tr("No disks")}))->setDisabled(true);
    for (const VmDiskInfo &disk : disks) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, u"%1  %2"_s.arg(disk.target, disk.path.isEmpty() ? tr("(empty drive)") : disk.path));
        item->setToolTip(0, disk.path);
        item->setData(0, PathRole, disk.path);
        if (disk.path.isEmpty()) {
            item->setDisabled(true);
            continue;
        }
        if (disk.pool.isEmpty()) {
            // libvirt deletes volumes of storage pools only.
            item->setText(1, tr("not in a storage pool: kept"));
            item->setDisabled(true);
            continue;
        }
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const QString kept = keptReason(disk);
        item->setCheckState(0, disk.owned() ? Qt::Checked : Qt::Unchecked);
        item->setText(1, kept.isEmpty() ? tr("deleted from pool '%1'").arg(disk.pool) : kept);
    }
    parent->setExpanded(true);
}

QStringList DeleteVmDialog::checkedPaths(const ResourceId &vm) const
{
    QStringList paths;
    if (QTreeWidgetItem *parent = vmItem(vm)) {
        for (int i = 0; i < parent->childCount(); ++i) {
            const QTreeWidgetItem *item = parent->child(i);
            if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked)
                paths.append(item->data(0, PathRole).toString());
        }
    }
    return paths;
}

void DeleteVmDialog::updateState()
{
    deleteButton()->setEnabled(m_pending == 0 && m_tasks.isEmpty());
}

void DeleteVmDialog::accept()
{
    if (m_pending > 0 || !m_tasks.isEmpty())
        return;
    for (const ResourceId &vm : std::as_const(m_vms)) {
        if (LibvirtProvider *provider = manage::libvirtProvider(m_providers, vm.providerId()))
            m_tasks.append(VmManager(provider).deleteVm(vm, checkedPaths(vm)));
    }
    QDialog::accept();
}

} // namespace welkin
