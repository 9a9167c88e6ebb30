#include "GroupPanel.h"

#include "Icons.h"
#include "inventory/Inventory.h"
#include "storage/GroupStore.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>
#include <QUuid>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
constexpr int GroupIdRole = Qt::UserRole + 1;
constexpr int MemberRole = Qt::UserRole + 2;
} // namespace

GroupPanel::GroupPanel(GroupStore *store, Inventory *inventory, QWidget *parent)
    : QTreeWidget(parent), m_store(store ? store : new GroupStore(nullptr, this)), m_inventory(inventory),
      m_refresh(new QTimer(this))
{
    setObjectName(u"groupTree"_s);
    setHeaderHidden(true);
    setColumnCount(1);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    askName = [this](const QString &title, const QString &current) {
        return QInputDialog::getText(this, title, tr("Group name:"), QLineEdit::Normal, current).trimmed();
    };
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200); // member states change in bursts
    connect(m_refresh, &QTimer::timeout, this, &GroupPanel::rebuild);
    connect(m_store, &GroupStore::groupsChanged, this, &GroupPanel::rebuild);
    connect(inventory, &Inventory::deltaApplied, m_refresh, qOverload<>(&QTimer::start));
    connect(inventory, &Inventory::nodesRemoved, m_refresh, qOverload<>(&QTimer::start));
    connect(this, &QTreeWidget::itemSelectionChanged, this, &GroupPanel::onSelection);
    connect(this, &QWidget::customContextMenuRequested, this, &GroupPanel::showMenu);
    rebuild();
}

void GroupPanel::rebuild()
{
    QSet<QString> collapsed;
    QString selectedGroup;
    ResourceId selectedMember;
    if (m_root) {
        for (int i = 0; i < m_root->childCount(); ++i) {
            if (!m_root->child(i)->isExpanded())
                collapsed.insert(m_root->child(i)->data(0, GroupIdRole).toString());
        }
        if (QTreeWidgetItem *current = currentItem()) {
            selectedGroup = current->data(0, GroupIdRole).toString();
            selectedMember = current->data(0, MemberRole).value<ResourceId>();
        }
    }
    const QSignalBlocker blocker(this); // a refresh is not a new selection
    clear();
    m_root = new QTreeWidgetItem(this, {tr("Groups")});
    m_root->setIcon(0, Icons::forKind(ResourceKind::Cluster));
    QFont bold = font();
    bold.setBold(true);
    m_root->setFont(0, bold);
    for (const VmGroup &group : m_store->groups()) {
        int running = 0;
        auto *item = new QTreeWidgetItem(m_root);
        item->setData(0, GroupIdRole, group.id);
        item->setIcon(0, QIcon(u":/welkin/icons/kind-group.svg"_s));
        for (const ResourceId &id : group.members) {
            const InventoryNode *node = m_inventory->node(id);
            const VmInfo *vm = node ? node->resource().vm() : nullptr;
            auto *member = new QTreeWidgetItem(item);
            member->setData(0, GroupIdRole, group.id);
            member->setData(0, MemberRole, QVariant::fromValue(id));
            member->setText(0, node ? node->resource().name : tr("%1 (not connected)").arg(id.nativeId()));
            member->setIcon(0, Icons::forVm(vm ? vm->state : PowerState::Unknown));
            member->setDisabled(!node);
            running += vm && vm->state == PowerState::Running ? 1 : 0;
            if (id == selectedMember && group.id == selectedGroup)
                setCurrentItem(member);
        }
        item->setText(0, tr("%1 (%n VM(s), %2 running)", "", int(group.members.size())).arg(group.name).arg(running));
        item->setExpanded(!collapsed.contains(group.id));
        if (group.id == selectedGroup && !selectedMember.isValid())
            setCurrentItem(item);
    }
    m_root->setExpanded(true);
    if (m_store->groups().isEmpty()) {
        auto *hint = new QTreeWidgetItem(m_root, {tr("Right-click VMs: Add to Group")});
        hint->setDisabled(true);
    }
}

