#include "CloneVmDialog.h"

#include "ManageSupport.h"
#include "manage/NameRules.h"
#include "model/PowerState.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// Why a disk is shared with the clone rather than copied; empty for a disk that is copied.
QString sharedReason(const VmDiskInfo &disk)
{
    if (disk.path.isEmpty())
        return CloneVmDialog::tr("empty drive");
    if (disk.device == u"cdrom"_s)
        return CloneVmDialog::tr("shared: CD-ROM");
    if (disk.readOnly)
        return CloneVmDialog::tr("shared: read-only");
    if (disk.shareable)
        return CloneVmDialog::tr("shared: shareable disk");
    if (!disk.alsoUsedBy.isEmpty())
        return CloneVmDialog::tr("shared: also used by %1").arg(disk.alsoUsedBy.join(u", "_s));
    return {};
}

} // namespace

CloneVmDialog::CloneVmDialog(LibvirtProvider *provider, const ResourceId &vm, QWidget *parent)
    : QDialog(parent), m_provider(provider), m_vm(vm), m_vmName(provider->vmName(vm)), m_name(new QLineEdit),
      m_nameMessage(new QLabel), m_full(new QRadioButton(tr("&Full clone: copy the disks"))),
      m_linked(new QRadioButton(tr("&Linked clone: qcow2 overlays on the original's disks"))),
      m_start(new QCheckBox(tr("&Start the clone"))), m_disks(new QTreeWidget), m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"cloneVmDialog"_s);
    setWindowTitle(tr("Clone %1").arg(m_vmName));
    m_name->setObjectName(u"cloneName"_s);
    m_name->setText(m_vmName + u"-clone"_s);
    m_nameMessage->setObjectName(u"cloneNameMessage"_s);
    m_nameMessage->setWordWrap(true);
    m_full->setObjectName(u"cloneFull"_s);
    m_full->setChecked(true);
    m_linked->setObjectName(u"cloneLinked"_s);
    m_start->setObjectName(u"cloneStart"_s);
    m_disks->setObjectName(u"cloneDisks"_s);
    m_disks->setHeaderLabels({tr("Disk"), tr("Source"), tr("In the clone")});
    m_disks->setRootIsDecorated(false);
    m_disks->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_disks->header()->setStretchLastSection(false);
    m_message->setObjectName(u"cloneMessage"_s);
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Clone"));

    auto *intro = new QLabel(tr("The clone is a new VM with its own UUID and MAC addresses."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_full);
    layout->addWidget(m_linked);
    layout->addWidget(new QLabel(tr("Disks:")));
    layout->addWidget(m_disks, 1);
    layout->addWidget(m_start);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 400);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloneVmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloneVmDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CloneVmDialog::updateState);
    connect(m_full, &QRadioButton::toggled, this, &CloneVmDialog::fillDisks);
    // The VM may be shut off (or started) while the dialog is open.
    connect(provider, &Provider::deltaReady, this, &CloneVmDialog::updateState);

    VmManager vms(provider);
    manage::readResult(vms.vmNames(), this, [this](Task *task) {
        if (task->state() == Task::State::Succeeded)
            m_vmNames = task->result().toStringList();
        // The default name is taken (an earlier clone): count up.
        const QString base = m_vmName + u"-clone"_s;
        for (int n = 2; m_name->text().startsWith(base) && m_vmNames.contains(m_name->text()); ++n)
            m_name->setText(base + u'-' + QString::number(n));
        updateState();
    });
    manage::readResult(vms.disks(vm), this, [this](Task *task) {
        m_disksLoaded = true;
        if (task->state() == Task::State::Succeeded)
            m_diskInfo = task->result().value<QList<VmDiskInfo>>();
        else
            m_loadError = tr("Could not read the disks of %1: %2").arg(m_vmName, task->errorText());
        fillDisks();
    });
    fillDisks();
}

Task *CloneVmDialog::task() const
{
    return m_task;
}

QAbstractButton *CloneVmDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

CloneSpec CloneVmDialog::cloneSpec() const
{
    CloneSpec spec;
    spec.newName = m_name->text();
    spec.linked = m_linked->isChecked();
    spec.startAfter = m_start->isChecked();
    return spec;
}

void CloneVmDialog::fillDisks()
{
    m_disks->clear();
    QStringList notQcow2;
    for (const VmDiskInfo &disk : std::as_const(m_diskInfo)) {
        const QString shared = sharedReason(disk);
        if (shared.isEmpty() && disk.format != u"qcow2"_s)
            notQcow2.append(u"%1 (%2)"_s.arg(disk.target, disk.format.isEmpty() ? tr("unknown format") : disk.format));
        QString fate = shared;
        if (fate.isEmpty())
            fate = m_linked->isChecked() ? tr("linked: new qcow2 overlay") : tr("copied");
        auto *item = new QTreeWidgetItem(m_disks, {disk.target, disk.path.isEmpty() ? tr("(empty)") : disk.path, fate});
        item->setToolTip(1, disk.path);
    }
    if (!m_disksLoaded)
        new QTreeWidgetItem(m_disks, {QString(), tr("Reading the disks…"), QString()});
    const bool linkable = m_disksLoaded && m_loadError.isEmpty() && notQcow2.isEmpty();
    m_linked->setEnabled(linkable);
    // QEMU locks a backing image for writing while its owner runs: say so before the user finds out.
    m_linked->setToolTip(linkable ? tr("Fast and small, but the clone and the original cannot run at the same "
                                       "time (QEMU locks the original's disks while either runs).")
                                  : notQcow2.isEmpty() ? QString()
                                                       : tr("Linked clones need qcow2 disks; not qcow2: %1")
                                                             .arg(notQcow2.join(u", "_s)));
    if (!linkable && m_linked->isChecked())
        m_full->setChecked(true);
    m_disks->resizeColumnToContents(0);
    m_disks->resizeColumnToContents(2);
    updateState();
}

QString CloneVmDialog::problem() const
{
    if (!m_provider)
        return tr("The host is no longer connected");
    const PowerState state = m_provider->vmState(m_vm);
    if (state != PowerState::ShutOff) {
        return tr("%1 is %2: shut it off to clone it (its disks must not change while they are copied)")
            .arg(m_vmName, powerStateDisplayName(state).toLower());
    }
    if (!m_loadError.isEmpty())
        return m_loadError;
    return {};
}

void CloneVmDialog::updateState()
{
    QString nameProblem = NameRules::check(NameRules::Kind::Vm, m_name->text());
    if (nameProblem.isEmpty() && m_vmNames.contains(m_name->text()))
        nameProblem = tr("A VM named '%1' already exists on %2")
                          .arg(m_name->text(), m_provider ? m_provider->displayName() : QString());
    manage::showFieldMessage(m_nameMessage, nameProblem);
    const QString blocker = problem();
    manage::showFieldMessage(m_message, blocker);
    okButton()->setEnabled(nameProblem.isEmpty() && blocker.isEmpty() && m_disksLoaded && !m_task);
}

void CloneVmDialog::accept()
{
    updateState();
    if (!okButton()->isEnabled() || !m_provider)
        return;
    m_task = VmManager(m_provider).cloneVm(m_vm, cloneSpec());
    QDialog::accept();
}

} // namespace welkin
