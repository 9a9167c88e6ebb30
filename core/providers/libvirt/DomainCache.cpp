#include "DomainCache.h"

#include "LibvirtNames.h"
#include "LibvirtSession.h"
#include "util/ThreadPriority.h"

#include <QDateTime>

#include <atomic>
#include <thread>
#include <vector>

#include <libvirt/libvirt.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

DomainCache::DomainCache(LibvirtSession &session, QString providerId, QObject *parent)
    : QObject(parent), m_session(session), m_providerId(std::move(providerId)),
      m_hostId(m_providerId, ResourceKind::Host, u"host"_s)
{
}

KnownDomain *DomainCache::find(const QString &uuid)
{
    const auto it = m_domains.find(uuid);
    return it == m_domains.end() ? nullptr : &*it;
}

bool DomainCache::hasXml(const QString &uuid) const
{
    const auto it = m_domains.constFind(uuid);
    return it != m_domains.cend() && it->hasXml;
}

DomainRef DomainCache::handle(const QString &uuid) const
{
    if (const auto it = m_domains.constFind(uuid); it != m_domains.cend() && it->domain)
        return it->domain;
    if (!m_session.handle())
        return {};
    if (virDomainPtr found = virDomainLookupByUUIDString(m_session.handle(), uuid.toLatin1().constData()))
        return adoptDomain(found);
    return {};
}

void DomainCache::forget(const QString &uuid)
{
    m_domains.remove(uuid);
    Q_EMIT forgotten(uuid);
}

void DomainCache::setState(KnownDomain &entry, const DomainStateReading &state)
{
    const PowerState before = entry.state;
    entry.state = powerStateFromLibvirt(state.ok ? state.state : VIR_DOMAIN_NOSTATE);
    if (!powerStateIsActive(entry.state))
        entry.startedAtMs = 0;
    else if (before != PowerState::Unknown && !powerStateIsActive(before))
        entry.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    entry.stateReason = state.ok ? stateReasonWord(state.state, state.reason) : u"unknown"_s;
    if (!powerStateIsActive(entry.state))
        entry.addresses.clear();
}

KnownDomain &DomainCache::remember(const ListedDomain &listed)
{
    KnownDomain &entry = m_domains[listed.uuid];
    entry.domain = listed.domain;
    entry.listed = listed;
    entry.listed.domain.reset(); // one owner of the handle
    if (listed.stateKnown) {
        DomainStateReading state;
        state.ok = true;
        state.state = listed.state;
        state.reason = listed.reason;
        setState(entry, state);
    }
    if (!entry.hasXml)
        entry.name = domainName(listed.domain.get());
    return entry;
}

DomainCache::ReadOutcome DomainCache::readDefinition(const QString &uuid)
{
    KnownDomain *entry = find(uuid);
    if (!entry || !entry->domain)
        return ReadOutcome::Gone;
    return readDefinition(*entry, uuid);
}

namespace {

// Threads fetching definitions beside the connections' workers, process-wide: fifty hosts
// opening at once must not start two hundred threads.
constexpr int maxFetchThreads = 4;
std::atomic<int> fetchThreadsInUse{0};

int reserveFetchThreads(int wanted)
{
    int inUse = fetchThreadsInUse.load();
    while (true) {
        const int granted = std::min(wanted, maxFetchThreads - inUse);
        if (granted <= 0)
            return 0;
        if (fetchThreadsInUse.compare_exchange_weak(inUse, inUse + granted))
            return granted;
    }
}

} // namespace

DomainCache::FetchedDefinition DomainCache::fetchDefinition(virDomainPtr domain, bool secure)
{
    FetchedDefinition fetched;
    fetched.xml = readDomainXml(domain, secure);
    if (!fetched.xml.ok && secure && refusesSecureXml(fetched.xml.error)) {
        // Read-only connection: no secure XML; then passwords are simply not seen.
        fetched.secureRefused = true;
        fetched.xml = readDomainXml(domain, false);
    }
    if (fetched.xml.ok) {
        fetched.parsed = DomainXmlParser::parse(fetched.xml.xml);
        fetched.xml.xml.fill('\0'); // the parser keeps only whether a password exists
    }
    return fetched;
}

DomainCache::ReadOutcome DomainCache::readDefinition(KnownDomain &entry, const QString &uuid)
{
    FetchedDefinition fetched = fetchDefinition(entry.domain.get(), m_secureXml);
    return applyDefinition(entry, uuid, fetched);
}

