#pragma once

#include <QSortFilterProxyModel>

namespace welkin {

// What the tree view shows on top of InventoryModel: icons and colours (core has no QtGui), and
// the search filter over name, UUID, IPs and host that keeps the ancestors of matches.
class InventoryViewModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryViewModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace welkin
