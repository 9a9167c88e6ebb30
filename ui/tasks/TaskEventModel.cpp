#include "TaskEventModel.h"

#include "inventory/Inventory.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Today's entries need no date; a long session's older ones do.
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.time().toString(u"HH:mm:ss"_s);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

TaskEventModel::TaskEventModel(Inventory *inventory, QObject *parent)
    : QAbstractTableModel(parent), m_inventory(inventory)
{
}

void TaskEventModel::addTask(Task *task)
{
    Entry entry;
    entry.taskId = task->id();
    entry.task = task;
    entry.kind = EntryKind::RunningTask; // refreshTask() below tells the truth
    entry.time = task->created();
    entry.user = task->userDisplay();
    entry.what = task->title();
    entry.target = task->target();
    if (const InventoryNode *node = m_inventory->node(task->target()))
        entry.targetName = node->resource().name;
    insert(entry);
    refreshTask(task->id());
    const quint64 id = task->id();
    connect(task, &QObject::destroyed, this, [this, id] { taskGone(id); });
    connect(task, &Task::stateChanged, this, [this, id] { refreshTask(id); });
    connect(task, &Task::progressChanged, this, [this, id] { refreshTask(id); });
    connect(task, &Task::detailChanged, this, [this, id] { refreshTask(id); });
    connect(task, &Task::cancellableChanged, this, [this, id] { refreshTask(id); });
}

void TaskEventModel::addEvent(const ProviderEvent &event)
{
    Entry entry;
    entry.kind = event.severity == ProviderEvent::Severity::Error     ? EntryKind::ErrorEvent
                 : event.severity == ProviderEvent::Severity::Warning ? EntryKind::WarningEvent
                                                                       : EntryKind::InfoEvent;
    entry.time = event.time.isValid() ? event.time : QDateTime::currentDateTime();
    entry.what = event.message;
    entry.user = event.user;
    entry.target = event.resource.isValid() ? event.resource : ResourceId::provider(event.providerId);
    if (const InventoryNode *node = m_inventory->node(entry.target))
        entry.targetName = node->resource().name;
    insert(entry);
}

void TaskEventModel::insert(Entry entry)
{
    entry.seq = m_nextSeq++;
    if (entry.taskId)
        m_taskSeq.insert(entry.taskId, entry.seq);
    if (entry.kind != EntryKind::RunningTask)
        m_settled.push_back(entry.seq);
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
    trim();
}

void TaskEventModel::trim()
{
    // A long session must not grow without bound: beyond m_maxRows finished tasks and events,
    // those that ended longest ago go (a long upload that just failed stays to be read).
    // Running tasks come on top and keep their rows.
    while (qsizetype(m_settled.size()) > m_maxRows) {
        const int row = rowOfSeq(m_settled.front(), nullptr);
        m_settled.pop_front();
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        if (const quint64 taskId = m_entries.at(row).taskId)
            m_taskSeq.remove(taskId);
        m_entries.remove(row);
        endRemoveRows();
    }
}

void TaskEventModel::taskGone(quint64 taskId)
{
    const int row = rowOfTask(taskId);
    if (row < 0 || m_entries.at(row).kind != EntryKind::RunningTask)
        return; // finished: the row has its final figures
    // Deleted before it ended (its connection went away): the row must not say "Running" forever.
    Entry &entry = m_entries[row];
    setKind(entry, EntryKind::FailedTask);
    entry.result = tr("Ended without a result");
    entry.finished = QDateTime::currentDateTime();
    entry.cancellable = entry.cancelling = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    trim();
}

void TaskEventModel::setKind(Entry &entry, EntryKind kind)
{
    if (entry.kind == EntryKind::RunningTask && kind != EntryKind::RunningTask)
        m_settled.push_back(entry.seq);
    entry.kind = kind;
}

int TaskEventModel::rowOfTask(quint64 taskId) const
{
    const auto it = m_taskSeq.constFind(taskId);
    return it == m_taskSeq.cend() ? -1 : rowOfSeq(*it, &m_lookupSteps);
}

