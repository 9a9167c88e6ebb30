#pragma once

#include "HistoryTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <deque>

namespace welkin {

// The SQL side of the metric history: schema, batched inserts, rollups, purge, range queries.
// Lives entirely on the history writer thread (a QSqlDatabase belongs to its thread).
//
// Schema (own file, own `schema_version` table; see HistoryStore for merging into the main
// database): `series` maps ResourceId strings to small integers; `raw`, `rollup_1m`,
// `rollup_1h` are WITHOUT ROWID tables keyed (series, t). Values are stored as integers
// (CPU in 1/100 %, memory in KiB, rates in B/s): SQLite packs small integers into 1-4 bytes
// where a REAL always takes 8. NULL = not measured.
class HistoryDb
{
public:
    static constexpr int schemaVersion = 1;

    HistoryDb(QString path, QString connectionName, int cacheKiB = 2048);
    ~HistoryDb();

    bool open(QString *error);
    bool isOpen() const { return m_open; }

    // One transaction for everything given. Returns how many samples were written.
    qsizetype write(const std::deque<MetricSamples> &batches, qint64 rawIntervalMs, QString *error);
    // Rolls finished buckets up (raw -> 1 min -> 1 h) and deletes what retention says is old.
    bool maintain(qint64 nowMs, const HistoryOptions &options, QString *error);
    HistoryResult query(const ResourceId &id, qint64 fromMs, qint64 toMs, HistoryResolution resolution);
    // Rows per table (tests, benchmark).
    qint64 rowCount(const QString &table);
    // Bytes per table when SQLite has the dbstat table, else -1 (benchmark).
    qint64 tableBytes(const QString &table);
    void checkpoint();

private:
    qint64 seriesId(const QString &resource, QString *error);
    bool rollup(const QString &source, const QString &target, qint64 bucketMs, qint64 endMs, const QString &mark,
                QString *error);
    qint64 metaValue(const QString &key, qint64 fallback);
    bool setMetaValue(const QString &key, qint64 value, QString *error);

    QString m_path;
    QString m_connectionName;
    int m_cacheKiB;
    bool m_open = false;
    QHash<QString, qint64> m_seriesIds;
    QHash<qint64, qint64> m_lastRawMs; // series -> last raw sample written (thinning)
};

} // namespace welkin
