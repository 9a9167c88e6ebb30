#pragma once

#include "model/ResourceId.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class Inventory;
class PoolStore;

// The user's server pools in the tree: creating, renaming, nesting and deleting them, and moving
// connections in and out (menus and drag and drop). Keeps the Inventory's pool levels in step
// with the PoolStore. Refusals (a pool into itself, an empty name) are told in a message box.
class PoolController : public QObject
{
    Q_OBJECT
public:
    // `store` may be null: pools then live in memory only.
    PoolController(PoolStore *store, Inventory *inventory, QWidget *window);

    PoolStore *store() const { return m_store; }
    QAction *newPoolAction() const { return m_newPool; }

    // Pool rows: New Sub-pool, Rename, Delete; connections and pools: "Move to Pool" submenu.
    void populateMenu(QMenu *menu, const QList<ResourceId> &ids);
    // Connections and pools among `ids` go into pool `poolId` ("" = out of every pool). Returns
    // what was refused ("" when everything moved).
    QString moveToPool(const QList<ResourceId> &ids, const QString &poolId);
    // Creates a pool (under `parentId` when given) and returns its id; "" when cancelled or refused.
    QString createPool(const QString &parentId = {});

    // Asks for a pool's name (tests replace it). Empty: cancelled.
    std::function<QString(const QString &title, const QString &current)> askName;
    // Tells the user why something was refused (tests replace it).
    std::function<void(const QString &message)> tellRefusal;

Q_SIGNALS:
    // A pool was made: the window selects it.
    void poolCreated(const welkin::ResourceId &pool);

private:
    void renamePool(const QString &poolId);
    void deletePool(const QString &poolId);
    void pushToInventory();

    PoolStore *m_store;
    Inventory *m_inventory;
    QPointer<QWidget> m_window;
    QAction *m_newPool;
};

} // namespace welkin
