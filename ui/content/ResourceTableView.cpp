#include "ResourceTableView.h"

#include "ResourceTableModel.h"
#include "SparklineDelegate.h"
#include "inventory/InventoryModel.h"

#include <QHeaderView>
#include <QMenu>

namespace welkin {

using namespace Qt::StringLiterals;

ResourceTableFilter::ResourceTableFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setDynamicSortFilter(true);
}

void ResourceTableFilter::setFilter(const QString &searchText, PowerFilter power)
{
    const QStringList terms = searchText.toLower().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms && power == m_power)
        return;
    m_terms = terms;
    m_power = power;
    invalidateRowsFilter();
}

void ResourceTableFilter::setRowPredicate(InventoryViewModel::RowPredicate predicate)
{
    if (!predicate && !m_predicate)
        return;
    m_predicate = std::move(predicate);
    invalidateRowsFilter();
}

bool ResourceTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant state = index.data(InventoryModel::PowerStateRole);
    if (state.isValid() && !InventoryViewModel::powerStateMatches(m_power, state.toInt()))
        return false;
    const QString haystack = index.data(InventoryModel::SearchTextRole).toString();
    if (m_predicate) {
        const auto *table = static_cast<const ResourceTableModel *>(sourceModel());
        return m_predicate(table->idAt(sourceRow), haystack);
    }
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) { return haystack.contains(term); });
}

ResourceTableView::ResourceTableView(ResourceTableModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model), m_filter(new ResourceTableFilter(this))
{
    m_filter->setSourceModel(model);
    setModel(m_filter);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegateForColumn(model->columnOf(ResourceTableModel::Cpu),
                             new SparklineDelegate(ResourceTableModel::HistoryRole, this));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths that fit typical values; the header state saved by the window wins over these.
    const std::pair<ResourceTableModel::Field, int> widths[] = {
        {ResourceTableModel::Name, 170}, {ResourceTableModel::State, 80}, {ResourceTableModel::Host, 90},
        {ResourceTableModel::Cpus, 55}, {ResourceTableModel::Memory, 70}, {ResourceTableModel::Addresses, 190},
        {ResourceTableModel::Os, 130}, {ResourceTableModel::Uptime, 80}, {ResourceTableModel::Cpu, 120},
        {ResourceTableModel::VmCount, 120}, {ResourceTableModel::CpuModel, 120}, {ResourceTableModel::Topology, 90},
        {ResourceTableModel::LibraryVersion, 70}, {ResourceTableModel::Uri, 200}};
    for (const auto &[field, width] : widths) {
        if (const int column = model->columnOf(field); column >= 0)
            header()->resizeSection(column, width);
    }
    connect(header(), &QWidget::customContextMenuRequested, this, &ResourceTableView::showColumnChooser);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = selectedResources(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectResources(m_keptSelection); });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceTableView::resourcesSelected);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT resourceActivated(index.data(InventoryModel::ResourceIdRole).value<ResourceId>());
    });
}

QList<ResourceId> ResourceTableView::selectedResources() const
{
    QList<ResourceId> ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids.append(m_model->idAt(m_filter->mapToSource(index).row()));
    return ids;
}

void ResourceTableView::selectResources(const QList<ResourceId> &ids)
{
    QItemSelection selection;
    for (const ResourceId &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ResourceTableView::showColumnChooser(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *head = header();
    for (int column = 1; column < m_model->columnCount(); ++column) { // the name always stays
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!head->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [head, column](bool on) { head->setSectionHidden(column, !on); });
    }
    menu.exec(head->mapToGlobal(pos));
}

} // namespace welkin
