// LibvirtConnection: listing, per-domain refreshes, IP addresses and stats cycles.
#include "LibvirtConnection.h"

#include "LibvirtNames.h"
#include "providers/libvirt/DomainXmlParser.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)

Resource LibvirtConnection::hostResource() const
{
    Resource host;
    host.id = m_hostId;
    host.parent = ResourceId::provider(m_profile.id);
    host.name = m_host.hostname;
    host.info = m_host;
    return host;
}

ResourceId LibvirtConnection::vmId(const QString &uuid) const
{
    return ResourceId(m_profile.id, ResourceKind::Vm, uuid);
}

void LibvirtConnection::forgetDomain(const QString &uuid)
{
    m_domains.remove(uuid);
    m_stats.forget(uuid);
}

// ---- full listing ---------------------------------------------------------------------------

void LibvirtConnection::beginFullListing(bool afterConnect)
{
    if (!m_conn || m_listing)
        return; // one at a time: the running listing answers this request too
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(m_conn, &domains, 0);
    if (count < 0) {
        const LibvirtError error = lastError();
        if (checkLost(error))
            return;
        emitEvent(ProviderEvent::Severity::Warning, error.describe(u"Could not list the domains of %1"_s.arg(m_profile.uri)));
        if (afterConnect)
            finishInitialLoad();
        return;
    }
    Listing listing;
    listing.afterConnect = afterConnect;
    listing.startedMs = QDateTime::currentMSecsSinceEpoch();
    listing.serial = ++m_listingSerial;
    listing.domains.reserve(count);
    for (int i = 0; i < count; ++i)
        listing.domains.append(adoptDomain(domains[i]));
    std::free(domains);
    listing.seen.insert(m_hostId);
    m_listing = std::move(listing);
    processListingChunk(m_listingSerial);
}

void LibvirtConnection::processListingChunk(quint64 serial)
{
    if (!m_conn || !m_listing || m_listing->serial != serial)
        return;
    const qsizetype end = std::min<qsizetype>(m_listing->next + m_chunkSize, m_listing->domains.size());
    QList<Resource> chunk;
    chunk.reserve(end - m_listing->next);
    while (m_listing->next < end) {
        const DomainRef domain = m_listing->domains.at(m_listing->next++);
        const QString uuid = domainUuid(domain.get());
        if (uuid.isEmpty())
            continue;
        // XML only for domains we have not read yet; events name the ones whose XML changed.
        const auto known = m_domains.constFind(uuid);
        const bool fetchXml = known == m_domains.cend() || !known->hasXml;
        Resource resource;
        switch (readDomain(domain, uuid, fetchXml, resource)) {
        case ReadOutcome::Lost: return; // torn down; m_listing is gone
        case ReadOutcome::Gone: forgetDomain(uuid); continue;
        case ReadOutcome::Ok: break;
        }
        m_listing->seen.insert(resource.id);
        chunk.append(resource);
    }
    const InventoryDelta delta = m_differ.diffPartial(chunk);
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);

    if (m_listing->next < m_listing->domains.size()) {
        // Next chunk on a later turn of this thread's loop: close requests and events get in.
        QMetaObject::invokeMethod(this, [this, serial] { processListingChunk(serial); }, Qt::QueuedConnection);
        return;
    }
    finishListing();
}

void LibvirtConnection::finishListing()
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
            forgetDomain(id.nativeId());
    }
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
    qCDebug(lcLibvirt) << m_profile.uri << "listed" << listing.domains.size() << "domains in"
                       << QDateTime::currentMSecsSinceEpoch() - listing.startedMs << "ms";
    if (listing.afterConnect)
        finishInitialLoad();
    startAddressPass();
}

void LibvirtConnection::finishInitialLoad()
{
    m_loadPending = false;
    Q_EMIT initialLoadFinished();
    if (m_statsIntervalMs > 0) {
        m_statsTimer->start(m_statsIntervalMs);
        // A baseline now, so the first rates come one interval later.
        QMetaObject::invokeMethod(this, &LibvirtConnection::collectStats, Qt::QueuedConnection);
    }
    if (m_reconcileIntervalMs > 0)
        m_reconcileTimer->start(m_reconcileIntervalMs);
}

void LibvirtConnection::reconcile()
{
    beginFullListing(false);
}

