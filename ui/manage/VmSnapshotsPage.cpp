#include "VmSnapshotsPage.h"

#include "ManageSupport.h"
#include "SnapshotTreeModel.h"
#include "TakeSnapshotDialog.h"
#include "Theme.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int pollIntervalMs = 10000;

} // namespace

VmSnapshotsPage::VmSnapshotsPage(const VmPageContext &context, QWidget *parent)
    : VmPage(parent), m_context(context), m_model(new SnapshotTreeModel(this)), m_stack(new QStackedWidget),
      m_view(new QTreeView), m_unavailable(new QLabel), m_message(new QLabel),
      m_take(new QPushButton(QIcon::fromTheme(u"camera-photo"_s), tr("&Take Snapshot…"))),
      m_revert(new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("&Revert to Snapshot…"))),
      m_delete(new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Snapshot…"))),
      m_describe(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("Edit Descri&ption…"))),
      m_refresh(new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&fresh"))), m_poll(new QTimer(this))
{
    setObjectName(u"vmSnapshotsPage"_s);
    m_view->setObjectName(u"snapshotTree"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::TakenColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_message->setObjectName(u"snapshotMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setEnabled(false);
    m_unavailable->setText(tr("Snapshots of cloud servers are taken from the VM's context menu."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_describe);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *tree = new QWidget;
    auto *treeLayout = new QVBoxLayout(tree);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(buttons);
    treeLayout->addWidget(m_view, 1);
    m_stack->addWidget(tree);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    askSpec = [this](const QString &vm, bool running, const QStringList &taken) -> std::optional<SnapshotSpec> {
        TakeSnapshotDialog dialog(vm, running, taken, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.spec();
    };
    confirm = [this](const QString &title, const QString &question, const QString &confirmText) {
        QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    };
    askDescription = [this](const QString &snapshot, const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Snapshot Description"),
                                                            tr("Description of snapshot %1:").arg(snapshot), current, &ok);
        return ok ? std::optional<QString>(text.trimmed()) : std::nullopt;
    };
    askDeleteChildren = [this](const QString &snapshot, int children) -> std::optional<bool> {
        QMessageBox box(QMessageBox::Question, tr("Delete Snapshot"),
                        tr("Snapshot %1 has %n snapshot(s) below it. Delete them too, or only %1 (they then "
                           "hang from its parent)?", nullptr, children).arg(snapshot),
                        QMessageBox::Cancel, this);
        QPushButton *all = box.addButton(tr("Delete with Children"), QMessageBox::DestructiveRole);
        QPushButton *one = box.addButton(tr("Delete Only %1").arg(snapshot), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == all)
            return true;
        if (box.clickedButton() == one)
            return false;
        return std::nullopt;
    };

    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &VmSnapshotsPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &VmSnapshotsPage::refresh);
    connect(m_take, &QPushButton::clicked, this, &VmSnapshotsPage::take);
    connect(m_revert, &QPushButton::clicked, this, &VmSnapshotsPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &VmSnapshotsPage::remove);
    connect(m_describe, &QPushButton::clicked, this, &VmSnapshotsPage::describe);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmSnapshotsPage::updateButtons);
    connect(m_view, &QTreeView::doubleClicked, this, &VmSnapshotsPage::revert);
    updateButtons();
}

void VmSnapshotsPage::setVm(const ResourceId &vm)
{
    if (vm == m_vm)
        return;
    m_vm = vm;
    ++m_listing;
    m_model->clear();
    showMessage({}, false);
    const bool libvirt = manage::libvirtProvider(m_context.providers, vm.providerId()) != nullptr;
    m_stack->setCurrentIndex(libvirt ? 0 : 1);
    if (libvirt)
        refresh();
    updateButtons();
}

void VmSnapshotsPage::showEvent(QShowEvent *event)
{
    VmPage::showEvent(event);
    refresh(); // snapshots may have been taken from the VM menu while another tab was shown
    m_poll->start();
}

void VmSnapshotsPage::hideEvent(QHideEvent *event)
{
    VmPage::hideEvent(event);
    m_poll->stop();
}

void VmSnapshotsPage::refresh()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider || provider->state() != ProviderState::Connected)
        return;
    const quint64 listing = ++m_listing;
    const ResourceId vm = m_vm;
    manage::readResult(VmManager(provider).snapshots(vm), this, [this, listing, vm](Task *task) {
        if (listing != m_listing || vm != m_vm)
            return;
        if (task->state() != Task::State::Succeeded) {
            showMessage(task->errorText(), true);
            return;
        }
        m_model->setSnapshots(task->result().value<QList<VmSnapshot>>());
        m_view->expandAll();
        updateButtons();
    });
}

bool VmSnapshotsPage::selectSnapshot(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

const VmSnapshot *VmSnapshotsPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->snapshot(rows.first());
}

