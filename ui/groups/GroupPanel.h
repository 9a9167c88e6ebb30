#pragma once

#include "model/ResourceId.h"

#include <QTreeWidget>

class QMenu;
class QTimer;

namespace welkin {

class GroupStore;
class Inventory;

// The "Groups" branch: the user's own groups of VMs across providers (GroupStore), each with
// its members' live state. Selecting a group shows its VMs in the content area; a member
// selects that VM. "Add to group" menus for any selection come from here too.
class GroupPanel : public QTreeWidget
{
    Q_OBJECT
public:
    // Without a store the groups live in memory for this run.
    GroupPanel(GroupStore *store, Inventory *inventory, QWidget *parent = nullptr);

    GroupStore *store() const { return m_store; }
    // "Add to group ▸": each group, then "New Group…". `vms` are VM ids; others are ignored.
    void populateAddMenu(QMenu *menu, const QList<ResourceId> &vms);
    void addToGroup(const QString &groupId, const QList<ResourceId> &vms);
    QString createGroup(const QString &name, const QList<ResourceId> &vms = {}); // the new id
    QList<ResourceId> selectedMembers() const;

    // Asks for a group name; replaceable so tests can answer.
    std::function<QString(const QString &title, const QString &current)> askName;

Q_SIGNALS:
    // Groups are told apart by id: two may share a name.
    void groupSelected(const QString &groupId, const QString &name, const QList<welkin::ResourceId> &members);
    void memberSelected(const welkin::ResourceId &vm);
    // "Open Console Wall" on a group: its members (the window keeps those that can show one).
    void consoleWallRequested(const QList<welkin::ResourceId> &vms);

private:
    void rebuild();
    void onSelection();
    void showMenu(const QPoint &pos);
    QTreeWidgetItem *groupItemOf(QTreeWidgetItem *item) const;

    GroupStore *m_store;
    Inventory *m_inventory;
    QTreeWidgetItem *m_root = nullptr;
    QTimer *m_refresh;
};

} // namespace welkin
