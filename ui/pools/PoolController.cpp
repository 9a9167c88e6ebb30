#include "PoolController.h"

#include "Icons.h"
#include "inventory/Inventory.h"
#include "storage/PoolStore.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUuid>

namespace welkin {

using namespace Qt::StringLiterals;

PoolController::PoolController(PoolStore *store, Inventory *inventory, QWidget *window)
    : QObject(window), m_store(store ? store : new PoolStore(nullptr, this)), m_inventory(inventory), m_window(window),
      m_newPool(new QAction(Icons::forKind(ResourceKind::Pool), tr("New Server &Pool…"), this))
{
    m_newPool->setObjectName(u"newServerPool"_s);
    m_newPool->setToolTip(tr("Group connections into a server pool (a datacenter, a rack, a cluster)"));
    askName = [this](const QString &title, const QString &current) {
        return QInputDialog::getText(m_window, title, tr("Pool name:"), QLineEdit::Normal, current).trimmed();
    };
    tellRefusal = [this](const QString &message) { QMessageBox::warning(m_window, tr("Server Pools"), message); };
    connect(m_newPool, &QAction::triggered, this, [this] { createPool(); });
    connect(m_store, &PoolStore::poolsChanged, this, &PoolController::pushToInventory);
    pushToInventory();
}

void PoolController::pushToInventory() { m_inventory->setServerPools(m_store->pools()); }

QString PoolController::createPool(const QString &parentId)
{
    const QString name = askName(parentId.isEmpty() ? tr("New Server Pool") : tr("New Sub-pool"), {});
    if (name.isEmpty())
        return {};
    const ServerPool pool{.id = QUuid::createUuid().toString(QUuid::WithoutBraces), .name = name,
                          .parentId = parentId, .providerIds = {}, .balancePolicy = {}};
    if (const QString refusal = m_store->save(pool); !refusal.isEmpty()) {
        tellRefusal(refusal);
        return {};
    }
    Q_EMIT poolCreated(ServerPool::nodeId(pool.id));
    return pool.id;
}

void PoolController::renamePool(const QString &poolId)
{
    std::optional<ServerPool> pool = m_store->pool(poolId);
    if (!pool)
        return;
    const QString name = askName(tr("Rename Server Pool"), pool->name);
    if (name.isEmpty() || name == pool->name)
        return;
    pool->name = name;
    if (const QString refusal = m_store->save(*pool); !refusal.isEmpty())
        tellRefusal(refusal);
}

void PoolController::deletePool(const QString &poolId)
{
    // Nothing is lost: the pool's connections and sub-pools move up a level.
    m_store->remove(poolId);
}

QString PoolController::moveToPool(const QList<ResourceId> &ids, const QString &poolId)
{
    QStringList refusals;
    for (const ResourceId &id : ids) {
        if (id.kind() == ResourceKind::Provider) {
            m_store->moveProvider(id.providerId(), poolId);
        } else if (id.kind() == ResourceKind::Pool) {
            std::optional<ServerPool> pool = m_store->pool(id.nativeId());
            if (!pool || pool->parentId == poolId)
                continue;
            pool->parentId = poolId;
            if (const QString refusal = m_store->save(*pool); !refusal.isEmpty())
                refusals.append(tr("%1: %2").arg(pool->name, refusal));
        }
    }
    const QString message = refusals.join(u'\n');
    if (!message.isEmpty())
        tellRefusal(message);
    return message;
}

void PoolController::populateMenu(QMenu *menu, const QList<ResourceId> &ids)
{
    QList<ResourceId> movable;
    for (const ResourceId &id : ids) {
        if (id.kind() == ResourceKind::Provider || id.kind() == ResourceKind::Pool)
            movable.append(id);
    }
    if (ids.size() == 1 && ids.first().kind() == ResourceKind::Pool) {
        const QString poolId = ids.first().nativeId();
        menu->addAction(Icons::forKind(ResourceKind::Pool), tr("New Sub-pool…"), this, [this, poolId] { createPool(poolId); });
        menu->addAction(tr("Rename Pool…"), this, [this, poolId] { renamePool(poolId); });
        QAction *remove = menu->addAction(tr("Delete Pool"), this, [this, poolId] { deletePool(poolId); });
        remove->setToolTip(tr("Its connections and sub-pools move up a level"));
    }
    if (movable.isEmpty() || movable.size() != ids.size())
        return;
    QMenu *moveMenu = menu->addMenu(Icons::forKind(ResourceKind::Pool), tr("Move to Pool"));
    moveMenu->setObjectName(u"moveToPoolMenu"_s);
    moveMenu->addAction(tr("(No Pool)"), this, [this, movable] { moveToPool(movable, {}); });
    moveMenu->addSeparator();
    // Pools in tree order, indented by depth.
    const QList<ServerPool> pools = m_store->pools();
    const auto addLevel = [&](const auto &self, const QString &parentId, int depth) -> void {
        for (const ServerPool &pool : pools) {
            if (pool.parentId != parentId)
                continue;
            QAction *action = moveMenu->addAction(QString(depth * 4, u' ') + pool.name, this,
                                                  [this, movable, id = pool.id] { moveToPool(movable, id); });
            action->setData(pool.id);
            self(self, pool.id, depth + 1);
        }
    };
    addLevel(addLevel, QString(), 0);
    moveMenu->addSeparator();
    moveMenu->addAction(tr("New Pool…"), this, [this, movable] {
        if (const QString id = createPool(); !id.isEmpty())
            moveToPool(movable, id);
    });
}

} // namespace welkin
