#include "Theme.h"

#include <QWidget>

namespace welkin::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x6b, 0x6b) : QColor(0xc0, 0x27, 0x27);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
}

void setErrorStyle(QWidget *widget, bool error)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    if (error)
        palette.setColor(QPalette::WindowText, errorColor(palette));
    widget->setPalette(palette);
}

} // namespace welkin::Theme
