#include "HistoryDb.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// The stored columns, in table order, and how a MetricSample maps onto them.
enum Field { Cpu, CpuGuest, MemUsed, MemTotal, DiskRead, DiskWrite, NetRx, NetTx, Vms, FieldCount };
const char *const columns[FieldCount] = {"cpu", "cpu_guest", "mem_used", "mem_total", "disk_rd",
                                         "disk_wr", "net_rx", "net_tx", "vms"};

QVariant nullValue() { return QVariant(QMetaType::fromType<qint64>()); }

QVariant real(double v, double scale)
{
    return std::isnan(v) ? nullValue() : QVariant(qint64(std::llround(v * scale)));
}

QVariant count(qint64 v) { return v < 0 ? nullValue() : QVariant(v); }

QVariant toColumn(const MetricSample &s, int field)
{
    switch (field) {
    case Cpu: return real(s.cpuPercent, 100.0);
    case CpuGuest: return real(s.cpuGuestPercent, 100.0);
    case MemUsed: return count(s.memoryUsedKiB);
    case MemTotal: return count(s.memoryTotalKiB);
    case DiskRead: return real(s.diskReadBps, 1.0);
    case DiskWrite: return real(s.diskWriteBps, 1.0);
    case NetRx: return real(s.netRxBps, 1.0);
    case NetTx: return real(s.netTxBps, 1.0);
    case Vms: return count(s.runningVms);
    }
    return nullValue();
}

void fromColumn(MetricSample &s, int field, const QVariant &v)
{
    const bool null = v.isNull();
    const double d = null ? NAN : v.toDouble();
    const qint64 i = null ? -1 : v.toLongLong();
    switch (field) {
    case Cpu: s.cpuPercent = d / 100.0; break;
    case CpuGuest: s.cpuGuestPercent = d / 100.0; break;
    case MemUsed: s.memoryUsedKiB = i; break;
    case MemTotal: s.memoryTotalKiB = i; break;
    case DiskRead: s.diskReadBps = d; break;
    case DiskWrite: s.diskWriteBps = d; break;
    case NetRx: s.netRxBps = d; break;
    case NetTx: s.netTxBps = d; break;
    case Vms: s.runningVms = int(i); break;
    }
}

QString col(int field) { return QString::fromLatin1(columns[field]); }

QString rollupTableSql(const QString &name)
{
    QString sql = u"CREATE TABLE IF NOT EXISTS "_s + name + u"(series INTEGER NOT NULL, t INTEGER NOT NULL, n INTEGER NOT NULL"_s;
    for (int f = 0; f < FieldCount; ++f)
        sql += u", "_s + col(f) + u"_min INTEGER, "_s + col(f) + u"_avg INTEGER, "_s + col(f) + u"_max INTEGER"_s;
    return sql + u", PRIMARY KEY(series, t)) WITHOUT ROWID"_s;
}

QString describe(const QSqlQuery &q)
{
    return q.lastError().text();
}

QString tr(const char *text) { return QCoreApplication::translate("HistoryDb", text); }

} // namespace

HistoryDb::HistoryDb(QString path, QString connectionName, int cacheKiB)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_cacheKiB(cacheKiB)
{
}

