#include "MetricSearch.h"

#include "inventory/Inventory.h"
#include "metrics/MetricsHub.h"

#include <QTimer>

#include <memory>

namespace welkin {

MetricSearch::MetricSearch(Inventory *inventory, MetricsHub *hub, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_hub(hub), m_throttle(new QTimer(this))
{
    // 10,000 rows re-tested on every provider's cycle would be wasted work: once a second is
    // as fresh as anyone reads a filtered list.
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(1000);
    connect(m_throttle, &QTimer::timeout, this, &MetricSearch::refilterNeeded);
    if (hub)
        connect(hub, &MetricsHub::cycleIngested, this, &MetricSearch::onCycle);
}

bool MetricSearch::setText(const QString &text)
{
    MetricQuery query = MetricQuery::parse(text);
    if (!query.isValid()) {
        m_error = query.errorString();
        return false;
    }
    m_error.clear();
    m_query = std::move(query);
    return true;
}

InventoryViewModel::RowPredicate MetricSearch::predicate() const
{
    if (!m_query.hasMetricTerms() && m_query.states().isEmpty())
        return {};
    auto query = std::make_shared<const MetricQuery>(m_query);
    return [query, inventory = m_inventory, hub = m_hub](const ResourceId &id, const QString &searchText) {
        const InventoryNode *node = inventory->node(id);
        if (!node)
            return false;
        const std::optional<MetricSample> latest = hub ? hub->latest(id) : std::nullopt;
        return query->matches(node->resource(), latest ? &*latest : nullptr, searchText);
    };
}

void MetricSearch::onCycle()
{
    if (m_query.hasMetricTerms() && !m_throttle->isActive())
        m_throttle->start();
}

} // namespace welkin
