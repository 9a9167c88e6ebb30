#pragma once

#include "LibvirtDomainReader.h"
#include "LibvirtStats.h"
#include "inventory/InventoryDiffer.h"
#include "providers/Action.h"
#include "providers/ConnectionProfile.h"
#include "providers/CredentialRequest.h"
#include "providers/ProviderEvent.h"
#include "providers/ProviderState.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;
struct _virConnect;
struct _virConnectCredential;

namespace welkin::libvirt {

// The worker of one libvirt connection. Moved to its own QThread by LibvirtProvider; it owns
// the virConnectPtr and makes EVERY libvirt call of the connection (open included) on that
// thread, so the GUI thread never blocks on a host. Results leave through queued signals.
//
// Open (with credential prompts) -> keepalive, close callback, domain events -> host and a
// chunked full listing -> IP addresses pass -> periodic stats and reconciliation. A lost
// connection is torn down and re-opened with exponential backoff (1 s .. 60 s); the differ
// survives, so a reconnect produces only real changes.
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
    // Worker thread. Reads a domain's live XML for its console (LibvirtConsole.cpp), with
    // VIR_DOMAIN_XML_SECURE unless the connection refuses it; answers with consoleXmlRead.
    void readConsoleXml(quint64 requestId, const QString &uuid, const QString &vmName);
    // Any thread: runs `work` on the worker thread with the current connection (null while not
    // connected). For jobs of in-process drivers whose state a second connection would not share.
    void runOnWorker(std::function<void(_virConnect *)> work);
    // Worker thread. Deregisters callbacks, closes the connection and quits the thread.
    void shutdown();

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
    // Per-domain knowledge that survives between listings (until the connection drops).
    struct DomainEntry {
        DomainRef domain;
        QString name;
        VmInfo parsed;          // from the cached XML: no state, no addresses
        QString xmlName;        // the name in that XML (follows renames)
        bool hasXml = false;
        PowerState state = PowerState::Unknown;
        QList<InterfaceAddresses> addresses;
    };
    // A full listing in progress, processed a chunk per event-loop turn.
    struct Listing {
        bool afterConnect = false;
        QList<DomainRef> domains;
        qsizetype next = 0;
        QSet<ResourceId> seen;
        qint64 startedMs = 0;
        quint64 serial = 0;
    };
    enum class ReadOutcome { Ok, Gone, Lost };
    enum class PromptOutcome { None, Cancelled, TimedOut, Aborted };
    struct CallbackContext;
    struct CallbackOpaque;

    // Connection (LibvirtConnection.cpp)
    void onOpened();
    void registerCallbacks();
    void teardown();
    void handleConnectionLost(const QString &reason);
    void scheduleReconnect(const QString &reason);
    bool checkLost(const LibvirtError &error); // handles the loss; true when the connection is gone
    void setStatus(ProviderState state, const QString &detail = {});
    void emitEvent(ProviderEvent::Severity severity, const QString &message, const ResourceId &resource = {});
    void onDomainEvent(quint64 generation, const QString &uuid, const QString &name, int eventId, int event,
                       int detail);
    void onConnectionClosed(quint64 generation, int reason);
    int answerCredentials(_virConnectCredential *creds, unsigned int count);

    static int authCallback(_virConnectCredential *creds, unsigned int count, void *cbdata);
    static int lifecycleCallback(_virConnect *, struct _virDomain *dom, int event, int detail, void *opaque);
    static void rebootCallback(_virConnect *, struct _virDomain *dom, void *opaque);
    static void deviceCallback(_virConnect *, struct _virDomain *dom, const char *alias, void *opaque);
    static void balloonCallback(_virConnect *, struct _virDomain *dom, unsigned long long actual, void *opaque);
    static void closeCallback(_virConnect *, int reason, void *opaque);
    static void freeCallbackOpaque(void *opaque);
    static void postDomainEvent(void *opaque, struct _virDomain *dom, int eventId, int event, int detail);

    // Inventory and stats (LibvirtConnectionInventory.cpp)
    Resource hostResource() const;
    ResourceId vmId(const QString &uuid) const;
    void beginFullListing(bool afterConnect);
    void processListingChunk(quint64 serial);
    void finishListing();
    void finishInitialLoad();
    ReadOutcome readDomain(const DomainRef &domain, const QString &uuid, bool fetchXml, Resource &out);
    void queueRefresh(const QString &uuid, bool refetchXml);
    void flushRefreshes();
    void startAddressPass();
    void processAddressChunk();
    void collectStats();
    void reconcile();
    void forgetDomain(const QString &uuid);

    ConnectionProfile m_profile;
    int m_keepaliveInterval = 5;
    int m_keepaliveCount = 3;
    int m_statsIntervalMs = 2000;
    int m_reconcileIntervalMs = 60000;
    int m_authTimeoutMs = 300000;
    int m_chunkSize = 1000;

    _virConnect *m_conn = nullptr;
    quint64 m_generation = 0;          // bumped per open/teardown: stale callbacks are dropped
    QList<int> m_eventCallbackIds;
    bool m_closeCallbackRegistered = false;
    // Ours, not libvirt's: drivers without close-callback support accept the registration but
    // never call freecb. The remote driver calls the callback under a lock that unregister also
    // takes, so after unregistering it is safe to delete.
    std::unique_ptr<CallbackOpaque> m_closeOpaque;
    std::shared_ptr<CallbackContext> m_callbackContext;
    bool m_everConnected = false;
    bool m_secureXml = true;           // cleared for good when the connection refuses it (read-only)
    bool m_shuttingDown = false;
    int m_backoffSeconds = 0;

    std::atomic<bool> m_abortPrompts{false};
    QMutex m_promptMutex;
    std::weak_ptr<CredentialRequest> m_pendingPrompt;
    PromptOutcome m_promptOutcome = PromptOutcome::None;

    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_reconcileTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;

    InventoryDiffer m_differ;
    HostInfo m_host;
    ResourceId m_hostId;
    QHash<QString, DomainEntry> m_domains;
    std::optional<Listing> m_listing;
    quint64 m_listingSerial = 0;
    bool m_addressChunkPosted = false;
    bool m_loadPending = false;         // this connection's first listing is not finished yet
    QHash<QString, bool> m_pendingRefresh; // uuid -> refetch XML
    QStringList m_addressQueue;
    LibvirtStatsCollector m_stats;
};

} // namespace welkin::libvirt
