#pragma once

#include "InventoryViewModel.h"
#include "model/ResourceId.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

namespace welkin {

class ResourceTableModel;

// Sorts a ResourceTableModel and applies the window's search text and power quick filter.
class ResourceTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResourceTableFilter(QObject *parent = nullptr);
    void setFilter(const QString &searchText, PowerFilter power);
    // A metric search replaces the text terms (see InventoryViewModel::setRowPredicate).
    void setRowPredicate(InventoryViewModel::RowPredicate predicate);
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    InventoryViewModel::RowPredicate m_predicate;
    PowerFilter m_power = PowerFilter::All;
};

// A sortable, multi-select table of VMs or hosts with a column chooser on its header. Keeps the
// selection (by resource id) when the rows are re-listed.
class ResourceTableView : public QTreeView
{
    Q_OBJECT
public:
    ResourceTableView(ResourceTableModel *model, QWidget *parent = nullptr);

    ResourceTableModel *tableModel() const { return m_model; }
    ResourceTableFilter *filterModel() const { return m_filter; }
    QList<ResourceId> selectedResources() const;
    void selectResources(const QList<ResourceId> &ids);

Q_SIGNALS:
    void resourcesSelected();
    void resourceActivated(const welkin::ResourceId &id);

private:
    void showColumnChooser(const QPoint &pos);

    ResourceTableModel *m_model;
    ResourceTableFilter *m_filter;
    QList<ResourceId> m_keptSelection;
};

} // namespace welkin
