#pragma once

#include "LibvirtDomainReader.h"
#include "providers/libvirt/DomainXmlParser.h"
#include "model/Resource.h"
#include "providers/ProviderEvent.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace welkin::libvirt {

class LibvirtSession;

// What is known of one domain between listings (until the connection drops).
struct KnownDomain {
    DomainRef domain;
    QString name;
    VmInfo parsed;          // from the cached XML: no state, no addresses
    QString xmlName;        // the name in that XML (follows renames)
    bool hasXml = false;
    bool xmlFailed = false; // the last read failed (said in an event): not pending any more
    PowerState state = PowerState::Unknown;
    QString stateReason;
    // When this connection saw it start (libvirt does not tell when a domain started); 0 for
    // domains already running when first seen.
    qint64 startedAtMs = 0;
    ListedDomain listed;    // the listing's figures, shown until the XML is read
    QList<InterfaceAddresses> addresses;
};

// The domains of the open connection by UUID, with their handles and parsed XML, so a refresh
// reads only the state unless the definition changed. Reads one domain into a VM row. Cleared
// when the connection closes. Worker thread.
class DomainCache : public QObject
{
    Q_OBJECT
public:
    enum class ReadOutcome {
        Ok,
        Gone, // the domain no longer exists
        Lost, // the connection went away: everything was closed meanwhile
    };

    DomainCache(LibvirtSession &session, QString providerId, QObject *parent = nullptr);

    // Reads the state of `domain`, and its XML when `fetchXml` or not read yet, into the cache
    // and into `out` (a VM row under the host). Problems with the XML keep the row and are
    // reported as events.
    ReadOutcome read(const DomainRef &domain, const QString &uuid, bool fetchXml, Resource &out);
    // Takes a listed domain (its handle and, when the listing knew it, its state) without a call.
    KnownDomain &remember(const ListedDomain &listed);
    // Reads and parses the XML of a known domain (one call).
    ReadOutcome readDefinition(const QString &uuid);
    // The same for many domains, the calls and the parsing spread over a few threads (the remote
    // driver serves concurrent calls on one connection, so the round trips overlap); the cache
    // is updated on this thread. One outcome per UUID; after a Lost, the rest are Lost too.
    QList<ReadOutcome> readDefinitions(const QStringList &uuids);
    // The VM row of a known domain from what is cached: no call.
    Resource row(const QString &uuid) const;

    const QHash<QString, KnownDomain> &domains() const { return m_domains; }
    KnownDomain *find(const QString &uuid);
    bool hasXml(const QString &uuid) const;
    // The cached handle, else a lookup by UUID; null when neither (lastError() says why).
    DomainRef handle(const QString &uuid) const;
    // Whether to ask for secure XML (graphics passwords): false for good once the connection
    // refused it (read-only connections).
    bool secureXml() const { return m_secureXml; }

    void forget(const QString &uuid);
    // The connection closes: frees every handle.
    void clear() { m_domains.clear(); }

    ResourceId vmId(const QString &uuid) const { return ResourceId(m_providerId, ResourceKind::Vm, uuid); }
    const ResourceId &hostId() const { return m_hostId; }

Q_SIGNALS:
    void eventOccurred(welkin::ProviderEvent::Severity severity, const QString &message,
                       const welkin::ResourceId &resource);
    // A domain went away: whatever is kept per domain elsewhere (stats counters) goes too.
    void forgotten(const QString &uuid);

private:
    void setState(KnownDomain &entry, const DomainStateReading &state);
    struct FetchedDefinition {
        DomainXmlReading xml;      // the call's outcome; its text is wiped once parsed
        DomainXmlResult parsed;
        bool secureRefused = false; // the connection refused secure XML: read without
    };
    // No member is touched: runs on any thread.
    static FetchedDefinition fetchDefinition(_virDomain *domain, bool secure);
    ReadOutcome readDefinition(KnownDomain &entry, const QString &uuid);
    ReadOutcome applyDefinition(KnownDomain &entry, const QString &uuid, FetchedDefinition &fetched);

    LibvirtSession &m_session;
    QString m_providerId;
    ResourceId m_hostId;
    QHash<QString, KnownDomain> m_domains;
    bool m_secureXml = true;
};

} // namespace welkin::libvirt
