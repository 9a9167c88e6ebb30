#include "DomainInventory.h"

#include "DomainCache.h"
#include "LibvirtNames.h"
#include "LibvirtSession.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <libvirt/libvirt.h>


namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

constexpr int fullAddressPassEvery = 10; // listings

} // namespace

Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)

DomainInventory::DomainInventory(LibvirtSession &session, DomainCache &cache, QString providerId, Settings settings,
                                 QObject *parent)
    : QObject(parent), m_session(session), m_cache(cache), m_providerId(std::move(providerId)), m_settings(settings),
      m_differ(m_providerId), m_reconcileTimer(new QTimer(this)), m_refreshTimer(new QTimer(this))
{
    connect(m_reconcileTimer, &QTimer::timeout, this, [this] { beginFullListing(false); });
    // Events arrive in bursts (bulk actions): coalesce them into one refresh and one delta.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(20);
    connect(m_refreshTimer, &QTimer::timeout, this, &DomainInventory::flushRefreshes);
}

Resource DomainInventory::hostResource() const
{
    Resource host;
    host.id = m_cache.hostId();
    host.parent = ResourceId::provider(m_providerId);
    host.name = m_host.hostname;
    host.info = m_host;
    return host;
}

void DomainInventory::send(const InventoryDelta &delta)
{
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
}

void DomainInventory::start(const HostInfo &host)
{
    m_host = host;
    // The host first, so the tree shows something while the domains are listed.
    send(m_differ.diffPartial({hostResource()}));
    beginFullListing(true);
}

void DomainInventory::stop()
{
    m_reconcileTimer->stop();
    m_refreshTimer->stop();
    m_listing.reset();
    m_pendingRefresh.clear();
    m_definitionQueue.clear();
    m_initialLoadPending = false;
    m_addressQueue.clear();
    m_cache.clear(); // frees the domain handles before the connection
}

// ---- full listing ---------------------------------------------------------------------------

void DomainInventory::beginFullListing(bool afterConnect)
{
    if (!m_session.isOpen() || m_listing)
        return; // one at a time: the running listing answers this request too
    DomainListing listed = listDomains(m_session.handle());
    if (!listed.ok) {
        if (m_session.checkLost(listed.error))
            return;
        Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
                             listed.error.describe(u"Could not list the domains of %1"_s.arg(m_host.uri)), {});
        if (afterConnect)
            finishInitialLoad();
        return;
    }
    Listing listing;
    listing.afterConnect = afterConnect;
    listing.startedMs = QDateTime::currentMSecsSinceEpoch();
    listing.serial = ++m_listingSerial;
    listing.domains = std::move(listed.domains);
    listing.seen.insert(m_cache.hostId());
    m_listing = std::move(listing);
    processListingChunk(m_listingSerial);
}

void DomainInventory::processListingChunk(quint64 serial)
{
    if (!m_session.isOpen() || !m_listing || m_listing->serial != serial)
        return;
    const qsizetype end = std::min<qsizetype>(m_listing->next + m_settings.chunkSize, m_listing->domains.size());
    QList<Resource> chunk;
    chunk.reserve(end - m_listing->next);
    while (m_listing->next < end) {
        ListedDomain listed = m_listing->domains.at(m_listing->next++);
        if (listed.uuid.isEmpty())
            continue;
        if (!listed.stateKnown) {
            // A plain listing (drivers without bulk stats): the state costs a call per domain.
            const DomainStateReading state = readDomainState(listed.domain.get());
            if (state.ok) {
                listed.stateKnown = true;
                listed.state = state.state;
                listed.reason = state.reason;
            } else if (state.error.isNoDomain()) {
                m_cache.forget(listed.uuid);
                continue;
            } else if (m_session.checkLost(state.error)) {
                return; // closed; m_listing is gone
            }
        }
        // Rows need no more than the listing; the definitions are read after every row is in.
        const KnownDomain &known = m_cache.remember(listed);
        if (!known.hasXml)
            m_definitionQueue.append(listed.uuid);
        const Resource resource = m_cache.row(listed.uuid);
        m_listing->seen.insert(resource.id);
        chunk.append(resource);
    }
    send(m_differ.diffPartial(chunk));

    if (m_listing->next < m_listing->domains.size()) {
        // Next chunk on a later turn of this thread's loop: close requests and events get in.
        QMetaObject::invokeMethod(this, [this, serial] { processListingChunk(serial); }, Qt::QueuedConnection);
        return;
    }
    finishListing();
}