int TaskEventModel::rowOfSeq(quint64 seq, quint64 *steps) const
{
    const auto found = std::lower_bound(m_entries.cbegin(), m_entries.cend(), seq, [steps](const Entry &entry, quint64 s) {
        if (steps)
            ++*steps;
        return entry.seq > s;
    });
    return found != m_entries.cend() && found->seq == seq ? int(found - m_entries.cbegin()) : -1;
}

void TaskEventModel::refreshTask(quint64 taskId)
{
    const int row = rowOfTask(taskId);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    const Task *task = entry.task;
    if (!task)
        return;
    entry.progress = task->progress();
    entry.finished = task->finishedAt();
    entry.detail = task->detail();
    entry.cancellable = task->isCancellable() && !task->isFinished();
    entry.cancelling = entry.cancellable && task->isCancelRequested();
    entry.cancelEffect = task->cancelEffect();
    const bool wasRunning = entry.kind == EntryKind::RunningTask;
    switch (task->state()) {
    case Task::State::Queued:
    case Task::State::Running: setKind(entry, EntryKind::RunningTask); break;
    case Task::State::Succeeded:
        setKind(entry, EntryKind::FinishedTask);
        entry.result = tr("Succeeded");
        break;
    case Task::State::Failed:
        setKind(entry, EntryKind::FailedTask);
        entry.result = task->errorText();
        entry.cancelled = task->isCancelRequested();
        break;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasRunning && task->isFinished())
        trim(); // one more finished row counts against the bound
}

bool TaskEventModel::cancelTask(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return false;
    const Entry &entry = m_entries.at(index.row());
    if (!entry.task || !entry.cancellable || entry.cancelling)
        return false;
    entry.task->requestCancel();
    refreshTask(entry.taskId);
    return true;
}

int TaskEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TaskEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskEventModel::display(const Entry &entry, int column) const
{
    switch (column) {
    case StatusColumn:
        switch (entry.kind) {
        case EntryKind::RunningTask: return entry.cancelling ? tr("Cancelling…") : tr("Running");
        case EntryKind::FinishedTask: return tr("Done");
        case EntryKind::FailedTask: return entry.cancelled ? tr("Cancelled") : tr("Failed");
        case EntryKind::InfoEvent: return tr("Event");
        case EntryKind::WarningEvent: return tr("Warning");
        case EntryKind::ErrorEvent: return tr("Error");
        }
        return {};
    case TimeColumn: return timeText(entry.time);
    case UserColumn: return entry.user;
    case WhatColumn: return entry.what;
    case TargetColumn: return entry.targetName.isEmpty() ? entry.target.nativeId() : entry.targetName;
    case FinishedColumn: return timeText(entry.finished);
    case ProgressColumn:
        if (entry.taskId == 0)
            return {};
        return entry.progress >= 0 ? QVariant(QString::number(entry.progress) + u" %"_s) : QVariant();
    case ResultColumn: return entry.kind == EntryKind::RunningTask ? entry.detail : entry.result;
    }
    return {};
}

QVariant TaskEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == ResultColumn || index.column() == WhatColumn ? display(entry, index.column()) : QVariant();
    case Qt::DecorationRole: {
        if (index.column() != StatusColumn)
            return {};
        QStyle *style = QApplication::style();
        switch (entry.kind) {
        case EntryKind::RunningTask: return style->standardIcon(QStyle::SP_BrowserReload);
        case EntryKind::FinishedTask: return style->standardIcon(QStyle::SP_DialogApplyButton);
        case EntryKind::FailedTask:
        case EntryKind::ErrorEvent: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case EntryKind::WarningEvent: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case EntryKind::InfoEvent: return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    }
    case ResourceIdRole: return QVariant::fromValue(entry.target);
    case EntryKindRole: return int(entry.kind);
    case ProgressRole: return entry.taskId ? entry.progress : -1;
    case CancellableRole: return entry.cancellable && !entry.cancelling;
    case CancelEffectRole: return int(entry.cancelEffect);
    default: return {};
    }
}

QVariant TaskEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Started");
    case UserColumn: return tr("User");
    case WhatColumn: return tr("Task / event");
    case TargetColumn: return tr("Target");
    case FinishedColumn: return tr("Finished");
    case ProgressColumn: return tr("Progress");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace welkin
