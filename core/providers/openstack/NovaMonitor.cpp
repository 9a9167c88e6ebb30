#include "NovaMonitor.h"

#include "NovaFigures.h"
#include "NovaRegion.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Rate of one counter; a counter the answer left out starts afresh next time.
double rateOf(CounterReading &previous, const std::optional<quint64> &value, qint64 nowNs)
{
    if (!value) {
        previous = {};
        return NAN;
    }
    const CounterReading current{nowNs, *value};
    const double rate = counterRatePerSecond(previous, current);
    previous = current;
    return rate;
}

} // namespace

NovaMonitor::NovaMonitor(const Provider *provider, Lookup lookup, QObject *parent)
    : QObject(parent), m_provider(provider), m_lookup(std::move(lookup))
{
    connect(&m_timer, &QTimer::timeout, this, &NovaMonitor::runCycle);
}

int NovaMonitor::option(const char *name, int fallback) const
{
    bool ok = false;
    const int value = m_provider->profile().options.value(QLatin1StringView(name)).toInt(&ok);
    return ok ? value : fallback;
}

int NovaMonitor::intervalMs() const
{
    return option("diagnosticsIntervalMs", option("pollIntervalMs", 10000));
}

void NovaMonitor::setRegions(const QList<NovaRegion *> &regions)
{
    ++m_generation;
    for (const QPointer<NovaRegion> &region : std::as_const(m_regions)) {
        if (region)
            disconnect(region, nullptr, this, nullptr);
    }
    m_regions.clear();
    m_timer.stop();
    m_queue.clear();
    m_heldBack.clear();
    m_inFlight = 0;
    m_cycleRunning = false;
    m_cycleSamples.clear();
    m_hostSamples.clear();
    m_hostCpus.clear();
    m_counters.clear();
    for (RegionAccess &access : m_access) {
        access.probing = false;
        access.recheck = access.access == Access::Refused; // a new login may come with new roles
        if (access.access == Access::Allowed)
            access.access = Access::Unknown;
    }
    for (NovaRegion *region : regions) {
        m_regions.append(region);
        connect(region, &NovaRegion::hypervisorsListed, this,
                [this, region](const QJsonObject &doc) { hypervisorsListed(region, doc); });
    }
}

void NovaMonitor::setWatched(const QSet<ResourceId> &resources)
{
    QList<ResourceId> watched;
    QSet<ResourceId> set;
    bool added = false;
    for (const ResourceId &id : resources) {
        if (id.kind() != ResourceKind::Vm || id.providerId() != m_provider->id())
            continue;
        watched.append(id);
        set.insert(id);
        added = added || !m_watchedSet.contains(id);
    }
    // QSet has no order: sorted, so the round robin walks the same way each cycle.
    std::sort(watched.begin(), watched.end(),
              [](const ResourceId &a, const ResourceId &b) { return a.nativeId() < b.nativeId(); });
    for (auto it = m_counters.begin(); it != m_counters.end();) {
        if (set.contains(ResourceId(m_provider->id(), ResourceKind::Vm, it.key())))
            ++it;
        else
            it = m_counters.erase(it);
    }
    m_watched = watched;
    m_watchedSet = set;
    // A newly watched server gets figures soon, but scrolling never makes a request storm.
    const qint64 sinceLast = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;
    if (added && m_timer.isActive() && !m_kickQueued && sinceLast >= std::max(1000, intervalMs() / 4)) {
        m_kickQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_kickQueued = false;
            runCycle();
        }, Qt::QueuedConnection);
    }
}

void NovaMonitor::pollFinished(bool full)
{
    if (full && !m_hostSamples.isEmpty())
        Q_EMIT samplesReady(std::exchange(m_hostSamples, {}));
    const int interval = intervalMs();
    if (interval <= 0 || m_timer.isActive())
        return;
    m_timer.start(interval);
    runCycle();
}

void NovaMonitor::hypervisorsListed(NovaRegion *region, const QJsonObject &doc)
{
    m_hostCpus.insert(region->name(), NovaFigures::hypervisorCpus(doc));
    m_hostSamples.append(NovaFigures::hypervisorSamples(doc, m_provider->id(), region->regionId(),
                                                      QDateTime::currentMSecsSinceEpoch()));
}

NovaRegion *NovaMonitor::regionOf(const QString &serverId) const
{
    for (const QPointer<NovaRegion> &region : m_regions) {
        if (region && !region->novaStatus(serverId).isEmpty())
            return region;
    }
    return nullptr;
}

