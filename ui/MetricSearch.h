#pragma once

#include "InventoryViewModel.h"
#include "metrics/MetricQuery.h"

#include <QObject>

class QTimer;

namespace welkin {

class Inventory;
class MetricsHub;

// The search box's query language (`cpu>80 mem>90 state:paused web`) for the tree and the VM
// table: parses the text, hands the views a row predicate when the query needs more than text,
// and asks for a re-filter after stats cycles (at most once per second) while it has metric terms.
class MetricSearch : public QObject
{
    Q_OBJECT
public:
    // `hub` may be null: metric terms then match nothing, `state:` still works.
    MetricSearch(Inventory *inventory, MetricsHub *hub, QObject *parent = nullptr);

    // False (and errorString()) for a query that does not parse; the previous query stays.
    bool setText(const QString &text);
    QString errorString() const { return m_error; }
    // Null for plain text (the views' own text search is enough).
    InventoryViewModel::RowPredicate predicate() const;

Q_SIGNALS:
    void refilterNeeded();

private:
    void onCycle();

    Inventory *m_inventory;
    MetricsHub *m_hub;
    MetricQuery m_query;
    QString m_error;
    QTimer *m_throttle;
};

} // namespace welkin
