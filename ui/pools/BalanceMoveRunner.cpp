#include "BalanceMoveRunner.h"

#include "BalanceModels.h"
#include "manage/ManageSupport.h"
#include "manage/PageSupport.h"
#include "placement/PoolLoadReader.h"
#include "providers/Task.h"

#include <QDateTime>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString moveText(const MoveRow &row)
{
    return BalanceMoveRunner::tr("%1 %2 → %3").arg(row.move.vmName, row.fromName, row.toName);
}

} // namespace

BalanceMoveRunner::BalanceMoveRunner(PoolLoadReader *reader, QObject *parent) : QObject(parent), m_reader(reader) {}

void BalanceMoveRunner::follow(const QString &poolId, const MoveRow &move, Task *task)
{
    m_running.insert(move.move.vmId, poolId);
    manage::whenFinished(task, this, [this, poolId, move](Task *done) { end(poolId, move, done); });
    // A task that dies unfinished (its connection was removed) ends the move as well.
    connect(task, &QObject::destroyed, this, [this, poolId, move] { end(poolId, move, nullptr); });
}

bool BalanceMoveRunner::isRunning(const QString &poolId) const
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value() == poolId)
            return true;
    }
    return false;
}

void BalanceMoveRunner::end(const QString &poolId, const MoveRow &move, Task *task)
{
    const QString &vmId = move.move.vmId;
    if (!m_running.remove(vmId))
        return; // already ended
    const bool ok = task && task->state() == Task::State::Succeeded;
    QString failure;
    if (ok) {
        if (m_reader)
            m_reader->recordMove(ResourceId::fromString(vmId).nativeId(), now()); // the cooldown holds
        append(poolId, tr("%1 moved %2 (%3)").arg(clockText(), moveText(move), move.move.reason));
    } else {
        failure = task ? hostpage::failureText(task) : tr("its connection was removed");
        append(poolId, tr("%1 could not move %2: %3").arg(clockText(), moveText(move), failure));
    }
    Q_EMIT finished(poolId, vmId, ok, failure);
}

void BalanceMoveRunner::logWouldMove(const QString &poolId, const MoveRow &move)
{
    append(poolId, tr("%1 would move %2 (%3)").arg(clockText(), moveText(move), move.move.reason));
}

void BalanceMoveRunner::logNotStarted(const QString &poolId, const MoveRow &move, const QString &why)
{
    append(poolId, tr("%1 could not move %2: %3").arg(clockText(), moveText(move), why));
}

void BalanceMoveRunner::append(const QString &poolId, const QString &line)
{
    QStringList &lines = m_logs[poolId];
    lines.append(line);
    if (lines.size() > logLineLimit)
        lines.removeFirst();
    Q_EMIT logged(poolId, line);
}

qint64 BalanceMoveRunner::now() const
{
    return m_reader && m_reader->clock ? m_reader->clock() : QDateTime::currentMSecsSinceEpoch();
}

QString BalanceMoveRunner::clockText() const { return QDateTime::fromMSecsSinceEpoch(now()).toString(u"HH:mm"_s); }

} // namespace welkin
