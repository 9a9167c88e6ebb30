#include "WatchedResources.h"

#include "inventory/InventoryModel.h"
#include "providers/Provider.h"
#include "providers/ProviderManager.h"

#include <QAbstractItemModel>
#include <QScrollBar>
#include <QTreeView>

namespace welkin {

namespace {

constexpr int settleMs = 250;

} // namespace

WatchedResources::WatchedResources(ProviderManager *providers, QObject *parent) : QObject(parent), m_providers(providers)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(settleMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchedResources::push);
    connect(providers, &ProviderManager::providerAdded, this, &WatchedResources::scheduleUpdate);
}

void WatchedResources::addTable(QTreeView *table)
{
    m_tables.append(table);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, &WatchedResources::scheduleUpdate);
    auto watchModel = [this, table] {
        if (QAbstractItemModel *model = table->model()) {
            for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
                connect(model, signal, this, &WatchedResources::scheduleUpdate, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &WatchedResources::scheduleUpdate, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::modelReset, this, &WatchedResources::scheduleUpdate, Qt::UniqueConnection);
        }
    };
    watchModel();
    scheduleUpdate();
}

void WatchedResources::scheduleUpdate()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void WatchedResources::push()
{
    QHash<QString, QSet<ResourceId>> now;
    if (m_selection) {
        for (const ResourceId &id : m_selection())
            now[id.providerId()].insert(id);
    }
    for (const SelectionSource &source : std::as_const(m_sources)) {
        for (const ResourceId &id : source())
            now[id.providerId()].insert(id);
    }
    for (const QPointer<QTreeView> &table : std::as_const(m_tables)) {
        if (!table || !table->isVisible() || !table->model())
            continue;
        const int bottom = table->viewport()->height();
        for (QModelIndex index = table->indexAt(QPoint(1, 1)); index.isValid() && table->visualRect(index).top() < bottom;
             index = table->indexBelow(index)) {
            const ResourceId id = index.data(InventoryModel::ResourceIdRole).value<ResourceId>();
            if (id.isValid())
                now[id.providerId()].insert(id);
        }
    }
    for (Provider *provider : m_providers->providers()) {
        QSet<ResourceId> set = now.value(provider->id());
        if (m_sent.value(provider->id()) == set && m_sent.contains(provider->id()))
            continue;
        m_sent.insert(provider->id(), set);
        provider->setWatchedResources(set);
    }
}

} // namespace welkin
