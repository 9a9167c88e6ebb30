#pragma once

#include "manage/KeyedTableModel.h"
#include "placement/PlacementTypes.h"

#include <cmath>

namespace welkin {

// One host of the Balance view: its load now and once the proposed moves are made, in percent of
// its capacity (NaN where the capacity is unknown).
struct HostLoadRow {
    QString hostId;
    QString name;
    double cpuNow = NAN;
    double cpuAfter = NAN;
    double memoryNow = NAN;
    double memoryAfter = NAN;
    QString note; // why the host takes no VMs: "in maintenance", "not connected"
};

// The pool's hosts, in the planner's order, with load bars (CapacityBarDelegate) now and after.
class HostLoadModel : public KeyedTableModel<HostLoadRow>
{
    Q_OBJECT
public:
    enum Column { HostColumn, CpuNowColumn, CpuAfterColumn, MemoryNowColumn, MemoryAfterColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setHosts(const QList<HostLoadRow> &hosts) { setRows(hosts); }
    const HostLoadRow *host(const QString &hostId) const { return rowAt(rowOf(hostId)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "92 %"; "–" when unknown.
    static QString percentText(double percent);

protected:
    QString keyOf(const HostLoadRow &row) const override { return row.hostId; }
    bool sameContent(const HostLoadRow &a, const HostLoadRow &b) const override;
    int columns() const override { return ColumnCount; }
};

// One recommended migration and what became of it.
struct MoveRow {
    enum class Status { Proposed, Moving, Moved, Failed };

    PlannedMove move;
    QString fromName;
    QString toName;
    Status status = Status::Proposed;
    QString failure; // Failed: the task's error

    // Apply may (still or again) run it.
    bool isApplicable() const { return status == Status::Proposed || status == Status::Failed; }
};

// The plan's moves in the order to run them, keyed by VM.
class MoveModel : public KeyedTableModel<MoveRow>
{
    Q_OBJECT
public:
    enum Column { VmColumn, FromColumn, ToColumn, ReasonColumn, StatusColumn, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setMoves(const QList<MoveRow> &moves) { setRows(moves); }
    const MoveRow *move(const QString &vmId) const { return rowAt(rowOf(vmId)); }
    void setStatus(const QString &vmId, MoveRow::Status status, const QString &failure = {});

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "", "moving…", "moved", "failed: <reason>"
    static QString statusText(const MoveRow &row);

protected:
    QString keyOf(const MoveRow &row) const override { return row.move.vmId; }
    bool sameContent(const MoveRow &a, const MoveRow &b) const override;
    int columns() const override { return ColumnCount; }
};

} // namespace welkin
