#include "TaskDock.h"

#include "TaskEventModel.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

using EntryKind = TaskEventModel::EntryKind;

// A progress bar in the cell of a running task with known progress; text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int progress = index.data(TaskEventModel::ProgressRole).toInt();
        const auto kind = static_cast<EntryKind>(index.data(TaskEventModel::EntryKindRole).toInt());
        if (kind != EntryKind::RunningTask || progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.palette = option.palette;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress;
        bar.text = QString::number(progress) + u" %"_s;
        bar.textVisible = true;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

} // namespace

void TaskEventFilter::setKind(Kind kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void TaskEventFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool TaskEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<EntryKind>(first.data(TaskEventModel::EntryKindRole).toInt());
    const bool isTask = kind == EntryKind::RunningTask || kind == EntryKind::FinishedTask || kind == EntryKind::FailedTask;
    switch (m_kind) {
    case Kind::All: break;
    case Kind::Tasks: if (!isTask) return false; break;
    case Kind::RunningTasks: if (kind != EntryKind::RunningTask) return false; break;
    case Kind::FailedTasks: if (kind != EntryKind::FailedTask) return false; break;
    case Kind::Events: if (isTask) return false; break;
    case Kind::Problems:
        if (kind != EntryKind::FailedTask && kind != EntryKind::WarningEvent && kind != EntryKind::ErrorEvent)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < TaskEventModel::ColumnCount; ++column) {
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

TaskDock::TaskDock(ProviderManager *providers, Inventory *inventory, QWidget *parent)
    : QDockWidget(tr("Tasks and Events"), parent), m_model(new TaskEventModel(inventory, this)),
      m_filter(new TaskEventFilter(this)), m_view(new QTreeView), m_text(new QLineEdit), m_kind(new QComboBox),
      m_cancel(new QAction(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Cancel Task"), this)),
      m_history(new QAction(tr("History…"), this))
{
    setObjectName(u"taskDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_filter->setSourceModel(m_model);

    m_text->setObjectName(u"taskFilter"_s);
    m_text->setPlaceholderText(tr("Filter tasks and events…"));
    m_text->setClearButtonEnabled(true);
    m_kind->setObjectName(u"taskKind"_s);
    m_kind->addItem(tr("All"), int(TaskEventFilter::Kind::All));
    m_kind->addItem(tr("Tasks"), int(TaskEventFilter::Kind::Tasks));
    m_kind->addItem(tr("Running tasks"), int(TaskEventFilter::Kind::RunningTasks));
    m_kind->addItem(tr("Failed tasks"), int(TaskEventFilter::Kind::FailedTasks));
    m_kind->addItem(tr("Events"), int(TaskEventFilter::Kind::Events));
    m_kind->addItem(tr("Warnings and errors"), int(TaskEventFilter::Kind::Problems));
    connect(m_text, &QLineEdit::textChanged, m_filter, &TaskEventFilter::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(static_cast<TaskEventFilter::Kind>(m_kind->currentData().toInt()));
    });

    m_view->setObjectName(u"taskView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(TaskEventModel::ProgressColumn, new ProgressDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(TaskEventModel::StatusColumn, 90);
    header->resizeSection(TaskEventModel::TimeColumn, 80);
    header->resizeSection(TaskEventModel::UserColumn, 80);
    header->resizeSection(TaskEventModel::WhatColumn, 260);
    header->resizeSection(TaskEventModel::TargetColumn, 140);
    header->resizeSection(TaskEventModel::FinishedColumn, 80);
    header->resizeSection(TaskEventModel::ProgressColumn, 90);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto id = index.data(TaskEventModel::ResourceIdRole).value<ResourceId>();
        if (id.isValid())
            Q_EMIT resourceActivated(id);
    });

    // Long tasks (uploads, downloads, copies) can be stopped from here.
    m_cancel->setObjectName(u"cancelTask"_s);
    connect(m_cancel, &QAction::triggered, this, [this] {
        m_model->cancelTask(m_filter->mapToSource(m_view->currentIndex()));
        updateCancel();
    });
    auto *cancelButton = new QToolButton;
    cancelButton->setObjectName(u"cancelTaskButton"_s);
    cancelButton->setDefaultAction(m_cancel);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancelButton->setAutoRaise(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        updateCancel();
        QMenu menu(this);
        menu.addAction(m_cancel);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TaskDock::updateCancel);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TaskDock::updateCancel);
    updateCancel();

    // This dock keeps this session; the stored log goes back across restarts.
    m_history->setObjectName(u"eventHistory"_s);
    m_history->setToolTip(tr("Show the stored event log of earlier sessions too"));
    connect(m_history, &QAction::triggered, this, &TaskDock::historyRequested);
    auto *historyButton = new QToolButton;
    historyButton->setObjectName(u"eventHistoryButton"_s);
    historyButton->setDefaultAction(m_history);
    historyButton->setAutoRaise(true);

    auto *content = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_kind);
    bar->addWidget(cancelButton);
    bar->addWidget(historyButton);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(providers, &ProviderManager::taskStarted, m_model, &TaskEventModel::addTask);
    connect(providers, &ProviderManager::eventOccurred, m_model, &TaskEventModel::addEvent);
}

void TaskDock::updateCancel()
{
    const QModelIndex current = m_view->currentIndex();
    m_cancel->setEnabled(current.data(TaskEventModel::CancellableRole).toBool());
    const auto effect = static_cast<Task::CancelEffect>(current.data(TaskEventModel::CancelEffectRole).toInt());
    m_cancel->setToolTip(effect == Task::CancelEffect::StopFollowing
                             ? tr("Stop following the selected task; the cloud may still complete it")
                             : tr("Stop the selected task; what it made so far is removed"));
}

} // namespace welkin
