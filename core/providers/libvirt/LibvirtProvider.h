#pragma once

#include "model/Resource.h"
#include "providers/Provider.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <optional>


namespace welkin {

namespace libvirt {
class LibvirtConnection;
class LibvirtJobRunner;
class JobContext;
struct JobOutcome;
using JobFunction = std::function<JobOutcome(JobContext &)>;
}

// A libvirt host (KVM, QEMU, Xen, test driver; local, SSH or TLS) as a Provider.
//
// Lives on the GUI thread and never calls libvirt: a LibvirtConnection worker on its own
// QThread does, and its results are relayed here through queued signals. The provider keeps
// its own view of the VMs (from the deltas it relays) to answer capabilities() at once.
//
// Profile options (ConnectionProfile::options): keepaliveInterval (s, 5), keepaliveCount (3),
// statsIntervalMs (2000, 0 = off), reconcileIntervalMs (60000, 0 = off), authTimeoutMs
// (300000), listChunkSize (VMs per delta of a full listing, 1000).
class LibvirtProvider : public Provider
{
    Q_OBJECT
public:
    explicit LibvirtProvider(ConnectionProfile profile, QObject *parent = nullptr);
    ~LibvirtProvider() override;

    // Starts the worker and connects; while Unreachable or AuthFailed, retries at once.
    void open() override;
    // Closes the connection and removes this provider's rows, never waiting for the worker: it
    // is cut loose at once, shuts down when its current libvirt call returns (at once for a
    // healthy host; whenever keepalive gives up for a hung one), then its thread ends and frees
    // both. Never destroyed while running.
    void close() override;

    Capabilities capabilities(const ResourceId &resource) const override;
    Task *perform(const Action &action) override;
    SnapshotSupport snapshotSupport() const override;
    Task *listSnapshots(const ResourceId &vm) override;
    // The live XML's graphics (LibvirtConsole.cpp); password only on read-write connections.
    Task *requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType = {}) override;
    // Measured every stats cycle when the driver needs calls per domain (StatsBudget).
    void setWatchedResources(const QSet<ResourceId> &resources) override;
    // The user named in the URI (qemu+ssh://root@host/system); "" when the URI names none.
    QString accountName() const override;

    // Runs a management job on a second connection of this host (libvirt::LibvirtJobRunner), as a
    // Task. Announced tasks appear in the tasks dock; quiet ones are reads for a view. Fails at
    // once when not connected.
    Task *runJob(const QString &title, const ResourceId &target, libvirt::JobFunction work,
                 bool announce = true, bool cancellable = false);

    // Whether any open of this provider ever succeeded (a first failure is then final for a
    // headless run; the GUI keeps retrying).
    bool hasEverConnected() const { return m_everConnected; }
    // Worker threads of this process (of any provider, closed or not) that have not ended yet.
    static int runningWorkers();
    // The host as last read by a successful open.
    std::optional<HostInfo> hostInfo() const { return m_host; }
    // The provider's view of a VM (from the deltas it relayed); Unknown / empty when unknown.
    PowerState vmState(const ResourceId &vm) const;
    QString vmName(const ResourceId &vm) const;

private:
    Task *performSnapshotAction(const Action &action);
    struct VmView {
        PowerState state = PowerState::Unknown;
        QString name;
    };

    void startWorker();
    void stopWorker(bool removeRows);
    // What the worker sends, in order. Items run at once while the GUI thread's share of this
    // event-loop pass lasts (shared by all libvirt providers); the rest on a later pass, so fifty
    // hosts answering at once do not freeze the window.
    void relay(std::function<void()> item);
    void drainRelay();
    void track(const InventoryDelta &delta);
    // Consoles (LibvirtConsole.cpp).
    struct ConsoleRequestEntry {
        QPointer<Task> task;
        QString vmName;
        QString preferredType;
    };
    void finishConsoleRequest(quint64 requestId, bool ok, QByteArray xml, bool secure, const QString &errorText);
    void failConsoleRequests(const QString &errorText);

    libvirt::LibvirtConnection *m_worker = nullptr;
    libvirt::LibvirtJobRunner *m_jobs = nullptr;
    QHash<ResourceId, VmView> m_vms;
    QSet<ResourceId> m_otherRows; // hosts
    QSet<QString> m_watched;      // UUIDs, handed to each new worker
    std::deque<std::function<void()>> m_relay;
    bool m_relayDrainPosted = false;
    bool m_draining = false;
    QHash<quint64, QPointer<Task>> m_tasks;
    QHash<quint64, ConsoleRequestEntry> m_consoleRequests;
    quint64 m_nextRequest = 1;
    std::optional<HostInfo> m_host;
    bool m_everConnected = false;
    QList<std::weak_ptr<CredentialRequest>> m_prompts;
};

} // namespace welkin
