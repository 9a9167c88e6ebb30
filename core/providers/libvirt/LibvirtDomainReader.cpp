#include "LibvirtDomainReader.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <cstring>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

DomainRef adoptDomain(virDomainPtr domain)
{
    return DomainRef(domain, [](virDomainPtr d) {
        if (d)
            virDomainFree(d);
    });
}

QString domainUuid(virDomainPtr domain)
{
    char buffer[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, buffer) < 0)
        return {};
    return QString::fromLatin1(buffer).toLower();
}

QString domainName(virDomainPtr domain)
{
    // Owned by the handle; no RPC.
    const char *name = virDomainGetName(domain);
    return name ? QString::fromUtf8(name) : QString();
}

QHash<QByteArray, quint64> integerParams(const virTypedParameter *params, int count)
{
    QHash<QByteArray, quint64> values;
    values.reserve(count);
    for (int i = 0; i < count; ++i) {
        const virTypedParameter &p = params[i];
        quint64 value = 0;
        switch (p.type) {
        case VIR_TYPED_PARAM_INT:
            if (p.value.i < 0)
                continue;
            value = static_cast<quint64>(p.value.i);
            break;
        case VIR_TYPED_PARAM_UINT: value = p.value.ui; break;
        case VIR_TYPED_PARAM_LLONG:
            if (p.value.l < 0)
                continue;
            value = static_cast<quint64>(p.value.l);
            break;
        case VIR_TYPED_PARAM_ULLONG: value = p.value.ul; break;
        default: continue;
        }
        values.insert(QByteArray(p.field, static_cast<qsizetype>(qstrnlen(p.field, VIR_TYPED_PARAM_FIELD_LENGTH))),
                      value);
    }
    return values;
}

namespace {

// virConnectGetAllDomainStats for the groups a row needs; -1 with the error when the driver
// cannot. NOWAIT: a domain busy with a job (a migration) answers with what it has at once.
int bulkListing(virConnectPtr conn, virDomainStatsRecordPtr **records, LibvirtError &error)
{
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_VCPU | VIR_DOMAIN_STATS_BALLOON;
    int count = virConnectGetAllDomainStats(conn, groups, records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT);
    if (count >= 0)
        return count;
    error = lastError();
    if (!error.isUnsupported())
        return -1;
    count = virConnectGetAllDomainStats(conn, groups, records, 0); // drivers that refuse NOWAIT
    if (count < 0)
        error = lastError();
    return count;
}

} // namespace

DomainListing listDomains(virConnectPtr conn)
{
    DomainListing listing;
    virDomainStatsRecordPtr *records = nullptr;
    const int count = bulkListing(conn, &records, listing.error);
    if (count >= 0) {
        listing.domains.reserve(count);
        for (int i = 0; i < count; ++i) {
            const virDomainStatsRecordPtr record = records[i];
            const QHash<QByteArray, quint64> v = integerParams(record->params, record->nparams);
            ListedDomain domain;
            virDomainRef(record->dom); // the record list frees its own reference
            domain.domain = adoptDomain(record->dom);
            domain.uuid = domainUuid(record->dom);
            domain.stateKnown = v.contains("state.state");
            domain.state = static_cast<int>(v.value("state.state"));
            domain.reason = static_cast<int>(v.value("state.reason"));
            domain.vcpus = static_cast<int>(v.value("vcpu.current", v.value("vcpu.maximum")));
            domain.memoryKiB = v.value("balloon.current");
            domain.maxMemoryKiB = v.value("balloon.maximum");
            listing.domains.append(std::move(domain));
        }
        virDomainStatsRecordListFree(records);
        listing.ok = true;
        return listing;
    }
    if (!listing.error.isUnsupported())
        return listing;

    virDomainPtr *domains = nullptr;
    const int listed = virConnectListAllDomains(conn, &domains, 0);
    if (listed < 0) {
        listing.error = lastError();
        return listing;
    }
    listing.domains.reserve(listed);
    for (int i = 0; i < listed; ++i) {
        ListedDomain domain;
        domain.domain = adoptDomain(domains[i]);
        domain.uuid = domainUuid(domains[i]);
        listing.domains.append(std::move(domain));
    }
    std::free(domains);
    listing.error = {};
    listing.ok = true;
    return listing;
}

DomainStateReading readDomainState(virDomainPtr domain)
{
    DomainStateReading reading;
    if (virDomainGetState(domain, &reading.state, &reading.reason, 0) < 0) {
        reading.error = lastError();
        return reading;
    }
    reading.ok = true;
    return reading;
}