HistoryDb::~HistoryDb()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryDb::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = tr("Cannot open the metric history %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QString raw = u"CREATE TABLE IF NOT EXISTS raw(series INTEGER NOT NULL, t INTEGER NOT NULL"_s;
    for (int f = 0; f < FieldCount; ++f)
        raw += u", "_s + col(f) + u" INTEGER"_s;
    raw += u", PRIMARY KEY(series, t)) WITHOUT ROWID"_s;
    const QStringList statements = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA cache_size=-%1"_s.arg(m_cacheKiB),
        u"CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, resource TEXT NOT NULL UNIQUE)"_s,
        raw,
        rollupTableSql(u"rollup_1m"_s),
        rollupTableSql(u"rollup_1h"_s),
    };
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = tr("Cannot prepare the metric history %1: %2").arg(m_path, describe(q));
            return false;
        }
    }
    if (!q.exec(u"SELECT version FROM schema_version"_s)) {
        *error = describe(q);
        return false;
    }
    if (!q.next()) {
        q.exec(u"INSERT INTO schema_version(version) VALUES(%1)"_s.arg(schemaVersion));
    } else if (q.value(0).toInt() > schemaVersion) {
        *error = tr("The metric history %1 was written by a newer Welkin (schema %2, this one knows %3).")
                     .arg(m_path).arg(q.value(0).toInt()).arg(schemaVersion);
        return false;
    }
    if (!q.exec(u"SELECT id, resource FROM series"_s)) {
        *error = describe(q);
        return false;
    }
    while (q.next())
        m_seriesIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    m_open = true;
    return true;
}