// ---- one domain -----------------------------------------------------------------------------

LibvirtConnection::ReadOutcome LibvirtConnection::readDomain(const DomainRef &domain, const QString &uuid,
                                                             bool fetchXml, Resource &out)
{
    DomainStateReading state = readDomainState(domain.get());
    if (!state.ok) {
        if (state.error.isNoDomain())
            return ReadOutcome::Gone;
        if (checkLost(state.error))
            return ReadOutcome::Lost;
        state.state = VIR_DOMAIN_NOSTATE; // keep the row; the next refresh may know more
    }

    DomainEntry &entry = m_domains[uuid];
    entry.domain = domain;
    if (fetchXml || !entry.hasXml) {
        DomainXmlReading xml = readDomainXml(domain.get(), m_secureXml);
        if (!xml.ok && m_secureXml && (xml.error.code == VIR_ERR_OPERATION_DENIED || xml.error.code == VIR_ERR_ACCESS_DENIED
                                        || xml.error.isUnsupported())) {
            // Read-only connection: no secure XML; then passwords are simply not seen.
            m_secureXml = false;
            xml = readDomainXml(domain.get(), false);
        }
        if (!xml.ok) {
            if (xml.error.isNoDomain())
                return ReadOutcome::Gone;
            if (checkLost(xml.error))
                return ReadOutcome::Lost;
            emitEvent(ProviderEvent::Severity::Warning,
                      xml.error.describe(u"Could not read the definition of %1"_s.arg(domainName(domain.get()))),
                      vmId(uuid));
        } else {
            const DomainXmlResult parsed = DomainXmlParser::parse(xml.xml);
            xml.xml.fill('\0'); // the parser keeps only whether a password exists
            entry.hasXml = true;
            if (parsed.ok) {
                entry.parsed = parsed.vm;
                entry.xmlName = parsed.name;
            } else {
                // Keep the VM with what we know; say why its details are missing.
                entry.parsed = VmInfo{};
                entry.xmlName.clear();
                emitEvent(ProviderEvent::Severity::Warning,
                          u"Could not parse the definition of %1: %2"_s.arg(domainName(domain.get()), parsed.error),
                          vmId(uuid));
            }
        }
    }

    VmInfo vm = entry.parsed;
    vm.uuid = uuid;
    vm.state = powerStateFromLibvirt(state.state);
    vm.stateReason = state.ok ? stateReasonWord(state.state, state.reason) : u"unknown"_s;
    if (powerStateIsActive(vm.state)) {
        applyAddresses(vm, entry.addresses);
    } else {
        entry.addresses.clear();
        clearAddresses(vm);
    }
    entry.state = vm.state;
    entry.name = entry.xmlName.isEmpty() ? domainName(domain.get()) : entry.xmlName;

    out.id = vmId(uuid);
    out.parent = m_hostId;
    out.name = entry.name;
    out.info = std::move(vm);
    return ReadOutcome::Ok;
}

void LibvirtConnection::queueRefresh(const QString &uuid, bool refetchXml)
{
    bool &refetch = m_pendingRefresh[uuid];
    refetch = refetch || refetchXml;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void LibvirtConnection::flushRefreshes()
{
    m_refreshTimer->stop();
    if (!m_conn) {
        m_pendingRefresh.clear();
        return;
    }
    const QHash<QString, bool> pending = std::exchange(m_pendingRefresh, {});
    QList<Resource> updated;
    QList<ResourceId> removed;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString &uuid = it.key();
        const ResourceId id = vmId(uuid);
        // A fresh handle: after a rename or re-definition the cached one names the old domain.
        virDomainPtr found = virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData());
        if (!found) {
            const LibvirtError error = lastError();
            if (!error.isNoDomain()) {
                if (checkLost(error))
                    return;
                continue;
            }
            removed.append(id);
            forgetDomain(uuid);
            if (m_listing)
                m_listing->seen.remove(id);
            continue;
        }
        Resource resource;
        switch (readDomain(adoptDomain(found), uuid, it.value(), resource)) {
        case ReadOutcome::Lost: return;
        case ReadOutcome::Gone:
            removed.append(id);
            forgetDomain(uuid);
            if (m_listing)
                m_listing->seen.remove(id);
            continue;
        case ReadOutcome::Ok: break;
        }
        // Addresses right away for a running domain (cheap for one; the pass does the rest).
        DomainEntry &entry = m_domains[uuid];
        if (entry.state == PowerState::Running && !entry.parsed.nics.isEmpty()) {
            const AddressReading addresses = readLeaseAddresses(entry.domain.get());
            if (addresses.ok) {
                entry.addresses = addresses.interfaces;
                applyAddresses(*resource.vm(), entry.addresses);
            } else if (checkLost(addresses.error)) {
                return;
            }
        }
        if (m_listing)
            m_listing->seen.insert(id);
        updated.append(resource);
    }
    const InventoryDelta delta = m_differ.diffPartial(updated, removed);
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
}

