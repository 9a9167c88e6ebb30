#pragma once

#include "inventory/InventoryDelta.h"
#include "metrics/MetricSample.h"
#include "model/Resource.h"
#include "providers/Action.h"
#include "providers/ConnectionProfile.h"
#include "providers/CredentialRequest.h"
#include "providers/ProviderEvent.h"
#include "providers/ProviderState.h"

#include <QObject>
#include <QSet>

#include <functional>

struct _virConnect;

namespace welkin::libvirt {

class ConsoleXmlReader;
class DomainActions;
class DomainCache;
class DomainEventSubscription;
class DomainInventory;
class LibvirtSession;
class StatsPoller;

// The worker of one libvirt connection. Moved to its own QThread by LibvirtProvider; it and the
// parts it composes make EVERY libvirt call of the connection (open included) on that thread,
// so the GUI thread never blocks on a host. Results leave through queued signals.
//
// The parts: LibvirtSession (open with credential prompts, keepalive, close callback, loss and
// reconnect with backoff), DomainEventSubscription, DomainCache, DomainInventory (listing, event
// refreshes, addresses, reconciliation), StatsPoller, DomainActions and ConsoleXmlReader. This
// class sequences an open (events -> host -> listing -> stats) and lets every part go when the
// connection closes.
class LibvirtConnection : public QObject
{
    Q_OBJECT
public:
    explicit LibvirtConnection(ConnectionProfile profile, QObject *parent = nullptr);
    ~LibvirtConnection() override;

    // Worker thread (invoke queued). Opens the connection; no-op while open.
    void connectNow();
    // Worker thread. Runs one action and reports it through actionStarted/actionFinished.
    void performAction(quint64 requestId, const welkin::Action &action, const QString &targetName);
    // Worker thread. Reads a domain's live XML for its console; answers with consoleXmlRead.
    void readConsoleXml(quint64 requestId, const QString &uuid, const QString &vmName);
    // Any thread: runs `work` on the worker thread with the current connection (null while not
    // connected). For jobs of in-process drivers whose state a second connection would not share.
    void runOnWorker(std::function<void(_virConnect *)> work);
    // Worker thread. Closes the connection for good and quits the thread.
    void shutdown();
    // The VMs the user looks at (UUIDs), for the stats budget.
    void setWatched(const QSet<QString> &uuids);

    // Any thread: wakes a credential prompt the worker waits on (so close() does not wait for
    // the auth timeout) and makes later prompts fail at once.
    void abortCredentialPrompts();

Q_SIGNALS:
    void statusChanged(const welkin::ProviderStatus &status);
    void connectionOpened(const welkin::HostInfo &host);
    void deltaReady(const welkin::InventoryDelta &delta);
    void initialLoadFinished();
    void samplesReady(const welkin::MetricSamples &samples);
    void eventOccurred(const welkin::ProviderEvent &event);
    void credentialsNeeded(const welkin::CredentialRequestPtr &request);
    void actionStarted(quint64 requestId);
    void actionFinished(quint64 requestId, bool ok, const QString &errorText);
    // `xml` may hold a graphics password (when `secure`): wipe it after use.
    void consoleXmlRead(quint64 requestId, bool ok, const QByteArray &xml, bool secure, const QString &errorText);

private:
    void relayEvent(ProviderEvent::Severity severity, const QString &message, const ResourceId &resource);
    void releaseConnection();

    ConnectionProfile m_profile;
    HostInfo m_host; // as read by the last open
    // Children, so they move to the worker thread with this object.
    LibvirtSession *m_session = nullptr;
    DomainEventSubscription *m_domainEvents = nullptr;
    DomainCache *m_domains = nullptr;
    DomainInventory *m_inventory = nullptr;
    StatsPoller *m_stats = nullptr;
    DomainActions *m_actions = nullptr;
    ConsoleXmlReader *m_consoles = nullptr;
};

} // namespace welkin::libvirt