QTreeWidgetItem *GroupPanel::groupItemOf(QTreeWidgetItem *item) const
{
    while (item && item->parent() && item->parent() != m_root)
        item = item->parent();
    return item && item != m_root ? item : nullptr;
}

void GroupPanel::onSelection()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || item == m_root)
        return;
    const auto member = item->data(0, MemberRole).value<ResourceId>();
    if (member.isValid()) {
        Q_EMIT memberSelected(member);
        return;
    }
    if (const auto group = m_store->group(item->data(0, GroupIdRole).toString()))
        Q_EMIT groupSelected(group->id, group->name, group->members);
}

QList<ResourceId> GroupPanel::selectedMembers() const
{
    QList<ResourceId> ids;
    for (QTreeWidgetItem *item : selectedItems()) {
        if (const auto id = item->data(0, MemberRole).value<ResourceId>(); id.isValid())
            ids.append(id);
    }
    return ids;
}

QString GroupPanel::createGroup(const QString &name, const QList<ResourceId> &vms)
{
    VmGroup group{QUuid::createUuid().toString(QUuid::WithoutBraces), name, {}};
    for (const ResourceId &id : vms) {
        if (id.kind() == ResourceKind::Vm && !group.members.contains(id))
            group.members.append(id);
    }
    m_store->save(group);
    return group.id;
}

void GroupPanel::addToGroup(const QString &groupId, const QList<ResourceId> &vms)
{
    std::optional<VmGroup> group = m_store->group(groupId);
    if (!group)
        return;
    for (const ResourceId &id : vms) {
        if (id.kind() == ResourceKind::Vm && !group->members.contains(id))
            group->members.append(id);
    }
    m_store->save(*group);
}

void GroupPanel::populateAddMenu(QMenu *menu, const QList<ResourceId> &vms)
{
    QMenu *sub = menu->addMenu(QIcon(u":/welkin/icons/kind-group.svg"_s), tr("Add to &Group"));
    for (const VmGroup &group : m_store->groups())
        sub->addAction(group.name, this, [this, id = group.id, vms] { addToGroup(id, vms); });
    if (!m_store->groups().isEmpty())
        sub->addSeparator();
    sub->addAction(tr("&New Group…"), this, [this, vms] {
        const QString name = askName(tr("New Group"), {});
        if (!name.isEmpty())
            createGroup(name, vms);
    });
}

void GroupPanel::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    QTreeWidgetItem *group = groupItemOf(itemAt(pos));
    menu.addAction(tr("&New Group…"), this, [this] {
        if (const QString name = askName(tr("New Group"), {}); !name.isEmpty())
            createGroup(name);
    });
    if (group) {
        const QString id = group->data(0, GroupIdRole).toString();
        menu.addAction(tr("&Rename Group…"), this, [this, id] {
            std::optional<VmGroup> g = m_store->group(id);
            const QString name = g ? askName(tr("Rename Group"), g->name) : QString();
            if (g && !name.isEmpty()) {
                g->name = name;
                m_store->save(*g);
            }
        });
        menu.addAction(tr("&Delete Group"), this, [this, id] { m_store->remove(id); });
        menu.addSeparator();
        if (const std::optional<VmGroup> g = m_store->group(id)) {
            QAction *wall = menu.addAction(tr("Open Console &Wall"), this,
                                           [this, members = g->members] { Q_EMIT consoleWallRequested(members); });
            wall->setObjectName(u"action-group-console-wall"_s);
            wall->setEnabled(!g->members.isEmpty());
        }
    }
    const QList<ResourceId> members = selectedMembers();
    if (group && !members.isEmpty()) {
        menu.addAction(tr("Remove from Group"), this, [this, id = group->data(0, GroupIdRole).toString(), members] {
            std::optional<VmGroup> g = m_store->group(id);
            if (!g)
                return;
            for (const ResourceId &member : members)
                g->members.removeAll(member);
            m_store->save(*g);
        });
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace welkin
