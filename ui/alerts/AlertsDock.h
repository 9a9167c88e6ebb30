#pragma once

#include "model/ResourceId.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QTreeView;

namespace welkin {

class ActiveAlertsModel;

// "Alerts": the active alerts (then the recently resolved ones) with severity, resource, rule,
// value and since; Acknowledge and Go to Resource on the selection (buttons, context menu,
// double-click), the count in the title, and the legend of the tint in the tree.
class AlertsDock : public QDockWidget
{
    Q_OBJECT
public:
    AlertsDock(ActiveAlertsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *goToAction() const { return m_goTo; }
    QLabel *legend() const { return m_legend; }

Q_SIGNALS:
    void resourceActivated(const welkin::ResourceId &id);

private:
    void updateTitle();
    void updateActions();
    QList<int> selectedRows() const;

    ActiveAlertsModel *m_model;
    QTreeView *m_view;
    QLabel *m_legend;
    QAction *m_acknowledge;
    QAction *m_goTo;
};

} // namespace welkin
