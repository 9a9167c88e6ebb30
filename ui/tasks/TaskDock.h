#pragma once

#include "model/ResourceId.h"

#include <QDockWidget>
#include <QSortFilterProxyModel>

class QComboBox;
class QAction;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace welkin {

class Inventory;
class ProviderManager;
class TaskEventModel;

// Which rows of the tasks & events list show: a kind ("Failed tasks", "Warnings & errors") and
// a text over every column.
class TaskEventFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { All, Tasks, RunningTasks, FailedTasks, Events, Problems };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(Kind kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Kind m_kind = Kind::All;
    QString m_text;
};

// The dock at the bottom: every task the user started (who, what, when, progress, result) and
// every provider event, filterable; double-click selects the resource in the tree.
class TaskDock : public QDockWidget
{
    Q_OBJECT
public:
    TaskDock(ProviderManager *providers, Inventory *inventory, QWidget *parent = nullptr);

    TaskEventModel *model() const { return m_model; }
    TaskEventFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *kindCombo() const { return m_kind; }
    // Cancels the selected task (uploads, downloads, copies); enabled while it can be cancelled.
    QAction *cancelAction() const { return m_cancel; }
    // Opens the stored event log (the window answers historyRequested).
    QAction *historyAction() const { return m_history; }

Q_SIGNALS:
    void resourceActivated(const welkin::ResourceId &id);
    void historyRequested();

private:
    void updateCancel();

    TaskEventModel *m_model;
    TaskEventFilter *m_filter;
    QTreeView *m_view;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QAction *m_cancel;
    QAction *m_history;
};

} // namespace welkin
