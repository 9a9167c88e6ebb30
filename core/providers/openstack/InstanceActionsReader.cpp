#include "InstanceActionsReader.h"

#include "KeystoneSession.h"
#include "NovaFigures.h"
#include "NovaRegion.h"
#include "providers/Provider.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QUrlQuery>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxKnownPerServer = 200;
}

InstanceActionsReader::InstanceActionsReader(const Provider *provider, NovaMonitor::Lookup lookup, QObject *parent)
    : QObject(parent), m_provider(provider), m_lookup(std::move(lookup))
{
}

int InstanceActionsReader::option(const char *name, int fallback) const
{
    bool ok = false;
    const int value = m_provider->profile().options.value(QLatin1StringView(name)).toInt(&ok);
    return ok ? value : fallback;
}

void InstanceActionsReader::setRegions(const QList<NovaRegion *> &regions, const KeystoneSession *session)
{
    ++m_generation;
    m_regions.clear();
    for (NovaRegion *region : regions)
        m_regions.append(region);
    m_session = session;
    m_since.clear();
    m_known.clear();
    m_queue.clear();
    m_queuedIds.clear();
    m_inFlight = 0;
}

void InstanceActionsReader::pollFinished(bool full)
{
    for (const QPointer<NovaRegion> &region : std::as_const(m_regions)) {
        if (!region)
            continue;
        if (!m_since.contains(region->name())) {
            m_since.insert(region->name(), region->listedAt());
            continue;
        }
        for (const Resource &server : region->updated()) {
            const Resource *sent = m_lookup(server.id);
            // A full listing names every server: only those that differ from what was sent.
            if (!full || !sent || *sent != server)
                enqueue(region, server.id.nativeId(), server.name, false);
        }
        if (!full) {
            for (const ResourceId &id : region->removed()) {
                const Resource *sent = m_lookup(id);
                enqueue(region, id.nativeId(), sent ? sent->name : QString(), true);
            }
        }
    }
    m_budget = std::max(0, option("instanceActionsPerCycle", 20));
    launch();
}

void InstanceActionsReader::enqueue(NovaRegion *region, const QString &serverId, const QString &name, bool gone)
{
    if (m_queuedIds.contains(serverId))
        return;
    m_queuedIds.insert(serverId);
    m_queue.append(Job{region, serverId, name.isEmpty() ? serverId : name, gone});
}

void InstanceActionsReader::launch()
{
    const int concurrency = std::max(1, option("instanceActionsConcurrency", 4));
    while (m_inFlight < concurrency && m_budget > 0 && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        m_queuedIds.remove(job.serverId);
        if (!job.region)
            continue;
        --m_budget;
        ++m_inFlight;
        ++m_requests;
        QString path = u"/servers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(job.serverId))
            + u"/os-instance-actions"_s;
        const QDateTime since = m_since.value(job.region->name());
        if (since.isValid() && Nova::compareMicroversions(job.region->microversion(), u"2.58"_s) >= 0) {
            // Only what changed since the login, newest first (both from 2.58).
            QUrlQuery query;
            query.addQueryItem(u"changes-since"_s, since.toUTC().toString(Qt::ISODate));
            query.addQueryItem(u"limit"_s, u"50"_s);
            path += u'?' + query.toString(QUrl::FullyEncoded);
        }
        const quint64 generation = m_generation;
        job.region->compute("GET", path, {}, this, [this, job, generation](const ApiResponse &response) {
            if (generation != m_generation)
                return;
            QElapsedTimer busy;
            busy.start();
            --m_inFlight;
            if (response.ok())
                read(job, response.json.object());
            m_busyNs += response.handlingNs + busy.nsecsElapsed();
            launch();
        });
    }
}

void InstanceActionsReader::read(const Job &job, const QJsonObject &doc)
{
    const QList<NovaFigures::InstanceAction> actions = NovaFigures::parseInstanceActions(doc);
    const QDateTime since = job.region ? m_since.value(job.region->name()) : QDateTime();
    const bool firstLook = !m_known.contains(job.serverId);
    QStringList &known = m_known[job.serverId];
    QList<ProviderEvent> fresh;
    // Nova lists the newest first: told oldest first.
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if (known.contains(it->requestId))
            continue;
        known.append(it->requestId);
        const bool news = it->started.isValid() ? (!since.isValid() || it->started >= since) : !firstLook;
        if (!news)
            continue;
        ProviderEvent event;
        event.time = it->started.isValid() ? it->started : QDateTime::currentDateTimeUtc();
        event.providerId = m_provider->id();
        event.resource = ResourceId(m_provider->id(), ResourceKind::Vm, job.serverId);
        event.severity = it->message.isEmpty() ? ProviderEvent::Severity::Info : ProviderEvent::Severity::Error;
        event.user = userName(it->userId);
        event.message = NovaFigures::actionMessage(*it, job.name, event.user);
        event.requestId = it->requestId;
        fresh.append(event);
    }
    if (known.size() > maxKnownPerServer)
        known.remove(0, known.size() - maxKnownPerServer);
    if (job.gone)
        m_known.remove(job.serverId);
    for (const ProviderEvent &event : std::as_const(fresh))
        Q_EMIT eventOccurred(event);
}

QString InstanceActionsReader::userName(const QString &userId) const
{
    // Only our own name is known without asking Keystone (other users need an admin lookup).
    if (m_session && m_session->token() && m_session->token()->userId == userId && !m_session->token()->userName.isEmpty())
        return m_session->token()->userName;
    return userId;
}

} // namespace welkin::openstack