void NovaMonitor::runCycle()
{
    if (m_cycleRunning || m_regions.isEmpty() || m_provider->state() != ProviderState::Connected)
        return;
    QElapsedTimer busy;
    busy.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int recheckMs = option("diagnosticsRecheckMs", 600000);
    for (RegionAccess &access : m_access) {
        if (access.access == Access::Refused && now - access.refusedAtMs >= recheckMs)
            access.recheck = true;
    }
    QList<Job> eligible;
    for (const ResourceId &id : std::as_const(m_watched)) {
        NovaRegion *region = regionOf(id.nativeId());
        if (!region || region->novaStatus(id.nativeId()) != u"ACTIVE"_s)
            continue;
        const RegionAccess access = m_access.value(region->name());
        if (access.access != Access::Refused || access.recheck)
            eligible.append(Job{region, id.nativeId()});
    }
    if (eligible.isEmpty())
        return;
    const int perCycle = std::max(1, option("diagnosticsPerCycle", 20));
    const int count = std::min(perCycle, int(eligible.size()));
    const int first = m_rotation % int(eligible.size());
    m_rotation = (first + count) % int(eligible.size());
    for (int i = 0; i < count; ++i) {
        const Job &job = eligible.at((first + i) % int(eligible.size()));
        RegionAccess &access = m_access[job.region->name()];
        // Until a region answered once, one request finds out whether it answers at all.
        if (access.access == Access::Allowed) {
            m_queue.append(job);
        } else if (!access.probing) {
            access.probing = true;
            m_queue.append(job);
        } else {
            m_heldBack[job.region->name()].append(job);
        }
    }
    m_cycleRunning = true;
    m_cycleStartMs = now;
    m_cycleRequests = 0;
    m_cycleNs = busy.nsecsElapsed();
    m_cycleSamples.clear();
    launch();
}

void NovaMonitor::launch()
{
    const int concurrency = std::max(1, option("diagnosticsConcurrency", 4));
    while (m_inFlight < concurrency && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        if (job.region)
            send(job);
    }
    if (m_inFlight == 0 && m_queue.isEmpty() && m_cycleRunning)
        finishCycle();
}

void NovaMonitor::send(const Job &job)
{
    ++m_inFlight;
    ++m_cycleRequests;
    const quint64 generation = m_generation;
    const QString regionName = job.region->name();
    const QString path = u"/servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(job.serverId)) + u"/diagnostics"_s;
    job.region->compute("GET", path, {}, this, [this, job, generation, regionName](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        QElapsedTimer busy;
        busy.start();
        --m_inFlight;
        answered(job, regionName, response.status, response.ok() ? response.json.object() : QJsonObject(),
                 response.ok() ? QString() : response.error);
        m_cycleNs += response.handlingNs + busy.nsecsElapsed();
        launch();
    });
}

void NovaMonitor::answered(const Job &job, const QString &regionName, int status, const QJsonObject &body,
                           const QString &error)
{
    RegionAccess &access = m_access[regionName];
    if (status == 403 || status == 501) {
        refuse(job, regionName, status, error);
        return;
    }
    const bool wasProbe = access.probing;
    access.probing = false;
    if (!error.isEmpty()) {
        if (status == 404)
            m_counters.remove(job.serverId);
        // Not an answer about the region (server busy or gone, timeout): the next one asks.
        if (wasProbe) {
            QList<Job> waiting = m_heldBack.take(regionName);
            if (!waiting.isEmpty()) {
                access.probing = true;
                m_queue.append(waiting.takeFirst());
                m_heldBack.insert(regionName, waiting);
            }
        }
        return;
    }
    const bool hadReason = !access.reason.isEmpty();
    access.access = Access::Allowed;
    access.recheck = false;
    access.reason.clear();
    m_queue.append(m_heldBack.take(regionName));
    m_cycleSamples.append(sampleOf(regionName, job.serverId, body));
    if (hadReason)
        Q_EMIT availabilityChanged();
}

