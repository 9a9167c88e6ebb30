#pragma once

#include "model/ResourceId.h"

#include <QWidget>

class QLabel;
class QAction;
class QToolBar;

namespace welkin {

class Inventory;

// What the content area shows for a selection of more than one resource: how many of each kind,
// their states and sizes, their names, and buttons for the actions that apply to all of them
// (the window's own actions, so enablement is the same as in the toolbar).
class SelectionSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit SelectionSummaryPage(Inventory *inventory, QWidget *parent = nullptr);

    void setResources(const QList<ResourceId> &ids);
    QList<ResourceId> resources() const { return m_ids; }
    // Buttons for these actions, in this order; null entries become gaps.
    void setActions(const QList<QAction *> &actions);

    QString titleText() const;
    QString summaryText() const;
    QString namesText() const;

private:
    void refresh();

    Inventory *m_inventory;
    QList<ResourceId> m_ids;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_names;
    QToolBar *m_buttons; // a tool bar: narrow windows fold the rest into its extension menu
    bool m_refreshPending = false;
};

} // namespace welkin
