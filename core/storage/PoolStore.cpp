#include "PoolStore.h"

#include "ById.h"
#include "DatabaseWriter.h"
#include "SqlExec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

PoolStore::PoolStore(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer) {}

void PoolStore::load(QSqlDatabase &db)
{
    m_pools.clear();
    m_maintenance.clear();
    QString error;
    QSqlQuery pools = sql::select(db, u"SELECT id, name, parent_id, policy FROM server_pools ORDER BY position, rowid"_s,
                                  {}, &error);
    while (pools.next()) {
        ServerPool pool{.id = pools.value(0).toString(), .name = pools.value(1).toString(),
                        .parentId = pools.value(2).toString(), .providerIds = {}, .balancePolicy = {}};
        pool.balancePolicy = QJsonDocument::fromJson(pools.value(3).toByteArray()).object();
        m_pools.append(pool);
    }
    // A parent that is gone (or a cycle written by hand) makes the pool top-level.
    for (ServerPool &pool : m_pools) {
        if (!pool.parentId.isEmpty() && (byid::indexOf(m_pools, pool.parentId) < 0 || subtree(pool.id).contains(pool.parentId)))
            pool.parentId.clear();
    }
    QSqlQuery members = sql::select(
        db, u"SELECT provider_id, pool_id FROM server_pool_members ORDER BY pool_id, position"_s, {}, &error);
    while (members.next()) {
        const qsizetype index = byid::indexOf(m_pools, members.value(1).toString());
        if (index >= 0)
            m_pools[index].providerIds.append(members.value(0).toString());
    }
    QSqlQuery maintenance = sql::select(db, u"SELECT host, since_ms FROM host_maintenance"_s, {}, &error);
    while (maintenance.next()) {
        const ResourceId host = ResourceId::fromString(maintenance.value(0).toString());
        if (host.isValid())
            m_maintenance.insert(host, maintenance.value(1).toLongLong());
    }
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the server pools: %s", qPrintable(error));
}

std::optional<ServerPool> PoolStore::pool(const QString &id) const { return byid::find(m_pools, id); }

QString PoolStore::poolOf(const QString &providerId) const
{
    for (const ServerPool &pool : m_pools) {
        if (pool.providerIds.contains(providerId))
            return pool.id;
    }
    return {};
}

QStringList PoolStore::subtree(const QString &id) const
{
    QStringList result{id};
    // Breadth first over the parent links; `result` grows while it is walked.
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const ServerPool &pool : m_pools) {
            if (pool.parentId == result.at(i) && !result.contains(pool.id))
                result.append(pool.id);
        }
    }
    return result;
}

QString PoolStore::save(const ServerPool &pool)
{
    if (pool.id.isEmpty())
        return tr("A server pool needs an id.");
    if (pool.name.trimmed().isEmpty())
        return tr("A server pool needs a name.");
    if (!pool.parentId.isEmpty()) {
        if (byid::indexOf(m_pools, pool.parentId) < 0)
            return tr("The parent pool no longer exists.");
        if (subtree(pool.id).contains(pool.parentId))
            return tr("A pool cannot be moved into itself or into one of its own sub-pools.");
    }
    for (const QString &providerId : pool.providerIds)
        takeProvider(providerId, pool.id);
    ServerPool stored = pool;
    stored.name = pool.name.trimmed();
    stored.providerIds.removeDuplicates();
    byid::upsert(m_pools, stored);
    persistPools();
    return {};
}

void PoolStore::remove(const QString &id)
{
    const qsizetype index = byid::indexOf(m_pools, id);
    if (index < 0)
        return;
    const ServerPool gone = m_pools.takeAt(index);
    for (ServerPool &pool : m_pools) {
        if (pool.parentId == id)
            pool.parentId = gone.parentId;
    }
    if (!gone.parentId.isEmpty()) {
        if (const qsizetype parent = byid::indexOf(m_pools, gone.parentId); parent >= 0)
            m_pools[parent].providerIds.append(gone.providerIds);
    }
    persistPools();
}

void PoolStore::moveProvider(const QString &providerId, const QString &poolId)
{
    if (poolOf(providerId) == poolId && !poolId.isEmpty())
        return;
    const qsizetype target = poolId.isEmpty() ? -1 : byid::indexOf(m_pools, poolId);
    if (!poolId.isEmpty() && target < 0)
        return;
    const QString before = poolOf(providerId);
    takeProvider(providerId, {});
    if (target >= 0)
        m_pools[target].providerIds.append(providerId);
    if (before != poolId)
        persistPools();
}

void PoolStore::takeProvider(const QString &providerId, const QString &exceptPool)
{
    for (ServerPool &pool : m_pools) {
        if (pool.id != exceptPool)
            pool.providerIds.removeAll(providerId);
    }
}

void PoolStore::setMaintenance(const ResourceId &host, bool on)
{
    if (!host.isValid() || m_maintenance.contains(host) == on)
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    if (on)
        m_maintenance.insert(host, since);
    else
        m_maintenance.remove(host);
    if (m_writer) {
        const QString key = host.toString();
        m_writer->enqueue([key, on, since](QSqlDatabase &db, QString *error) {
            return on ? sql::exec(db, u"INSERT OR REPLACE INTO host_maintenance (host, since_ms) VALUES (?, ?)"_s,
                                  {key, since}, error)
                      : sql::exec(db, u"DELETE FROM host_maintenance WHERE host = ?"_s, {key}, error);
        });
    }
    Q_EMIT maintenanceChanged(host, on);
}

void PoolStore::persistPools()
{
    if (m_writer) {
        // Pools are few: the whole set is rewritten, which keeps positions and moves trivially right.
        const QList<ServerPool> pools = m_pools;
        m_writer->enqueue([pools](QSqlDatabase &db, QString *error) {
            bool ok = sql::exec(db, u"DELETE FROM server_pool_members"_s, {}, error)
                      && sql::exec(db, u"DELETE FROM server_pools"_s, {}, error);
            for (qsizetype i = 0; ok && i < pools.size(); ++i) {
                const ServerPool &pool = pools.at(i);
                ok = sql::exec(db, u"INSERT INTO server_pools (id, name, parent_id, position, policy) VALUES (?, ?, ?, ?, ?)"_s,
                               {pool.id, pool.name, pool.parentId, i,
                                QString::fromUtf8(QJsonDocument(pool.balancePolicy).toJson(QJsonDocument::Compact))},
                               error);
                for (qsizetype m = 0; ok && m < pool.providerIds.size(); ++m) {
                    ok = sql::exec(db, u"INSERT INTO server_pool_members (provider_id, pool_id, position) VALUES (?, ?, ?)"_s,
                                   {pool.providerIds.at(m), pool.id, m}, error);
                }
            }
            return ok;
        });
    }
    Q_EMIT poolsChanged();
}

} // namespace welkin