qint64 HistoryDb::seriesId(const QString &resource, QString *error)
{
    const auto it = m_seriesIds.constFind(resource);
    if (it != m_seriesIds.cend())
        return *it;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO series(resource) VALUES(?)"_s);
    q.addBindValue(resource);
    if (!q.exec()) {
        *error = describe(q);
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_seriesIds.insert(resource, id);
    return id;
}

qsizetype HistoryDb::write(const std::deque<MetricSamples> &batches, qint64 rawIntervalMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    QSqlQuery insert(db);
    QString sql = u"INSERT OR REPLACE INTO raw VALUES(?, ?"_s;
    for (int f = 0; f < FieldCount; ++f)
        sql += u", ?"_s;
    insert.prepare(sql + u")"_s);
    qsizetype written = 0;
    for (const MetricSamples &batch : batches) {
        for (const MetricSample &s : batch) {
            const qint64 series = seriesId(s.id.toString(), error);
            if (series < 0) {
                db.rollback();
                return 0;
            }
            if (rawIntervalMs > 0) {
                qint64 &last = m_lastRawMs[series];
                if (last != 0 && s.timestampMs - last < rawIntervalMs && s.timestampMs >= last)
                    continue;
                last = s.timestampMs;
            }
            insert.bindValue(0, series);
            insert.bindValue(1, s.timestampMs);
            for (int f = 0; f < FieldCount; ++f)
                insert.bindValue(f + 2, toColumn(s, f));
            if (!insert.exec()) {
                *error = describe(insert);
                db.rollback();
                return 0;
            }
            ++written;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return 0;
    }
    return written;
}

qint64 HistoryDb::metaValue(const QString &key, qint64 fallback)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : fallback;
}

bool HistoryDb::setMetaValue(const QString &key, qint64 value, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    *error = describe(q);
    return false;
}

bool HistoryDb::rollup(const QString &source, const QString &target, qint64 bucketMs, qint64 endMs, const QString &mark,
                       QString *error)
{
    const qint64 from = metaValue(mark, 0);
    if (endMs <= from)
        return true;
    const bool fromRaw = source == "raw"_L1;
    QString select = u"SELECT series, (t / %1) * %1, "_s.arg(bucketMs) + (fromRaw ? u"COUNT(*)"_s : u"SUM(n)"_s);
    QString insert = u"INSERT OR REPLACE INTO "_s + target + u"(series, t, n"_s;
    for (int f = 0; f < FieldCount; ++f) {
        const QString c = col(f);
        insert += u", "_s + c + u"_min, "_s + c + u"_avg, "_s + c + u"_max"_s;
        if (fromRaw)
            select += u", MIN(%1), CAST(ROUND(AVG(%1)) AS INTEGER), MAX(%1)"_s.arg(c);
        else // minutes -> hours: the average weighted by each minute's sample count
            select += u", MIN(%1_min), CAST(ROUND(SUM(%1_avg * n) * 1.0 / SUM(CASE WHEN %1_avg IS NOT NULL THEN n END))"
                      " AS INTEGER), MAX(%1_max)"_s.arg(c);
    }
    // "series IN (…)" lets SQLite walk the (series, t) key per series instead of scanning.
    const QString sql = insert + u") "_s + select + u" FROM "_s + source
        + u" WHERE series IN (SELECT id FROM series) AND t >= ? AND t < ? GROUP BY series, t / %1"_s.arg(bucketMs);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    q.addBindValue(from);
    q.addBindValue(endMs);
    if (!q.exec()) {
        *error = describe(q);
        return false;
    }
    return setMetaValue(mark, endMs, error);
}

bool HistoryDb::maintain(qint64 nowMs, const HistoryOptions &options, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const qint64 settled = nowMs - options.rollupGraceMs;
    const qint64 minuteEnd = settled / HistoryOptions::minuteMs * HistoryOptions::minuteMs;
    const qint64 hourEnd = settled / HistoryOptions::hourMs * HistoryOptions::hourMs;
    bool ok = rollup(u"raw"_s, u"rollup_1m"_s, HistoryOptions::minuteMs, minuteEnd, u"rolled_1m"_s, error)
        && rollup(u"rollup_1m"_s, u"rollup_1h"_s, HistoryOptions::hourMs, hourEnd, u"rolled_1h"_s, error);
    const std::pair<const char *, qint64> purges[] = {{"raw", options.rawRetentionMs},
                                                      {"rollup_1m", options.minuteRetentionMs},
                                                      {"rollup_1h", options.hourRetentionMs}};
    QSqlQuery q(db);
    for (const auto &[table, retention] : purges) {
        if (!ok)
            break;
        q.prepare(u"DELETE FROM %1 WHERE series IN (SELECT id FROM series) AND t < ?"_s.arg(QLatin1StringView(table)));
        q.addBindValue(nowMs - retention);
        ok = q.exec();
        if (!ok)
            *error = describe(q);
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

HistoryResult HistoryDb::query(const ResourceId &id, qint64 fromMs, qint64 toMs, HistoryResolution resolution)
{
    HistoryResult result;
    result.id = id;
    result.resolution = resolution;
    result.fromMs = fromMs;
    result.toMs = toMs;
    const auto series = m_seriesIds.constFind(id.toString());
    if (series == m_seriesIds.cend())
        return result; // never recorded: an empty chart, not an error
    QString sql = u"SELECT t"_s;
    if (resolution == HistoryResolution::Raw) {
        for (int f = 0; f < FieldCount; ++f)
            sql += u", "_s + col(f);
        sql += u" FROM raw"_s;
    } else {
        sql += u", n"_s;
        for (int f = 0; f < FieldCount; ++f)
            sql += u", %1_min, %1_avg, %1_max"_s.arg(col(f));
        sql += resolution == HistoryResolution::Minute ? u" FROM rollup_1m"_s : u" FROM rollup_1h"_s;
    }
    sql += u" WHERE series = ? AND t >= ? AND t <= ? ORDER BY t"_s;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(*series);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        result.error = describe(q);
        return result;
    }
    while (q.next()) {
        HistoryPoint p;
        p.timestampMs = q.value(0).toLongLong();
        if (resolution == HistoryResolution::Raw) {
            for (int f = 0; f < FieldCount; ++f)
                fromColumn(p.avg, f, q.value(f + 1));
            p.min = p.max = p.avg;
        } else {
            p.count = q.value(1).toInt();
            for (int f = 0; f < FieldCount; ++f) {
                fromColumn(p.min, f, q.value(2 + 3 * f));
                fromColumn(p.avg, f, q.value(3 + 3 * f));
                fromColumn(p.max, f, q.value(4 + 3 * f));
            }
        }
        for (MetricSample *s : {&p.min, &p.avg, &p.max}) {
            s->id = id;
            s->timestampMs = p.timestampMs;
        }
        result.points.append(p);
    }
    return result;
}

qint64 HistoryDb::rowCount(const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 HistoryDb::tableBytes(const QString &table)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT SUM(pgsize) FROM dbstat WHERE name = ?"_s);
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void HistoryDb::checkpoint()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace welkin
