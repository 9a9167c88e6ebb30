#include "DomainCache.h"

#include "LibvirtNames.h"
#include "LibvirtSession.h"
#include "providers/libvirt/DomainXmlParser.h"

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

DomainCache::ReadOutcome DomainCache::read(const DomainRef &domain, const QString &uuid, bool fetchXml,
                                           Resource &out)
{
    DomainStateReading state = readDomainState(domain.get());
    if (!state.ok) {
        if (state.error.isNoDomain())
            return ReadOutcome::Gone;
        if (m_session.checkLost(state.error))
            return ReadOutcome::Lost;
        state.state = VIR_DOMAIN_NOSTATE; // keep the row; the next refresh may know more
    }

    KnownDomain &entry = m_domains[uuid];
    entry.domain = domain;
    if (fetchXml || !entry.hasXml) {
        DomainXmlReading xml = readDomainXml(domain.get(), m_secureXml);
        if (!xml.ok && m_secureXml && refusesSecureXml(xml.error)) {
            // Read-only connection: no secure XML; then passwords are simply not seen.
            m_secureXml = false;
            xml = readDomainXml(domain.get(), false);
        }
        if (!xml.ok) {
            if (xml.error.isNoDomain())
                return ReadOutcome::Gone;
            if (m_session.checkLost(xml.error))
                return ReadOutcome::Lost;
            Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
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
                Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
                                     u"Could not parse the definition of %1: %2"_s.arg(domainName(domain.get()),
                                                                                       parsed.error),
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

} // namespace welkin::libvirt
