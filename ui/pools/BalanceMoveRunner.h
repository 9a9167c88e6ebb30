#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace welkin {

class PoolLoadReader;
class Task;
struct MoveRow;

// The migrations the Balance view runs: which are under way in each pool, what became of them
// (each pool's log, also of what a dry run would have done), and the planners' cooldown once a
// move succeeded. Apart from the page, so that the moves of a pool no longer shown still end in
// its log.
class BalanceMoveRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int logLineLimit = 1000; // per pool

    explicit BalanceMoveRunner(PoolLoadReader *reader, QObject *parent = nullptr);

    // Follows `task`, which makes `move` in pool `poolId`; finished() follows.
    void follow(const QString &poolId, const MoveRow &move, Task *task);
    bool isRunning(const QString &poolId) const;

    void logWouldMove(const QString &poolId, const MoveRow &move);
    void logNotStarted(const QString &poolId, const MoveRow &move, const QString &why);
    QStringList log(const QString &poolId) const { return m_logs.value(poolId); }

    // ms since the epoch, by the reader's clock (tests inject one).
    qint64 now() const;

Q_SIGNALS:
    // `failure` is the task's error when !ok.
    void finished(const QString &poolId, const QString &vmId, bool ok, const QString &failure);
    void logged(const QString &poolId, const QString &line);

private:
    void end(const QString &poolId, const MoveRow &move, Task *task);
    void append(const QString &poolId, const QString &line);
    QString clockText() const; // "HH:mm"

    QPointer<PoolLoadReader> m_reader;
    QHash<QString, QString> m_running;  // VM id -> pool id
    QHash<QString, QStringList> m_logs; // pool id -> its lines, oldest first
};

} // namespace welkin
