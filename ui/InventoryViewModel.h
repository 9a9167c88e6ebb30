#pragma once

#include "model/ResourceId.h"

#include <QSortFilterProxyModel>

#include <functional>

class QTimer;

namespace welkin {

class AlertHighlights;

// Which VMs the quick filter keeps, next to the search text.
enum class PowerFilter { All, Running, Stopped, Paused, Problem };

// What the tree view shows on top of InventoryModel: icons and colours (core has no QtGui), a
// spinner on connecting providers, and the filter (search text over name, UUID, IPs and host,
// combined with a power-state quick filter) that keeps the ancestors of matches.
class InventoryViewModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryViewModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setPowerFilter(PowerFilter filter);
    PowerFilter powerFilter() const { return m_power; }
    bool isFiltering() const { return !m_terms.isEmpty() || m_power != PowerFilter::All || m_predicate; }
    // A metric search (`cpu>80 web`) replaces the text terms: VMs pass when it holds for the id
    // and the row's search text; hosts are hidden. Empty: the text search again.
    using RowPredicate = std::function<bool(const ResourceId &id, const QString &searchText)>;
    void setRowPredicate(RowPredicate predicate);
    // Live figures changed: test the rows again.
    void refilter() { invalidateRowsFilter(); }
    // Rows of resources with an unacknowledged alert get a background colour and a tooltip
    // naming the rules; the "Problem" filter also keeps resources with an active alert.
    void setHighlights(AlertHighlights *highlights);
    // Hosts in maintenance say so in their State column; tell maintenanceChanged() on a change.
    void setMaintenanceTest(std::function<bool(const ResourceId &host)> inMaintenance);
    void maintenanceChanged(const ResourceId &host);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Drag and drop of connections and server pools onto a pool (or the empty area: no pool).
    // The drop only tells resourcesDropped(); the pools' owner moves them.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    static QString resourceMimeType();

    // The same test the tree applies, for other views of the same nodes (the VM table).
    static bool powerStateMatches(PowerFilter filter, int powerState);

Q_SIGNALS:
    // Connections and pools dropped on pool `poolId` ("" = outside every pool).
    void resourcesDropped(const QList<welkin::ResourceId> &ids, const QString &poolId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void advanceSpinner();
    QVariant providerDecoration(const QModelIndex &index) const;
    QString alertToolTip(const ResourceId &id) const;

    QStringList m_terms;
    RowPredicate m_predicate;
    std::function<bool(const ResourceId &)> m_inMaintenance;
    AlertHighlights *m_highlights = nullptr;
    PowerFilter m_power = PowerFilter::All;
    QTimer *m_spinner;
    int m_spinnerFrame = 0;
};

} // namespace welkin
