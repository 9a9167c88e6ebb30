#pragma once

#include "model/ResourceId.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;

namespace welkin {

class Inventory;
class InventoryModel;
class InventoryNode;
class SampleHistory;
struct VmInfo;

// Every VM (or every host) below one inventory node as a flat table: the content area's
// "Virtual machines" and "Hosts" tabs. Cells come from InventoryModel (one source of wording),
// plus what only a table shows (uptime, host figures, CPU history for sparklines).
// Rows are re-listed after structural changes (coalesced) and applied as row insertions and
// removals, so views keep their scroll position, selection and current index; only a new scope
// (setRoot / setIds with another container) resets. Value changes update cells in place.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Field { Name, State, Host, Cpus, Memory, Addresses, Os, Uptime, Cpu, VmCount, CpuModel, Topology,
                 LibraryVersion, Uri, HostShare, MemoryUse };
    enum Role { HistoryRole = Qt::UserRole + 100 };

    ResourceTableModel(ResourceKind rowKind, Inventory *inventory, InventoryModel *source, SampleHistory *history,
                       QObject *parent = nullptr);

    void setRoot(const ResourceId &root);
    // Instead of a root: exactly these resources (a user group), those that exist.
    void setIds(const QList<ResourceId> &ids);
    const ResourceId &root() const { return m_root; }
    ResourceKind rowKind() const { return m_rowKind; }
    ResourceId idAt(int row) const { return m_ids.value(row); }
    int rowOf(const ResourceId &id) const { return m_rows.value(id, -1); }
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatUptime(qint64 seconds);
    // A VM's uptime as the views show it: "" when it is not running, "—" when its provider does
    // not say when it started (uptimeUnknownToolTip() tells why).
    static QString uptimeText(const VmInfo &vm);
    static QString uptimeUnknownToolTip();

private:
    void scheduleRelist();
    void relist();
    void reset();
    QList<ResourceId> listScope() const;
    void indexRows();
    void collect(const InventoryNode *node, QList<ResourceId> &out) const;
    void onNodeChanged(const InventoryNode *node);
    void emitColumnChanged(Field field);
    void emitFiguresChanged();
    QVariant fieldData(const InventoryNode *node, Field field, int role) const;
    QModelIndex sourceIndex(const ResourceId &id, Field field) const;

    ResourceKind m_rowKind;
    Inventory *m_inventory;
    InventoryModel *m_source;
    SampleHistory *m_history;
    QList<Field> m_fields;
    ResourceId m_root;
    QList<ResourceId> m_fixed;
    QList<ResourceId> m_ids;
    QHash<ResourceId, int> m_rows;
    QTimer *m_relist;
    QTimer *m_clock;
};

} // namespace welkin
