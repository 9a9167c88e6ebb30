#pragma once

#include "model/ServerPool.h"

#include <QHash>
#include <QObject>

#include <optional>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;

// The user's server pools and which hosts are in maintenance. GUI thread; an in-memory copy
// loaded at open, every change written through the writer thread. A connection is in at most
// one pool; pools nest without cycles.
class PoolStore : public QObject
{
    Q_OBJECT
public:
    explicit PoolStore(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void load(QSqlDatabase &db);

    QList<ServerPool> pools() const { return m_pools; }
    std::optional<ServerPool> pool(const QString &id) const;
    // The pool holding the connection; empty when it is in none.
    QString poolOf(const QString &providerId) const;
    // Pool `id` and every pool below it.
    QStringList subtree(const QString &id) const;

    // Inserts, or replaces the pool with the same id. Connections it lists leave their other
    // pool. Refuses (returns why) an empty name, an unknown parent, or a parent inside the pool
    // itself; returns "" when saved.
    QString save(const ServerPool &pool);
    // The pool's sub-pools and connections move up to its parent.
    void remove(const QString &id);
    // Puts the connection in pool `poolId` (at the end), or in none when it is empty.
    void moveProvider(const QString &providerId, const QString &poolId);
    // A removed connection leaves its pool.
    void forgetProvider(const QString &providerId) { moveProvider(providerId, {}); }

    bool inMaintenance(const ResourceId &host) const { return m_maintenance.contains(host); }
    QList<ResourceId> maintenanceHosts() const { return m_maintenance.keys(); }
    void setMaintenance(const ResourceId &host, bool on);

Q_SIGNALS:
    void poolsChanged();
    void maintenanceChanged(const welkin::ResourceId &host, bool on);

private:
    void persistPools();
    void takeProvider(const QString &providerId, const QString &exceptPool);

    DatabaseWriter *m_writer;
    QList<ServerPool> m_pools;
    QHash<ResourceId, qint64> m_maintenance; // host -> since (ms since the epoch)
};

} // namespace welkin
