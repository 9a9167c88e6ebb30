#pragma once

#include "LibvirtDomainReader.h"
#include "inventory/InventoryDiffer.h"
#include "model/Resource.h"
#include "providers/ProviderEvent.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QTimer;

namespace welkin::libvirt {

class DomainCache;
class LibvirtSession;

// The host and its domains as inventory rows: after each open a full listing (one bulk call
// gives every row its name, state, vCPUs and memory), then a pass reading the definitions (XML)
// of the domains not read yet, a chunk per event-loop turn, then a pass for guest IP addresses
// (all of them after an open and every tenth listing, else those of running domains without any);
// refreshes of the domains that domain events name (coalesced), and a periodic full listing as
// the fallback for missed events.
// Sends only differences (its differ survives reconnects, so a reconnect produces only real
// changes). Worker thread.
class DomainInventory : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        int chunkSize = 1000;            // domains per delta of a full listing
        int definitionChunkSize = 200;   // definitions read per event-loop turn (one call each)
        int reconcileIntervalMs = 60000; // 0 = off
    };

    DomainInventory(LibvirtSession &session, DomainCache &cache, QString providerId, Settings settings,
                    QObject *parent = nullptr);

    // The connection opened: the host row, then the full listing; initialLoadFinished() ends it.
    void start(const HostInfo &host);
    // The connection closes: drops the listing and pending work and frees the domain handles.
    // The rows stay.
    void stop();

    // A domain event (DomainEventSubscription::domainEvent): says what happened, refreshes the domain.
    void onDomainEvent(const QString &uuid, const QString &name, int eventId, int event, int detail);
    // Refreshes a domain (and any pending ones) now, e.g. after an action, so its row is right
    // when the action's task ends.
    void refreshNow(const QString &uuid, bool refetchXml);
    // What the user looks at (rows on screen, the selection): their definitions are read first.
    void setWatched(QSet<QString> uuids) { m_watched = std::move(uuids); }

Q_SIGNALS:
    void deltaReady(const welkin::InventoryDelta &delta);
    // The first listing after an open, and the definitions it queued, are read (or failed).
    void initialLoadFinished();
    void eventOccurred(welkin::ProviderEvent::Severity severity, const QString &message,
                       const welkin::ResourceId &resource);

private:
    // A full listing in progress, processed a chunk per event-loop turn.
    struct Listing {
        bool afterConnect = false;
        QList<ListedDomain> domains;
        qsizetype next = 0;
        QSet<ResourceId> seen;
        qint64 startedMs = 0;
        quint64 serial = 0;
    };

    Resource hostResource() const;
    void send(const InventoryDelta &delta);
    void beginFullListing(bool afterConnect);
    void processListingChunk(quint64 serial);
    void finishListing();
    void finishInitialLoad();
    void queueRefresh(const QString &uuid, bool refetchXml);
    void flushRefreshes();
    void domainGone(const QString &uuid, QList<ResourceId> &removed);
    void startDefinitionPass();
    void processDefinitionChunk();
    void finishDefinitionPass();
    void startAddressPass();
    void processAddressChunk();

    LibvirtSession &m_session;
    DomainCache &m_cache;
    QString m_providerId;
    Settings m_settings;
    InventoryDiffer m_differ;
    HostInfo m_host;
    std::optional<Listing> m_listing;
    quint64 m_listingSerial = 0;
    QHash<QString, bool> m_pendingRefresh; // uuid -> refetch XML
    QStringList m_definitionQueue;
    QSet<QString> m_watched;
    bool m_definitionChunkPosted = false;
    bool m_initialLoadPending = false; // announced when the definition pass ends
    QStringList m_addressQueue;
    bool m_fullAddressPass = true;
    int m_listingsSinceFullAddressPass = 0;
    bool m_addressChunkPosted = false;
    QTimer *m_reconcileTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace welkin::libvirt
