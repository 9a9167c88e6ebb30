#pragma once

#include <QStyledItemDelegate>

namespace welkin {

// Paints a usage bar (model role UsageFractionRole, 0..1) at the left of the cell and the cell's
// text beside it. Nearly full (90 % and more) shows in the error colour. Without a fraction the
// cell is plain text.
class CapacityBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int BarWidth = 100;
};

} // namespace welkin
