#include "LibvirtConnection.h"

#include "ConsoleXmlReader.h"
#include "DomainActions.h"
#include "DomainCache.h"
#include "DomainEventSubscription.h"
#include "DomainInventory.h"
#include "LibvirtDomainReader.h"
#include "LibvirtSession.h"
#include "StatsPoller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibvirt, "welkin.libvirt")

namespace {

int intOption(const QVariantMap &options, const QString &key, int fallback, int minimum)
{
    bool ok = false;
    const int value = options.value(key).toInt(&ok);
    return ok && value >= minimum ? value : fallback;
}

} // namespace

LibvirtConnection::LibvirtConnection(ConnectionProfile profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile))
{
    const QVariantMap &o = m_profile.options;
    LibvirtSession::Settings session;
    session.keepaliveInterval = intOption(o, u"keepaliveInterval"_s, 5, 0);
    session.keepaliveCount = intOption(o, u"keepaliveCount"_s, 3, 0);
    session.authTimeoutMs = intOption(o, u"authTimeoutMs"_s, 300000, 0);
    DomainInventory::Settings inventory;
    inventory.chunkSize = intOption(o, u"listChunkSize"_s, 1000, 1);
    inventory.reconcileIntervalMs = intOption(o, u"reconcileIntervalMs"_s, 60000, 0);
    const int statsIntervalMs = intOption(o, u"statsIntervalMs"_s, 2000, 0);

    m_session = new LibvirtSession(m_profile, session, this);
    m_domainEvents = new DomainEventSubscription(m_profile.uri, this);
    m_domains = new DomainCache(*m_session, m_profile.id, this);
    m_inventory = new DomainInventory(*m_session, *m_domains, m_profile.id, inventory, this);
    m_stats = new StatsPoller(*m_session, *m_domains, m_profile.id, statsIntervalMs, this);
    m_actions = new DomainActions(*m_session, *m_domains, *m_inventory, this);
    m_consoles = new ConsoleXmlReader(*m_session, *m_domains, this);

    connect(m_session, &LibvirtSession::statusChanged, this, &LibvirtConnection::statusChanged);
    connect(m_session, &LibvirtSession::credentialsNeeded, this, &LibvirtConnection::credentialsNeeded);
    connect(m_session, &LibvirtSession::retryDue, this, &LibvirtConnection::connectNow);
    connect(m_session, &LibvirtSession::closing, this, &LibvirtConnection::releaseConnection);
    connect(m_domainEvents, &DomainEventSubscription::domainEvent, m_inventory, &DomainInventory::onDomainEvent);
    connect(m_inventory, &DomainInventory::deltaReady, this, &LibvirtConnection::deltaReady);
    connect(m_inventory, &DomainInventory::initialLoadFinished, this, [this] {
        Q_EMIT initialLoadFinished();
        m_stats->start(m_host);
    });
    connect(m_stats, &StatsPoller::samplesReady, this, &LibvirtConnection::samplesReady);
    connect(m_actions, &DomainActions::actionStarted, this, &LibvirtConnection::actionStarted);
    connect(m_actions, &DomainActions::actionFinished, this, &LibvirtConnection::actionFinished);
    connect(m_consoles, &ConsoleXmlReader::consoleXmlRead, this, &LibvirtConnection::consoleXmlRead);
    connect(m_session, &LibvirtSession::eventOccurred, this, &LibvirtConnection::relayEvent);
    connect(m_domains, &DomainCache::eventOccurred, this, &LibvirtConnection::relayEvent);
    connect(m_inventory, &DomainInventory::eventOccurred, this, &LibvirtConnection::relayEvent);
}

LibvirtConnection::~LibvirtConnection()
{
    // While every part is alive and connected: they let go of their handles first.
    m_session->close();
}

void LibvirtConnection::relayEvent(ProviderEvent::Severity severity, const QString &message, const ResourceId &resource)
{
    ProviderEvent event;
    event.time = QDateTime::currentDateTime();
    event.providerId = m_profile.id;
    event.resource = resource;
    event.severity = severity;
    event.message = message;
    Q_EMIT eventOccurred(event);
}

void LibvirtConnection::connectNow()
{
    if (!m_session->open())
        return;
    // Events first, so nothing that happens while the host is read and listed goes unseen.
    m_domainEvents->subscribe(m_session->handle());

    const HostReading host = readHost(m_session->handle(), m_profile.uri);
    if (!host.ok) {
        if (m_session->checkLost(host.error))
            return;
        relayEvent(ProviderEvent::Severity::Warning, host.error.describe(u"Could not read the host's details"_s), {});
    }
    m_host = host.info;
    if (m_host.hostname.isEmpty())
        m_host.hostname = m_profile.uri;

    m_session->announceConnected();
    Q_EMIT connectionOpened(m_host);
    m_inventory->start(m_host);
}

void LibvirtConnection::releaseConnection()
{
    m_domainEvents->unsubscribe(m_session->handle());
    m_stats->stop();
    m_inventory->stop();
}

void LibvirtConnection::performAction(quint64 requestId, const Action &action, const QString &targetName)
{
    m_actions->perform(requestId, action, targetName);
}

void LibvirtConnection::readConsoleXml(quint64 requestId, const QString &uuid, const QString &vmName)
{
    m_consoles->read(requestId, uuid, vmName);
}

void LibvirtConnection::runOnWorker(std::function<void(_virConnect *)> work)
{
    QMetaObject::invokeMethod(this, [this, work = std::move(work)] { work(m_session->handle()); },
                              Qt::QueuedConnection);
}

void LibvirtConnection::abortCredentialPrompts()
{
    m_session->abortCredentialPrompts();
}

void LibvirtConnection::setWatched(const QSet<QString> &uuids)
{
    m_stats->setWatched(uuids);
    if (m_inventory)
        m_inventory->setWatched(uuids);
}

void LibvirtConnection::shutdown()
{
    m_session->shutdown();
    thread()->quit();
}

} // namespace welkin::libvirt