// ---- IP addresses ---------------------------------------------------------------------------

void LibvirtConnection::startAddressPass()
{
    m_addressQueue.clear();
    for (auto it = m_domains.cbegin(); it != m_domains.cend(); ++it) {
        const bool running = it->state == PowerState::Running || it->state == PowerState::Blocked;
        if (running && (!it->parsed.nics.isEmpty() || !it->hasXml))
            m_addressQueue.append(it.key());
    }
    if (!m_addressQueue.isEmpty() && !m_addressChunkPosted) {
        m_addressChunkPosted = true;
        QMetaObject::invokeMethod(this, &LibvirtConnection::processAddressChunk, Qt::QueuedConnection);
    }
}

void LibvirtConnection::processAddressChunk()
{
    m_addressChunkPosted = false;
    if (!m_conn)
        return;
    QList<Resource> updated;
    for (int n = 0; n < m_chunkSize && !m_addressQueue.isEmpty(); ++n) {
        const QString uuid = m_addressQueue.takeFirst();
        auto it = m_domains.find(uuid);
        if (it == m_domains.end() || !it->domain)
            continue;
        const AddressReading addresses = readLeaseAddresses(it->domain.get());
        if (!addresses.ok) {
            // Drivers and domains without lease data answer with an error: not worth a word.
            if (checkLost(addresses.error))
                return;
            continue;
        }
        if (addresses.interfaces == it->addresses)
            continue;
        it->addresses = addresses.interfaces;
        const Resource *sent = m_differ.find(vmId(uuid));
        if (!sent || !sent->vm() || !powerStateIsActive(sent->vm()->state))
            continue;
        Resource resource = *sent;
        resource.vm()->nics = it->parsed.nics;
        applyAddresses(*resource.vm(), it->addresses);
        updated.append(resource);
    }
    const InventoryDelta delta = m_differ.diffPartial(updated);
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
    if (!m_addressQueue.isEmpty()) {
        m_addressChunkPosted = true;
        QMetaObject::invokeMethod(this, &LibvirtConnection::processAddressChunk, Qt::QueuedConnection);
    }
}

// ---- stats ----------------------------------------------------------------------------------

void LibvirtConnection::collectStats()
{
    if (!m_conn || m_loadPending)
        return;
    QList<StatsTarget> active;
    int running = 0;
    for (auto it = m_domains.cbegin(); it != m_domains.cend(); ++it) {
        if (!powerStateIsActive(it->state) || !it->domain)
            continue;
        if (it->state == PowerState::Running || it->state == PowerState::Blocked)
            ++running;
        StatsTarget target;
        target.uuid = it.key();
        target.domain = it->domain;
        target.vcpus = it->parsed.vcpus;
        for (const DiskInfo &disk : it->parsed.disks) {
            if (!disk.target.isEmpty() && (disk.device.isEmpty() || disk.device == u"disk"_s))
                target.disks.append(disk.target);
        }
        for (const NicInfo &nic : it->parsed.nics) {
            const QString path = nic.target.isEmpty() ? nic.mac : nic.target;
            if (!path.isEmpty())
                target.nics.append(path);
        }
        active.append(target);
    }
    const StatsResult result = m_stats.collect(m_conn, active, m_host, m_hostId, running);
    if (result.connectionLost) {
        handleConnectionLost(result.error.message.isEmpty() ? u"connection lost"_s : result.error.message);
        return;
    }
    Q_EMIT samplesReady(result.samples);
}

} // namespace welkin::libvirt
