#include "StatsPoller.h"

#include "DomainCache.h"
#include "LibvirtSession.h"

#include <QElapsedTimer>
#include <QTimer>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

StatsPoller::StatsPoller(LibvirtSession &session, const DomainCache &cache, QString providerId, int intervalMs,
                         QObject *parent)
    : QObject(parent), m_session(session), m_cache(cache), m_intervalMs(intervalMs),
      m_collector(std::move(providerId)), m_budget(StatsBudget::Settings{.intervalMs = std::max(intervalMs, 1)}),
      m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &StatsPoller::collect);
    // Counters of a domain that went away must not be the base for one of the same UUID.
    connect(&cache, &DomainCache::forgotten, this, [this](const QString &uuid) {
        m_collector.forget(uuid);
        m_budget.forget(uuid);
    });
}

void StatsPoller::start(const HostInfo &host)
{
    m_host = host;
    m_running = true;
    if (m_intervalMs <= 0)
        return;
    m_timer->start(m_intervalMs);
    // A baseline now, so the first rates come one interval later.
    QMetaObject::invokeMethod(this, &StatsPoller::collect, Qt::QueuedConnection);
}

void StatsPoller::stop()
{
    m_running = false;
    m_timer->stop();
    m_collector.reset();
    m_budget.reset();
}

void StatsPoller::collect()
{
    if (!m_session.isOpen() || !m_running)
        return;
    QList<StatsTarget> active;
    QSet<QString> activeIds;
    int running = 0;
    const QHash<QString, KnownDomain> &domains = m_cache.domains();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        if (!powerStateIsActive(it->state) || !it->domain)
            continue;
        if (it->state == PowerState::Running || it->state == PowerState::Blocked)
            ++running;
        StatsTarget target;
        target.uuid = it.key();
        target.domain = it->domain;
        target.vcpus = it->parsed.vcpus;
        for (const DiskInfo &disk : it->parsed.disks) {
            if (!disk.target.isEmpty() && (disk.device.isEmpty() || disk.device == u"disk"_s))
                target.disks.append(disk.target);
        }
        for (const NicInfo &nic : it->parsed.nics) {
            const QString path = nic.target.isEmpty() ? nic.mac : nic.target;
            if (!path.isEmpty())
                target.nics.append(path);
        }
        activeIds.insert(target.uuid);
        active.append(target);
    }
    const bool perDomain = m_collector.bulkMode() == LibvirtStatsCollector::BulkMode::PerDomain;
    const QList<StatsTarget> targets = perDomain ? m_budget.choose(active) : active;
    QElapsedTimer clock;
    clock.start();
    const StatsResult result =
        m_collector.collect(m_session.handle(), targets, activeIds, m_host, m_cache.hostId(), running);
    if (perDomain)
        m_budget.recordCost(targets.size(), clock.nsecsElapsed());
    if (result.connectionLost) {
        m_session.handleLost(result.error.message.isEmpty() ? u"connection lost"_s : result.error.message);
        return;
    }
    Q_EMIT samplesReady(result.samples);
}

} // namespace welkin::libvirt