void DomainInventory::finishListing()
{
    const Listing listing = std::move(*m_listing);
    m_listing.reset();

    // Whatever was sent before and neither this listing nor an event refresh during it saw is
    // gone. Current values come from the differ (events may have refreshed rows meanwhile).
    QList<Resource> current;
    current.reserve(listing.seen.size());
    current.append(hostResource());
    for (const ResourceId &id : listing.seen) {
        if (id.kind() == ResourceKind::Vm) {
            if (const Resource *sent = m_differ.find(id))
                current.append(*sent);
        }
    }
    const InventoryDelta delta = m_differ.diffFull(current);
    for (const ResourceId &id : delta.removed) {
        if (id.kind() == ResourceKind::Vm)
            m_cache.forget(id.nativeId());
    }
    send(delta);
    qCDebug(lcLibvirt) << m_host.uri << "listed" << listing.domains.size() << "domains in"
                       << QDateTime::currentMSecsSinceEpoch() - listing.startedMs << "ms";
    m_initialLoadPending = m_initialLoadPending || listing.afterConnect;
    // Every address after an open and every tenth listing; in between only those of running
    // domains that have none yet (a guest still waiting for its DHCP lease): one call per
    // domain, which at thousands of domains is most of a listing's cost.
    m_fullAddressPass = listing.afterConnect || ++m_listingsSinceFullAddressPass >= fullAddressPassEvery;
    if (m_fullAddressPass)
        m_listingsSinceFullAddressPass = 0;
    startDefinitionPass();
}

void DomainInventory::finishInitialLoad()
{
    Q_EMIT initialLoadFinished();
    if (m_settings.reconcileIntervalMs > 0)
        m_reconcileTimer->start(m_settings.reconcileIntervalMs);
}

// ---- events and refreshes -------------------------------------------------------------------

void DomainInventory::onDomainEvent(const QString &uuid, const QString &name, int eventId, int event, int detail)
{
    if (!m_session.isOpen())
        return;
    bool refetchXml = true;
    if (eventId == VIR_DOMAIN_EVENT_ID_LIFECYCLE) {
        Q_EMIT eventOccurred(lifecycleEventSeverity(event, detail), name + u' ' + lifecycleEventText(event, detail),
                             m_cache.vmId(uuid));
        // Pausing and resuming leave the XML alone; starts, stops and definitions change it.
        refetchXml = event != VIR_DOMAIN_EVENT_SUSPENDED && event != VIR_DOMAIN_EVENT_RESUMED
            && event != VIR_DOMAIN_EVENT_SHUTDOWN;
    } else if (eventId == VIR_DOMAIN_EVENT_ID_REBOOT) {
        Q_EMIT eventOccurred(ProviderEvent::Severity::Info, name + u" rebooted"_s, m_cache.vmId(uuid));
        refetchXml = false;
    }
    queueRefresh(uuid, refetchXml);
}

void DomainInventory::refreshNow(const QString &uuid, bool refetchXml)
{
    queueRefresh(uuid, refetchXml);
    flushRefreshes();
}

void DomainInventory::queueRefresh(const QString &uuid, bool refetchXml)
{
    bool &refetch = m_pendingRefresh[uuid];
    refetch = refetch || refetchXml;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void DomainInventory::domainGone(const QString &uuid, QList<ResourceId> &removed)
{
    const ResourceId id = m_cache.vmId(uuid);
    removed.append(id);
    m_cache.forget(uuid);
    if (m_listing)
        m_listing->seen.remove(id);
}

void DomainInventory::flushRefreshes()
{
    m_refreshTimer->stop();
    if (!m_session.isOpen()) {
        m_pendingRefresh.clear();
        return;
    }
    const QHash<QString, bool> pending = std::exchange(m_pendingRefresh, {});
    QList<Resource> updated;
    QList<ResourceId> removed;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString &uuid = it.key();
        // A fresh handle: after a rename or re-definition the cached one names the old domain.
        virDomainPtr found = virDomainLookupByUUIDString(m_session.handle(), uuid.toLatin1().constData());
        if (!found) {
            const LibvirtError error = lastError();
            if (!error.isNoDomain()) {
                if (m_session.checkLost(error))
                    return;
                continue;
            }
            domainGone(uuid, removed);
            continue;
        }
        Resource resource;
        switch (m_cache.read(adoptDomain(found), uuid, it.value(), resource)) {
        case DomainCache::ReadOutcome::Lost: return;
        case DomainCache::ReadOutcome::Gone: domainGone(uuid, removed); continue;
        case DomainCache::ReadOutcome::Ok: break;
        }
        // Addresses right away for a running domain (cheap for one; the pass does the rest).
        KnownDomain *entry = m_cache.find(uuid);
        if (entry->state == PowerState::Running && !entry->parsed.nics.isEmpty()) {
            const AddressReading addresses = readLeaseAddresses(entry->domain.get());
            if (addresses.ok) {
                entry->addresses = addresses.interfaces;
                applyAddresses(*resource.vm(), entry->addresses);
            } else if (m_session.checkLost(addresses.error)) {
                return;
            }
        }
        if (m_listing)
            m_listing->seen.insert(resource.id);
        updated.append(resource);
    }
    send(m_differ.diffPartial(updated, removed));
}