void NovaMonitor::refuse(const Job &job, const QString &regionName, int status, const QString &error)
{
    ++m_stats.refusals;
    RegionAccess &access = m_access[regionName];
    const QString before = access.reason;
    access.access = Access::Refused;
    access.probing = false;
    access.recheck = false;
    access.refusedAtMs = QDateTime::currentMSecsSinceEpoch();
    access.reason = status == 501
        ? QCoreApplication::translate("OpenStack", "This cloud's compute driver gives no per-server figures")
        : QCoreApplication::translate("OpenStack",
                                      "Per-server figures need an admin role or a telemetry service on this cloud");
    m_heldBack.remove(regionName);
    m_queue.removeIf([&regionName](const Job &queued) { return !queued.region || queued.region->name() == regionName; });
    if (!access.told && job.region) {
        access.told = true;
        ProviderEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.providerId = m_provider->id();
        event.resource = job.region->regionId();
        event.severity = ProviderEvent::Severity::Warning;
        //: reason, region, Nova's answer
        event.message = QCoreApplication::translate("OpenStack", "%1 (region %2: %3)").arg(access.reason, regionName, error);
        Q_EMIT eventOccurred(event);
    }
    if (access.reason != before)
        Q_EMIT availabilityChanged();
}

MetricSample NovaMonitor::sampleOf(const QString &regionName, const QString &serverId, const QJsonObject &body)
{
    const ResourceId id(m_provider->id(), ResourceKind::Vm, serverId);
    const Resource *known = m_lookup(id);
    const VmInfo *vm = known ? known->vm() : nullptr;
    const NovaFigures::Diagnostics d = NovaFigures::parseDiagnostics(body, vm ? vm->memoryKiB : 0);
    const int vcpus = d.cpus > 0 ? d.cpus : (vm ? vm->vcpus : 0);
    const QString hypervisor = vm ? vm->details.value(QCoreApplication::translate("OpenStack", "Hypervisor host")) : QString();
    const int hostCpus = m_hostCpus.value(regionName).value(hypervisor);

    MetricSample sample;
    sample.id = id;
    sample.timestampMs = QDateTime::currentMSecsSinceEpoch();
    sample.memoryTotalKiB = d.memoryTotalKiB;
    sample.memoryUsedKiB = d.memoryUsedKiB;
    const qint64 nowNs = monotonicNs();
    Counters &c = m_counters[serverId];
    if (d.cpuTimeNs) {
        const CounterReading current{nowNs, *d.cpuTimeNs};
        sample.cpuGuestPercent = cpuPercent(c.cpu, current, vcpus);
        sample.cpuPercent = cpuPercent(c.cpu, current, hostCpus); // NaN when the host is unknown
        c.cpu = current;
    } else {
        c.cpu = {};
        if (!std::isnan(d.cpuUtilisation)) {
            sample.cpuGuestPercent = d.cpuUtilisation;
            if (hostCpus > 0 && vcpus > 0)
                sample.cpuPercent = std::clamp(d.cpuUtilisation * vcpus / hostCpus, 0.0, 100.0);
        }
    }
    sample.diskReadBps = rateOf(c.diskRead, d.diskReadBytes, nowNs);
    sample.diskWriteBps = rateOf(c.diskWrite, d.diskWriteBytes, nowNs);
    sample.netRxBps = rateOf(c.netRx, d.netRxBytes, nowNs);
    sample.netTxBps = rateOf(c.netTx, d.netTxBytes, nowNs);
    return sample;
}

void NovaMonitor::finishCycle()
{
    QElapsedTimer busy;
    busy.start();
    m_cycleRunning = false;
    m_heldBack.clear();
    for (RegionAccess &access : m_access)
        access.probing = false;
    const int samples = int(m_cycleSamples.size());
    if (!m_cycleSamples.isEmpty())
        Q_EMIT samplesReady(std::exchange(m_cycleSamples, {}));
    const qint64 ns = m_cycleNs + busy.nsecsElapsed();
    ++m_stats.cycles;
    m_stats.lastRequests = m_cycleRequests;
    m_stats.totalRequests += m_cycleRequests;
    m_stats.lastSamples = samples;
    m_stats.lastNs = ns;
    m_stats.maxNs = std::max(m_stats.maxNs, ns);
    m_stats.totalNs += ns;
    m_stats.lastWallMs = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;
}

QString NovaMonitor::unavailableReason(const ResourceId &server) const
{
    if (server.providerId() != m_provider->id())
        return {};
    const NovaRegion *region = regionOf(server.nativeId());
    if (region)
        return m_access.value(region->name()).reason;
    // Not listed (yet): a cloud of one region answers for all its servers.
    return m_access.size() == 1 ? m_access.cbegin()->reason : QString();
}

} // namespace welkin::openstack
