#pragma once

#include "providers/ProviderEvent.h"
#include "providers/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <deque>

namespace welkin {

class Inventory;

// Tasks (running and finished) and provider events, newest first, for the tasks & events dock.
// Keeps its own copy of each task's figures: a task object is deleted a while after it ends (or
// with its provider), its row stays. At most maximumRows() finished tasks and events (those
// that ended longest ago go first), plus the tasks still running.
class TaskEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, TimeColumn, UserColumn, WhatColumn, TargetColumn, FinishedColumn, ProgressColumn,
                  ResultColumn, ColumnCount };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1, // QVariant<ResourceId>, may be invalid
        EntryKindRole,  // int(EntryKind)
        ProgressRole,   // 0..100, -1 unknown (tasks)
        CancellableRole, // bool: a running task that can still be cancelled
        CancelEffectRole, // int(Task::CancelEffect) of a cancellable task
    };
    enum class EntryKind { RunningTask, FinishedTask, FailedTask, InfoEvent, WarningEvent, ErrorEvent };

    explicit TaskEventModel(Inventory *inventory, QObject *parent = nullptr);

    void addTask(Task *task);
    void addEvent(const ProviderEvent &event);
    // Asks the task of that row to stop (uploads, downloads, copies); false when it cannot.
    bool cancelTask(const QModelIndex &index);
    int maximumRows() const { return m_maxRows; }
    void setMaximumRows(int rows)
    {
        m_maxRows = rows;
        trim();
    }
    // Rows compared while finding tasks' rows since construction (tests check it stays O(log n)).
    quint64 rowLookupSteps() const { return m_lookupSteps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        quint64 seq = 0;    // insertion order: rows are sorted by it, newest (highest) first
        quint64 taskId = 0; // 0: an event
        QPointer<Task> task;
        EntryKind kind = EntryKind::InfoEvent;
        QDateTime time;
        QDateTime finished;
        QString user;
        QString what;
        ResourceId target;
        QString targetName;
        int progress = -1;
        QString result;
        QString detail;          // "38.2 MiB of 100 MiB" while running
        bool cancellable = false;
        bool cancelling = false;
        bool cancelled = false; // ended after the user's cancel
        Task::CancelEffect cancelEffect = Task::CancelEffect::Abort;
    };
    void insert(Entry entry);
    void trim();
    void taskGone(quint64 taskId);
    void setKind(Entry &entry, EntryKind kind); // keeps m_settled true
    void refreshTask(quint64 taskId);
    int rowOfTask(quint64 taskId) const;
    int rowOfSeq(quint64 seq, quint64 *steps) const;
    QVariant display(const Entry &entry, int column) const;

    Inventory *m_inventory;
    QList<Entry> m_entries; // newest first
    // A task's row: its entry's seq, then a binary search (rows stay sorted by seq whatever is
    // removed), so a progress change never scans the list.
    QHash<quint64, quint64> m_taskSeq;
    quint64 m_nextSeq = 1;
    std::deque<quint64> m_settled; // seqs of the rows not running, in the order they ended
    mutable quint64 m_lookupSteps = 0;
    int m_maxRows = 5000;
};

} // namespace welkin
