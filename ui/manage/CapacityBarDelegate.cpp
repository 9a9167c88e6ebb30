#include "CapacityBarDelegate.h"

#include "StorageModels.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace welkin {

QSize CapacityBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + BarWidth + 12);
    return size;
}

void CapacityBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fraction = index.data(UsageFractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    const int barHeight = std::clamp(area.height() - 8, 6, 12);
    const int barWidth = std::min(BarWidth, area.width() / 2);
    const QRect bar(area.left(), area.center().y() - barHeight / 2, barWidth, barHeight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const double used = std::clamp(fraction.toDouble(), 0.0, 1.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor track = option.palette.color(group, QPalette::Text);
    track.setAlphaF(0.12f);
    QColor fill = used >= 0.9 ? Theme::errorColor(option.palette) : option.palette.color(group, QPalette::Highlight);
    if (selected && used < 0.9)
        fill = option.palette.color(group, QPalette::HighlightedText);
    QColor border = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    border.setAlphaF(0.35f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    if (used > 0) {
        QRectF done = QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5);
        done.setWidth(std::max(2.0, done.width() * used));
        painter->setBrush(fill);
        painter->drawRoundedRect(done, 2, 2);
    }
    painter->setPen(QPen(border, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);

    const QRect textRect = area.adjusted(barWidth + 8, 0, 0, 0);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace welkin