QList<DomainCache::ReadOutcome> DomainCache::readDefinitions(const QStringList &uuids)
{
    const qsizetype count = uuids.size();
    std::vector<virDomainPtr> handles(static_cast<size_t>(count), nullptr);
    for (qsizetype i = 0; i < count; ++i) {
        if (const KnownDomain *entry = find(uuids.at(i)))
            handles[size_t(i)] = entry->domain.get();
    }
    std::vector<FetchedDefinition> fetched(static_cast<size_t>(count));
    std::atomic<qsizetype> next{0};
    const bool secure = m_secureXml;
    auto fetchSome = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            if (handles[size_t(i)])
                fetched[size_t(i)] = fetchDefinition(handles[size_t(i)], secure);
        }
    };
    // A few domains are not worth a thread.
    const int helpers = reserveFetchThreads(int(std::min<qsizetype>(3, count / 16)));
    {
        std::vector<std::jthread> threads;
        threads.reserve(size_t(helpers));
        for (int t = 0; t < helpers; ++t) {
            threads.emplace_back([&fetchSome] {
                lowerCurrentThreadPriority();
                fetchSome();
            });
        }
        fetchSome();
    }
    fetchThreadsInUse -= helpers;

    QList<ReadOutcome> outcomes;
    outcomes.reserve(count);
    bool lost = false;
    for (qsizetype i = 0; i < count; ++i) {
        KnownDomain *entry = find(uuids.at(i));
        if (lost) {
            outcomes.append(ReadOutcome::Lost);
        } else if (!entry || !entry->domain || !handles[size_t(i)]) {
            outcomes.append(ReadOutcome::Gone);
        } else {
            outcomes.append(applyDefinition(*entry, uuids.at(i), fetched[size_t(i)]));
            lost = outcomes.last() == ReadOutcome::Lost;
        }
    }
    return outcomes;
}

DomainCache::ReadOutcome DomainCache::applyDefinition(KnownDomain &entry, const QString &uuid,
                                                      FetchedDefinition &fetched)
{
    virDomainPtr domain = entry.domain.get();
    if (fetched.secureRefused)
        m_secureXml = false;
    const DomainXmlReading &xml = fetched.xml;
    if (!xml.ok) {
        if (xml.error.isNoDomain())
            return ReadOutcome::Gone;
        if (m_session.checkLost(xml.error))
            return ReadOutcome::Lost;
        Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
                             xml.error.describe(u"Could not read the definition of %1"_s.arg(domainName(domain))),
                             vmId(uuid));
        entry.xmlFailed = true;
        return ReadOutcome::Ok;
    }
    const DomainXmlResult &parsed = fetched.parsed;
    entry.hasXml = true;
    entry.xmlFailed = false;
    if (parsed.ok) {
        entry.parsed = parsed.vm;
        entry.xmlName = parsed.name;
    } else {
        // Keep the VM with what we know; say why its details are missing.
        entry.parsed = VmInfo{};
        entry.xmlName.clear();
        Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
                             u"Could not parse the definition of %1: %2"_s.arg(domainName(domain), parsed.error),
                             vmId(uuid));
    }
    entry.name = entry.xmlName.isEmpty() ? domainName(domain) : entry.xmlName;
    return ReadOutcome::Ok;
}

DomainCache::ReadOutcome DomainCache::read(const DomainRef &domain, const QString &uuid, bool fetchXml,
                                           Resource &out)
{
    DomainStateReading state = readDomainState(domain.get());
    if (!state.ok) {
        if (state.error.isNoDomain())
            return ReadOutcome::Gone;
        if (m_session.checkLost(state.error))
            return ReadOutcome::Lost;
        // keep the row as "unknown"; the next refresh may know more
    }

    KnownDomain &entry = m_domains[uuid];
    entry.domain = domain;
    setState(entry, state);
    if (fetchXml || !entry.hasXml) {
        const ReadOutcome outcome = readDefinition(entry, uuid);
        if (outcome != ReadOutcome::Ok)
            return outcome;
    }
    if (!entry.hasXml)
        entry.name = domainName(domain.get());
    out = row(uuid);
    return ReadOutcome::Ok;
}

Resource DomainCache::row(const QString &uuid) const
{
    Resource out;
    const auto it = m_domains.constFind(uuid);
    if (it == m_domains.cend())
        return out;
    const KnownDomain &entry = *it;
    VmInfo vm = entry.parsed;
    if (!entry.hasXml) {
        vm.vcpus = entry.listed.vcpus;
        vm.memoryKiB = entry.listed.memoryKiB;
        vm.maxMemoryKiB = entry.listed.maxMemoryKiB;
        vm.definitionPending = !entry.xmlFailed;
    }
    vm.uuid = uuid;
    vm.state = entry.state;
    vm.stateReason = entry.stateReason;
    vm.startedAtMs = entry.startedAtMs;
    if (powerStateIsActive(vm.state))
        applyAddresses(vm, entry.addresses);
    else
        clearAddresses(vm);

    out.id = vmId(uuid);
    out.parent = m_hostId;
    out.name = entry.name;
    out.info = std::move(vm);
    return out;
}

} // namespace welkin::libvirt
