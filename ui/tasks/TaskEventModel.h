#pragma once

#include "providers/ProviderEvent.h"
#include "providers/Task.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace welkin {

class Inventory;

// Tasks (running and finished) and provider events, newest first, for the tasks & events dock.
// Keeps its own copy of each task's figures: a task object dies with its provider, its row stays.
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
    };
    enum class EntryKind { RunningTask, FinishedTask, FailedTask, InfoEvent, WarningEvent, ErrorEvent };

    explicit TaskEventModel(Inventory *inventory, QObject *parent = nullptr);

    void addTask(Task *task);
    void addEvent(const ProviderEvent &event);
    // Asks the task of that row to stop (uploads, downloads, copies); false when it cannot.
    bool cancelTask(const QModelIndex &index);
    int maximumRows() const { return m_maxRows; }
    void setMaximumRows(int rows) { m_maxRows = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
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
    };
    void insert(Entry entry);
    void refreshTask(quint64 taskId);
    int rowOfTask(quint64 taskId) const;
    QVariant display(const Entry &entry, int column) const;

    Inventory *m_inventory;
    QList<Entry> m_entries; // newest first
    int m_maxRows = 5000;
};

} // namespace welkin
