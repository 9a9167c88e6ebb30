#include "PageSupport.h"

#include "Theme.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>

namespace welkin::hostpage {

class PageSupportText
{
    Q_DECLARE_TR_FUNCTIONS(welkin::hostpage::PageSupportText)
};

using namespace Qt::StringLiterals;

QTreeView *makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTreeView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->setStretchLastSection(true);
    return view;
}

QLabel *makeErrorLine(const QString &objectName)
{
    auto *line = new QLabel;
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setContentsMargins(8, 2, 8, 2);
    QPalette palette = line->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    line->setPalette(palette);
    line->hide();
    return line;
}

void setErrorLine(QLabel *line, const QString &text)
{
    line->setText(text);
    line->setVisible(!text.isEmpty());
}

QToolBar *makeToolBar(const QString &objectName, const QList<QAction *> &actions)
{
    auto *bar = new QToolBar;
    bar->setObjectName(objectName);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    for (QAction *action : actions) {
        if (action)
            bar->addAction(action);
        else
            bar->addSeparator();
    }
    return bar;
}

QMenu *makeMenu(QWidget *parent, const QList<QAction *> &actions)
{
    auto *menu = new QMenu(parent);
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}

QString failureText(const Task *task)
{
    // The jobs' messages already name what failed and why ("Volume 'x' is used by VM 'y'").
    const QString error = task->errorText();
    return error.isEmpty() ? PageSupportText::tr("%1 failed").arg(task->title()) : error;
}

} // namespace welkin::hostpage
