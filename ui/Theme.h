#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace welkin::Theme {

// Red for errors, chosen against the palette's window colour: dark red on light themes, light
// red on dark ones. Qt has no palette role for it.
QColor errorColor(const QPalette &palette);
// Amber for states that need attention but are not errors (a host in maintenance).
QColor warningColor(const QPalette &palette);
bool isDark(const QPalette &palette);
// Shows `widget`'s text (QLabel) in errorColor, or in the normal text colour.
void setErrorStyle(QWidget *widget, bool error);

} // namespace welkin::Theme
