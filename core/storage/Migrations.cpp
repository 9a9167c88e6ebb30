#include "Migrations.h"

#include "SqlExec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace welkin::migrations {

using namespace Qt::StringLiterals;

namespace {

// Step N (index N-1) turns version N-1 into N. Append only.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: connection profiles (never secrets; options as a JSON object)
        {u"CREATE TABLE profiles (id TEXT PRIMARY KEY, kind TEXT NOT NULL, display_name TEXT NOT NULL,"
         " uri TEXT NOT NULL, options TEXT NOT NULL DEFAULT '{}', position INTEGER NOT NULL DEFAULT 0)"_s},
        // 2: groups of VMs across providers, members by ResourceId string
        {u"CREATE TABLE vm_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)"_s,
         u"CREATE TABLE vm_group_members (group_id TEXT NOT NULL REFERENCES vm_groups(id) ON DELETE CASCADE,"
         " resource TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (group_id, resource))"_s},
        // 3: audit trail of tasks and provider events
        {u"CREATE TABLE event_log (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
         " kind INTEGER NOT NULL, severity INTEGER NOT NULL, provider_id TEXT NOT NULL DEFAULT '',"
         " resource TEXT NOT NULL DEFAULT '', user TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
         " result TEXT NOT NULL DEFAULT '')"_s,
         u"CREATE INDEX event_log_time ON event_log (time_ms)"_s},
        // 4: TLS pins per connection; names (never values) of secrets kept in the keychain
        {u"CREATE TABLE certificate_pins (connection_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL,"
         " subject TEXT NOT NULL DEFAULT '', issuer TEXT NOT NULL DEFAULT '', expires_ms INTEGER NOT NULL DEFAULT 0,"
         " pinned_ms INTEGER NOT NULL)"_s,
         u"CREATE TABLE secret_refs (connection_id TEXT NOT NULL, name TEXT NOT NULL,"
         " PRIMARY KEY (connection_id, name))"_s},
        // 5: UI state (window geometry, splitters, ...); when a profile last changed
        {u"CREATE TABLE ui_state (key TEXT PRIMARY KEY, value BLOB)"_s,
         u"ALTER TABLE profiles ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0"_s},
        // 6: server pools (nested folders of connections, a balancing policy each) and hosts in
        // maintenance
        {u"CREATE TABLE server_pools (id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT NOT NULL DEFAULT '',"
         " position INTEGER NOT NULL DEFAULT 0, policy TEXT NOT NULL DEFAULT '{}')"_s,
         u"CREATE TABLE server_pool_members (provider_id TEXT PRIMARY KEY, pool_id TEXT NOT NULL,"
         " position INTEGER NOT NULL DEFAULT 0)"_s,
         u"CREATE TABLE host_maintenance (host TEXT PRIMARY KEY, since_ms INTEGER NOT NULL)"_s},
        // 7: the audit trail keeps the names a row had when recorded, and a cloud's request id
        {u"ALTER TABLE event_log ADD COLUMN connection_name TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE event_log ADD COLUMN resource_name TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE event_log ADD COLUMN request_id TEXT NOT NULL DEFAULT ''"_s},
    };
    return all;
}

QString describe(const QSqlError &error) { return sql::errorText(error); }

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QCoreApplication::translate("welkin::Database", "%1 (in \"%2\")").arg(describe(query.lastError()), sql);
    return false;
}

} // namespace

int latestVersion() { return int(steps().size()); }

int currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s)
        || !query.next()) {
        *error = describe(query.lastError());
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(u"SELECT max(version) FROM schema_version"_s) || !query.next()) {
        *error = describe(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    int version = currentVersion(db, error);
    if (version < 0)
        return false;
    if (version > latestVersion()) {
        *error = QCoreApplication::translate("welkin::Database",
                                             "the database has schema version %1, newer than this Welkin knows (%2); "
                                             "it was written by a newer Welkin")
                     .arg(version)
                     .arg(latestVersion());
        return false;
    }
    while (version < target) {
        if (!db.transaction()) {
            *error = describe(db.lastError());
            return false;
        }
        bool ok = run(db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s, error);
        for (const QString &sql : steps().at(version)) {
            if (ok)
                ok = run(db, sql, error);
        }
        ok = ok && run(db, u"DELETE FROM schema_version"_s, error)
             && run(db, u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version + 1), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = describe(db.lastError());
            db.rollback();
            *error = QCoreApplication::translate("welkin::Database", "migration to schema version %1 failed: %2")
                         .arg(version + 1)
                         .arg(*error);
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace welkin::migrations