// ---- definitions ----------------------------------------------------------------------------

void DomainInventory::startDefinitionPass()
{
    if (m_definitionQueue.isEmpty()) {
        finishDefinitionPass();
        return;
    }
    if (!m_definitionChunkPosted) {
        m_definitionChunkPosted = true;
        QMetaObject::invokeMethod(this, &DomainInventory::processDefinitionChunk, Qt::QueuedConnection);
    }
}

void DomainInventory::processDefinitionChunk()
{
    m_definitionChunkPosted = false;
    if (!m_session.isOpen())
        return;
    QStringList chunk;
    // Rows on screen get their details first; the queue skips them later (read by then).
    for (const QString &uuid : std::as_const(m_watched)) {
        if (chunk.size() >= m_settings.definitionChunkSize)
            break;
        const KnownDomain *entry = m_cache.find(uuid);
        if (entry && !entry->hasXml && !entry->xmlFailed)
            chunk.append(uuid);
    }
    while (chunk.size() < m_settings.definitionChunkSize && !m_definitionQueue.isEmpty()) {
        const QString uuid = m_definitionQueue.takeFirst();
        if (m_cache.find(uuid) && !m_cache.hasXml(uuid) && !chunk.contains(uuid))
            chunk.append(uuid); // else gone, or read meanwhile (an event's refresh, watched first)
    }
    const QList<DomainCache::ReadOutcome> outcomes = m_cache.readDefinitions(chunk);
    QList<Resource> updated;
    QList<ResourceId> removed;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        switch (outcomes.at(i)) {
        case DomainCache::ReadOutcome::Lost: return; // closed; the queue is gone
        case DomainCache::ReadOutcome::Gone: domainGone(chunk.at(i), removed); continue;
        case DomainCache::ReadOutcome::Ok: break;
        }
        updated.append(m_cache.row(chunk.at(i)));
    }
    send(m_differ.diffPartial(updated, removed));
    if (m_definitionQueue.isEmpty()) {
        finishDefinitionPass();
        return;
    }
    m_definitionChunkPosted = true;
    QMetaObject::invokeMethod(this, &DomainInventory::processDefinitionChunk, Qt::QueuedConnection);
}

void DomainInventory::finishDefinitionPass()
{
    if (std::exchange(m_initialLoadPending, false))
        finishInitialLoad();
    startAddressPass();
}

// ---- IP addresses ---------------------------------------------------------------------------

void DomainInventory::startAddressPass()
{
    m_addressQueue.clear();
    const QHash<QString, KnownDomain> &domains = m_cache.domains();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        const bool running = it->state == PowerState::Running || it->state == PowerState::Blocked;
        if (running && (!it->parsed.nics.isEmpty() || !it->hasXml) && (m_fullAddressPass || it->addresses.isEmpty()))
            m_addressQueue.append(it.key());
    }
    if (!m_addressQueue.isEmpty() && !m_addressChunkPosted) {
        m_addressChunkPosted = true;
        QMetaObject::invokeMethod(this, &DomainInventory::processAddressChunk, Qt::QueuedConnection);
    }
}

void DomainInventory::processAddressChunk()
{
    m_addressChunkPosted = false;
    if (!m_session.isOpen())
        return;
    QList<Resource> updated;
    for (int n = 0; n < m_settings.chunkSize && !m_addressQueue.isEmpty(); ++n) {
        const QString uuid = m_addressQueue.takeFirst();
        KnownDomain *entry = m_cache.find(uuid);
        if (!entry || !entry->domain)
            continue;
        const AddressReading addresses = readLeaseAddresses(entry->domain.get());
        if (!addresses.ok) {
            // Drivers and domains without lease data answer with an error: not worth a word.
            if (m_session.checkLost(addresses.error))
                return;
            continue;
        }
        if (addresses.interfaces == entry->addresses)
            continue;
        entry->addresses = addresses.interfaces;
        const Resource *sent = m_differ.find(m_cache.vmId(uuid));
        if (!sent || !sent->vm() || !powerStateIsActive(sent->vm()->state))
            continue;
        Resource resource = *sent;
        resource.vm()->nics = entry->parsed.nics;
        applyAddresses(*resource.vm(), entry->addresses);
        updated.append(resource);
    }
    send(m_differ.diffPartial(updated));
    if (!m_addressQueue.isEmpty()) {
        m_addressChunkPosted = true;
        QMetaObject::invokeMethod(this, &DomainInventory::processAddressChunk, Qt::QueuedConnection);
    }
}

} // namespace welkin::libvirt
