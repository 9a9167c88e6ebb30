#pragma once

#include "LibvirtErrors.h"
#include "model/Resource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Forward declarations of libvirt's opaque types, so this header does not drag libvirt in.
struct _virConnect;
struct _virDomain;
struct _virTypedParameter;

namespace welkin::libvirt {

// A domain handle that frees itself (virDomainFree). Shared: the cache and a listing in
// progress may both hold it.
using DomainRef = std::shared_ptr<_virDomain>;
DomainRef adoptDomain(_virDomain *domain);

// Local calls on a handle: no RPC.
QString domainUuid(_virDomain *domain);
QString domainName(_virDomain *domain);

struct DomainStateReading {
    bool ok = false;
    int state = 0;
    int reason = 0;
    LibvirtError error;
};
DomainStateReading readDomainState(_virDomain *domain);

// One domain as a listing reports it: what its row needs before the definition is read.
struct ListedDomain {
    DomainRef domain;
    QString uuid;
    bool stateKnown = false; // false after a plain listing: the state costs a call of its own
    int state = 0;
    int reason = 0;
    int vcpus = 0;           // 0 when the driver leaves the group out (the test driver does)
    quint64 memoryKiB = 0;
    quint64 maxMemoryKiB = 0;
};

struct DomainListing {
    bool ok = false;
    QList<ListedDomain> domains;
    LibvirtError error;
};
// Every domain with its state, vCPUs and memory in one call (virConnectGetAllDomainStats, one
// RPC however many domains) where the driver has it; else virConnectListAllDomains, whose
// domains come without state.
DomainListing listDomains(_virConnect *conn);

// The integer-valued typed parameters of a bulk stats record, by name (negative values left out).
QHash<QByteArray, quint64> integerParams(const _virTypedParameter *params, int count);

struct DomainXmlReading {
    bool ok = false;
    QByteArray xml;
    LibvirtError error;
};
// With `secure`, asks for VIR_DOMAIN_XML_SECURE (graphics passwords present, so the parser can
// tell that one is required); libvirt refuses that on read-only connections. The libvirt buffer
// is wiped before it is freed; callers wipe `xml` after parsing.
DomainXmlReading readDomainXml(_virDomain *domain, bool secure);
// Whether a failed secure read means the connection refuses secure XML (read-only), so a plain
// read is worth trying.
bool refusesSecureXml(const LibvirtError &error);

struct HostReading {
    bool ok = false;
    HostInfo info;
    LibvirtError error; // of the first call that failed (only node info is mandatory)
};
// virNodeGetInfo, virConnectGetHostname, GetType, GetVersion, GetLibVersion.
HostReading readHost(_virConnect *conn, const QString &uri);

// One guest interface as virDomainInterfaceAddresses reports it.
struct InterfaceAddresses {
    QString name;    // "vnet3"
    QString mac;     // lower case
    QStringList ips; // "192.168.122.23/24"
    friend bool operator==(const InterfaceAddresses &, const InterfaceAddresses &) = default;
};
struct AddressReading {
    bool ok = false;
    QList<InterfaceAddresses> interfaces;
    LibvirtError error;
};
AddressReading readLeaseAddresses(_virDomain *domain);

// Puts the addresses onto the NICs with the same MAC; interfaces libvirt reports that the
// XML does not know are appended as NICs of their own.
void applyAddresses(VmInfo &vm, const QList<InterfaceAddresses> &interfaces);
void clearAddresses(VmInfo &vm);

// libvirt's packed version number (major * 1,000,000 + minor * 1,000 + release) -> "9.0.0".
QString versionString(unsigned long long version);

} // namespace welkin::libvirt
