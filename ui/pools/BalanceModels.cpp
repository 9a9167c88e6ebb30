#include "BalanceModels.h"

#include "manage/StorageModels.h"

#include <QLocale>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// NaN (unknown) equals NaN here: an unchanged unknown figure is no change.
bool sameFigure(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

QString HostLoadModel::percentText(double percent)
{
    if (std::isnan(percent))
        return tr("–");
    return tr("%1 %").arg(QLocale().toString(qRound(percent)));
}

bool HostLoadModel::sameContent(const HostLoadRow &a, const HostLoadRow &b) const
{
    return a.name == b.name && a.note == b.note && sameFigure(a.cpuNow, b.cpuNow) && sameFigure(a.cpuAfter, b.cpuAfter)
           && sameFigure(a.memoryNow, b.memoryNow) && sameFigure(a.memoryAfter, b.memoryAfter);
}

QVariant HostLoadModel::data(const QModelIndex &index, int role) const
{
    const HostLoadRow *host = rowAt(index.row());
    if (!host || index.column() >= ColumnCount)
        return {};
    const auto figure = [host](int column) {
        switch (column) {
        case CpuNowColumn: return host->cpuNow;
        case CpuAfterColumn: return host->cpuAfter;
        case MemoryNowColumn: return host->memoryNow;
        case MemoryAfterColumn: return host->memoryAfter;
        }
        return double(NAN);
    };
    if (role == Qt::DisplayRole) {
        if (index.column() == HostColumn)
            return host->note.isEmpty() ? host->name : tr("%1 (%2)").arg(host->name, host->note);
        return percentText(figure(index.column()));
    }
    if (role == UsageFractionRole && index.column() != HostColumn) {
        const double percent = figure(index.column());
        if (std::isnan(percent))
            return {};
        return std::clamp(percent / 100.0, 0.0, 1.0);
    }
    return {};
}

QVariant HostLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn: return tr("Host");
    case CpuNowColumn: return tr("CPU now");
    case CpuAfterColumn: return tr("CPU after");
    case MemoryNowColumn: return tr("Memory now");
    case MemoryAfterColumn: return tr("Memory after");
    }
    return {};
}

void MoveModel::setStatus(const QString &vmId, MoveRow::Status status, const QString &failure)
{
    const int row = rowOf(vmId);
    if (row < 0)
        return;
    QList<MoveRow> moves = rows();
    moves[row].status = status;
    moves[row].failure = failure;
    setRows(moves);
}

QString MoveModel::statusText(const MoveRow &row)
{
    switch (row.status) {
    case MoveRow::Status::Proposed: return {};
    case MoveRow::Status::Moving: return tr("moving…");
    case MoveRow::Status::Moved: return tr("moved");
    case MoveRow::Status::Failed: return tr("failed: %1").arg(row.failure);
    }
    return {};
}

bool MoveModel::sameContent(const MoveRow &a, const MoveRow &b) const
{
    return a.move == b.move && a.fromName == b.fromName && a.toName == b.toName && a.status == b.status
           && a.failure == b.failure;
}

QVariant MoveModel::data(const QModelIndex &index, int role) const
{
    const MoveRow *row = rowAt(index.row());
    if (!row || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() >= ReasonColumn)) {
        switch (index.column()) {
        case VmColumn: return row->move.vmName;
        case FromColumn: return row->fromName;
        case ToColumn: return row->toName;
        case ReasonColumn: return row->move.reason;
        case StatusColumn: return statusText(*row);
        }
    }
    return {};
}

QVariant MoveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VmColumn: return tr("VM");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case ReasonColumn: return tr("Reason");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace welkin
