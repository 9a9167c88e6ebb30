#pragma once

#include "metrics/CounterRate.h"
#include "metrics/MetricSample.h"
#include "model/Resource.h"
#include "providers/ProviderEvent.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace welkin {
class Provider;
}

namespace welkin::openstack {

class NovaRegion;

// What the figures of a cloud cost the GUI thread: handling answers, parsing, rates, emitting.
struct MonitoringStats {
    // Diagnostics cycles of the watched servers.
    int cycles = 0;
    int lastRequests = 0;      // requests of the last cycle
    int lastSamples = 0;       // servers with figures from the last cycle
    qint64 lastNs = 0, maxNs = 0, totalNs = 0;
    qint64 lastWallMs = 0;     // first request to samplesReady
    int totalRequests = 0;
    int refusals = 0;          // 403 / 501 answers
    // Instance actions of changed servers (events).
    int actionRequests = 0;
    qint64 actionNs = 0;
};

// Figures of an OpenStack cloud for the Provider's samplesReady:
// - diagnostics (GET /servers/{id}/diagnostics) of the watched servers that are ACTIVE, on a
//   timer of its own: at most `diagnosticsPerCycle` (20) a cycle, `diagnosticsConcurrency` (4) at
//   a time, round robin when more are watched; counters become rates through CounterRate;
// - the hypervisors' figures read by each full poll (admins).
// Diagnostics are admin-only by default: a region first gets one request; when it refuses (403,
// or 501 from a driver without diagnostics) it is told once as an event, unavailableReason() says
// why, and it is asked again only after `diagnosticsRecheckMs` (600000) or a new login.
// Options: diagnosticsIntervalMs (default pollIntervalMs; 0 = no diagnostics).
class NovaMonitor : public QObject
{
    Q_OBJECT
public:
    // What the provider sent for a resource (name, vCPUs, flavor RAM, hypervisor); null if nothing.
    using Lookup = std::function<const Resource *(const ResourceId &)>;

    NovaMonitor(const Provider *provider, Lookup lookup, QObject *parent = nullptr);

    // The regions of a new login; empty when the connection closes. A region that refused keeps
    // its reason until it is asked again.
    void setRegions(const QList<NovaRegion *> &regions);
    // Servers of this provider among `resources` are watched; everything else is ignored.
    void setWatched(const QSet<ResourceId> &resources);
    bool isWatched(const ResourceId &server) const { return m_watchedSet.contains(server); }
    // After a poll of every region, once its delta went out: sends the hypervisor figures of a full
    // poll and keeps the diagnostics timer going.
    void pollFinished(bool full);
    // A diagnostics cycle now, unless one is running.
    void runCycle();

    // Why figures of `server` cannot come ("" while they flow or nothing was refused yet).
    QString unavailableReason(const ResourceId &server) const;
    const MonitoringStats &stats() const { return m_stats; }

Q_SIGNALS:
    void samplesReady(const welkin::MetricSamples &samples);
    void eventOccurred(const welkin::ProviderEvent &event);
    void availabilityChanged();

private:
    enum class Access : quint8 { Unknown, Allowed, Refused };
    struct RegionAccess {
        Access access = Access::Unknown;
        bool probing = false;   // the one request that finds out is on its way
        bool recheck = false;   // refused, but may be asked once more
        qint64 refusedAtMs = 0;
        QString reason;
        bool told = false;
    };
    struct Job {
        QPointer<NovaRegion> region;
        QString serverId;
    };
    struct Counters {
        CounterReading cpu, diskRead, diskWrite, netRx, netTx;
    };

    int option(const char *name, int fallback) const;
    int intervalMs() const;
    NovaRegion *regionOf(const QString &serverId) const;
    void launch();
    void send(const Job &job);
    void answered(const Job &job, const QString &regionName, int status, const QJsonObject &body, const QString &error);
    void refuse(const Job &job, const QString &regionName, int status, const QString &error);
    void finishCycle();
    MetricSample sampleOf(const QString &regionName, const QString &serverId, const QJsonObject &body);
    void hypervisorsListed(NovaRegion *region, const QJsonObject &doc);

    const Provider *m_provider;
    Lookup m_lookup;
    QList<QPointer<NovaRegion>> m_regions;
    QList<ResourceId> m_watched; // in the caller's order, for the round robin
    QSet<ResourceId> m_watchedSet;
    int m_rotation = 0;
    QHash<QString, RegionAccess> m_access;       // by region name, kept across logins
    QHash<QString, QList<Job>> m_heldBack;       // region name -> waiting for its probe
    QHash<QString, QHash<QString, int>> m_hostCpus; // region name -> hypervisor -> CPUs
    QHash<QString, Counters> m_counters;         // server id
    MetricSamples m_hostSamples;                 // from the last full poll, not sent yet
    QList<Job> m_queue;
    int m_inFlight = 0;
    MetricSamples m_cycleSamples;
    qint64 m_cycleNs = 0;
    qint64 m_cycleStartMs = 0;
    int m_cycleRequests = 0;
    bool m_cycleRunning = false;
    bool m_kickQueued = false;
    QTimer m_timer;
    quint64 m_generation = 0;
    MonitoringStats m_stats;
};

} // namespace welkin::openstack
