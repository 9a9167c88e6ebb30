#include "InventoryViewModel.h"

#include "Icons.h"
#include "inventory/InventoryModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace welkin {

InventoryViewModel::InventoryViewModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(InventoryModel::SortRole);
    setDynamicSortFilter(true);
}

void InventoryViewModel::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

bool InventoryViewModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Only VMs and hosts match; their ancestors stay visible through recursive filtering.
    const auto kind = static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
    if (kind != ResourceKind::Vm && kind != ResourceKind::Host)
        return false;
    const QString haystack = index.data(InventoryModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

QVariant InventoryViewModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == InventoryModel::NameColumn) {
        const auto kind = static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
        if (kind == ResourceKind::Vm)
            return Icons::forVm(static_cast<PowerState>(index.data(InventoryModel::PowerStateRole).toInt()));
        if (kind == ResourceKind::Provider)
            return Icons::forProvider(static_cast<ProviderState>(index.data(InventoryModel::ProviderStateRole).toInt()));
        return Icons::forKind(kind);
    }
    if (role == Qt::ForegroundRole) {
        const auto kind = static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
        if (kind == ResourceKind::Vm) {
            const auto state = static_cast<PowerState>(index.data(InventoryModel::PowerStateRole).toInt());
            if (state == PowerState::ShutOff)
                return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (kind == ResourceKind::Provider && index.column() == InventoryModel::StateColumn) {
            const auto state = static_cast<ProviderState>(index.data(InventoryModel::ProviderStateRole).toInt());
            if (state == ProviderState::Unreachable || state == ProviderState::AuthFailed)
                return QBrush(QColor(0xc8, 0x32, 0x2f));
        }
    }
    if (role == Qt::FontRole && index.column() == InventoryModel::NameColumn) {
        const auto kind = static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
        if (kind == ResourceKind::Provider) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace welkin