void VmSnapshotsPage::take()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider)
        return;
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QList<QModelIndex> pending{m_model->index(row, 0)};
        while (!pending.isEmpty()) {
            const QModelIndex index = pending.takeLast();
            taken.append(m_model->snapshot(index)->name);
            for (int child = 0; child < m_model->rowCount(index); ++child)
                pending.append(m_model->index(child, 0, index));
        }
    }
    const std::optional<SnapshotSpec> spec = askSpec(manage::vmName(m_context.inventory, m_vm), vmIsActive(), taken);
    if (!spec)
        return;
    runAction(VmManager(provider).createSnapshot(m_vm, *spec), tr("Snapshot %1 taken.").arg(spec->name));
}

void VmSnapshotsPage::revert()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    const VmSnapshot *snapshot = selected();
    if (!provider || !snapshot || isBusy())
        return;
    const QString name = snapshot->name;
    const QString state = snapshot->state == "running"_L1 ? tr("running")
        : snapshot->state == "paused"_L1                  ? tr("paused")
                                                          : tr("shut off");
    const QString question =
        tr("Revert %1 to snapshot %2?\n\nThe VM's present state is lost: every change to its disks since %2 was "
           "taken%3, unless another snapshot holds it. Afterwards %1 is %4, as it was then.")
            .arg(manage::vmName(m_context.inventory, m_vm), name, vmIsActive() ? tr(", and what it is running now") : QString(), state);
    if (!confirm(tr("Revert to Snapshot"), question, tr("Revert to %1").arg(name)))
        return;
    runAction(VmManager(provider).revertSnapshot(m_vm, name), tr("%1 reverted to snapshot %2.").arg(manage::vmName(m_context.inventory, m_vm), name));
}

void VmSnapshotsPage::remove()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    const VmSnapshot *snapshot = selected();
    if (!provider || !snapshot || isBusy())
        return;
    const QString name = snapshot->name;
    const int children = m_model->descendantCount(name);
    bool withChildren = false;
    if (children > 0) {
        const std::optional<bool> answer = askDeleteChildren(name, children);
        if (!answer)
            return;
        withChildren = *answer;
    } else if (!confirm(tr("Delete Snapshot"), tr("Delete snapshot %1 of %2? It cannot be reverted to afterwards.").arg(name, manage::vmName(m_context.inventory, m_vm)),
                        tr("Delete %1").arg(name))) {
        return;
    }
    runAction(VmManager(provider).deleteSnapshot(m_vm, name, withChildren),
              withChildren ? tr("Snapshot %1 and the %n below it deleted.", nullptr, children).arg(name)
                           : tr("Snapshot %1 deleted.").arg(name));
}

void VmSnapshotsPage::describe()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    const VmSnapshot *snapshot = selected();
    if (!provider || !snapshot)
        return;
    const QString name = snapshot->name;
    const std::optional<QString> description = askDescription(name, snapshot->description);
    if (!description || *description == snapshot->description)
        return;
    runAction(VmManager(provider).describeSnapshot(m_vm, name, *description), tr("Description of %1 saved.").arg(name));
}

void VmSnapshotsPage::runAction(Task *task, const QString &done)
{
    ++m_busy;
    updateButtons();
    showMessage(task->title() + u"…"_s, false);
    const ResourceId vm = m_vm;
    manage::whenFinished(task, this, [this, vm, done](Task *finished) {
        --m_busy;
        if (vm != m_vm)
            return;
        if (finished->state() == Task::State::Succeeded)
            showMessage(done, false);
        else
            showMessage(finished->errorText(), true);
        refresh();
        updateButtons();
    });
}

void VmSnapshotsPage::updateButtons()
{
    const bool libvirt = m_stack->currentIndex() == 0;
    const bool idle = libvirt && !isBusy();
    m_take->setEnabled(idle);
    m_refresh->setEnabled(libvirt);
    m_revert->setEnabled(idle && selected());
    m_delete->setEnabled(idle && selected());
    m_describe->setEnabled(idle && selected());
}

void VmSnapshotsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Theme::setErrorStyle(m_message, error);
}

bool VmSnapshotsPage::vmIsActive() const
{
    const InventoryNode *node = m_context.inventory ? m_context.inventory->node(m_vm) : nullptr;
    const VmInfo *vm = node ? node->resource().vm() : nullptr;
    return vm && vm->state != PowerState::ShutOff;
}

QString VmSnapshotsPageFactory::id() const
{
    return u"snapshots"_s;
}

QString VmSnapshotsPageFactory::title() const
{
    return VmSnapshotsPage::tr("Snapshots");
}

VmPage *VmSnapshotsPageFactory::create(const VmPageContext &context, QWidget *parent) const
{
    return new VmSnapshotsPage(context, parent);
}

} // namespace welkin
