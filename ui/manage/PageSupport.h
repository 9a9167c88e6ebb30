#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

class QAbstractItemModel;
class QLabel;
class QTreeView;

namespace welkin {

class Task;

// Small pieces the host pages (Storage, Networks) share.
namespace hostpage {

// A flat, single-selection table in the style of the window's other tables.
QTreeView *makeTable(QAbstractItemModel *model, const QString &objectName);
// A text-beside-icon tool bar / a menu of `actions`; a null entry is a separator.
QToolBar *makeToolBar(const QString &objectName, const QList<QAction *> &actions);
QMenu *makeMenu(QWidget *parent, const QList<QAction *> &actions);
// The page's error line: red, wrapping, selectable, hidden while empty.
QLabel *makeErrorLine(const QString &objectName);
void setErrorLine(QLabel *line, const QString &text);
// What a failed task says (its title and "failed" when it says nothing).
QString failureText(const Task *task);

} // namespace hostpage

} // namespace welkin
