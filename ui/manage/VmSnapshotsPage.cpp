#include "VmSnapshotsPage.h"

#include "Icons.h"
#include "ManageSupport.h"
#include "SnapshotTreeModel.h"
#include "TakeSnapshotDialog.h"
#include "Theme.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "providers/Provider.h"
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
constexpr int pollWhileChangingMs = 2000; // a cloud snapshot being made or deleted

} // namespace

VmSnapshotsPage::VmSnapshotsPage(const VmPageContext &context, QWidget *parent)
    : VmPage(parent), m_context(context), m_model(new SnapshotTreeModel(this)), m_stack(new QStackedWidget),
      m_view(new QTreeView), m_unavailable(new QLabel), m_imagesNote(new QLabel), m_message(new QLabel),
      m_take(new QPushButton(Icons::snapshot(), tr("&Take Snapshot…"))),
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
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_message->setObjectName(u"snapshotMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setEnabled(false);
    m_unavailable->setObjectName(u"snapshotsUnavailable"_s);
    m_imagesNote->setObjectName(u"snapshotImagesNote"_s);
    m_imagesNote->setWordWrap(true);
    m_imagesNote->setEnabled(false);
    m_imagesNote->setText(tr("This cloud keeps snapshots as images: start a new server from one, or rebuild this "
                             "server from it. A server cannot be reverted to an image."));

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
    treeLayout->addWidget(m_imagesNote);
    treeLayout->addWidget(m_view, 1);
    m_stack->addWidget(tree);
    m_stack->addWidget(m_unavailable);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    askSpec = [this](const QString &vm, bool running, const QStringList &taken,
                     const SnapshotSupport &support) -> std::optional<SnapshotSpec> {
        TakeSnapshotDialog dialog(vm, running, taken, support, this);
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
    if (m_context.inventory) {
        // What the VM allows follows its state (CloudStack: no snapshot while it starts).
        connect(m_context.inventory, &Inventory::nodeChanged, this, [this](const InventoryNode *node) {
            if (node->id() == m_vm)
                updateButtons();
        });
    }
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
    Provider *owner = provider();
    m_support = owner ? owner->snapshotSupport() : SnapshotSupport();
    m_stack->setCurrentIndex(m_support.listed ? 0 : 1);
    m_unavailable->setText(owner ? tr("%1 keeps no snapshots.").arg(owner->displayName())
                                 : tr("The connection of this VM is gone."));
    m_revert->setVisible(m_support.revert);
    m_describe->setVisible(m_support.describe);
    m_imagesNote->setVisible(m_support.images);
    m_view->setColumnHidden(SnapshotTreeModel::SizeColumn, !m_support.images);
    if (m_support.listed)
        refresh();
    updateButtons();
}

Provider *VmSnapshotsPage::provider() const
{
    return manage::provider(m_context.providers, m_vm.providerId());
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
    Provider *owner = provider();
    if (!owner || !m_support.listed || owner->state() != ProviderState::Connected)
        return;
    const quint64 listing = ++m_listing;
    const ResourceId vm = m_vm;
    manage::readResult(owner->listSnapshots(vm), this, [this, listing, vm](Task *task) {
        if (listing != m_listing || vm != m_vm)
            return;
        if (task->state() != Task::State::Succeeded) {
            showMessage(task->errorText(), true);
            return;
        }
        const QList<VmSnapshot> snapshots = task->result().value<QList<VmSnapshot>>();
        m_model->setSnapshots(snapshots);
        m_view->expandAll();
        const bool changing = std::any_of(snapshots.cbegin(), snapshots.cend(), [](const VmSnapshot &s) { return !s.ready; });
        m_poll->setInterval(changing ? pollWhileChangingMs : pollIntervalMs);
        updateButtons();
    });
}

bool VmSnapshotsPage::selectSnapshot(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
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
    Provider *owner = provider();
    if (!owner || isBusy())
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
    const std::optional<SnapshotSpec> spec =
        askSpec(manage::vmName(m_context.inventory, m_vm), vmIsActive(), taken, m_support);
    if (!spec)
        return;
    runAction(owner->perform(manage::takeSnapshotAction(m_vm, *spec)), tr("Snapshot %1 taken.").arg(spec->name));
}

void VmSnapshotsPage::revert()
{
    Provider *owner = provider();
    const VmSnapshot *snapshot = selected();
    if (!owner || !snapshot || isBusy() || !m_revert->isEnabled())
        return;
    const QString id = snapshot->id;
    const QString name = snapshot->name;
    const QString vmName = manage::vmName(m_context.inventory, m_vm);
    const QString state = snapshot->state == "running"_L1 ? tr("running")
        : snapshot->state == "paused"_L1                  ? tr("paused")
                                                          : tr("shut off");
    const QString question =
        tr("Revert %1 to snapshot %2?\n\nThe VM's present state is lost: every change to its disks since %2 was "
           "taken%3, unless another snapshot holds it. Afterwards %1 is %4, as it was then.")
            .arg(vmName, name, vmIsActive() ? tr(", and what it is running now") : QString(), state);
    if (!confirm(tr("Revert to Snapshot"), question, tr("Revert to %1").arg(name)))
        return;
    runAction(owner->perform(Action{ActionType::RevertSnapshot, m_vm, {{u"snapshotId"_s, id}}}),
              tr("%1 reverted to snapshot %2.").arg(vmName, name));
}

void VmSnapshotsPage::remove()
{
    Provider *owner = provider();
    const VmSnapshot *snapshot = selected();
    if (!owner || !snapshot || isBusy())
        return;
    const QString id = snapshot->id;
    const QString name = snapshot->name;
    const QString vmName = manage::vmName(m_context.inventory, m_vm);
    const int children = m_model->descendantCount(id);
    bool withChildren = false;
    if (children > 0 && m_support.deleteWithChildren) {
        const std::optional<bool> answer = askDeleteChildren(name, children);
        if (!answer)
            return;
        withChildren = *answer;
    } else {
        QString question = m_support.images
            ? tr("Delete image %1 of %2? No new server can start from it afterwards.").arg(name, vmName)
            : tr("Delete snapshot %1 of %2? It cannot be reverted to afterwards.").arg(name, vmName);
        if (children > 0)
            question += u"\n\n"_s + tr("The %n snapshot(s) below it stay, below its parent.", nullptr, children);
        if (!confirm(m_support.images ? tr("Delete Image") : tr("Delete Snapshot"), question, tr("Delete %1").arg(name)))
            return;
    }
    QVariantMap options{{u"snapshotId"_s, id}};
    if (withChildren)
        options.insert(u"withChildren"_s, true);
    runAction(owner->perform(Action{ActionType::DeleteSnapshot, m_vm, options}),
              withChildren ? tr("Snapshot %1 and the %n below it deleted.", nullptr, children).arg(name)
                           : tr("Snapshot %1 deleted.").arg(name));
}

void VmSnapshotsPage::describe()
{
    LibvirtProvider *owner = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    const VmSnapshot *snapshot = selected();
    if (!owner || !snapshot || !m_support.describe || isBusy())
        return;
    const QString name = snapshot->name;
    const std::optional<QString> description = askDescription(name, snapshot->description);
    if (!description || *description == snapshot->description)
        return;
    runAction(VmManager(owner).describeSnapshot(m_vm, snapshot->id, *description), tr("Description of %1 saved.").arg(name));
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
    const Provider *owner = provider();
    const Capabilities allowed = owner && m_support.listed ? owner->capabilities(m_vm) : Capabilities();
    const bool idle = m_support.listed && !isBusy();
    const VmSnapshot *snapshot = selected();
    m_take->setEnabled(idle && allowed.testFlag(Capability::CreateSnapshot));
    m_refresh->setEnabled(m_support.listed);
    m_revert->setEnabled(idle && snapshot && snapshot->ready && allowed.testFlag(Capability::RevertSnapshot));
    m_delete->setEnabled(idle && snapshot && allowed.testFlag(Capability::DeleteSnapshot));
    m_describe->setEnabled(idle && snapshot && m_support.describe);
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
