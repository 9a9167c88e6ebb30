#pragma once

#include <QStyledItemDelegate>

namespace welkin {

// Paints a cell's recent CPU% (model role `historyRole`, QList<double>) as a small line chart
// behind the current figure. Colours come from the palette, so it reads in light and dark themes.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int historyRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_historyRole;
};

} // namespace welkin
