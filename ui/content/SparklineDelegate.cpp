#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace welkin {

SparklineDelegate::SparklineDelegate(int historyRole, QObject *parent)
    : QStyledItemDelegate(parent), m_historyRole(historyRole)
{
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const QList<double> values = index.data(m_historyRole).value<QList<double>>();
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath line;
    if (values.size() >= 2 && area.width() > 10) {
        // Fixed 0..100 scale: a glance compares rows; the newest value sits at the right edge.
        const int n = std::max(int(values.size()), 30); // a few points do not stretch across the cell
        const qreal step = qreal(area.width()) / qreal(n - 1);
        bool started = false;
        qreal x = area.right() - step * qreal(values.size() - 1);
        for (double value : values) {
            if (!std::isnan(value)) {
                const qreal y = area.bottom() - std::clamp(value, 0.0, 100.0) / 100.0 * area.height();
                if (started)
                    line.lineTo(x, y);
                else
                    line.moveTo(x, y);
                started = true;
            }
            x += step;
        }
    }
    // Hosts (and VMs without figures yet) may hold only gaps: no line, no fill.
    if (values.size() >= 2 && area.width() > 10 && line.elementCount() > 0) {
        QColor stroke = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
        QColor fill = stroke;
        fill.setAlphaF(0.18f);
        QPainterPath filled = line;
        filled.lineTo(line.currentPosition().x(), area.bottom());
        filled.lineTo(line.elementAt(0).x, area.bottom());
        filled.closeSubpath();
        painter->fillPath(filled, fill);
        painter->setPen(QPen(stroke, 1.2));
        painter->drawPath(line);
    }
    if (!text.isEmpty()) {
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace welkin
