#pragma once

#include "model/ResourceId.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QTreeView;

namespace welkin {

class ProviderManager;

// Tells each provider what the user is looking at: the selection, the VM rows on screen and
// what other sources add (the alert rules' targets). Providers whose figures cost one request
// per VM (OpenStack diagnostics, libvirt drivers without bulk stats) poll these first.
// Coalesced: scrolling, sorting and selecting send one update per provider a moment later,
// and only when its set changed.
class WatchedResources : public QObject
{
    Q_OBJECT
public:
    using SelectionSource = std::function<QList<ResourceId>()>;

    explicit WatchedResources(ProviderManager *providers, QObject *parent = nullptr);

    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    // More resources to watch, asked at each update.
    void addSource(SelectionSource source) { m_sources.append(std::move(source)); }
    // Watches the rows `table` shows (rows carry InventoryModel::ResourceIdRole).
    void addTable(QTreeView *table);
    // Something that decides what is watched changed: recompute soon.
    void scheduleUpdate();
    // What was last sent, by provider id.
    QSet<ResourceId> watched(const QString &providerId) const { return m_sent.value(providerId); }

private:
    void push();

    ProviderManager *m_providers;
    SelectionSource m_selection;
    QList<SelectionSource> m_sources;
    QList<QPointer<QTreeView>> m_tables;
    QHash<QString, QSet<ResourceId>> m_sent;
    QTimer m_timer;
};

} // namespace welkin