DomainXmlReading readDomainXml(virDomainPtr domain, bool secure)
{
    DomainXmlReading reading;
    char *xml = virDomainGetXMLDesc(domain, secure ? VIR_DOMAIN_XML_SECURE : 0);
    if (!xml) {
        reading.error = lastError();
        return reading;
    }
    const size_t length = std::strlen(xml);
    reading.xml = QByteArray(xml, static_cast<qsizetype>(length));
    std::memset(xml, 0, length); // may hold a console password
    std::free(xml);
    reading.ok = true;
    return reading;
}

bool refusesSecureXml(const LibvirtError &error)
{
    return error.code == VIR_ERR_OPERATION_DENIED || error.code == VIR_ERR_ACCESS_DENIED || error.isUnsupported();
}

QString versionString(unsigned long long version)
{
    return u"%1.%2.%3"_s.arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

HostReading readHost(virConnectPtr conn, const QString &uri)
{
    HostReading reading;
    HostInfo &info = reading.info;
    info.uri = uri;

    virNodeInfo node{};
    if (virNodeGetInfo(conn, &node) < 0) {
        reading.error = lastError();
        return reading;
    }
    info.cpuModel = QString::fromLatin1(node.model, static_cast<qsizetype>(qstrnlen(node.model, sizeof node.model)));
    info.cpus = static_cast<int>(node.cpus);
    info.mhz = static_cast<int>(node.mhz);
    info.numaNodes = static_cast<int>(node.nodes);
    info.sockets = static_cast<int>(node.sockets);
    info.cores = static_cast<int>(node.cores);
    info.threads = static_cast<int>(node.threads);
    info.memoryKiB = node.memory;

    // The rest is informative: a failure leaves the field empty (and the error for the caller
    // to check whether the connection died).
    if (char *hostname = virConnectGetHostname(conn)) {
        info.hostname = QString::fromUtf8(hostname);
        std::free(hostname);
    } else if (reading.error.code == 0) {
        reading.error = lastError();
    }
    if (const char *type = virConnectGetType(conn))
        info.hypervisor = QString::fromUtf8(type); // static string, not freed
    else if (reading.error.code == 0)
        reading.error = lastError();
    unsigned long version = 0;
    if (virConnectGetVersion(conn, &version) == 0)
        info.hypervisorVersion = versionString(version);
    else if (reading.error.code == 0)
        reading.error = lastError();
    unsigned long libVersion = 0;
    if (virConnectGetLibVersion(conn, &libVersion) == 0)
        info.libraryVersion = versionString(libVersion);
    else if (reading.error.code == 0)
        reading.error = lastError();
    reading.ok = true;
    return reading;
}

AddressReading readLeaseAddresses(virDomainPtr domain)
{
    AddressReading reading;
    virDomainInterfacePtr *ifaces = nullptr;
    const int count = virDomainInterfaceAddresses(domain, &ifaces, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, 0);
    if (count < 0) {
        reading.error = lastError();
        return reading;
    }
    for (int i = 0; i < count; ++i) {
        const virDomainInterfacePtr iface = ifaces[i];
        InterfaceAddresses entry;
        entry.name = iface->name ? QString::fromUtf8(iface->name) : QString();
        entry.mac = iface->hwaddr ? QString::fromLatin1(iface->hwaddr).toLower() : QString();
        for (unsigned int a = 0; a < iface->naddrs; ++a) {
            const virDomainIPAddress &addr = iface->addrs[a];
            if (addr.addr)
                entry.ips.append(u"%1/%2"_s.arg(QString::fromLatin1(addr.addr)).arg(addr.prefix));
        }
        reading.interfaces.append(entry);
        virDomainInterfaceFree(iface);
    }
    std::free(ifaces);
    reading.ok = true;
    return reading;
}

void clearAddresses(VmInfo &vm)
{
    for (NicInfo &nic : vm.nics)
        nic.ips.clear();
}

void applyAddresses(VmInfo &vm, const QList<InterfaceAddresses> &interfaces)
{
    clearAddresses(vm);
    for (const InterfaceAddresses &iface : interfaces) {
        if (iface.ips.isEmpty())
            continue;
        NicInfo *match = nullptr;
        for (NicInfo &nic : vm.nics) {
            if ((!iface.mac.isEmpty() && nic.mac.compare(iface.mac, Qt::CaseInsensitive) == 0)
                || (iface.mac.isEmpty() && !iface.name.isEmpty() && nic.target == iface.name)) {
                match = &nic;
                break;
            }
        }
        if (!match) {
            NicInfo nic;
            nic.mac = iface.mac;
            nic.target = iface.name;
            vm.nics.append(nic);
            match = &vm.nics.last();
        }
        match->ips = iface.ips;
    }
}

} // namespace welkin::libvirt
